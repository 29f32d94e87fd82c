import { describe, expect, it } from 'vitest';
import { hangulReadings, romaniseHangul } from './hangul';
import { transliterateNames, wholeScript } from './transliterate';

describe('Hangul names in Latin letters (Revised Romanization)', () => {
  it.each([
    ['민준', 'minjun'],
    ['서연', 'seoyeon'],
    ['하늘', 'haneul'],
    ['지은', 'jieun'],
    ['석진', 'seokjin'],
    // Given names keep each syllable's own reading: no sound change between syllables.
    ['복남', 'boknam'],
  ])('%s → %s', (hangul, latin) => {
    expect(romaniseHangul(hangul)).toBe(latin);
  });

  it('reads a name typed as one run as family name then given name, usual spelling first', () => {
    expect(hangulReadings('김민준')).toEqual(['kim minjun', 'gim minjun']);
    expect(hangulReadings('박서연')?.[0]).toBe('park seoyeon');
    expect(hangulReadings('남궁민수')?.[0]).toBe('namgoong minsu');
    expect(hangulReadings('이 지은')).toEqual(['lee jieun', 'yi jieun', 'rhee jieun', 'ri jieun']);
  });

  it('never gives a one-letter family name (it would be an initial)', () => {
    for (const reading of hangulReadings('오세훈') ?? [])
      expect(reading.split(' ')[0]?.length).toBeGreaterThan(1);
  });

  it('reads only names wholly in Hangul syllables', () => {
    expect(wholeScript('김민준')).toBe('hangul');
    expect(transliterateNames('김Minjun')).toBeNull();
    expect(transliterateNames('金민준')).toBeNull();
    expect(hangulReadings('ㄱㅁ')).toBeNull();
    expect(hangulReadings('김')).toBeNull();
  });
});
