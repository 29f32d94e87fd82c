import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from './matcher';
import type { ParticipantMatch, RollEntry, RosterEntry } from './types';

const GIVEN = [
  'Jane',
  'John',
  'María',
  'Łukasz',
  'Kenta',
  'Noah',
  'Robert',
  'Bob',
  'Anna',
  'Denis',
  'Ye-jun',
  'Zoë',
];
const SURNAME = [
  'Doe',
  'Smith',
  'Müller',
  'Mori',
  'García-López',
  'Nguyễn',
  'Costa',
  'Fadel',
  'Okamoto',
  'Cho',
];
const INVISIBLE = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u200E',
  '\u202E',
  '\u2066',
  '\u3164',
];

const nameArb = fc
  .tuple(fc.constantFrom(...GIVEN), fc.constantFrom(...SURNAME))
  .map(([g, s]) => `${g} ${s}`);

const rollArb = fc
  .uniqueArray(nameArb, { minLength: 1, maxLength: 12 })
  .map((names): RollEntry[] => names.map((name, i) => ({ id: `r${i + 1}`, name })));

/** Display names made from roll names the usual ways, plus arbitrary text. */
function rosterArb(roll: readonly RollEntry[]): fc.Arbitrary<RosterEntry[]> {
  const fromRoll = fc
    .tuple(fc.constantFrom(...roll.map((r) => r.name)), fc.nat(6))
    .map(([name, how]) => {
      const [given = '', ...rest] = name.split(' ');
      const surname = rest.join(' ');
      return (
        [
          name,
          name.toUpperCase(),
          `${given} ${surname[0] ?? ''}.`,
          `${surname}, ${given}`,
          given,
          `${given}'s iPhone`,
          `Dr. ${name}`,
        ][how] ?? name
      );
    });
  const screenName = fc.oneof(
    fromRoll,
    nameArb,
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
  );
  return fc
    .array(screenName, { maxLength: 15 })
    .map((names) => names.map((screenName, i) => ({ participantUUID: `p${i}`, screenName })));
}

const caseArb = rollArb.chain((roll) =>
  fc.record({ roll: fc.constant(roll), roster: rosterArb(roll) }),
);

function essence(m: ParticipantMatch): unknown {
  return [m.participantUUID, m.rollId, m.confidence, [...m.flags].sort()];
}

describe('matching properties', () => {
  it('is deterministic: the same input gives the same report', () => {
    fc.assert(
      fc.property(caseArb, ({ roll, roster }) => {
        expect(createMatcher(roll).matchAll(roster)).toEqual(createMatcher(roll).matchAll(roster));
        const matcher = createMatcher(roll);
        expect(matcher.matchAll(roster)).toEqual(matcher.matchAll(roster));
      }),
      { numRuns: 150 },
    );
  });

  it("does not depend on the roll's order", () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) =>
          fc.record({
            c: fc.constant(c),
            order: fc.shuffledSubarray(c.roll, { minLength: c.roll.length }),
          }),
        ),
        ({ c, order }) => {
          const a = createMatcher(c.roll).matchAll(c.roster);
          const b = createMatcher(order).matchAll(c.roster);
          expect(b.participants.map(essence)).toEqual(a.participants.map(essence));
          expect(b.rollStatus).toEqual(a.rollStatus);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('depends on the roster order only through duplicates', () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) =>
          fc.record({
            c: fc.constant(c),
            order: fc.shuffledSubarray(c.roster, { minLength: c.roster.length }),
          }),
        ),
        ({ c, order }) => {
          // Who points at which entry does not change; only who holds it and who is the duplicate does.
          const pointed = (ms: ParticipantMatch[]): Record<string, string | null> =>
            Object.fromEntries(
              ms.map((m) => [
                m.participantUUID,
                m.flags.includes('duplicate') ? (m.candidates?.[0] ?? null) : m.rollId,
              ]),
            );
          const matcher = createMatcher(c.roll);
          const a = matcher.matchAll(c.roster);
          const b = matcher.matchAll(order);
          expect(pointed(b.participants)).toEqual(pointed(a.participants));
          expect(Object.keys(b.claims).sort()).toEqual(Object.keys(a.claims).sort());
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never matches an invisible-character variant of a roll name as sure or likely', () => {
    fc.assert(
      fc.property(
        rollArb.chain((roll) =>
          fc.record({
            roll: fc.constant(roll),
            name: fc.constantFrom(...roll.map((r) => r.name)),
            hidden: fc.constantFrom(...INVISIBLE),
            at: fc.nat(),
          }),
        ),
        ({ roll, name, hidden, at }) => {
          const i = at % (name.length + 1);
          const spoof = name.slice(0, i) + hidden + name.slice(i);
          const [m] = createMatcher(roll).matchAll([
            { participantUUID: 'x', screenName: spoof },
          ]).participants;
          expect(m?.confidence).toBe('none');
          expect(m?.rollId).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('matchOne agrees with matchAll for the last participant to join', () => {
    fc.assert(
      fc.property(caseArb, ({ roll, roster }) => {
        fc.pre(roster.length > 0);
        const matcher = createMatcher(roll);
        const before = matcher.matchAll(roster.slice(0, -1));
        const last = roster.at(-1) as RosterEntry;
        const visible = roster.slice(0, -1);
        expect(matcher.matchOne(last, { claims: before.claims, participants: visible })).toEqual(
          matcher.matchAll(roster).participants.at(-1),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('gives each roll entry to at most one participant without manual links, and reports it present', () => {
    fc.assert(
      fc.property(caseArb, ({ roll, roster }) => {
        const report = createMatcher(roll).matchAll(roster);
        const held = report.participants.filter((m) => m.rollId !== null).map((m) => m.rollId);
        expect(new Set(held).size).toBe(held.length);
        for (const id of held) expect(report.rollStatus[id as string]).toBe('present');
        expect(report.participants.every((m) => m.confidence === 'none' || m.rollId !== null)).toBe(
          true,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('survives any text as a name or a roll entry', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 8 }),
        (rollNames, screenNames) => {
          const roll = rollNames.map((name, i) => ({ id: `r${i}`, name }));
          const roster = screenNames.map((screenName, i) => ({
            participantUUID: `p${i}`,
            screenName,
          }));
          const report = createMatcher(roll).matchAll(roster);
          expect(report.participants).toHaveLength(roster.length);
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);
});
