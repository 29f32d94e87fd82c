/**
 * Korean names in Latin letters (issue 13): family name first, other romanisations, and the
 * privacy name from the given name. Invented names, none from the development sets.
 */
import { describe, expect, it } from 'vitest';
import { chosenPrivacyName } from '../privacy/chosen-name';
import { privacyName } from '../privacy/privacy-name';
import { createMatcher } from './matcher';
import type { Confidence, RollEntry } from './types';

const ROLL: RollEntry[] = [
  { id: 'k1', name: 'Ha-rin Song' },
  { id: 'k2', name: 'Tae-yang Kwon' },
  { id: 'k3', name: 'Choi Eun-ha' },
  { id: 'k4', name: 'Seung-ho Park' },
  { id: 'k5', name: 'Do-yeon Jeong', family: 'Jeong' },
  { id: 'k6', name: 'Hye-jin Han' },
  { id: 'k7', name: 'Lee Marsden' },
  { id: 'k8', name: 'Ji-an Yang' },
];
const matcher = createMatcher(ROLL);
const one = (screenName: string): { rollId: string | null; confidence: Confidence } => {
  const m = matcher.matchOne({ participantUUID: 'p', screenName });
  return { rollId: m.rollId, confidence: m.confidence };
};

describe('Korean names written in Latin letters', () => {
  it.each<[string, string, string, Confidence]>([
    ['family name first, hyphenated', 'Song Ha-rin', 'k1', 'sure'],
    ['family name first in capitals, given name as one word', 'KWON Taeyang', 'k2', 'sure'],
    ['roll family name first, display given name first', 'Eun-ha Choi', 'k3', 'sure'],
    ['McCune–Reischauer, aspirated initial and breve', 'Ch’oe Ŭn-ha', 'k3', 'likely'],
    ['Pak for Park, MR breve in the given name', 'Pak Sŭng-ho', 'k4', 'likely'],
    ['Jung for Jeong, Doyun for Do-yeon', 'Jung Do-yun', 'k5', 'likely'],
    ['Bak for Park with the given name as written', 'Seung-ho Bak', 'k4', 'likely'],
    // McCune–Reischauer typed without breves or apostrophes: o for ŏ, u for ŭ, Chong for Chŏng.
    ['MR without breves, family name first', 'Chong To-yon', 'k5', 'likely'],
    ['MR without apostrophe or breve', 'Choe Un-ha', 'k3', 'likely'],
    ['MR without breve, given name first', 'Sung-ho Pak', 'k4', 'likely'],
  ])('%s: %s', (_rule, screenName, rollId, confidence) => {
    expect(one(screenName)).toEqual({ rollId, confidence });
  });

  it.each([
    ['another given name with the same family name', 'Hye-jun Han'],
    ['another vowel', 'Ha-ran Song'],
    ['another family name', 'Kang Ha-rin'],
    ['a stranger with a one-syllable name', 'Jin Yang'],
    ['MR without breves, another family name', 'Kang To-yon'],
  ])('does not match %s: %s', (_rule, screenName) => {
    expect(one(screenName).confidence).toBe('none');
  });

  it('never makes a name typed without breves sure, nor picks one of two entries it fits', () => {
    const twins = createMatcher([
      { id: 's1', name: 'Seo-yeon Han' },
      { id: 's2', name: 'So-yeon Han' },
    ]);
    const shown = (screenName: string) => {
      const m = twins.matchOne({ participantUUID: 'p', screenName });
      return [m.rollId, m.confidence];
    };
    // "So-yon" is Sŏ-yŏn (서연) or So-yŏn (소연): both fit.
    expect(shown('So-yon Han')).toEqual([null, 'none']);
    expect(shown('So-yeon Han')).toEqual(['s2', 'sure']);
    expect(shown('Seo-yeon Han')).toEqual(['s1', 'sure']);
  });

  it.each([
    ['display family first', 'Song Ha-rin', 'k1', 'Ha-rin S.'],
    ['roll family first, no column', 'Eun-ha Choi', 'k3', 'Eun-ha C.'],
    ['display in capitals', 'KWON Taeyang', 'k2', 'Taeyang K.'],
    ['family name spelled otherwise on the roll', 'Pak Sŭng-ho', 'k4', 'Sŭng-ho P.'],
    ['the family-name column', 'Jeong Do-yeon', 'k5', 'Do-yeon J.'],
    ['a Western name keeps its order', 'Lee Marsden', 'k7', 'Lee M.'],
  ])('privacy name, %s: %s → %s', (_rule, screenName, rollId, expected) => {
    const entry = ROLL.find((r) => r.id === rollId) as RollEntry;
    expect(chosenPrivacyName(screenName, entry)).toBe(expected);
  });

  it('reads a roll name of a family name and a one-syllable given name family name first', () => {
    const roll: RollEntry[] = [
      { id: 'p', name: 'Park Ji' },
      { id: 'c', name: 'CHOI Hoon' },
      { id: 'l', name: 'Lee Jin' },
    ];
    const m = createMatcher(roll);
    const verdict = (screenName: string) => {
      const r = m.matchOne({ participantUUID: 'x', screenName });
      return [r.rollId, r.confidence];
    };
    expect(verdict('Ji Park')).toEqual(['p', 'sure']);
    expect(verdict('Hoon Choi')).toEqual(['c', 'sure']);
    // The given name with the family initial: likely, as for any name.
    expect(verdict('Ji P.')).toEqual(['p', 'likely']);
    expect(chosenPrivacyName('Ji Park', roll[0] as RollEntry)).toBe('Ji P.');
    expect(chosenPrivacyName('Park Ji', roll[0] as RollEntry)).toBe('Ji P.');
    expect(chosenPrivacyName('Hoon Choi', roll[1] as RollEntry)).toBe('Hoon C.');
    // Lee is a given name too: the roll's order stands.
    expect(chosenPrivacyName('Lee Jin', roll[2] as RollEntry)).toBe('Lee J.');
  });

  it('keeps a name shown in another script in that script', () => {
    expect(chosenPrivacyName('Аркадий Белов (he/him)', { name: 'Arkady Belov' })).toBe(
      'Аркадий Б.',
    );
  });

  it.each([
    ['Song Ha-rin', 'Ha-rin S.'],
    ['YANG Do Hee', 'Do Hee Y.'],
    ['Lee Marsden', 'Lee M.'],
    ['Kim Thuy Dang', 'Kim D.'],
    ['Park Ji', 'Ji P.'],
    ['Kim Min', 'Kim M.'],
  ])(
    'privacy name without a roll, once the matcher has loaded: %s → %s',
    (screenName, expected) => {
      expect(privacyName(screenName)).toBe(expected);
    },
  );
});
