import { isCapitalWord } from '../text/char-class';

/*
 * Name order for privacy names when no column says which word is the family name. Vietnamese names
 * are written family name first, given name last, with middle names between ("Nguyễn Thị Lan":
 * family Nguyễn, given Lan; Thị and Văn are middle names that mark the name, never the one people
 * are called by). About fourteen family names cover nine in ten Vietnamese people, so a short list
 * of them tells the order reliably.
 */

/**
 * Common Vietnamese family names, most frequent first (Nguyễn alone is about 38 %; source: the
 * frequency table in Wikipedia's "Vietnamese name"). `shared`: also a given name, or a common
 * family name in Chinese, Korean or English (Mai, Lâm, Hà, Hồ, Lý…), so it counts only when written
 * with its Vietnamese marks or followed by Thị/Văn.
 */
const VIETNAMESE_FAMILY_NAMES: ReadonlyArray<readonly [name: string, shared?: 'shared']> = [
  ['Nguyễn'],
  ['Trần'],
  ['Lê', 'shared'],
  ['Phạm'],
  ['Hoàng'],
  ['Huỳnh'],
  ['Phan'],
  ['Vũ', 'shared'],
  ['Võ', 'shared'],
  ['Đặng'],
  ['Bùi'],
  ['Đỗ', 'shared'],
  ['Hồ', 'shared'],
  ['Ngô'],
  ['Dương'],
  ['Lý', 'shared'],
  ['Đinh'],
  ['Trịnh'],
  ['Trương'],
  ['Lương'],
  ['Đoàn'],
  ['Mai', 'shared'],
  ['Lâm', 'shared'],
  ['Hà', 'shared'],
  ['Cao', 'shared'],
  ['Châu', 'shared'],
];

/** Middle names that mark a Vietnamese name (Thị for women, Văn for men): never the shown name. */
const VIETNAMESE_MIDDLE = new Set(['thi', 'van']);

/** Lower case without marks, đ as d: how the names compare when typed without Vietnamese marks. */
export function plainKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
}

interface FamilyName {
  /** 0 for the most common. */
  rank: number;
  written: string;
  shared: boolean;
}

const FAMILY = new Map<string, FamilyName>(
  VIETNAMESE_FAMILY_NAMES.map(([written, shared], rank) => [
    plainKey(written),
    { rank, written: written.normalize('NFC').toLowerCase(), shared: shared === 'shared' },
  ]),
);

function isVietnameseMiddle(word: string | undefined): boolean {
  return word !== undefined && VIETNAMESE_MIDDLE.has(plainKey(word));
}

/**
 * Whether a name (its words as written, in order) is a Vietnamese name written family name first:
 * its first word is a common Vietnamese family name, and Thị/Văn follows it, or it is written with
 * its Vietnamese marks ("Trần Minh"), or the name has three words or more and does not end on a
 * more common family name ("Mai Anh Trần" is given names first). A family name that is also a given
 * name or a common name elsewhere (Mai, Lâm, Hồ) needs the marks or Thị/Văn.
 */
export function isFamilyNameFirst(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const first = words[0] ?? '';
  const family = FAMILY.get(plainKey(first));
  if (!family) return false;
  if (isVietnameseMiddle(words[1]) && words.length >= 3) return true;
  const marked =
    family.written !== plainKey(family.written) &&
    first.normalize('NFC').toLowerCase() === family.written;
  if (marked) return true;
  if (family.shared || words.length < 3) return false;
  const last = FAMILY.get(plainKey(words.at(-1) ?? ''));
  return last === undefined || last.rank > family.rank;
}

/**
 * The word of a Vietnamese name people are called by: the last one that is not Thị/Văn (a
 * family-first name ends on it; a name in Western order has its given names first).
 */
export function vietnameseGivenName(words: readonly string[], familyFirst: boolean): string | null {
  const given = familyFirst ? words.slice(1) : words.slice(0, -1);
  const named = given.filter((w) => !isVietnameseMiddle(w));
  return (familyFirst ? named.at(-1) : named[0]) ?? null;
}

/** True when the word is Thị or Văn in a name whose family name is Vietnamese. */
export function isVietnameseMarker(word: string, familyWords: readonly string[]): boolean {
  return isVietnameseMiddle(word) && familyWords.some((w) => FAMILY.has(plainKey(w)));
}

const CAPITAL_VOWEL = /[AEIOUY]/u;
// Two capitals are a family name only as consonant + vowel (LI, WU, MA), not initials (AJ, JP).
const TWO_CAPITALS = /^[^AEIOUY][AEIOUY]$/u;
const LOWER = /\p{Ll}/u;

/**
 * A name whose first word alone is in capitals, with a vowel (not initials such as "JP"), before
 * given names in ordinary case: the family name written first, as registrars and passports do
 * ("ZHANG Wei", "DUPONT Jean-Marc", "NGUYEN Thi Lan"). The matcher reads roll names by it
 * (text/clean-name.ts), and privacy names are built by it (privacy-name.ts).
 */
export function isCapitalFamilyFirst(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const first = words[0] ?? '';
  if (!isCapitalWord(first)) return false;
  const plain = first.normalize('NFD').replace(/\p{M}/gu, '');
  return (
    CAPITAL_VOWEL.test(plain) &&
    (plain.length > 2 || TWO_CAPITALS.test(plain)) &&
    words.slice(1).every((w) => LOWER.test(w))
  );
}
