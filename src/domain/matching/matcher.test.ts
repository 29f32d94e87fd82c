import { describe, expect, it } from 'vitest';
import { aliasKey, createMatcher, matchRoster } from './matcher';
import type { ManualDecision, RollEntry, RosterEntry } from './types';

const ROLL: RollEntry[] = [
  { id: 'r1', name: 'Jane Doe', email: 'jane@example.org' },
  { id: 'r2', name: 'Robert Smith' },
  { id: 'r3', name: 'Anna Smith' },
];
const p = (participantUUID: string, screenName: string, email?: string): RosterEntry => ({
  participantUUID,
  screenName,
  ...(email ? { email } : {}),
});

describe('one roll entry, one participant', () => {
  it('gives the entry to the first claimant and flags the later one as a duplicate', () => {
    const report = matchRoster(ROLL, [p('a', 'Jane Doe'), p('b', 'Jane Doe')]);
    expect(
      report.participants.map((m) => [m.participantUUID, m.rollId, m.confidence, m.flags]),
    ).toEqual([
      ['a', 'r1', 'sure', []],
      ['b', null, 'none', ['duplicate']],
    ]);
    expect(report.participants[1]?.candidates).toEqual(['r1']);
    expect(report.claims).toEqual({ r1: ['a'] });
    expect(report.rollStatus).toEqual({ r1: 'present', r2: 'absent', r3: 'absent' });
  });

  it('decides by join order, so the roster order matters only for duplicates', () => {
    const report = matchRoster(ROLL, [p('b', 'Jane Doe'), p('a', 'Jane Doe')]);
    expect(report.claims).toEqual({ r1: ['b'] });
  });

  it('counts a likely match as a claim too', () => {
    const report = matchRoster(ROLL, [p('a', 'Jane D.'), p('b', 'Jane D.')]);
    expect(report.participants.map((m) => m.flags)).toEqual([[], ['duplicate']]);
  });

  it('returns participants in roster order', () => {
    const roster = [p('x', 'Robert Smith'), p('y', 'Zoom AI Companion'), p('z', 'Jane Doe')];
    expect(matchRoster(ROLL, roster).participants.map((m) => m.participantUUID)).toEqual([
      'x',
      'y',
      'z',
    ]);
  });
});

describe("the host's decisions", () => {
  const link = (screenName: string, rollId: string): ManualDecision => ({
    kind: 'link',
    screenName,
    rollId,
  });
  const unlink = (screenName: string, rollId: string): ManualDecision => ({
    kind: 'unlink',
    screenName,
    rollId,
  });

  it('links a name no rule would match', () => {
    const [m] = matchRoster(
      ROLL,
      [p('a', 'Mystery Guest')],
      [link('Mystery Guest', 'r2')],
    ).participants;
    expect(m).toMatchObject({ rollId: 'r2', confidence: 'sure', flags: ['manual'] });
  });

  it('wins over an automatic claimant who joined earlier', () => {
    const report = matchRoster(
      ROLL,
      [p('a', 'Robert Smith'), p('b', 'Bobs iPad')],
      [link('Bobs iPad', 'r2')],
    );
    expect(report.participants.map((m) => [m.rollId, m.flags])).toEqual([
      [null, ['duplicate']],
      ['r2', ['manual']],
    ]);
    expect(report.claims).toEqual({ r2: ['b'] });
  });

  it('links one participant to several entries (a family on one device)', () => {
    const report = matchRoster(
      ROLL,
      [p('a', 'The Smiths')],
      [link('The Smiths', 'r2'), link('The Smiths', 'r3')],
    );
    expect(report.participants[0]).toMatchObject({
      rollId: 'r2',
      extraRollIds: ['r3'],
      flags: ['manual'],
    });
    expect(report.rollStatus).toMatchObject({ r2: 'present', r3: 'present' });
    expect(report.claims).toEqual({ r2: ['a'], r3: ['a'] });
  });

  it('links several participants to one entry (laptop and phone)', () => {
    const report = matchRoster(
      ROLL,
      [p('a', 'Jane Doe'), p('b', "Jane's Phone")],
      [link('Jane Doe', 'r1'), link("Jane's Phone", 'r1')],
    );
    expect(report.participants.map((m) => [m.rollId, m.flags])).toEqual([
      ['r1', ['manual']],
      ['r1', ['manual']],
    ]);
    expect(report.claims).toEqual({ r1: ['a', 'b'] });
  });

  it('unlinks: the name no longer matches that entry', () => {
    const [m] = matchRoster(ROLL, [p('a', 'Jane Doe')], [unlink('Jane Doe', 'r1')]).participants;
    expect(m).toMatchObject({ rollId: null, confidence: 'none' });
    expect(m?.reasons.map((r) => r.code)).toContain('unlinked');
  });

  it('lets the latest decision about a name and entry win', () => {
    const decisions = [link('Guest', 'r2'), unlink('Guest', 'r2')];
    expect(matchRoster(ROLL, [p('a', 'Guest')], decisions).participants[0]?.rollId).toBeNull();
    expect(
      matchRoster(ROLL, [p('a', 'Guest')], [...decisions, link('Guest', 'r2')]).participants[0]
        ?.rollId,
    ).toBe('r2');
  });

  it('remembers a decision under the name as written, never for a look-alike', () => {
    expect(aliasKey('  Jane   Doe ')).toBe('Jane Doe');
    expect(aliasKey('Ja\u200Bne Doe')).not.toBe(aliasKey('Jane Doe'));
    const report = matchRoster(
      ROLL,
      [p('a', 'Mystery  Guest'), p('b', 'Mystery Gu\u200Best')],
      [link('Mystery Guest', 'r2')],
    );
    expect(report.participants.map((m) => m.rollId)).toEqual(['r2', null]);
  });
});

