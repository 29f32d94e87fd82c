import { describe, expect, it } from 'vitest';
import { createMatcher, matchRoster } from './matcher';
import { reasonText } from './reasons';
import type { RollEntry, RosterEntry } from './types';

const ROLL: RollEntry[] = [
  { id: 'r1', name: 'Jane Doe' },
  { id: 'r2', name: 'Robert Smith' },
  { id: 'r3', name: 'Kemi Adebayo' },
];
const p = (participantUUID: string, screenName: string): RosterEntry => ({
  participantUUID,
  screenName,
});

describe('the better claim wins', () => {
  it('gives the entry to the name as written over part of it, whoever came first', () => {
    const report = matchRoster(ROLL, [p('a', 'Jane'), p('b', 'Jane Doe')]);
    const [first, second] = report.participants;
    expect(second).toMatchObject({ rollId: 'r1', confidence: 'sure', flags: [] });
    expect(first).toMatchObject({ rollId: null, flags: ['duplicate'], candidates: ['r1'] });
    expect(first?.heldBy).toBe('b');
    expect(first?.reasons.map(reasonText)).toContain(
      'Jane Doe has a better claim to this roll entry',
    );
    expect(report.claims).toEqual({ r1: ['b'] });
  });

  it('ranks a device name above part of a name, below the name as written', () => {
    const device = matchRoster(ROLL, [p('a', 'Jane'), p('b', "Jane Doe's iPhone")]);
    expect(device.claims).toEqual({ r1: ['b'] });
    const written = matchRoster(ROLL, [p('a', "Jane Doe's iPhone"), p('b', 'Jane Doe')]);
    expect(written.claims).toEqual({ r1: ['b'] });
  });

  it('gives the entry to the name exactly as on the roll over a nickname, whoever came first', () => {
    const report = matchRoster(ROLL, [p('a', 'Bob Smith'), p('b', 'Robert Smith')]);
    expect(report.claims).toEqual({ r2: ['b'] });
    const nickname = report.participants[0];
    expect(report.participants[1]).toMatchObject({ rollId: 'r2', confidence: 'sure', flags: [] });
    expect(nickname).toMatchObject({ flags: ['duplicate'], candidates: ['r2'], heldBy: 'b' });
    expect(nickname?.reasons.map(reasonText)).toContain(
      'Robert Smith has a better claim to this roll entry',
    );
  });

  it('ranks a nickname with the full family name above a device name', () => {
    const report = matchRoster(ROLL, [p('a', "Robert Smith's iPad"), p('b', 'Bob Smith')]);
    expect(report.claims).toEqual({ r2: ['b'] });
    expect(report.participants[0]).toMatchObject({ flags: ['duplicate'], heldBy: 'b' });
  });

  it('leaves the entry with the earlier holder at equal strength and tells the later one who holds it', () => {
    const report = matchRoster(ROLL, [p('a', 'Bob Smith'), p('b', 'Rob Smith')]);
    expect(report.claims).toEqual({ r2: ['a'] });
    const later = report.participants[1];
    expect(later).toMatchObject({ flags: ['duplicate'], candidates: ['r2'], heldBy: 'a' });
    expect(later?.reasons.map(reasonText)).toContain('Bob Smith already holds this roll entry');
    const same = matchRoster(ROLL, [p('a', 'Robert Smith'), p('b', 'Robert Smith')]);
    expect(same.claims).toEqual({ r2: ['a'] });
    expect(same.participants[1]).toMatchObject({ flags: ['duplicate'], heldBy: 'a' });
  });

  it('matchOne: an exact name takes the entry from a nickname holder', () => {
    const matcher = createMatcher(ROLL);
    const before = [p('a', 'Bob Smith')];
    const { claims } = matcher.matchAll(before);
    expect(
      matcher.matchOne(p('b', 'Robert Smith'), { claims, participants: before }),
    ).toMatchObject({ rollId: 'r2', confidence: 'sure', flags: [] });
  });

  it('matchOne: a newcomer with the better claim takes the entry when the state names the holder', () => {
    const matcher = createMatcher(ROLL);
    const before = [p('a', 'Jane')];
    const { claims } = matcher.matchAll(before);
    const newcomer = p('b', 'Jane Doe');
    expect(matcher.matchOne(newcomer, { claims, participants: before })).toMatchObject({
      rollId: 'r1',
      confidence: 'sure',
    });
    // Without the participants, the holder keeps it (nothing says the claim is weaker).
    expect(matcher.matchOne(newcomer, { claims }).flags).toEqual(['duplicate']);
  });
});

