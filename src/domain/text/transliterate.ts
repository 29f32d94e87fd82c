/**
 * Latin readings of names written wholly in one other script: Cyrillic (Russian or Ukrainian
 * rules, cyrillic-to-translit-js), Greek (ELOT 743, the Greek standard, below), Japanese kana
 * (Hepburn, wanakana) and Korean Hangul (Revised Romanization, hangul.ts). Only a name whose every
 * letter is in that one script is read: a name mixing scripts is a spoofing signal, never
 * something to transliterate. Kanji and other Han characters are never read (a transliterator
 * gives their Chinese readings: ask the host instead). Arabic-script names are not read either:
 * the script leaves out short vowels, so a letter-by-letter reading of محمد is "mhmd", and no
 * maintained package romanises Arabic names (the one on npm, arabic-name-to-en, is a letter map
 * last published in 2021).
 */
import cyrillicToTranslit from 'cyrillic-to-translit-js';
import { toRomaji } from 'wanakana';
import { hangulReadings } from './hangul';

export type NameScript = 'cyrillic' | 'greek' | 'kana' | 'hangul';

const LETTERS = /\p{L}/gu;
// A cheap screen before the letter scan (Greek, Cyrillic and kana blocks, combining marks left
// out): most names have no letter of these scripts at all.
const OTHER_SCRIPT =
  /[\u0370-\u03FF\u1F00-\u1FFF\u0400-\u0482\u048A-\u052F\u3041-\u3096\u30A1-\u30FA\uAC00-\uD7A3]/u;
const CYRILLIC = /^\p{Script=Cyrillic}+$/u;
const GREEK = /^\p{Script=Greek}+$/u;
// Kana plus the prolonged-sound mark (ー), which Unicode gives the Common script.
const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;
const HANGUL = /^[\uAC00-\uD7A3]+$/u;
const UKRAINIAN = /[іїєґІЇЄҐ]/u;

/** The one script every letter of the text is written in, when it is one this module reads. */
export function wholeScript(text: string): NameScript | null {
  if (!OTHER_SCRIPT.test(text)) return null;
  const letters = (text.match(LETTERS) ?? []).join('');
  if (!letters || /^[\p{Script=Latin}]+$/u.test(letters)) return null;
  if (CYRILLIC.test(letters)) return 'cyrillic';
  if (GREEK.test(letters)) return 'greek';
  if (KANA.test(letters)) return 'kana';
  if (HANGUL.test(letters)) return 'hangul';
  return null;
}

let russian: ReturnType<typeof cyrillicToTranslit> | null = null;
let ukrainian: ReturnType<typeof cyrillicToTranslit> | null = null;

const GREEK_PAIRS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ου/gu, 'ou'],
  [/α[υύ](?=[θκξπσςτφχψ]|$)/gu, 'af'],
  [/ε[υύ](?=[θκξπσςτφχψ]|$)/gu, 'ef'],
  [/α[υύ]/gu, 'av'],
  [/ε[υύ]/gu, 'ev'],
  [/(^|\s)μπ/gu, '$1b'],
  [/μπ/gu, 'mp'],
  [/(^|\s)ντ/gu, '$1d'],
  [/γγ/gu, 'ng'],
  [/(^|\s)γκ/gu, '$1g'],
  [/γκ/gu, 'gk'],
  [/γ([χξ])/gu, 'n$1'],
];
const GREEK_LETTERS: Readonly<Record<string, string>> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

function greek(text: string): string {
  // Accents (tonos) go first; the diaeresis (ϊ ϋ) keeps its vowel apart from the one before it.
  let out = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0301\u0384\u0385]/gu, '')
    .replace(/([αεο])([ιυ])\u0308/gu, '$1·$2')
    .replace(/\u0308/gu, '')
    .normalize('NFC');
  for (const [pattern, to] of GREEK_PAIRS) out = out.replace(pattern, to);
  out = out.replace(/·/gu, '');
  return [...out].map((c) => GREEK_LETTERS[c] ?? c).join('');
}

/**
 * The Latin readings of a name written wholly in Cyrillic, Greek, kana or Hangul, the usual one
 * first (a Korean family name has several spellings: 김 Kim or Gim); null otherwise.
 */
export function transliterateNames(text: string): string[] | null {
  if (wholeScript(text) === 'hangul') return hangulReadings(text);
  const latin = transliterateName(text);
  return latin === null ? null : [latin];
}

/** The usual Latin reading of a name written wholly in Cyrillic, Greek, kana or Hangul; null otherwise. */
export function transliterateName(text: string): string | null {
  const script = wholeScript(text);
  if (script === 'cyrillic') {
    if (UKRAINIAN.test(text))
      return (ukrainian ??= cyrillicToTranslit({ preset: 'uk' })).transform(text);
    return (russian ??= cyrillicToTranslit({ preset: 'ru' })).transform(text);
  }
  if (script === 'greek') return greek(text);
  if (script === 'kana') return toRomaji(text.replace(/\u3000/gu, ' '));
  if (script === 'hangul') return hangulReadings(text)?.[0] ?? null;
  return null;
}
