/**
 * A generalisation probe: display names written the way people really write them in meetings
 * (titles, pronouns, devices, capitals, "Last, First", initials, emoji, phone numbers, name order,
 * particles, dropped accents), and the tricks of people who copy what they see. Every name is
 * invented for this file; none comes from the development sets.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from './matcher';
import type { Confidence, RollEntry } from './types';

const ROLL: RollEntry[] = [
  { id: 'oconnor', name: "Margaret O'Connor" },
  { id: 'pereira', name: 'Jonathan Pereira' },
  { id: 'rashid', name: 'Aisha Al-Rashid' },
  { id: 'berg', name: 'Pieter van der Berg' },
  { id: 'nguyen', name: 'Nguyễn Văn Minh' },
  { id: 'hartley', name: 'Elizabeth Hartley-Moore' },
  { id: 'fernandez', name: 'José Luis Fernández' },
  { id: 'adeyemi', name: 'Dr. Samuel Adeyemi' },
  { id: 'lindqvist', name: 'Rebecca Lindqvist' },
  { id: 'sayed', name: 'Mohammed El-Sayed' },
  { id: 'muller', name: 'Ingrid Müller' },
  { id: 'bakare', name: 'Olusegun Bakare' },
  { id: 'priya', name: 'Priya Raghunathan' },
  { id: 'keane', name: 'Thomas Keane' },
  { id: 'zhang', name: 'Wei Zhang' },
  { id: 'rossi', name: 'Sofia Rossi' },
  { id: 'mensah', name: 'Kwame Mensah' },
  { id: 'kowalczyk', name: 'Anna Kowalczyk' },
  { id: 'okafor', name: 'Daniel Okafor' },
  { id: 'siobhan', name: 'Siobhán Ní Bhriain' },
  { id: 'lars', name: 'Lars Øvergaard' },
  { id: 'chloe', name: 'Chloé Dubois' },
  { id: 'ivanova', name: 'Anastasia Ivanova' },
];
const matcher = createMatcher(ROLL);

function verdict(screenName: string): [string | null, Confidence] {
  const m = matcher.matchOne({ participantUUID: 'p', screenName });
  return [m.rollId, m.confidence];
}

describe('naming habits a meeting shows', () => {
  it.each<[string, string, Confidence]>([
    ['Dr. Jonathan Pereira', 'pereira', 'sure'],
    ['Jonathan Pereira (he/him)', 'pereira', 'sure'],
    ["Margaret O'Connor's iPhone", 'oconnor', 'sure'],
    ["MARGARET O'CONNOR", 'oconnor', 'sure'],
    ["O'Connor, Margaret", 'oconnor', 'sure'],
    ['Margaret OConnor', 'oconnor', 'sure'],
    ["Maggie O'Connor", 'oconnor', 'sure'],
    ['Maggie O.', 'oconnor', 'likely'],
    ['J. Pereira', 'pereira', 'likely'],
    ['Jon P.', 'pereira', 'likely'],
    ['🌻 Rebecca Lindqvist', 'lindqvist', 'sure'],
    ['Becky Lindqvist', 'lindqvist', 'sure'],
    ['Rebecca L. (she/her)', 'lindqvist', 'likely'],
    ['Mrs. Lindqvist', 'lindqvist', 'likely'],
    ['Aisha Alrashid', 'rashid', 'sure'],
    ['Aisha al Rashid', 'rashid', 'sure'],
    ['Pieter Van Der Berg', 'berg', 'sure'],
    ['Pieter vd Berg', 'berg', 'likely'],
    ['Nguyen Van Minh', 'nguyen', 'sure'],
    ['Minh N.', 'nguyen', 'likely'],
    ['Zhang Wei', 'zhang', 'sure'],
    ['ZHANG Wei', 'zhang', 'sure'],
    ['Liz Hartley-Moore', 'hartley', 'sure'],
    ['Liz H-M', 'hartley', 'likely'],
    ['Jose Luis Fernandez', 'fernandez', 'sure'],
    ['Fernández, José Luis', 'fernandez', 'sure'],
    ['JL Fernandez', 'fernandez', 'likely'],
    ['Samuel Adeyemi', 'adeyemi', 'sure'],
    ['Prof. Olusegun Bakare, PhD', 'bakare', 'sure'],
    ['Segun Bakare', 'bakare', 'sure'],
    ['Mohamed Elsayed', 'sayed', 'likely'],
    ['Mohammed El Sayed', 'sayed', 'sure'],
    ['Ingrid Mueller', 'muller', 'sure'],
    ['Priya Raghunathan | Acme Health', 'priya', 'sure'],
    ['Tom Keane - Acme', 'keane', 'sure'],
    ['Sofia Rossi +1 555 123 4567', 'rossi', 'sure'],
    ['anna.kowalczyk', 'kowalczyk', 'sure'],
    ['Daniel Okafor 📱', 'okafor', 'sure'],
    ['Daniel Okafor (Guest)', 'okafor', 'sure'],
    ['Siobhan Ni Bhriain', 'siobhan', 'sure'],
    ['Lars Overgaard', 'lars', 'sure'],
    ['CHLOE DUBOIS', 'chloe', 'sure'],
    ['Dubois Chloé', 'chloe', 'sure'],
    ['Kwame', 'mensah', 'likely'],
    ['Nastya Ivanova', 'ivanova', 'sure'],
    // The same diminutive romanised with i: a spelling, so likely.
    ['Nastia Ivanova', 'ivanova', 'likely'],
  ])('%s → %s (%s)', (screenName, rollId, confidence) => {
    expect(verdict(screenName)).toEqual([rollId, confidence]);
  });

  it.each([
    ['another surname', 'Jonathan Perry'],
    ['another family name, same given name', 'Kwame Asante'],
    ['the feminine of another surname', 'Anna Kowalska'],
    ['a bare device', 'iPhone'],
    ['a phone number', '+1 555 010 2233'],
    ['a note-taker', 'Otter.ai'],
  ])('matches nobody: %s (%s)', (_rule, screenName) => {
    expect(verdict(screenName)).toEqual([null, 'none']);
  });
});

describe('part of a hyphenated given name', () => {
  const compound = createMatcher([
    { id: 'jp', name: 'Jean-Paul Dubois' },
    { id: 'mj', name: 'Min-jun Kim' },
    { id: 'mw', name: 'Mary-Jane Watson' },
  ]);
  const shown = (screenName: string) => {
    const m = compound.matchOne({ participantUUID: 'p', screenName });
    return [m.rollId, m.confidence, m.reasons.map((r) => r.code)];
  };

  it.each([
    // One part may be how the person goes, or another person's whole name ("Jun Kim").
    ['Paul Dubois', 'jp'],
    ['Jean Dubois', 'jp'],
    ['Jun Kim', 'mj'],
    ['Min Kim', 'mj'],
    ['Mary Watson', 'mw'],
  ])('is never sure: %s', (screenName, rollId) => {
    expect(shown(screenName)).toEqual([rollId, 'likely', ['partial']]);
  });

  it.each([
    ['Jean-Paul Dubois', 'jp'],
    ['Jean Paul Dubois', 'jp'],
    ['Minjun Kim', 'mj'],
  ])('the whole given name, however spaced, stays sure: %s', (screenName, rollId) => {
    expect(shown(screenName).slice(0, 2)).toEqual([rollId, 'sure']);
  });
});

describe('a Vietnamese given-name column that starts with Thị or Văn', () => {
  // Rolls built from name columns write "Thị Hương" / "Trần": Thị marks the name, nobody goes by it.
  const vietnamese = createMatcher([
    { id: 'huong', name: 'Thị Hương Trần' },
    { id: 'minh', name: 'Văn Minh Nguyễn' },
    { id: 'blake', name: 'Van Morrison Blake' },
  ]);
  const shown = (screenName: string) => {
    const m = vietnamese.matchOne({ participantUUID: 'p', screenName });
    return [m.rollId, m.confidence];
  };

  it.each([
    ['Hương Trần', 'huong'],
    ['Huong Tran', 'huong'],
    ['Tran Huong', 'huong'],
    ['Minh Nguyen', 'minh'],
  ])('reads the word after Thị/Văn as the given name: %s', (screenName, rollId) => {
    expect(shown(screenName)).toEqual([rollId, 'sure']);
  });

  it('leaves a Dutch or English Van where it is', () => {
    expect(shown('Morrison Blake')).toEqual(['blake', 'likely']);
  });
});

describe('people who copy what they see', () => {
  it.each([
    ['Cyrillic letters in the surname', 'Jonathan Реreira', 'pereira'],
    ['a zero-width space', 'Ingrid Mu\u200Bller', 'muller'],
    ['a right-to-left override', '\u202EIngrid Müller', 'muller'],
    ['a Greek capital', 'Τhomas Keane', 'keane'],
    ['full-width letters', 'Ｗｅｉ Ｚｈａｎｇ', 'zhang'],
    ['a soft hyphen', 'Sofia Rossi\u00AD', 'rossi'],
    ['a word joiner', 'Priya Raghunathan\u2060', 'priya'],
    // One typo away by letters, the same name by skeleton: a look-alike, not a slip of the hand.
    ['a zero for an O', 'Daniel 0kafor', 'okafor'],
    ['a lower-case l for a capital I', 'lngrid Müller', 'muller'],
    // UTS #39 reads 1 as l only: a digit inside a word is read as the letter it resembles.
    ['a one for an i', 'Pr1ya Raghunathan', 'priya'],
    ['a one for an i at the end of a word', 'Sofia Ross1', 'rossi'],
  ])('flags %s: %s', (_rule, screenName, imitated) => {
    const m = matcher.matchOne({ participantUUID: 'p', screenName });
    expect([m.rollId, m.confidence, m.flags]).toEqual([null, 'none', ['impostor']]);
    expect(m.candidates).toEqual([imitated]);
  });

  it('keeps honest typos and numbered copies apart from look-alikes', () => {
    // A letter typed for another that looks nothing like it stays a typo the host checks.
    expect(verdict('Anna Kowaiczyk')).toEqual(['kowalczyk', 'likely']);
    // Zoom numbers a second device of one person; alone it is that person.
    expect(verdict('Thomas Keane 2')).toEqual(['keane', 'sure']);
  });

  it('gives a second copy of a name in the meeting no match, and says who holds it', () => {
    const report = matcher.matchAll([
      { participantUUID: 'first', screenName: 'Rebecca Lindqvist' },
      { participantUUID: 'again', screenName: 'Rebecca Lindqvist' },
      { participantUUID: 'numbered', screenName: 'Rebecca Lindqvist (2)' },
      { participantUUID: 'digit', screenName: 'Rebecca L1ndqvist' },
    ]);
    const [first, again, numbered, digit] = report.participants;
    expect([first?.rollId, first?.confidence]).toEqual(['lindqvist', 'sure']);
    for (const copy of [again, numbered]) {
      expect([copy?.rollId, copy?.flags, copy?.heldBy]).toEqual([null, ['duplicate'], 'first']);
    }
    expect(digit?.rollId).toBeNull();
    expect(digit?.flags.some((f) => f === 'impostor' || f === 'duplicate')).toBe(true);
  });
});
