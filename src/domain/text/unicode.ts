/**
 * Unicode tricks in display names: emoji (harmless decoration), and the characters impostors use to
 * look like someone else (invisible, bidi controls, full-width letters, mixed scripts).
 */

import { hasLetter, isCommonLetter, isPrintableAscii } from './char-class';
import { latinLookalikes } from './skeleton';

export interface UnicodeSignals {
  /** Zero-width, word joiner, BOM, Hangul fillers… (default-ignorable code points outside emoji). */
  invisible: boolean;
  /** Bidi controls that reorder or hide text (overrides, embeddings, isolates, marks in Latin text). */
  bidi: boolean;
  /** Full-width Latin letters or digits (Ｊａｎｅ), or mathematical letter styles (𝐉𝐚𝐧𝐞). */
  fullwidth: boolean;
  /** A word mixing scripts that never mix in one word (Latin + Cyrillic "Кenta"). */
  mixedScript: boolean;
}

// Emoji first: their ZWJ sequences and variation selectors are default-ignorable too. The pictographs,
// modifiers and regional indicators cover every character of an RGI emoji sequence except keycap
// bases and tag characters, so those two sequence kinds are spelled out (the three RGI tag flags);
// joiners and selectors around a removed emoji are debris (below). This removes what
// \p{RGI_Emoji} (`v` flag) removes, without its cost: that set of strings takes ~30 ms to build
// and compile on first use, most of a cold first match.
const EMOJI =
  /[#*0-9]\uFE0F\u20E3|\u{1F3F4}\u{E0067}\u{E0062}(?:\u{E0065}\u{E006E}\u{E0067}|\u{E0073}\u{E0063}\u{E0074}|\u{E0077}\u{E006C}\u{E0073})\u{E007F}|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}/gu;
const SYMBOLS = /[\p{So}\p{Co}]/gu;
// Every emoji and pictograph lies in these ranges; most names have nothing there, which skips the costly pattern.
const MAYBE_EMOJI =
  /[\u00A9\u00AE\u203C\u2049\u2122\u2139\u2194-\u21AA\u231A-\u23FF\u24C2\u25A0-\u27BF\u2934\u2935\u2B05-\u2B55\u3030\u303D\u3297\u3299\uE000-\uF8FF\u{1F000}-\u{1FAFF}\u{E0000}-\u{E007F}]|\uFE0E|\uFE0F|\u200D/u;
// The pattern (source and flags) of skeleton.ts's IGNORABLE, read with search() (which ignores and
// keeps lastIndex): one compilation serves both on a cold first match.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const BIDI = /\p{Bidi_Control}/u;
const BIDI_MARK = /[\u200E\u200F\u061C]/u;
const RTL_LETTER =
  /(?=\p{L})[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
// Full-width ASCII and the mathematical letter styles (𝐉𝐚𝐧𝐞): compatibility forms that read as plain Latin.
const FULLWIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u{1D400}-\u{1D7FF}]/u;
const HIDDEN = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;

/**
 * Removes emoji and pictographic symbols (decoration people add to their names). With a separator,
 * an emoji between two words becomes it: "Thandi Mokoena 🌱 Life Coach" has a tagline after it.
 */
export function stripEmoji(text: string, separator = ' '): string {
  if (!MAYBE_EMOJI.test(text)) return text;
  // Joiners and selectors left beside a removed emoji are debris; anywhere else they stay (and count as hidden).
  const out = text
    .replace(EMOJI, '\uFFFC')
    .replace(/(?:\uFE0E|\uFE0F|\u200D|\u20E3)*\uFFFC(?:\uFE0E|\uFE0F|\u200D|\u20E3)*/gu, '\uFFFC')
    .replace(SYMBOLS, '\uFFFC');
  if (separator === ' ') return out.replace(/\uFFFC/gu, ' ');
  return out
    .replace(/^[\s\uFFFC]+|[\s\uFFFC]+$/gu, ' ')
    .replace(/\s*\uFFFC[\s\uFFFC]*/gu, separator);
}

const FULLWIDTH_ANY = /[\uFF01-\uFF5E\u3000]/gu;
const FULLWIDTH_TEST = /[\uFF01-\uFF5E\u3000]/u;

/**
 * Full-width ASCII (Ｊａｎｅ) to ASCII, nothing else: NFKC would also turn look-alikes such as Ϲ
 * (Greek lunate sigma) into other letters (Σ) and hide them from the confusable check.
 */
export function narrowFullwidth(text: string): string {
  if (!FULLWIDTH_TEST.test(text)) return text;
  return text.replace(FULLWIDTH_ANY, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** Removes invisible characters and bidi controls. */
export function stripHidden(text: string): string {
  // search(), not a copy of the pattern without the g flag: one compilation on a cold first match.
  return text.search(HIDDEN) >= 0 ? text.replace(HIDDEN, '') : text;
}

const NO_SIGNALS: UnicodeSignals = Object.freeze({
  invisible: false,
  bidi: false,
  fullwidth: false,
  mixedScript: false,
});

/** What is suspicious in a display name (call after stripEmoji). */
export function unicodeSignals(text: string): UnicodeSignals {
  if (isPrintableAscii(text)) return NO_SIGNALS;
  let bidi = false;
  if (BIDI.test(text)) {
    // LRM/RLM/ALM are ordinary in right-to-left names; overrides and isolates never are.
    const rtl = RTL_LETTER.test(text);
    for (const ch of text) {
      if (BIDI.test(ch) && !(rtl && BIDI_MARK.test(ch))) {
        bidi = true;
        break;
      }
    }
  }
  let invisible = false;
  if (text.search(INVISIBLE) >= 0) {
    const chars = [...text];
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i] as string;
      if (ch.search(INVISIBLE) < 0 || BIDI.test(ch)) continue;
      if (JOINERS.test(ch) && joinsLetters(chars[i - 1], chars[i + 1])) continue;
      invisible = true;
      break;
    }
  }
  return {
    invisible,
    bidi,
    fullwidth: FULLWIDTH.test(text),
    mixedScript: hasMixedScriptWord(text),
  };
}

// ZWNJ and ZWJ are spelling in Persian, Arabic and Indic names (می‌خواهم, क्‍ष); between two letters
// of such scripts they are not hidden text. Next to Latin, Greek or Cyrillic they only hide.
const JOINERS = /^[\u200C\u200D]$/u;
const JOINING_LETTER =
  /^(?![\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}])[\p{L}\p{M}]$/u;

