/**
 * Unicode-property tests read from the code units first, for the blocks most names are written in
 * (ASCII, Latin-1, Latin Extended-A/B and Additional, basic Cyrillic and Greek letters). A cold
 * first match compiles each distinct pattern on first use, and those with property classes cost
 * ≈0.1–0.5 ms each: with these, a meeting whose names need none of them compiles none of them.
 * Each function answers exactly as its pattern does (char-class.test.ts compares them).
 */

const LETTER = /\p{L}/u;
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

/**
 * Every code unit is printable ASCII (space to tilde): the text's letters are [A-Za-z] and its
 * digits [0-9], so an ASCII twin of a Unicode-property pattern answers for it. One pattern for the
 * whole text pipeline, compiled once.
 */
export function isPrintableAscii(text: string): boolean {
  return PRINTABLE_ASCII.test(text);
}

/** A letter of one of the common blocks above (each such code unit is \p{L}; others may be too). */
export function isCommonLetter(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0x024f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    (c >= 0x0400 && c <= 0x0481) ||
    (c >= 0x048a && c <= 0x04ff) ||
    (c >= 0x0391 && c <= 0x03a9 && c !== 0x03a2) ||
    (c >= 0x03b1 && c <= 0x03c9)
  );
}

/** `/\p{L}/u.test(text)`: the pattern only for text whose first non-ASCII code unit comes before any common letter. */
export function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isCommonLetter(c)) return true;
    if (c >= 0x80) return LETTER.test(text);
  }
  return false;
}

/**
 * Whether the text may hold a \p{Nd} digit: an ASCII digit, or any code unit from U+0660 (the first
 * other one) up but for Latin Extended Additional (Vietnamese letters).
 */
export function mayHoldDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x0660 && (c < 0x1e00 || c > 0x1eff))) return true;
  }
  return false;
}

const CAPITAL_WORD = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u;

/**
 * A word in capitals ("ZHANG", "O'BRIEN", "DUPONT-NÉE"): a capital, then capitals, diacritics,
 * apostrophes or hyphens. A word with an ASCII small letter (nearly every word) is not one, and is
 * answered without the pattern.
 */
export function isCapitalWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return CAPITAL_WORD.test(word);
}

/** Every code unit a common letter or a combining diacritic (U+0300–U+036F): [^\p{L}\p{M}] finds nothing in it. */
export function onlyCommonLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isCommonLetter(c) && !(c >= 0x0300 && c <= 0x036f)) return false;
  }
  return true;
}
