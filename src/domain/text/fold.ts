/**
 * Folding for comparison: case, accents and compatibility forms. NFKD + dropping marks leaves a few
 * letters that are not decomposable (ł ø đ ß æ œ ı …), hence the small table.
 */
const LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  ŀ: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'ng',
  ĸ: 'k',
};
const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');
const MARKS = /\p{M}/gu;
const ASCII_LETTERS = /^[A-Za-z ]*$/;
// Apostrophes inside names (O'Brien, N’Diaye) are spelled with or without them: drop them.
const APOSTROPHES = /['’‘`´ʼ]/gu;

/** Folds case, accents and compatibility forms: "Łukasz Müller" → "lukasz muller". */
export function foldText(text: string): string {
  if (ASCII_LETTERS.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(SPECIAL, (c) => LETTERS[c] ?? c)
    .replace(APOSTROPHES, '');
}

const GERMAN = /[äöüøå]/u;
// An umlaut, ø or å precomposed, or a combining diaeresis or ring; most words have none.
const MAYBE_UMLAUT = /[äöüÄÖÜøØåÅ]|\u0308|\u030A/u;

/**
 * German ASCII spelling of umlauts (Müller → "mueller"), and the Danish and Norwegian one of ø and
 * å (Søren → "soeren", Åsa → "aasa"), or null when the text has none.
 */
export function foldGerman(text: string): string | null {
  if (ASCII_LETTERS.test(text) || !MAYBE_UMLAUT.test(text)) return null;
  const lower = text.normalize('NFC').toLowerCase();
  if (!GERMAN.test(lower)) return null;
  return foldText(
    lower
      .replace(/ä/gu, 'ae')
      .replace(/ö/gu, 'oe')
      .replace(/ü/gu, 'ue')
      .replace(/ø/gu, 'oe')
      .replace(/å/gu, 'aa'),
  );
}

/**
 * Names from Arabic and Persian written in many romanisations, each family read as one key (the
 * general rules below cannot tell which vowel and consonant spellings are the same name). A
 * family holds spellings of one name only: Hassan and Hussein are different names.
 */
const NAME_FAMILIES: ReadonlyArray<readonly [RegExp, string]> = [
  // Muhammad, Mohamed, Mohammad, Muhammed, Mehmed…
  [/^m[ouae]h+[ae]m+[ae]d$/u, 'muhamad'],
  // Its written abbreviations: Mohd and Muhd (Malaysia, Singapore), Md (Bangladesh).
  [/^(?:mohd|muhd|mhd|md)$/u, 'muhamad'],
  // Hussein, Hossein, Husain, Hussain, Hossain, Husayn, Hussien, Houssein, Hüseyin, Hussin…
  [/^h(?:u|o|ou)s{1,2}(?:ai|ei|ie|ay|ey|eyi|e|i)n$/u, 'husain'],
  // Yusuf, Youssef, Yousef, Yusef, Yousuf, Youssouf, Yosef
  [/^y(?:u|o|ou)s{1,2}(?:u|e|o|ou)f$/u, 'iusuf'],
  // Mustafa, Mostafa, Moustafa, Mustapha
  [/^m(?:u|o|ou)sta(?:f|ph)a$/u, 'mustafa'],
  // Osman, Othman, Uthman, Usman
  [/^[ou](?:s|th)man$/u, 'usman'],
  // Omar, Umar
  [/^[ou]mar$/u, 'umar'],
  // Ahmed, Ahmad, Ahmet
  [/^ahm[ae][dt]$/u, 'ahmad'],
  // Ibrahim, Ebrahim
  [/^[ie]brahim$/u, 'ibrahim'],
  // Aisha, Ayesha, Aysha, Aicha, Aishah
  [/^a(?:i|y|ye)(?:sh|ch)ah?$/u, 'aisha'],
  // Fatima, Fatimah, Fatemeh, Fatma
  [/^fat[ie]?m(?:a|ah|eh)$/u, 'fatima'],
  // Ismail, Ismael, Esmail
  [/^[ie]sma[ei]?[ie]l$/u, 'ismail'],
  // Abdullah, Abdallah, Abdollah, Abdulla
  [/^abd[aeou]l{1,2}ah?$/u, 'abdulah'],
];
// All families in one pattern, each a capturing group (the families' patterns capture nothing):
// most words are in none, and the group that matched names the family, so a cold first match
// compiles one pattern instead of every family's before the one that matches. Anchored, the
// alternatives are tried in the table's order, as a search of the table would be.
const ANY_FAMILY = new RegExp(
  NAME_FAMILIES.map(([pattern]) => `(${pattern.source})`).join('|'),
  'u',
);

/** The key of the name family the word is in, or null. */
function familyOf(key: string): string | null {
  const m = ANY_FAMILY.exec(key);
  if (!m) return null;
  for (let k = 1; k < m.length; k++)
    if (m[k] !== undefined) return NAME_FAMILIES[k - 1]?.[1] ?? null;
  return null;
}
// Each rule with the letters it needs (a word without them skips the rule: most words need few
// rules, and a pattern is compiled on its first use). romanRuleMask() finds the needs in one pass.
export const ROMAN_RULES: ReadonlyArray<readonly [RegExp, string, readonly string[]]> = [
  [/dzh|dj|zh/gu, 'j', ['zh', 'dj']],
  [/kh/gu, 'h', ['kh']],
  [/gh/gu, 'g', ['gh']],
  [/ph/gu, 'f', ['ph']],
  [/ck|q/gu, 'k', ['ck', 'q']],
  [/x/gu, 'ks', ['x']],
  [/y/gu, 'i', ['y']],
  // Long vowels written doubled, with h, or with ou (Ōno, Ohno, Oono; Itō, Itou; Yūko, Yuuko).
  [/o[uoh](?![aeiou])/gu, 'o', ['ou', 'oo', 'oh']],
  [/uu/gu, 'u', ['uu']],
  [/a[i](?=[^aeiou])|e[i](?=[^aeiou])/gu, 'ei', ['ai', 'ei']],
  [/ii|ee/gu, 'i', ['ii', 'ee']],
];

const Q = 0x71;
const X = 0x78;
const Y = 0x79;
const Z = 0x7a;
const H = 0x68;

/**
 * Bit k set when the text holds one of the letters ROMAN_RULES[k] needs: one pass over its code
 * units instead of a search per need (seventeen searches cost a word's first key ≈18 000
 * instructions before the code is optimised, and a cold first match keys hundreds of words).
 */
export function romanRuleMask(text: string): number {
  let mask = 0;
  let c = text.charCodeAt(0);
  for (let i = 0; i < text.length; i++) {
    const n = text.charCodeAt(i + 1);
    switch (c) {
      case Q:
        mask |= 1 << 4;
        break;
      case X:
        mask |= 1 << 5;
        break;
      case Y:
        mask |= 1 << 6;
        break;
      case Z:
        if (n === H) mask |= 1 << 0;
        break;
      case 0x64: // d
        if (n === 0x6a) mask |= 1 << 0;
        break;
      case 0x6b: // k
        if (n === H) mask |= 1 << 1;
        break;
      case 0x67: // g
        if (n === H) mask |= 1 << 2;
        break;
      case 0x70: // p
        if (n === H) mask |= 1 << 3;
        break;
      case 0x63: // c
        if (n === 0x6b) mask |= 1 << 4;
        break;
      case 0x6f: // o
        if (n === 0x75 || n === 0x6f || n === H) mask |= 1 << 7;
        break;
      case 0x75: // u
        if (n === 0x75) mask |= 1 << 8;
        break;
      case 0x61: // a
        if (n === 0x69) mask |= 1 << 9;
        break;
      case 0x65: // e
        if (n === 0x69) mask |= 1 << 9;
        else if (n === 0x65) mask |= 1 << 10;
        break;
      case 0x69: // i
        if (n === 0x69) mask |= 1 << 10;
        break;
    }
    c = n;
  }
  return mask;
}
/** ROMAN_RULES applied in order to a word, each where the word (as the rules before left it) needs it. */
export function applyRomanRules(key: string): string {
  let text = key;
  let mask = romanRuleMask(text);
  for (let k = 0; mask >> k !== 0; k++) {
    if (!(mask & (1 << k))) continue;
    const rule = ROMAN_RULES[k] as (typeof ROMAN_RULES)[number];
    text = text.replace(rule[0], rule[1]);
    // A rule may make or remove what a later one needs ("x" → "ks", "y" → "i" before "ai").
    mask = romanRuleMask(text) & ~((2 << k) - 1);
  }
  return text;
}
const DOUBLED = /(\p{L})\1+/gu;
// DOUBLED for a key whose doubles are ASCII (most are): no Unicode letter class to compile.
const DOUBLED_ASCII = /([A-Za-z])\1+/g;

/**
 * Which code points follow themselves (what DOUBLED needs; letters or not): 0 none, 1 only ASCII
 * ones, 2 some other. With ASCII doubles only, DOUBLED_ASCII reads the text as DOUBLED does
 * (their letters agree on ASCII), so DOUBLED's Unicode class is compiled only for text that needs it.
 */
function doubles(text: string): 0 | 1 | 2 {
  let found: 0 | 1 = 0;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === text.charCodeAt(i + 1)) {
      if (c >= 0x80) return 2;
      found = 1;
    } else if (
      c >= 0xd800 &&
      c <= 0xdbff &&
      c === text.charCodeAt(i + 2) &&
      text.charCodeAt(i + 1) === text.charCodeAt(i + 3)
    )
      return 2;
  }
  return found;
}
const romanCache = new Map<string, string>();

/**
 * Folds romanisation variants of one name into one key: Muhammad = Mohammed, Hussein = Hossein =
 * Husain, Yusuf = Youssef (NAME_FAMILIES), Ōno = Ohno = Oono,
 * Yuuko = Yūko, Dmitrii = Dmitry, Natalya = Natalia, Hadzhiev = Khadzhiev, Gheorghe = George.
 * Takes an already folded word (foldText drops the macrons). Only for comparing two names.
 */
export function romanKey(key: string): string {
  let out = romanCache.get(key);
  if (out !== undefined) return out;
  const family = familyOf(key);
  if (family !== null) out = family;
  else {
    const text = applyRomanRules(key);
    const doubled = doubles(text);
    out = doubled === 0 ? text : text.replace(doubled === 1 ? DOUBLED_ASCII : DOUBLED, '$1');
  }
  if (romanCache.size > 50_000) romanCache.clear();
  romanCache.set(key, out);
  return out;
}