describe('e-mail evidence', () => {
  it('matches on an e-mail Zoom shared, whatever the name', () => {
    const [m] = matchRoster(ROLL, [p('a', 'iPad', 'Jane@Example.org')]).participants;
    expect(m).toMatchObject({ rollId: 'r1', confidence: 'sure' });
  });

  it('ignores an e-mail that is not on the roll', () => {
    const [m] = matchRoster(ROLL, [p('a', 'Jane Doe', 'someone@else.org')]).participants;
    expect(m).toMatchObject({ rollId: 'r1', confidence: 'sure' });
  });
});

describe('matchOne', () => {
  const matcher = createMatcher(ROLL);

  it('gives a newcomer what matchAll would give the last to join', () => {
    const roster = [p('a', 'Jane Doe'), p('b', 'Bob Smith')];
    const before = matcher.matchAll(roster);
    for (const newcomer of [
      p('c', 'Jane Doe'),
      p('d', 'Anna Smith'),
      p('e', 'Robert Smith'),
      p('f', 'Jаne Doe'),
    ]) {
      const all = matcher.matchAll([...roster, newcomer]);
      expect(matcher.matchOne(newcomer, { claims: before.claims, participants: roster })).toEqual(
        all.participants.at(-1),
      );
    }
  });

  it('applies decisions passed in the state', () => {
    const m = matcher.matchOne(p('a', 'Guest'), {
      claims: {},
      decisions: [{ kind: 'link', screenName: 'Guest', rollId: 'r3' }],
    });
    expect(m).toMatchObject({ rollId: 'r3', flags: ['manual'] });
  });

  it('does not count the participant as its own duplicate', () => {
    expect(matcher.matchOne(p('a', 'Jane Doe'), { claims: { r1: ['a'] } })).toMatchObject({
      rollId: 'r1',
      flags: [],
    });
  });
});

describe('options', () => {
  it('can turn nicknames and typos off', () => {
    const strict = createMatcher(ROLL, { nicknames: false, typos: false });
    expect(strict.matchOne(p('a', 'Bob Smith')).rollId).toBeNull();
    expect(
      createMatcher([{ id: 'x', name: 'Tatsuya Okamoto' }], { typos: false }).matchOne(
        p('a', 'Tatsuay Okamoto'),
      ).rollId,
    ).toBeNull();
    expect(createMatcher(ROLL).matchOne(p('a', 'Bob Smith')).rollId).toBe('r2');
  });
});

describe('how common a word is on the roll', () => {
  it('matches a word alone only when a single entry has it', () => {
    const roll: RollEntry[] = [
      { id: 'a', name: 'John Smith' },
      { id: 'b', name: 'Jack Smith' },
      { id: 'c', name: 'Ivy Stepanov' },
    ];
    const report = matchRoster(roll, [
      p('x', 'Mr Smith'),
      p('y', 'Mrs Stepanov'),
      p('z', 'J. Smith'),
    ]);
    expect(report.participants.map((m) => [m.rollId, m.confidence, m.flags])).toEqual([
      [null, 'none', ['ambiguous']],
      ['c', 'likely', []],
      [null, 'none', ['ambiguous']],
    ]);
  });
});