describe('impostors copy what they see, not only the roll', () => {
  it('flags a look-alike of another participant who is not on the roll', () => {
    // "Ama Owusu" is a guest; the copy writes her name with a Cyrillic а.
    const report = matchRoster(ROLL, [p('a', 'Ama Owusu'), p('b', 'Amа Owusu')]);
    expect(report.participants[0]?.flags).toEqual([]);
    expect(report.participants[1]).toMatchObject({ rollId: null, flags: ['impostor'] });
    expect(report.participants[1]?.reasons.map(reasonText)).toContain(
      'looks like the name of Ama Owusu, who is in the meeting',
    );
  });

  it('says the copied participant is in the waiting room when they are', () => {
    // "Lowri Pemberton" is a guest not yet admitted; the copy, waiting too, swaps in a Cyrillic о.
    const waiting = (uuid: string, name: string): RosterEntry => ({
      ...p(uuid, name),
      waiting: true,
    });
    const report = matchRoster(ROLL, [
      waiting('a', 'Lowri Pemberton'),
      waiting('b', 'Lоwri Pemberton'),
    ]);
    expect(report.participants[1]).toMatchObject({ rollId: null, flags: ['impostor'] });
    const words = report.participants[1]?.reasons.map(reasonText) ?? [];
    expect(words).toContain('looks like the name of Lowri Pemberton, who is in the waiting room');
    expect(words.join(' ')).not.toMatch(/in the meeting/);
  });

  it('flags a plain-letter look-alike (rn for m) of someone present, but not the person copied', () => {
    const report = matchRoster(ROLL, [p('a', 'Tom Marsh | Acme'), p('b', 'Tom Rnarsh | Acme')]);
    expect(report.participants.map((m) => m.flags)).toEqual([[], ['impostor']]);
  });

  it('flags a look-alike letter hidden in an organisation suffix', () => {
    const report = matchRoster(ROLL, [p('a', 'Kemi Adebayo СВЕ')]);
    expect(report.participants[0]).toMatchObject({ rollId: null, flags: ['impostor'] });
  });

  it('flags a look-alike letter hidden in a tagline after the name', () => {
    // The name is the roll's; one Cyrillic А (U+0410) in "Аcme" sits in the tagline after the bar.
    const alone = matchRoster(ROLL, [p('a', 'Jane Doe | Аcme Health')]);
    expect(alone.participants[0]).toMatchObject({
      rollId: null,
      confidence: 'none',
      flags: ['impostor'],
      candidates: ['r1'],
    });
    expect(alone.participants[0]?.reasons.map((r) => r.code)).toContain('mixed-script');
    expect(alone.claims).toEqual({});
    // Beside the real Jane Doe it neither takes her entry nor is taken for her.
    const beside = matchRoster(ROLL, [
      p('a', 'Jane Doe | Acme Health'),
      p('b', 'Jane Doe | Аcme Health'),
    ]);
    expect(beside.claims).toEqual({ r1: ['a'] });
    expect(beside.participants[1]).toMatchObject({ rollId: null, flags: ['impostor'] });
  });

  it('names the entry the copied participant holds', () => {
    const report = matchRoster(ROLL, [p('a', 'Jane Doe | Acme'), p('b', 'Jane Doe | Acmе')]);
    expect(report.participants[1]).toMatchObject({ flags: ['impostor'] });
  });

  it.each([
    ['curly apostrophe', "Ciarán O'Neill", 'Ciarán O’Neill'],
    ['no-break space', 'Ciarán O’Neill', 'Ciarán\u00a0O’Neill'],
    ['Turkish dotted capital I', 'İlkay Yılmaz', 'Ilkay Yilmaz'],
    ['Romanian s with cedilla', 'Ștefan Pașcu', 'Ştefan Paşcu'],
    ['ideographic space', '佐藤 花子', '佐藤\u3000花子'],
  ])('does not accuse an honest look-alike: %s', (_what, first, second) => {
    const report = matchRoster(ROLL, [p('a', first), p('b', second)]);
    expect(report.participants.flatMap((m) => m.flags)).not.toContain('impostor');
  });
});
