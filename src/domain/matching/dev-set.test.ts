/**
 * Regression test on the labelled development sets (test/fixtures/matching-dev.json and
 * matching-dev-handwritten.json, copies of ../shared/data/). The metrics are computed the way ../shared/tools/score-matching.mjs
 * computes them; the thresholds are the targets.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMatcher } from './matcher';
import type { ParticipantMatch, RollEntry, RosterEntry } from './types';

interface DevCase {
  id: string;
  roll: RollEntry[];
  roster: RosterEntry[];
  truth: Record<string, string | null>;
  kind: Record<string, string>;
  impersonates: Record<string, string>;
}

const AMBIGUOUS = 'first_only_ambiguous';

interface Scores {
  surePrecision: number;
  sureRecall: number;
  sureOrLikelyPrecision: number;
  sureOrLikelyRecall: number;
  impostors: number;
  /** Caught: not matched to the person imitated, and flagged impostor. */
  impostorCatchRate: number;
  /** Same, accepting the duplicate flag on a later copy of someone present. */
  impostorCatchRateWithDuplicateFlag: number;
  /** Catch rate over the look-alike kinds (every impostor kind but exact duplicates). */
  lookalikeCatchRate: number;
  impostorsAdmitted: number;
  ambiguousSure: number;
  distractorsAdmitted: number;
  falseImpostorFlags: number;
}

function score(cases: readonly DevCase[], predict: (c: DevCase) => ParticipantMatch[]): Scores {
  let tpS = 0,
    fpS = 0,
    tpL = 0,
    fpL = 0,
    expected = 0;
  let impostors = 0,
    caught = 0,
    caughtDup = 0,
    lookalikes = 0,
    lookalikesCaught = 0,
    admittedImpostors = 0;
  let ambiguousSure = 0,
    distractorsAdmitted = 0,
    falseImpostorFlags = 0;
  for (const c of cases) {
    const byUuid = new Map(predict(c).map((m) => [m.participantUUID, m]));
    const rollIds = new Set(c.roll.map((r) => r.id));
    for (const { participantUUID: u } of c.roster) {
      const kind = c.kind[u] ?? '';
      const truth = c.truth[u] ?? null;
      const p = byUuid.get(u);
      const flags = p?.flags ?? [];
      const rollId = p?.rollId ?? null;
      const matched = rollId !== null && p && p.confidence !== 'none' ? p.confidence : null;
      const correct = truth !== null && rollId === truth && rollIds.has(rollId);
      const isTrue = truth !== null && kind !== AMBIGUOUS;
      if (isTrue) expected++;
      if (matched === 'sure') {
        if (isTrue && correct) tpS++;
        else fpS++;
      }
      if (matched) {
        if (isTrue && correct) tpL++;
        else if (!(kind === AMBIGUOUS && matched === 'likely' && correct)) fpL++;
      }
      if (kind === AMBIGUOUS && matched === 'sure') ambiguousSure++;
      if (kind.startsWith('distractor_') && matched) distractorsAdmitted++;
      if (flags.includes('impostor') && !kind.startsWith('impostor_')) falseImpostorFlags++;
      if (kind.startsWith('impostor_')) {
        const admitted = matched !== null && rollId === c.impersonates[u];
        const flagged = !admitted && flags.includes('impostor');
        impostors++;
        if (admitted) admittedImpostors++;
        if (flagged) caught++;
        if (flagged || (!admitted && kind === 'impostor_duplicate' && flags.includes('duplicate')))
          caughtDup++;
        if (kind !== 'impostor_duplicate') {
          lookalikes++;
          if (flagged) lookalikesCaught++;
        }
      }
    }
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return {
    surePrecision: ratio(tpS, tpS + fpS),
    sureRecall: ratio(tpS, expected),
    sureOrLikelyPrecision: ratio(tpL, tpL + fpL),
    sureOrLikelyRecall: ratio(tpL, expected),
    impostors,
    impostorCatchRate: ratio(caught, impostors),
    impostorCatchRateWithDuplicateFlag: ratio(caughtDup, impostors),
    lookalikeCatchRate: ratio(lookalikesCaught, lookalikes),
    impostorsAdmitted: admittedImpostors,
    ambiguousSure,
    distractorsAdmitted,
    falseImpostorFlags,
  };
}

function load(file: string): { cases: DevCase[] } {
  const path = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures', file);
  return JSON.parse(readFileSync(path, 'utf8')) as { cases: DevCase[] };
}

interface Targets {
  file: string;
  minCases: number;
  minImpostors: number;
  surePrecision: number;
  recall: number;
  catchRate: number;
}

// Issue 13's targets: the generated set keeps its figures (sure precision 1.000, recall 0.997,
// catch 0.9997); the hand-written set must reach sure precision 0.995, recall 0.95, catch 0.99.
const SETS: readonly Targets[] = [
  {
    file: 'matching-dev.json',
    minCases: 150,
    minImpostors: 1000,
    surePrecision: 1,
    recall: 0.997,
    catchRate: 0.9997,
  },
  {
    file: 'matching-dev-handwritten.json',
    minCases: 45,
    minImpostors: 70,
    surePrecision: 0.995,
    recall: 0.95,
    catchRate: 0.99,
  },
];

describe.each(SETS)('matching development set $file', (t) => {
  const data = load(t.file);
  const scores = score(data.cases, (c) => createMatcher(c.roll).matchAll(c.roster).participants);

  it('covers the whole set', () => {
    expect(data.cases.length).toBeGreaterThanOrEqual(t.minCases);
    expect(scores.impostors).toBeGreaterThan(t.minImpostors);
  });

  it('is precise when sure', () => {
    expect(scores.surePrecision).toBeGreaterThanOrEqual(t.surePrecision);
  });

  it('finds the people on the roll, sure or likely', () => {
    expect(scores.sureOrLikelyRecall).toBeGreaterThanOrEqual(t.recall);
  });

  it('catches impostors: look-alikes by the impostor flag, later exact copies by the duplicate flag', () => {
    expect(scores.impostorCatchRateWithDuplicateFlag).toBeGreaterThanOrEqual(t.catchRate);
    expect(scores.lookalikeCatchRate).toBeGreaterThanOrEqual(t.catchRate);
    expect(scores.impostorsAdmitted).toBe(0);
  });

  it('never matches an ambiguous name as sure', () => {
    expect(scores.ambiguousSure).toBe(0);
  });

  it('admits no distractor and accuses no genuine participant', () => {
    expect(scores.distractorsAdmitted).toBe(0);
    expect(scores.falseImpostorFlags).toBe(0);
  });

  it('scores what it is given: a matcher that abstains fails the recall target', () => {
    const abstain = score(data.cases, (c) =>
      c.roster.map((r) => ({
        participantUUID: r.participantUUID,
        rollId: null,
        confidence: 'none',
        reasons: [],
        flags: [],
      })),
    );
    expect(abstain.sureOrLikelyRecall).toBe(0);
    expect(abstain.impostorCatchRate).toBe(0);
  });
});
