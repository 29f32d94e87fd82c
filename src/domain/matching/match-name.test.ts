import { describe, expect, it } from 'vitest';
import { createMatcher } from './matcher';
import type { Confidence, MatchFlag, RollEntry } from './types';

const ROLL: RollEntry[] = [
  { id: 'r1', name: 'Jane Doe' },
  { id: 'r2', name: 'Robert Smith' },
  { id: 'r3', name: 'María José García-López' },
  { id: 'r4', name: 'Łukasz Müller' },
  { id: 'r5', name: 'Kenta Mori', email: 'k.mori@example.org' },
  { id: 'r6', name: 'Christiana Fadel' },
  { id: 'r7', name: 'Alexander Johnson' },
  { id: 'r8', name: 'Natalia Jessica Fernanda' },
  { id: 'r9', name: 'Ye-jun Cho' },
  { id: 'r10', name: 'Noah Costa' },
  { id: 'r11', name: 'Denis Schuppe' },
  { id: 'r12', name: 'Denis Kowalski' },
  { id: 'r13', name: 'Salome Stepanov' },
  { id: 'r14', name: 'Tatsuya Okamoto' },
  { id: 'r15', name: 'Kim Lam' },
  { id: 'r16', name: 'Argono Metzger' },
  { id: 'r17', name: 'Diễm Thúy Đặng' },
  { id: 'r18', name: 'Dominique Fleury' },
];

const matcher = createMatcher(ROLL);

function one(screenName: string): {
  rollId: string | null;
  confidence: Confidence;
  flags: MatchFlag[];
  candidates?: string[];
} {
  const m = matcher.matchOne({ participantUUID: 'p', screenName });
  return {
    rollId: m.rollId,
    confidence: m.confidence,
    flags: m.flags,
    ...(m.candidates ? { candidates: m.candidates } : {}),
  };
}

type Row = [
  rule: string,
  screenName: string,
  rollId: string | null,
  confidence: Confidence,
  flags?: MatchFlag[],
];

describe('names that must match', () => {
  it.each<Row>([
    ['exact', 'Jane Doe', 'r1', 'sure'],
    ['case', 'JANE DOE', 'r1', 'sure'],
    ['spacing', '  jane   doe  ', 'r1', 'sure'],
    ['dots and underscores', 'jane.doe', 'r1', 'sure'],
    ['joined words', 'ArgonoMetzger', 'r16', 'sure'],
    ['reversed with comma', 'Doe, Jane', 'r1', 'sure'],
    ['reversed, surname in capitals', 'DOE Jane', 'r1', 'sure'],
    ['first name + last initial', 'Jane D.', 'r1', 'likely'],
    ['initial + surname', 'J. Doe', 'r1', 'likely'],
    ['listed nickname, surname exact', 'Bob Smith', 'r2', 'sure'],
    ['listed nickname, reversed', 'Smith, Bobby', 'r2', 'sure'],
    ['short form not in the table', 'Domi Fleury', 'r18', 'likely'],
    ['diacritics dropped', 'Lukasz Muller', 'r4', 'sure'],
    ['German ASCII spelling', 'Lukasz Mueller', 'r4', 'sure'],
    ['Vietnamese without marks', 'Diem Thuy Dang', 'r17', 'sure'],
    ['pronouns', 'Jane Doe (she/her)', 'r1', 'sure'],
    ['emoji', '🎨 Jane Doe 👋🏽', 'r1', 'sure'],
    ['title', 'Dr. Jane Doe', 'r1', 'sure'],
    ['title + unique surname', 'Mrs Stepanov', 'r13', 'likely'],
    ['post-nominal letters', 'Jane Doe, PhD', 'r1', 'sure'],
    ['organisation suffix', 'Jane Doe | Acme Corp', 'r1', 'sure'],
    ['organisation prefix', 'Acme Corp - Jane Doe', 'r1', 'sure'],
    ['device with full name', 'iPhone de Jane Doe', 'r1', 'sure'],
    ['device with first name only', "Noah's iPhone", 'r10', 'likely'],
    ['hyphenated device', 'Jane Doe-iPhone', 'r1', 'sure'],
    ['e-mail on the roll (anyone can type it)', 'k.mori@example.org', 'r5', 'likely'],
    ['e-mail address as name', 'jane.doe@gmail.com', 'r1', 'sure'],
    ['e-mail joined words', 'diemthuy.dang@example.vn', 'r17', 'sure'],
    ['middle name left out', 'Natalia Fernanda', 'r8', 'sure'],
    ['middle initial added', 'Jane M. Doe', 'r1', 'sure'],
    ['middle name added', 'Jane Mary Doe', 'r1', 'likely'],
    ['one part of a double surname', 'María López', 'r3', 'sure'],
    ['hyphenated given name joined', 'Yejun Cho', 'r9', 'sure'],
    ['one typo in a long word', 'Tatsuay Okamoto', 'r14', 'likely'],
    ['one typo in the surname', 'Christiana Fadle', 'r6', 'likely'],
    ['unique first name alone', 'Noah', 'r10', 'likely'],
    ['nickname alone of a unique given name', 'Bob', 'r2', 'likely'],
  ])('%s: %s', (_rule, screenName, rollId, confidence) => {
    expect(one(screenName)).toMatchObject({ rollId, confidence, flags: [] });
  });
});

