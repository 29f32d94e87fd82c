import { hasLetter, isCommonLetter, mayHoldDigit } from './char-class';
import { COMMON_LETTER, lettersAllCommon } from './common-letters';
import { foldGerman, foldText } from './fold';

/** One word (or hyphen part) of a name, folded for comparison. */
export interface NameToken {
  /** Folded form: "muller" for Müller. */
  key: string;
  /** German ASCII spelling when the word has umlauts ("mueller" for Müller), else null. */
  alt: string | null;
  /** A single letter: an initial ("D." or "D"). */
  initial: boolean;
  /** Index of the written word this token comes from (parts of "Daniel-Rice" share it). */
  word: number;
  /** The token as written, for reasons and confusable skeletons. */
  text: string;
}

/**
 * A token. Every token is made here, fields in one order: the aligner's hot loops then see one
 * object shape, and the optimising compiler neither throws its code away on a second shape nor
 * compiles it twice (a token copied with `{ ...t }` has a shape of its own).
 */
export function nameToken(
  key: string,
  alt: string | null,
  initial: boolean,
  word: number,
  text: string,
): NameToken {
  return { key, alt, initial, word, text };
}

const HYPHENS = /[-‐‑‒–—]+/u;
// Digits stay in the written text (a skeleton reads 0 as O) but never in the key.
const NOT_NAME = /[^\-\p{L}\p{M}\p{Nd}'’‘`´ʼ‐‑‒–—]/gu;
const INNER_DOTS = /(?<=\p{L})[._·]+(?=\p{L})/gu;
// INNER_DOTS for text whose letters are all common ones ("ada.czajka", "zoë.łukasz"): the same
// answer, compiled for a few ranges instead of every letter (common-letters.ts).
const INNER_DOTS_COMMON = new RegExp(`(?<=${COMMON_LETTER})[._·]+(?=${COMMON_LETTER})`, 'g');
const ASCII_WORD = /^[A-Za-z]+$/;
// Letters of Latin-1, Latin Extended-A/B and Latin Extended Additional (every one a letter that
// folds to letters), in parts joined by single hyphens, optionally ending in one dot ("Ł.").
const LATIN_WORD =
  /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]+(?:-[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]+)*\.?$/;
const DIGITS = /\p{Nd}/gu;

/**
 * Whether NOT_NAME would leave the chunk as it is: every code unit a common letter, an ASCII digit,
 * a combining diacritic, a hyphen or an apostrophe. Then the chunk's own pattern is not compiled
 * (a look-alike spoof such as "Isabеlla", with a Cyrillic е, reaches this reading). Exported for
 * its test.
 */
export function keptWhole(chunk: string): boolean {
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (isCommonLetter(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x0300 && c <= 0x036f)) continue;
    if (!KEPT_MARKS.includes(chunk[i] as string)) return false;
  }
  return true;
}
const KEPT_MARKS = "-'’‘`´ʼ‐‑‒–—";

/** The key without \p{Nd} digits (the pattern only when the text may hold one). */
function withoutDigits(text: string): string {
  return mayHoldDigit(text) ? text.replace(DIGITS, '') : text;
}

/** A single code point (a letter outside the BMP is two UTF-16 units); no array built to count. */
export function isOneCodePoint(text: string): boolean {
  if (text.length === 1) return true;
  if (text.length !== 2) return false;
  const hi = text.charCodeAt(0);
  const lo = text.charCodeAt(1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/**
 * Splits cleaned text into tokens: words on spaces, dots and underscores ("ada.czajka"), parts on
 * hyphens; "D." and lone letters become initials; digits and punctuation go.
 */
export function tokenise(text: string, firstWord = 0): NameToken[] {
  const tokens: NameToken[] = [];
  let word = firstWord;
  const spaced = /[._·]/u.test(text)
    ? text.replace(lettersAllCommon(text) ? INNER_DOTS_COMMON : INNER_DOTS, ' ')
    : text;
  // Chunks cut at each space by indexOf, not split() nor for…of: a cold first match runs this
  // unoptimised, two thousand times; split goes through the runtime, and each step of for…of
  // allocates an iterator result there.
  let start = 0;
  while (start <= spaced.length) {
    const space = spaced.indexOf(' ', start);
    const end = space < 0 ? spaced.length : space;
    const chunk = spaced.slice(start, end);
    start = end + 1;
    if (!chunk) continue;
    // Fast path: most names are plain ASCII letters.
    if (ASCII_WORD.test(chunk)) {
      const key = chunk.toLowerCase();
      tokens.push(nameToken(key, null, key.length === 1, word++, chunk));
      continue;
    }
    // Second fast path: Latin letters only, hyphenated parts, an initial's dot. The general reading
    // below gives the same tokens; it costs a handful of Unicode property patterns compiled on
    // first use, which most names never need.
    if (LATIN_WORD.test(chunk)) {
      const letters = chunk.charCodeAt(chunk.length - 1) === 0x2e ? chunk.slice(0, -1) : chunk;
      if (!letters.includes('-')) {
        const key = foldText(letters);
        tokens.push(nameToken(key, foldGerman(letters), isOneCodePoint(key), word, letters));
      } else {
        const parts = letters.split('-');
        for (let p = 0; p < parts.length; p++) {
          const part = parts[p] as string;
          const key = foldText(part);
          tokens.push(nameToken(key, foldGerman(part), isOneCodePoint(key), word, part));
        }
      }
      word++;
      continue;
    }
    const cleaned = keptWhole(chunk) ? chunk : chunk.replace(NOT_NAME, '');
    if (!cleaned) continue;
    let added = false;
    for (const part of HYPHENS.test(cleaned) ? cleaned.split(HYPHENS) : [cleaned]) {
      const key = withoutDigits(foldText(part));
      if (!hasLetter(key)) continue;
      tokens.push(nameToken(key, foldGerman(withoutDigits(part)), isOneCodePoint(key), word, part));
      added = true;
    }
    if (added) word++;
  }
  return tokens;
}

/** Number of distinct words in a token list. */
export function wordCount(tokens: readonly NameToken[]): number {
  return new Set(tokens.map((t) => t.word)).size;
}
