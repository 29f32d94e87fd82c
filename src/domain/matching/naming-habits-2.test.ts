/**
 * A second generalisation probe: display names as people set them in Zoom for a recovery group
 * (first name + last initial on the roll), a sexual-health charity, a civil-service team, a
 * university seminar and a coaching cohort, and the tricks of people who copy what they see. Every
 * name is invented for this file; none comes from the development sets. Each case states the most
 * the matcher may say: a stranger must never be sure, and a copy never matched.
 */
import { describe, expect, it } from 'vitest';
import { isKoreanFamilyFirst, isKoreanGivenFirst } from '../text';
import { createMatcher } from './matcher';
import type { Confidence, RollEntry } from './types';

const ROLL: RollEntry[] = [
  // Recovery group: the roll holds first name + last initial.
  { id: 'thomas', name: 'Thomas G.' },
  { id: 'katie', name: 'Katie R.' },
  { id: 'sian', name: 'Siân P.' },
  { id: 'nkem', name: 'Nkemdirim A.' },
  { id: 'lars', name: 'Lars B.' },
  { id: 'deborah', name: 'Deborah K.' },
  { id: 'graham-t', name: 'Graham T.' },
  { id: 'graham-w', name: 'Graham W.' },
  // Sexual-health charity.
  { id: 'moreno', name: 'Alex Moreno', email: 'alex.moreno@example.org' },
  { id: 'haddad', name: 'Samira Haddad' },
  { id: 'ellis', name: 'Jordan Ellis', email: 'jellis84@example.org' },
  // Civil-service team.
  { id: 'venkat', name: 'Priyanka Venkataraman' },
  { id: 'nowak', name: 'Ewa Nowak-Zielińska' },
  { id: 'ferguson', name: 'Margaret Ferguson' },
  { id: 'obriain', name: 'Ciarán Ó Briain' },
  // University seminar.
  { id: 'zhang', name: 'Zhang Wei (David)' },
  { id: 'hoa', name: 'Nguyễn Thị Hoa' },
  { id: 'park', name: 'Park Ji-hoon' },
  { id: 'tanaka', name: 'Tanaka Yūko' },
  { id: 'bankole', name: 'Oluwadamilare Bankole' },
  { id: 'farsi', name: 'Abdulrahman Al-Farsi' },
  { id: 'sokolova', name: 'Yekaterina Sokolova' },
  // Coaching cohort.
  { id: 'karl', name: 'Karl Lindström' },
  { id: 'petri', name: 'Petri Korhonen' },
  { id: 'nils', name: 'Nils Østergaard' },
  { id: 'jan', name: 'Jan Virtanen' },
  { id: 'chukwu', name: 'Chukwuemeka Eze' },
];
const matcher = createMatcher(ROLL);

function verdict(screenName: string): [string | null, Confidence] {
  const m = matcher.matchOne({ participantUUID: 'p', screenName });
  return [m.rollId, m.confidence];
}

