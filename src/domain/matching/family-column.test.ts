/**
 * A roll with a family-name column (RollEntry.family, from the importer's name-part columns) says
 * which words of the name are the family name: the matcher and the privacy name both follow it.
 * Invented names, none from the development sets.
 */
import { describe, expect, it } from 'vitest';
import { analyseRollName } from '../text';
import { chosenPrivacyName } from '../privacy/chosen-name';
import { createMatcher } from './matcher';
import type { Confidence, RollEntry } from './types';

const WITH_COLUMN: RollEntry[] = [
  { id: 'a', name: 'Juan Rodríguez Oyarzún', family: 'Rodríguez Oyarzún' },
  { id: 'b', name: 'Jean Paul Van Damme', family: 'Van Damme' },
  { id: 'c', name: '山田 太郎', family: '山田' },
  { id: 'd', name: 'Grace Mensah Owusu', family: 'Mensah Owusu' },
  { id: 'e', name: 'Mary Ann Whitlock', family: 'Whitlock' },
];
const WITHOUT_COLUMN = WITH_COLUMN.map(({ id, name }) => ({ id, name }));

function verdict(roll: RollEntry[], screenName: string): [string | null, Confidence] {
  const m = createMatcher(roll).matchOne({ participantUUID: 'p', screenName });
  return [m.rollId, m.confidence];
}

describe('the family-name column steers the split of the roll name', () => {
  it('reads where the family name starts', () => {
    expect(analyseRollName('Jean Paul Van Damme', 'Van Damme').familyFrom).toBe(2);
    expect(analyseRollName('Juan Rodríguez Oyarzún', 'Rodríguez Oyarzún').familyFrom).toBe(1);
    // East Asian order: the family name moves last, as every roll name is read given name first.
    const han = analyseRollName('山田 太郎', '山田');
    expect([han.text, han.familyFrom]).toEqual(['太郎 山田', 1]);
  });

  it('changes nothing when the column is not in the name', () => {
    const plain = analyseRollName('Anna Kowalska');
    expect(analyseRollName('Anna Kowalska', 'Nowak')).toBe(plain);
    expect(analyseRollName('Anna Kowalska', '  ')).toBe(plain);
  });

  it.each<[string, string, Confidence, Confidence]>([
    // Two family names, the first one used alone: only the column tells Oyarzún is no middle name.
    ['Juan Rodríguez', 'a', 'likely', 'sure'],
    ['Grace Mensah', 'd', 'likely', 'sure'],
    // A particle that belongs to the family name, not a middle name left out.
    ['Jean Van Damme', 'b', 'sure', 'sure'],
    ['Mary Whitlock', 'e', 'sure', 'sure'],
  ])('%s: without the column %s, with it %s', (screenName, rollId, before, after) => {
    expect(verdict(WITHOUT_COLUMN, screenName)).toEqual([rollId, before]);
    expect(verdict(WITH_COLUMN, screenName)).toEqual([rollId, after]);
  });

  it('never makes a middle name the family name', () => {
    // "Ann Whitlock" uses a middle given name: likely with or without the column.
    expect(verdict(WITH_COLUMN, 'Ann Whitlock')).toEqual(['e', 'likely']);
    expect(verdict(WITH_COLUMN, 'Paul Whitlock')).toEqual([null, 'none']);
  });

  it.each([
    ['Juan Rodríguez Oyarzún', 'a', 'Juan R.'],
    ['Jean Paul Van Damme', 'b', 'Jean D.'],
    ['Grace Mensah Owusu', 'd', 'Grace M.'],
    ['山田 太郎', 'c', '太郎 山.'],
    // Typed as one run, the name holds the family name whole: only its first character shows.
    ['山田太郎', 'c', '山.'],
  ])('privacy name of %s: %s', (screenName, rollId, expected) => {
    const entry = WITH_COLUMN.find((e) => e.id === rollId) as RollEntry;
    expect(chosenPrivacyName(screenName, entry)).toBe(expected);
  });
});

describe('a family name written first in capitals', () => {
  const roll: RollEntry[] = [
    { id: 'z', name: 'ZHANG Wei (David)' },
    { id: 'd', name: 'DUPONT Jean-Marc' },
    { id: 'n', name: 'NGUYEN Thi Lan' },
    { id: 'a', name: 'AJ Okoro' },
  ];
  const m = createMatcher(roll);
  const shown = (screenName: string) => {
    const r = m.matchOne({ participantUUID: 'p', screenName });
    return [r.rollId, r.confidence];
  };

  it('reads the rest as the given names', () => {
    expect(analyseRollName('ZHANG Wei').text).toBe('Wei ZHANG');
    expect(analyseRollName('LI Na').text).toBe('Na LI');
    // Initials in capitals are no family name; neither is a name all in capitals.
    expect(analyseRollName('AJ Okoro').text).toBe('AJ Okoro');
    expect(analyseRollName('JP Morgan').text).toBe('JP Morgan');
    expect(analyseRollName('ANNA SMITH').familyFrom).toBeNull();
  });

  it.each([
    // The English name in brackets stands for the given name, not for the family name.
    ['David Zhang', 'z', 'sure'],
    ['Jean-Marc Dupont', 'd', 'sure'],
    ['Lan Nguyen', 'n', 'sure'],
  ])('%s → %s (%s)', (screenName, rollId, confidence) => {
    expect(shown(screenName)).toEqual([rollId, confidence]);
  });

  it.each([
    ['David Zhang', 'z', 'David Z.'],
    ['Jean-Marc Dupont', 'd', 'Jean-Marc D.'],
    ['AJ Okoro', 'a', 'AJ O.'],
  ])('privacy name of %s: %s', (screenName, rollId, expected) => {
    expect(chosenPrivacyName(screenName, roll.find((e) => e.id === rollId) as RollEntry)).toBe(
      expected,
    );
  });
});
