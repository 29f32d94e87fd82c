import { describe, expect, it } from 'vitest';
import {
  isKoreanFamilyFirst,
  isKoreanGivenFirst,
  koreanFamilies,
  koreanKey,
  sameKoreanFamily,
} from './korean-latin';

describe('Korean names in Latin letters', () => {
  it.each([
    ['McCune–Reischauer breves are RR eo and eu', 'Chŏ-yŭn', 'Jeo-yeun'],
    ['plain and aspirated initials (MR k t p ch, RR g d b j)', 'Kwang-t’ae', 'Gwang-tae'],
    ['passport spellings oo and ee', 'Soo-bin', 'Su-bin'],
    ['u for eo in a closed syllable', 'Dong-hyun', 'Dong-hyeon'],
    ['woo for u', 'Tae-woo', 'Tae-u'],
    ['a vowel’s h', 'Na-rah', 'Na-ra'],
    ['hyphen or none', 'Gyuri', 'Gyu-ri'],
  ])('%s: %s = %s', (_rule, a, b) => {
    expect(koreanKey(a)).toBe(koreanKey(b));
  });

  it.each([
    ['different vowels stay apart', 'Ha-rin', 'Ha-ran'],
    ['eo in an open syllable is not u', 'Seo-a', 'Su-a'],
    ['i and u', 'Min-ho', 'Mun-ho'],
  ])('%s: %s ≠ %s', (_rule, a, b) => {
    expect(koreanKey(a)).not.toBe(koreanKey(b));
  });

  it('knows a family name in all its spellings', () => {
    expect(koreanFamilies('Pak')).toEqual(['박']);
    expect(sameKoreanFamily('Bak', 'Park')).toBe(true);
    expect(sameKoreanFamily('Ch’oe', 'Choi')).toBe(true);
    expect(sameKoreanFamily('Kwŏn', 'Kwon')).toBe(true);
    expect(sameKoreanFamily('Rhee', 'Yi')).toBe(true);
    expect(sameKoreanFamily('Kang', 'Kwon')).toBe(false);
    expect(koreanFamilies('Evans')).toEqual([]);
  });

  it.each([
    ['hyphenated given name after a family name', 'Song Ha-rin', true],
    ['given name as one word', 'Kwon Taeyang', true],
    ['family name in capitals, given name spaced', 'YANG Do Hee', true],
    ['McCune–Reischauer', 'Ch’oe Ŭn-ha', true],
    ['a Western name with a Korean-looking first word', 'Lee Marsden', false],
    ['a Western given name that is no Korean given name', 'Park Jason', false],
    ['both ends family names, no capitals: given name first', 'Min Ho Kang', false],
    ['a Vietnamese name with Kim as a given name', 'Kim Thuy Dang', false],
    ['one syllable is not evidence', 'Kim Bo', false],
  ])('family name first? %s: %s', (_rule, name, expected) => {
    expect(isKoreanFamilyFirst(name.split(' '))).toBe(expected);
  });

  it('reads given-first Korean names as Korean, Western ones not', () => {
    expect(isKoreanGivenFirst(['Ha-rin', 'Song'])).toBe(true);
    expect(isKoreanGivenFirst(['Peter', 'Song'])).toBe(false);
  });
});