describe('names as people set them in Zoom', () => {
  it.each<[string, string, Confidence]>([
    // First name + last initial rolls: never more than likely, a nickname included.
    ['Tom G.', 'thomas', 'likely'],
    ['Tommy G', 'thomas', 'likely'],
    ['Katie R (she/her) 🌈', 'katie', 'likely'],
    ['Sian P.', 'sian', 'likely'],
    ['Nkem A.', 'nkem', 'likely'],
    ['Lasse B.', 'lars', 'likely'],
    ['Debbie', 'deborah', 'likely'],
    ["Debbie's iPhone", 'deborah', 'likely'],
    // Pronouns, tags, handles, e-mails.
    ['Alex Moreno (they/them)', 'moreno', 'sure'],
    ['alex.moreno', 'moreno', 'sure'],
    ['Jordan (they/them)', 'ellis', 'likely'],
    ['jellis84', 'ellis', 'likely'],
    ['Samira H. 🌻', 'haddad', 'likely'],
    // Organisation suffixes, titles, capitals, reversed order, dropped diacritics.
    ['Dr Priyanka Venkataraman | NHS', 'venkat', 'sure'],
    ['VENKATARAMAN, Priyanka', 'venkat', 'sure'],
    ['Priyanka V. - HMRC', 'venkat', 'likely'],
    ['Ewa Nowak-Zielinska', 'nowak', 'sure'],
    ['Ewa Nowak Zielinska', 'nowak', 'sure'],
    ["Ewa's iPad", 'nowak', 'likely'],
    ['Maggie Ferguson - Coach', 'ferguson', 'sure'],
    ['Ciaran O Briain', 'obriain', 'sure'],
    // Chinese, Vietnamese, Korean, Japanese, Nigerian, Arabic, Russian names.
    ['David Zhang', 'zhang', 'sure'],
    ['David Z.', 'zhang', 'likely'],
    ['Wei Zhang', 'zhang', 'sure'],
    ['Zhang Wei (David)', 'zhang', 'sure'],
    ['Hoa Nguyen', 'hoa', 'sure'],
    ['Nguyen Thi Hoa', 'hoa', 'sure'],
    ['Ji-hoon Park', 'park', 'sure'],
    ['Jihoon Park', 'park', 'sure'],
    ['Yuko Tanaka', 'tanaka', 'sure'],
    ['Yuuko Tanaka', 'tanaka', 'likely'],
    ['Dami Bankole', 'bankole', 'sure'],
    ['Emeka Eze', 'chukwu', 'sure'],
    ['Abdulrahman Alfarsi', 'farsi', 'sure'],
    ['Katya Sokolova', 'sokolova', 'sure'],
    ['Екатерина Соколова', 'sokolova', 'likely'],
    // Nordic short forms.
    ['Kalle Lindström', 'karl', 'sure'],
    ['Kalle Lindstrom', 'karl', 'sure'],
    ['Kalle L.', 'karl', 'likely'],
    ['Pekka Korhonen', 'petri', 'sure'],
    ['Nisse Ostergaard', 'nils', 'sure'],
    // ø typed as oe, as Danes and Norwegians do without the letter (like Mueller for Müller).
    ['Nils Oestergaard', 'nils', 'sure'],
    ['Janne Virtanen', 'jan', 'sure'],
  ])('%s → %s (%s)', (screenName, rollId, confidence) => {
    expect(verdict(screenName)).toEqual([rollId, confidence]);
  });

  it.each([
    ['a first name two entries share', 'Graham'],
    ['another last initial', 'Thomas H.'],
    ['another surname, same given name', 'Karl Lindqvist'],
    ['another given name, same family name', 'Zhang Min'],
    ['the English name with another family name', 'David Chen'],
    ['a Nordic short form with another surname', 'Pekka Virtanen'],
  ])('matches nobody: %s (%s)', (_rule, screenName) => {
    expect(verdict(screenName)).toEqual([null, 'none']);
  });
});

describe('another nickname of the same name', () => {
  const group = createMatcher([
    { id: 'katie', name: 'Katie R.' },
    { id: 'becky', name: 'Becky Lowe' },
    { id: 'daniel', name: 'Daniel S.' },
    { id: 'christian', name: 'Christian Moe' },
  ]);
  const shown = (screenName: string) => {
    const m = group.matchOne({ participantUUID: 'p', screenName });
    return [m.rollId, m.confidence];
  };

  it.each([
    // Kate and Katie are both Katherine, Becca and Becky both Rebecca: one name written two ways.
    ['Kate R.', 'katie'],
    ['Kate', 'katie'],
    ['Becca Lowe', 'becky'],
  ])('is at most likely: %s', (screenName, rollId) => {
    expect(shown(screenName)).toEqual([rollId, 'likely']);
  });

  it('never makes a feminine form of a name one of its nicknames', () => {
    // Daniela shares "Dani" with Daniel, but the shared name is shorter: another name.
    expect(shown('Daniela S.')).toEqual([null, 'none']);
  });

  it('abstains when a short form fits two sisters', () => {
    // Mari is María's short form as well as Mariana's.
    const sisters = createMatcher([
      { id: 'maria', name: 'María García' },
      { id: 'mariana', name: 'Mariana García' },
    ]);
    const m = sisters.matchOne({ participantUUID: 'p', screenName: 'Mari Garcia' });
    expect([m.rollId, m.flags]).toEqual([null, ['ambiguous']]);
  });

  it('abstains when the other nickname fits two entries', () => {
    const two = createMatcher([
      { id: 'katie', name: 'Katie R.' },
      { id: 'kathy', name: 'Kathy S.' },
    ]);
    const m = two.matchOne({ participantUUID: 'p', screenName: 'Kate' });
    expect([m.rollId, m.flags]).toEqual([null, ['ambiguous']]);
  });
});

