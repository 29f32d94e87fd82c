import { describe, expect, it } from 'vitest';
import { syntheticRoll } from '../../../bench/matching-names';
import { buildRollIndex, skeletonTokens, wordKeys } from './roll-index';

// Names with confusable letters as written (m, I, l, 0, 1), in capitals, hyphenated, with initials,
// accents, German umlauts and other scripts, and the benchmark's synthetic roll.
const NAMES = [
  'Tom Smith',
  'Ada Lovelace',
  'Jean-Paul Émile',
  'ZHANG Wei',
  'Иван Петров',
  'Wil1iam Ingram',
  "Siobhán O'Neil",
  'D. Moreau',
  'Ann-Marie Lee',
  'I. M. Pei',
  'Maël Ørsted',
  'Jürgen Müller',
  'Kim Min-jun',
  'Ingrid Olafsdottir',
  'Mmaditsebe Mokoena',
  'Lulu Al-Amin',
];

describe('roll index: skeleton keys', () => {
  it('holds each entry under the word keys of its skeleton readings that differ from the name, and no other', () => {
    const roll = [
      ...NAMES.map((name, i) => ({ id: `n${i}`, name })),
      ...syntheticRoll(300, 7).map((entry, i) => ({ ...entry, id: `s${i}` })),
    ];
    const index = buildRollIndex(roll);
    const expected = new Map<string, number[]>();
    // Every key a reading's token has, initials too, to check that the index holds none more.
    const tried = new Set<string>(['smith']);
    index.records.forEach((record, r) => {
      const [asWritten, lower] = skeletonTokens(record.name.tokens);
      for (const t of [...asWritten, ...lower]) tried.add(t.key);
      const keys = new Set([
        ...(asWritten === record.name.tokens ? [] : wordKeys(asWritten)),
        ...(lower === record.name.tokens ? [] : wordKeys(lower)),
      ]);
      for (const key of keys) expected.set(key, [...(expected.get(key) ?? []), r]);
    });
    expect(expected.size).toBeGreaterThan(50);
    for (const key of [...expected.keys(), ...tried])
      expect(index.bySkeleton(key, true)).toEqual(expected.get(key) ?? []);
    // Each entry's readings as the aligner reads them, built on first need.
    index.records.forEach((record, r) => {
      const [asWritten, lower] = skeletonTokens(record.name.tokens);
      expect(index.alignName(0, r).tokens).toEqual(asWritten);
      expect(index.alignName(1, r).tokens).toEqual(lower);
      expect(index.alignName(-1, r)).toBe(record.name);
    });
  });
});