function joinsLetters(before: string | undefined, after: string | undefined): boolean {
  return (
    before !== undefined &&
    after !== undefined &&
    JOINING_LETTER.test(before) &&
    JOINING_LETTER.test(after)
  );
}

/** True when any signal is set. */
export function isSuspicious(signals: UnicodeSignals): boolean {
  return signals.invisible || signals.bidi || signals.fullwidth || signals.mixedScript;
}

const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Latn', /\p{Script_Extensions=Latin}/u],
  ['Grek', /\p{Script_Extensions=Greek}/u],
  ['Cyrl', /\p{Script_Extensions=Cyrillic}/u],
  ['Armn', /\p{Script_Extensions=Armenian}/u],
  ['Geor', /\p{Script_Extensions=Georgian}/u],
  ['Cher', /\p{Script_Extensions=Cherokee}/u],
  ['Copt', /\p{Script_Extensions=Coptic}/u],
  ['Hebr', /\p{Script_Extensions=Hebrew}/u],
  ['Arab', /\p{Script_Extensions=Arabic}/u],
  ['Hani', /\p{Script_Extensions=Han}/u],
  ['Hira', /\p{Script_Extensions=Hiragana}/u],
  ['Kana', /\p{Script_Extensions=Katakana}/u],
  ['Hang', /\p{Script_Extensions=Hangul}/u],
  ['Bopo', /\p{Script_Extensions=Bopomofo}/u],
  ['Thai', /\p{Script_Extensions=Thai}/u],
  ['Deva', /\p{Script_Extensions=Devanagari}/u],
  ['Beng', /\p{Script_Extensions=Bengali}/u],
  ['Taml', /\p{Script_Extensions=Tamil}/u],
  ['Ethi', /\p{Script_Extensions=Ethiopic}/u],
  ['Lisu', /\p{Script_Extensions=Lisu}/u],
  ['Tfng', /\p{Script_Extensions=Tifinagh}/u],
  ['Vaii', /\p{Script_Extensions=Vai}/u],
  ['Cans', /\p{Script_Extensions=Canadian_Aboriginal}/u],
];
// UTS #39 augmented script sets: Han mixes with kana (Japanese), Hangul (Korean) and Bopomofo.
const AUGMENT: Readonly<Record<string, readonly string[]>> = {
  Hani: ['Jpan', 'Kore', 'Hanb'],
  Hira: ['Jpan'],
  Kana: ['Jpan'],
  Hang: ['Kore'],
  Bopo: ['Hanb'],
};
const LETTER = /[\p{L}\p{N}]/u;
const WORDS = /[\p{L}\p{M}\p{N}]+/gu;