describe('an exact given name with a nickname rival', () => {
  // Tom Baker's given name is written as shown, but Thomas Brown is Tom too: with only an initial
  // (or no surname) shown, either may be the one.
  const group = createMatcher([
    { id: 'baker', name: 'Tom Baker' },
    { id: 'brown', name: 'Thomas Brown' },
    { id: 'clark', name: 'Thomas Clark' },
    { id: 'katie', name: 'Katie R.' },
    { id: 'kate', name: 'Kate S.' },
  ]);
  const shown = (screenName: string) => {
    const m = group.matchOne({ participantUUID: 'p', screenName });
    return { id: m.rollId, confidence: m.confidence, flags: m.flags, candidates: m.candidates };
  };

  it.each([['Tom B.'], ['Tom B'], ['Thomas B.'], ['Tom B. (he/him)']])(
    'abstains when the initial fits both: %s',
    (screenName) => {
      const m = shown(screenName);
      expect([m.id, m.flags]).toEqual([null, ['ambiguous']]);
      expect(m.candidates).toEqual(expect.arrayContaining(['baker', 'brown']));
    },
  );

  it('abstains when a bracketed English name on the roll is the rival', () => {
    const seminar = createMatcher([
      { id: 'lo', name: 'Jenny Lo' },
      { id: 'lin', name: 'Wei (Jenny) Lin' },
    ]);
    const m = seminar.matchOne({ participantUUID: 'p', screenName: 'Jenny L.' });
    expect([m.rollId, m.flags]).toEqual([null, ['ambiguous']]);
  });

  it.each([
    ['Tom Baker', 'baker', 'sure'],
    ['Thomas Brown', 'brown', 'sure'],
    ['Tom Brown', 'brown', 'sure'],
    // A given name alone is not checked against nickname rivals (README, Limits).
    ['Tom', 'baker', 'likely'],
    // Only Thomas Clark is a C.
    ['Tom C.', 'clark', 'likely'],
    // Katie R. is Kate R. written otherwise; Kate S. has another initial.
    ['Kate R.', 'katie', 'likely'],
    ['Kate S.', 'kate', 'likely'],
  ])('still finds the one entry that fits: %s → %s (%s)', (screenName, id, confidence) => {
    expect(shown(screenName)).toMatchObject({ id, confidence });
  });
});

describe('a roll with an English name in brackets', () => {
  const seminar = createMatcher([
    { id: 'liu', name: 'Liu Yang (Grace)' },
    { id: 'chan', name: 'Chan Tai Man (Peter)' },
    { id: 'tran', name: 'Tran Minh (Michael)' },
    { id: 'lin', name: 'Wei (Jenny) Lin' },
    // Both words are family names: the commoner one (Zhang) is read as the family name.
    { id: 'wei', name: 'Wei Zhang (Mike)' },
    { id: 'smith', name: 'Robert Smith (Bob)' },
  ]);
  const shown = (screenName: string) => {
    const m = seminar.matchOne({ participantUUID: 'p', screenName });
    return [m.rollId, m.confidence];
  };

  it.each([
    ['Grace Liu', 'liu', 'sure'],
    ['Grace L.', 'liu', 'likely'],
    ['Peter Chan', 'chan', 'sure'],
    ['Michael Tran', 'tran', 'sure'],
    ['Jenny Lin', 'lin', 'sure'],
    ['Jenny L.', 'lin', 'likely'],
    ['Mike Zhang', 'wei', 'sure'],
    ['Bob Smith', 'smith', 'sure'],
  ])('reads the bracket as the given name: %s', (screenName, rollId, confidence) => {
    expect(shown(screenName)).toEqual([rollId, confidence]);
  });

  it('reads a shown Chinese name with an English name in brackets as the English name', () => {
    const english = createMatcher([
      { id: 'grace', name: 'Grace Liu' },
      { id: 'michelle', name: 'Michelle Tan' },
      { id: 'wei', name: 'Wei Zhang' },
    ]);
    const read = (screenName: string) => {
      const m = english.matchOne({ participantUUID: 'p', screenName });
      return [m.rollId, m.confidence];
    };
    expect(read('Liu Yang (Grace)')).toEqual(['grace', 'sure']);
    expect(read('Tan Mei Ling (Michelle)')).toEqual(['michelle', 'sure']);
    // A tag in capitals is no given name; the name itself still agrees.
    expect(read('Zhang Wei (NHS)')).toEqual(['wei', 'sure']);
    // "Lin Chen" may be given name first: no English reading is made.
    expect(read('Lin Chen (Grace)')).toEqual([null, 'none']);
  });

  it.each(['Grace Yang', 'Mike Wei', 'Peter Tai', 'Bob Robert'])(
    'never pairs the English name with the given name: %s',
    (screenName) => {
      expect(shown(screenName)).toEqual([null, 'none']);
    },
  );
});

