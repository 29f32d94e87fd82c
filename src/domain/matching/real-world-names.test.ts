/**
 * Names as people really write them (issue 13), with names that are not in the development sets:
 * each row is a rule that must generalise, not a remembered case.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from './matcher';
import type { Confidence, RollEntry } from './types';

const ROLL: RollEntry[] = [
  { id: 'r1', name: 'Thomas K.' },
  { id: 'r2', name: 'Jimmy P.' },
  { id: 'r3', name: 'Adewale Okafor' },
  { id: 'r4', name: 'Jean-Luc Moreau' },
  { id: 'r5', name: 'María Luisa Fernández' },
  { id: 'r6', name: 'Mendoza, Ana Gabriela' },
  { id: 'r7', name: 'Сергей Орлов' },
  { id: 'r8', name: 'Dimitrios Papas' },
  { id: 'r9', name: 'Yūta Saitō' },
  { id: 'r10', name: 'Muhammad Qureshi' },
  { id: 'r11', name: 'Minh Anh Tran', email: 'mtran.design@example.org' },
  { id: 'r12', name: 'Jennifer Lowe' },
  { id: 'r13', name: 'Jenna Lowe' },
  { id: 'r14', name: 'Ngozi Eze' },
  { id: 'r15', name: 'Oluwagbenga Bello' },
  { id: 'r16', name: 'Min-jun Kim' },
  { id: 'r17', name: 'Hussain Qadri' },
  { id: 'r18', name: '정하늘' },
  { id: 'r19', name: 'Arkady Belov' },
  { id: 'r20', name: 'St. John, Imogen (Home Office)' },
  { id: 'r21', name: 'Tunde Obe' },
  { id: 'r22', name: 'Valentina Moreno Salazar' },
  { id: 'r23', name: 'Mary Ann Whitlock' },
  { id: 'r24', name: 'Francisco Javier Ocampo' },
  { id: 'r25', name: 'Abdulkarim Haddad' },
  { id: 'r26', name: 'Fiona MacLeod' },
  { id: 'r27', name: 'Vera Lykova' },
  { id: 'r28', name: 'Rosamund Thackeray' },
  { id: 'r29', name: 'Rosalind Ellery' },
];
const matcher = createMatcher(ROLL);
const one = (screenName: string): { rollId: string | null; confidence: Confidence } => {
  const m = matcher.matchOne({ participantUUID: 'p', screenName });
  return { rollId: m.rollId, confidence: m.confidence };
};

describe('names as people really write them', () => {
  it.each<[string, string, string, Confidence]>([
    ['nickname with the initial', 'Tom K.', 'r1', 'likely'],
    ['roll holds the nickname, display the formal name', 'James P.', 'r2', 'likely'],
    ['a listed Yoruba nickname with the surname', 'Wale Okafor', 'r3', 'sure'],
    ['a run of a long given name, not listed', 'Gbenga Bello', 'r15', 'likely'],
    ['compound given name as initials', 'JL Moreau', 'r4', 'likely'],
    ['two given names blended', 'Malu Fernández', 'r5', 'sure'],
    ['the second given name, roll written "Family, Given"', 'Gabi Mendoza', 'r6', 'likely'],
    ['Latin display, Cyrillic roll', 'Sergei Orlov', 'r7', 'likely'],
    ['Greek display, Latin roll', 'Δημήτριος Παπάς', 'r8', 'likely'],
    ['kana display, Latin roll (long vowels folded)', 'さいとう ゆうた', 'r9', 'likely'],
    ['macrons written as ou and uu', 'Yuuta Saitou', 'r9', 'likely'],
    ['the Mohammed family', 'Mohamed Qureshi', 'r10', 'likely'],
    ['the Hussein family', 'Hossein Qadri', 'r17', 'likely'],
    ['Muhammad abbreviated, Malaysian style', 'Mohd Qureshi', 'r10', 'likely'],
    ['Muhammad abbreviated, Bangladeshi style', 'Md. Qureshi', 'r10', 'likely'],
    ['Francisco abbreviated as written in Spanish', 'Fco. Javier Ocampo', 'r24', 'sure'],
    ['Abdul written apart', 'Abdul Karim Haddad', 'r25', 'sure'],
    ['Mac written apart', 'Fiona Mac Leod', 'r26', 'sure'],
    ['Hangul display, Latin roll (family name first, usual spelling)', '김민준', 'r16', 'likely'],
    ['Hangul display typed with a space', '김 민준', 'r16', 'likely'],
    ['Latin display, Hangul roll (Jeong written Jung)', 'Haneul Jung', 'r18', 'likely'],
    ['Greek name with Latin pronouns', 'Δημήτριος Παπάς (he/him)', 'r8', 'likely'],
    [
      'Cyrillic name with a Latin organisation',
      'Аркадий Белов | Northfield Trust',
      'r19',
      'likely',
    ],
    ['Cyrillic name with a dashed tag', 'Аркадий Белов - they/them', 'r19', 'likely'],
    [
      'Cyrillic name, one word all Latin look-alikes, pronouns',
      'Вера Лыкова (she/her)',
      'r27',
      'likely',
    ],
    ['romanised given names spaced differently', 'Minhanh Tran', 'r11', 'sure'],
    ['British honours in capitals are post-nominals', 'Arkady Belov MBE', 'r19', 'sure'],
    ['St. is part of the surname, not a title', 'Imogen St John', 'r20', 'sure'],
    ['Obe is a family name, not an honour', 'Tunde Obe', 'r21', 'sure'],
    ['the first of two Spanish family names', 'Valentina Moreno', 'r22', 'sure'],
    ['the first of two Spanish family names as an initial', 'Valentina M.', 'r22', 'likely'],
    ['a handle that is the roll e-mail name', 'mtran.design', 'r11', 'likely'],
    ['a unique given name alone, as a nickname', 'Wale', 'r3', 'likely'],
    ['Roz for Rosamund', 'Roz Thackeray', 'r28', 'sure'],
    ['Ros for Rosalind', 'Ros Ellery', 'r29', 'sure'],
    ['Roz for Rosalind in a handle', 'roz.ellery', 'r29', 'sure'],
  ])('%s: %s', (_rule, screenName, rollId, confidence) => {
    expect(one(screenName)).toEqual({ rollId, confidence });
  });

  it.each([
    ['a nickname that fits two entries', 'Jen Lowe'],
    ['a mixed-script name is never transliterated', 'Sеrgei Orlov'],
    ['another initial', 'Tom B.'],
    ['kanji are never read', '斎藤 悠太'],
    ['Hangul mixed with Latin is never read', '김Minjun'],
    ['Hassan is not Hussein', 'Hassan Qadri'],
    ['a Latin letter inside a Cyrillic word, pronouns after it', 'Аркадий Белoв (he/him)'],
    ['another hyphenated given name with the same first part', 'Jean-Paul Moreau'],
    ['a middle name is no family name', 'Mary A.'],
  ])('does not match %s: %s', (_rule, screenName) => {
    expect(one(screenName).confidence).toBe('none');
  });
});