const scriptCache = new Map<string, Set<string>>();
const LATIN_SET: ReadonlySet<string> = new Set(['Latn']);
// Latin-1, Latin Extended-A/B and Latin Extended Additional: the letters of most names, no lookup needed.
const LATIN_RANGE = /^[\u00C0-\u024F\u1E00-\u1EFF]$/u;

const CYRILLIC_SET: ReadonlySet<string> = new Set(['Cyrl']);
const GREEK_SET: ReadonlySet<string> = new Set(['Grek']);

/**
 * The script set of a letter from a block whose letters all have exactly one script extension:
 * the basic Cyrillic and Greek letters of look-alike spoofs ("Кenta") are read without compiling
 * the twenty-odd Script_Extensions patterns below (≈3 ms on a cold first match). A test checks
 * each of these letters against the patterns.
 */
export function blockScriptSet(code: number): ReadonlySet<string> | null {
  if ((code >= 0x0400 && code <= 0x0481) || (code >= 0x048a && code <= 0x04ff)) return CYRILLIC_SET;
  if ((code >= 0x0391 && code <= 0x03a9 && code !== 0x03a2) || (code >= 0x03b1 && code <= 0x03c9))
    return GREEK_SET;
  return null;
}

/** A character's UTS #39 script set. */
export function scriptSet(ch: string): ReadonlySet<string> {
  if (ch <= '\u007F' || (LATIN_RANGE.test(ch) && ch !== '\u00D7' && ch !== '\u00F7'))
    return LATIN_SET;
  const block = ch.length === 1 ? blockScriptSet(ch.charCodeAt(0)) : null;
  if (block) return block;
  return scriptSetByPattern(ch);
}

/** scriptSet through the Script_Extensions patterns (exported for the test of blockScriptSet). */
export function scriptSetByPattern(ch: string): ReadonlySet<string> {
  const cached = scriptCache.get(ch);
  if (cached) return cached;
  const set = new Set<string>();
  for (let k = 0; k < SCRIPTS.length; k++) {
    const entry = SCRIPTS[k] as (typeof SCRIPTS)[number];
    if (!entry[1].test(ch)) continue;
    const name = entry[0];
    set.add(name);
    for (const extra of AUGMENT[name] ?? []) set.add(extra);
  }
  if (set.size === 0) set.add('Other');
  if (scriptCache.size < 10_000) scriptCache.set(ch, set);
  return set;
}

const ASCII_WORD = /^[A-Za-z]+$/u;
const LATIN_LETTERS = /^[\p{Script=Latin}\p{M}]+$/u;

/**
 * True when some word's letters have no script in common (UTS #39 resolved script set is empty),
 * or when a name in Latin letters has a word written wholly in look-alikes from another script
 * ("Nkechi О." with a Cyrillic О, "Lakshmi Menon СВЕ"): nobody writes one word of a Latin name in
 * Cyrillic letters that all look Latin except to pass for someone. A name whose other words are
 * plainly in that script ("Вера Попова (she/her)": П has no Latin look-alike) is not disguised.
 */
export function hasMixedScriptWord(text: string): boolean {
  return !onlyLatinLetters(text) && mixedScriptByWords(text);
}