describe('a roll in McCune–Reischauer without breves', () => {
  const korean = createMatcher([
    { id: 'so', name: 'So Chong-won' },
    { id: 'han', name: 'Han Song-ho' },
    { id: 'choe', name: 'Choe Un-jong' },
  ]);
  const shown = (screenName: string) => {
    const m = korean.matchOne({ participantUUID: 'p', screenName });
    return [m.rollId, m.confidence];
  };

  it.each([
    ['Jeong-won Seo', 'so'],
    ['Seo Jeongwon', 'so'],
    ['Seong-ho Han', 'han'],
    ['Eun-jeong Choi', 'choe'],
  ])('reads the roll as Korean, at most likely: %s', (screenName, rollId) => {
    expect(shown(screenName)).toEqual([rollId, 'likely']);
  });

  it('keeps the roll spelling itself sure', () => {
    expect(shown('Chong-won So')).toEqual(['so', 'sure']);
  });

  it('needs the hyphen: a loose key alone fits too many words', () => {
    expect(isKoreanFamilyFirst(['So', 'Chong-won'])).toBe(true);
    expect(isKoreanGivenFirst(['Hyon-ju', 'Kim'])).toBe(true);
    expect(isKoreanFamilyFirst(['So', 'Chongwon'])).toBe(false);
    expect(isKoreanGivenFirst(['Lu-Ann', 'Song'])).toBe(false);
    expect(isKoreanGivenFirst(['Jean-Luc', 'Song'])).toBe(false);
  });
});

describe('people who copy what they see (second probe)', () => {
  it.each([
    ['a Cyrillic a in a long surname', 'Priyanka Venkataramаn', 'venkat'],
    ['a zero-width space inside a double surname', 'Ewa Nowak\u200B-Zielińska', 'nowak'],
    ['a Cyrillic letter in a Nordic short form', 'Kаlle Lindström', 'karl'],
    ['a zero for an o', 'Pekka Korh0nen', 'petri'],
    ['full-width letters', 'Ｄａｖｉｄ Ｚｈａｎｇ', 'zhang'],
    ['a right-to-left override', '\u202EAlex Moreno', 'moreno'],
    ['a Cyrillic S hidden in an organisation suffix', 'Graham T. | NHЅ', 'graham-t'],
    ['a capital I for an l', 'NiIs Ostergaard', 'nils'],
  ])('flags %s: %s', (_rule, screenName, imitated) => {
    const m = matcher.matchOne({ participantUUID: 'p', screenName });
    expect([m.rollId, m.confidence, m.flags]).toEqual([null, 'none', ['impostor']]);
    expect(m.candidates).toEqual([imitated]);
  });

  it('admits nobody who copies another participant', () => {
    const report = matcher.matchAll([
      { participantUUID: 'maggie', screenName: 'Maggie Ferguson - Coach' },
      { participantUUID: 'facilitator', screenName: 'Dave (Facilitator)' },
      { participantUUID: 'second', screenName: 'Maggie Ferguson - Coach', waiting: true },
      { participantUUID: 'squat', screenName: 'Maggie Fergusson', waiting: true },
      { participantUUID: 'tag', screenName: 'Maggie Ferguson - Cоach', waiting: true },
      { participantUUID: 'capital', screenName: 'Dave (FaciIitator)', waiting: true },
    ]);
    const [maggie, facilitator, second, squat, tag, capital] = report.participants;
    expect([maggie?.rollId, maggie?.confidence]).toEqual(['ferguson', 'sure']);
    expect([facilitator?.rollId, facilitator?.flags]).toEqual([null, []]);
    // A second copy of the name, and a typo-squat of it: the earlier, better claim keeps the entry.
    expect([second?.rollId, second?.flags, second?.heldBy]).toEqual([
      null,
      ['duplicate'],
      'maggie',
    ]);
    expect([squat?.rollId, squat?.flags, squat?.heldBy]).toEqual([null, ['duplicate'], 'maggie']);
    // A look-alike letter in the tag, and a capital I for an l in a name nobody on the roll has.
    expect([tag?.rollId, tag?.flags]).toEqual([null, ['impostor']]);
    expect([capital?.rollId, capital?.flags]).toEqual([null, ['impostor']]);
    expect(capital?.reasons.map((r) => r.code)).toContain('lookalike-participant');
  });

  it('reads a capital I as l and a zero as o, but never a capital L as an I', () => {
    const report = matcher.matchAll([
      { participantUUID: 'ian', screenName: 'Ian Moss' },
      { participantUUID: 'lan', screenName: 'Lan Moss', waiting: true },
      { participantUUID: 'obi', screenName: 'Obi (Guest)' },
      { participantUUID: 'zero', screenName: '0bi (Guest)', waiting: true },
      { participantUUID: 'shout', screenName: 'LAN MOSS', waiting: true },
    ]);
    const flags = report.participants.map((m) => m.flags);
    // Ian and Lan are two names; "LAN MOSS" is Lan in capitals, no copy of anyone.
    expect(flags).toEqual([[], [], [], ['impostor'], []]);
  });
});
