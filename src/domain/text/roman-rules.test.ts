import { describe, expect, it } from 'vitest';
import { applyRomanRules, ROMAN_RULES, romanRuleMask } from './fold';
import { seededWords } from '../../../test/helpers/seeded-words';

/** The rules as written before the one-pass mask: a search per need, the first found applies the rule. */
function bySearches(key: string): string {
  let text = key;
  for (const [pattern, replacement, needs] of ROMAN_RULES) {
    if (needs.some((need) => text.includes(need))) text = text.replace(pattern, replacement);
  }
  return text;
}

// Every letter a rule needs, its neighbours, vowels, and letters that only look alike (Cyrillic о,
// Greek ο, dotless ı, a combining mark, an astral letter's halves).
const ALPHABET = [...'zhdjkgpcqxyouaeiinmrst', 'о', 'ο', 'ı', '\u0301', '𝐨', 'H', 'Y'];

const words = (seed: number, count: number) => seededWords(ALPHABET, seed, count, 1);

const NAMES = [
  'dzhamal',
  'djokovic',
  'zhenya',
  'khadzhiev',
  'gheorghe',
  'philippe',
  'jacques',
  'quinn',
  'alexei',
  'yuuko',
  'yuko',
  'itou',
  'ohno',
  'oono',
  'ono',
  'seiichi',
  'kaito',
  'reiko',
  'keiichi',
  'aimee',
  'lee',
  'dmitrii',
  'natalya',
  'xiaoyu',
  'hussein',
  'muhammad',
  'yusuf',
  'mckenzie',
  'zhou',
  'youssef',
  'oyelaran',
  'ngozi',
  'eee',
  'aiai',
  'xx',
  'yy',
  '',
  'h',
  'q',
];

describe('romanRuleMask: which rules a word needs, in one pass', () => {
  it('sets bit k exactly when the word holds one of the letters rule k needs', () => {
    for (const w of [...NAMES, ...words(7, 20_000)]) {
      let expected = 0;
      ROMAN_RULES.forEach(([, , needs], k) => {
        if (needs.some((need) => w.includes(need))) expected |= 1 << k;
      });
      expect(romanRuleMask(w), w).toBe(expected);
    }
  });
});

describe('applyRomanRules: the same text as one search per need', () => {
  it('agrees on names and on generated words', () => {
    for (const w of [...NAMES, ...words(8, 20_000)])
      expect(applyRomanRules(w), w).toBe(bySearches(w));
  });

  it('reads a rule that an earlier one makes or removes ("x" → "ks", "y" → "i")', () => {
    expect(applyRomanRules('xiaoyu')).toBe(bySearches('xiaoyu'));
    expect(applyRomanRules('ayko')).toBe('eiko');
    expect(applyRomanRules('ayko')).toBe(bySearches('ayko'));
  });
});