describe('names that must not match confidently', () => {
  it.each<Row>([
    ['first name shared by two entries', 'Denis', null, 'none', ['ambiguous']],
    ['first name + initial shared', 'Denis', null, 'none', ['ambiguous']],
    ['stranger sharing the first name', 'Jane Smithers', null, 'none'],
    ['stranger sharing the surname', 'Isabel Doe', null, 'none'],
    ['first name of one, surname of another', 'Jane Smith', null, 'none'],
    ['gendered form is another name', 'Alexandra Johnson', null, 'none'],
    ['two typos', 'Tatsuay Okamtoo', null, 'none'],
    ['a letter UTS #39 does not list as confusable', 'Jᴀne Doe', null, 'none'],
    ['typo in a short word', 'Jane Dae', null, 'none'],
    ['dial-in', '+1 415****1234', null, 'none', ['dial-in']],
    ['client dial-in label', 'Call-In User_7', null, 'none', ['dial-in']],
    ['bare device', 'iPhone', null, 'none', ['device']],
    ['computer name', 'LAPTOP-8F2K1QX', null, 'none', ['device']],
    ['note-taker', 'Otter.ai Notetaker', null, 'none', ['bot']],
    ["someone's note-taker", "Jane Doe's Otter.ai Notetaker", null, 'none', ['bot']],
    ['AI companion', 'Zoom AI Companion', null, 'none', ['bot']],
  ])('%s: %s', (_rule, screenName, rollId, confidence, flags = []) => {
    expect(one(screenName)).toMatchObject({ rollId, confidence, flags });
  });

  it('lists the entries an ambiguous first name fits', () => {
    expect(one('Denis').candidates).toEqual(['r11', 'r12']);
  });
});

describe('impostors: look-alikes of a roll name are flagged and never matched', () => {
  it.each([
    ['Cyrillic letters', 'Jаne Doe'],
    ['Greek capital', 'Κenta Mori'],
    ['zero-width space', 'Ja\u200Bne Doe'],
    ['word joiner', 'Jane\u2060 Doe'],
    ['byte order mark', '\uFEFFJane Doe'],
    ['right-to-left override', '\u202Eeod enaJ'],
    ['bidi mark inside a word', 'Ja\u200Fne Doe'],
    ['isolates around the name', '\u2066Jane Doe\u2069'],
    ['full-width letters', 'Ｊａｎｅ Ｄｏｅ'],
    ['mathematical bold letters', '𝐉𝐚𝐧𝐞 𝐃𝐨𝐞'],
    ['Latin look-alike letters (rn for m)', 'Kirn Larn'],
  ])('%s: %s', (_rule, screenName) => {
    const m = one(screenName);
    expect(m.flags).toEqual(['impostor']);
    expect(m.confidence).toBe('none');
    expect(m.rollId).toBeNull();
    expect(m.candidates?.[0]).toMatch(/^r(1|5|15)$/u);
  });

  it('does not accuse a name with hidden characters that resembles no one', () => {
    expect(one('Zz\u200Bxq Wuv')).toMatchObject({ rollId: null, confidence: 'none', flags: [] });
  });
});