/** hasMixedScriptWord read word by word, without the Latin-only pass (exported for its test). */
export function mixedScriptByWords(text: string): boolean {
  let latin = false;
  let other: string[] | null = null;
  for (const word of wordsOf(text)) {
    if (isPrintableAscii(word)) {
      latin ||= /[A-Za-z]/u.test(word);
      continue;
    }
    if (isLatinWord(word)) {
      // Every Latin letter's script extensions hold Latin: such a word never resolves to no script.
      latin = true;
      continue;
    }
    if (!FULLWIDTH.test(word) && hasLetter(word)) (other ??= []).push(word);
    let resolved: string[] | undefined;
    for (const ch of word) {
      const common = ch.length === 1 && isCommonLetter(ch.charCodeAt(0));
      if (!common && (!LETTER.test(ch) || /[0-9]/u.test(ch))) continue;
      const set = scriptSet(ch);
      resolved = resolved === undefined ? [...set] : resolved.filter((s) => set.has(s));
      if (resolved.length === 0) return true;
    }
  }
  if (!latin || !other) return false;
  // A word of the other script with letters Latin has no look-alike for (П, л, д) says the name is
  // really written in that script ("Вера Попова (she/her)"): Вера is then a word of it.
  let disguised = false;
  for (const word of other) {
    if (!ASCII_WORD.test(latinLookalikes(word))) return false;
    disguised = true;
  }
  return disguised;
}

/**
 * The words (WORDS) of the text. Letters, digits and diacritics of the common blocks, and the
 * spaces, punctuation and invisible characters of look-alike spoofs, are read from the code units:
 * such text (nearly all that gets here) never compiles WORDS' Unicode classes. Exported for its test.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let inWord: boolean;
    if (isCommonLetter(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x0300 && c <= 0x036f))
      inWord = true;
    else if (
      c < 0x80 ||
      c === 0xa0 ||
      c === 0xb7 ||
      (c >= 0x200b && c <= 0x200f) ||
      (c >= 0x2010 && c <= 0x2027) ||
      (c >= 0x2060 && c <= 0x2064) ||
      c === 0xfeff
    )
      inWord = false;
    else return Array.from(text.matchAll(WORDS), (m) => m[0]);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

/**
 * LATIN_LETTERS.test(word) for a word of WORDS: Latin letters and diacritics of the common blocks
 * say yes, a basic Cyrillic or Greek letter (neither Latin nor a mark) says no, without the pattern.
 * Exported for its test.
 */
export function isLatinWord(word: string): boolean {
  let known = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0xc0 && c <= 0x024f && c !== 0xd7 && c !== 0xf7) ||
      (c >= 0x0300 && c <= 0x036f) ||
      (c >= 0x1e00 && c <= 0x1eff)
    )
      continue;
    if (blockScriptSet(c) !== null) return false;
    known = false;
  }
  return known || LATIN_LETTERS.test(word);
}

/**
 * Every code unit is ASCII, a Latin letter of Latin-1, Latin Extended-A/B or Latin Extended
 * Additional, or a combining diacritic: then every word is Latin (or carries an ASCII digit, which
 * no look-alike reading turns into a letter) and hasMixedScriptWord is false. Most names in the
 * meeting: one pass over the text instead of the word-by-word patterns.
 */
function onlyLatinLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0x0300 && c <= 0x036f) || (c >= 0x1e00 && c <= 0x1eff)) continue;
    if (c < 0xc0 || c > 0x024f || c === 0xd7 || c === 0xf7) return false;
  }
  return true;
}

const RLO = '\u202E';
const POP = /[\u202C\u2069]/u;
// Made on first use: creating a segmenter loads ICU's break rules (≈ 9 ms in Node), which the
// matcher's chunk paid on load though only text with a right-to-left override needs it.
let segmenter: Intl.Segmenter | null = null;

/** How a right-to-left override displays: each overridden run reversed (by grapheme), controls kept out. */
export function visualOrder(text: string): string {
  if (!text.includes(RLO)) return text;
  let out = '';
  let run: string[] | null = null;
  segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(text)) {
    if (segment === RLO) {
      run = [];
    } else if (run && POP.test(segment)) {
      out += run.reverse().join('');
      run = null;
    } else if (run) {
      run.push(segment);
    } else {
      out += segment;
    }
  }
  if (run) out += run.reverse().join('');
  return out;
}
