import { describe, expect, it } from 'vitest';
import { chosenPrivacyName } from './chosen-name';

describe('privacy names from the name the person chose', () => {
  it.each([
    [
      'nickname kept, initial from the roll',
      'Bob Whitfield',
      { name: 'Robert Whitfield' },
      'Bob W.',
    ],
    ['roll written family name first with a comma', 'Bob', { name: 'Whitfield, Robert' }, 'Bob W.'],
    [
      'the family-name column',
      'Juanse García',
      { name: 'Juan Sebastián García Rojas', family: 'García Rojas' },
      'Juanse G.',
    ],
    ['never a middle name', 'Mary Ann Smith', { name: 'Mary Ann Smith' }, 'Mary S.'],
    ['Vietnamese name order', 'Lan', { name: 'Nguyễn Thị Lan' }, 'Lan N.'],
    [
      'Vietnamese name order, display family first too',
      'Nguyen Lan',
      { name: 'Nguyễn Thị Lan' },
      'Lan N.',
    ],
    [
      'Vietnamese name order, display as on the roll: the given name, not Thị',
      'Nguyễn Thị Lan',
      { name: 'Nguyễn Thị Lan' },
      'Lan N.',
    ],
    ['Vietnamese, Văn is a middle name', 'Nguyen Van Minh', { name: 'Nguyễn Văn Minh' }, 'Minh N.'],
    [
      'Vietnamese, other middle names are passed over too',
      'Nguyen Minh Anh',
      { name: 'Nguyễn Minh Anh' },
      'Anh N.',
    ],
    [
      'Vietnamese in Western order with a family-name column',
      'Thi Lan Nguyen',
      { name: 'Thị Lan Nguyễn', family: 'Nguyễn' },
      'Lan N.',
    ],
    [
      'given names first when it ends on a commoner family name',
      'Mai',
      { name: 'Mai Anh Trần' },
      'Mai T.',
    ],
    ['a middle name the person goes by', 'Ann Smith', { name: 'Mary Ann Smith' }, 'Ann S.'],
    ['Chinese given names first', 'Mai Ling Chen', { name: 'Mai Ling Chen' }, 'Mai C.'],
    [
      'a particle is not the family initial',
      'Jan van der Berg',
      { name: 'Jan van der Berg' },
      'Jan B.',
    ],
    ['a handle', 'jess.garcia.coaching', { name: 'Jessica Garcia' }, 'Jess G.'],
    ['a device name', "Bob's iPhone", { name: 'Robert Whitfield' }, 'Bob W.'],
    ['display "Family, Given"', 'Whitfield, Bob', { name: 'Robert Whitfield' }, 'Bob W.'],
  ])('%s: %s → %s', (_rule, screenName, roll, expected) => {
    expect(chosenPrivacyName(screenName, roll)).toBe(expected);
  });
});
