import { describe, expect, it } from 'vitest';
import {
  isKoreanFamilyFirst,
  isKoreanGivenFirst,
  koreanFamilies,
  koreanKey,
  koreanLooseKey,
  sameKoreanFamily,
  sameKoreanFamilyLoose,
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

  it.each<[string, string, string, boolean]>([
    ['MR without breves, given name', 'So-yon', 'Seo-yeon', false],
    ['the same, against MR with breves', 'So-yon', 'Sŏ-yŏn', false],
    ['ŭ typed as u', 'Un-ji', 'Eun-ji', false],
    ['plain MR initial ch for RR j', 'Chong-hun', 'Jeong-hoon', false],
    // The strict key already reads a closed eo as the passports' u.
    ['a closed ŏ typed o, a passport u', 'Hyon-u', 'Hyun-woo', false],
    ['spellings the strict key joins stay joined', 'Ji-hoon', 'Jihun', true],
  ])('loose key (breves dropped), %s: %s ~ %s', (_rule, a, b, strictToo) => {
    expect(koreanLooseKey(a)).toBe(koreanLooseKey(b));
    expect(koreanKey(a) === koreanKey(b)).toBe(strictToo);
  });

  it.each([
    ['other vowels', 'Ha-rin', 'Ha-ran'],
    ['i and u', 'Min-ho', 'Mun-ho'],
    ['an open o and u stay apart', 'So-bin', 'Su-bin'],
  ])('loose key keeps apart %s: %s ≠ %s', (_rule, a, b) => {
    expect(koreanLooseKey(a)).not.toBe(koreanLooseKey(b));
  });

  it('reads family names typed without breves loosely, never strictly', () => {
    expect(sameKoreanFamilyLoose('Chong', 'Jeong')).toBe(true);
    expect(sameKoreanFamilyLoose('Chong', 'Jung')).toBe(true);
    expect(sameKoreanFamilyLoose('Choe', 'Choi')).toBe(true);
    expect(sameKoreanFamily('Chong', 'Jeong')).toBe(false);
    expect(sameKoreanFamilyLoose('Chong', 'Kang')).toBe(false);
    expect(sameKoreanFamilyLoose('Evans', 'Evans')).toBe(false);
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
    ['one syllable is not evidence after an English given name', 'Kim Bo', false],
    ['a one-syllable given name after a family name no one is called by', 'Park Ji', true],
    ['the same, a syllable that is no family name', 'Choi Hoon', true],
    ['Lee is an English given name too', 'Lee Jin', false],
    ['capitals say which word is the family name', 'KIM Min', true],
    ['Seo-jun typed apart, no family name', 'Seo Jun', false],
    ['Yoon-seo typed apart, no family name', 'Yoon Seo', false],
    ['a Western given name after a family name', 'Park Anne', false],
  ])('family name first? %s: %s', (_rule, name, expected) => {
    expect(isKoreanFamilyFirst(name.split(' '))).toBe(expected);
  });

  it('reads given-first Korean names as Korean, Western ones not', () => {
    expect(isKoreanGivenFirst(['Ha-rin', 'Song'])).toBe(true);
    expect(isKoreanGivenFirst(['Peter', 'Song'])).toBe(false);
  });
});
