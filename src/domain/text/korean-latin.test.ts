import { describe, expect, it } from 'vitest';
import {
  isKoreanFamilyFirst,
  isKoreanGivenFirst,
  koreanFamilies,
  koreanKey,
  sameKoreanFamily,
  separatedVowelGroups,
  FAMILY_VOWEL_GROUPS,
} from './korean-latin';
import { FAMILY_SPELLINGS, romaniseHangul } from './hangul';
import { syntheticRoll } from '../../../bench/matching-names';

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

  it('keys every family name to at most FAMILY_VOWEL_GROUPS vowel groups', () => {
    for (const [hangul, spellings] of Object.entries(FAMILY_SPELLINGS)) {
      for (const spelling of [...spellings.split(' '), romaniseHangul(hangul) ?? '']) {
        if (spelling.length < 2) continue;
        expect(separatedVowelGroups(koreanKey(spelling)), spelling).toBeLessThanOrEqual(
          FAMILY_VOWEL_GROUPS,
        );
        expect(koreanFamilies(spelling), spelling).toContain(hangul);
      }
    }
  });

  it('never keys a word to fewer separated vowel groups than it has', () => {
    const words = [
      ...syntheticRoll(400, 3).flatMap((r) => r.name.split(/[ -]/u)),
      ...['Ch’oe', 'Sŏ-yŏn', 'Hyeon-u', 'Rhee', 'Kiiim', 'Ahn', 'Ohh', 'Tae-woo', 'Na-rah', 'Weon'],
      ...['Eunhye', 'Gyeong-ah', 'Hwa-yeon', 'Woo-jin', 'Young-hee', 'Jeong', 'Yoo-ri', 'Choi-Ha'],
    ];
    for (const word of words)
      expect(separatedVowelGroups(koreanKey(word)), word).toBeGreaterThanOrEqual(
        separatedVowelGroups(word),
      );
  });
});
