import { describe, expect, it } from 'vitest';
import {
  hasLetter,
  isCapitalWord,
  isCommonLetter,
  mayHoldDigit,
  onlyCommonLetters,
} from './char-class';
import { keptWhole } from './tokens';
import { isLatinWord, wordsOf } from './unicode';

// Every BMP code unit but the surrogates, and one code point from each higher plane's first blocks.
const CODE_POINTS: string[] = [];
for (let c = 0; c <= 0xffff; c++)
  if (c < 0xd800 || c > 0xdfff) CODE_POINTS.push(String.fromCharCode(c));
for (const c of [0x1d400, 0x1d7ce, 0x1f600, 0x1bca0, 0xe0020, 0x20000, 0x10400])
  CODE_POINTS.push(String.fromCodePoint(c));

const SAMPLES = [
  '',
  ' ',
  'Jane Doe',
  'ZHANG Wei',
  "O'BRIEN",
  'DUPONT-NÉE',
  'Łukasz Đỗ',
  'Isab\u0435lla',
  'Kеnneth Brоwn',
  'Вера Попова',
  'Σοφία',
  'Priya \u200bJacob',
  '12 34',
  '!!',
  '·–',
  'Ꭰ',
  'ꞵeta',
  'Pr1ya',
  'ＪＡＮＥ',
  '𝐉𝐚𝐧𝐞',
  '李小龍',
  'a\u0301b',
  'e\u0483',
  '\u00ad',
  'x\u2060y',
];

describe('char-class answers as the Unicode-property patterns do', () => {
  it('isCommonLetter, hasLetter and onlyCommonLetters agree with \\p{L} and [^\\p{L}\\p{M}] on every code point', () => {
    const letter = /\p{L}/u;
    const notLetter = /[^\p{L}\p{M}]/u;
    for (const ch of CODE_POINTS) {
      if (isCommonLetter(ch.charCodeAt(0)) && ch.length === 1) expect(letter.test(ch)).toBe(true);
      expect(hasLetter(ch)).toBe(letter.test(ch));
      expect(hasLetter(`1 ${ch}`)).toBe(letter.test(ch));
      if (onlyCommonLetters(ch)) expect(notLetter.test(ch)).toBe(false);
    }
    for (const s of SAMPLES) {
      expect(hasLetter(s)).toBe(letter.test(s));
      if (onlyCommonLetters(s)) expect(notLetter.test(s)).toBe(false);
    }
    expect(onlyCommonLetters('Łukasz')).toBe(true);
    expect(onlyCommonLetters('Jane Doe')).toBe(false);
  });

  it('mayHoldDigit is true wherever \\p{Nd} matches', () => {
    for (const ch of CODE_POINTS) if (/\p{Nd}/u.test(ch)) expect(mayHoldDigit(`a${ch}`)).toBe(true);
    expect(mayHoldDigit('Jane Đỗ')).toBe(false);
  });

  it('isCapitalWord is the capital-word pattern', () => {
    const capital = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u;
    for (const s of SAMPLES) expect(isCapitalWord(s)).toBe(capital.test(s));
    for (const ch of CODE_POINTS) {
      expect(isCapitalWord(`A${ch}`)).toBe(capital.test(`A${ch}`));
      expect(isCapitalWord(`${ch}B`)).toBe(capital.test(`${ch}B`));
    }
  });

  it('keptWhole says NOT_NAME keeps the chunk as it is', () => {
    const notName = /[^\-\p{L}\p{M}\p{Nd}'’‘`´ʼ‐‑‒–—]/u;
    for (const ch of CODE_POINTS) if (keptWhole(ch)) expect(notName.test(ch)).toBe(false);
    expect(keptWhole('Isab\u0435lla')).toBe(true);
    expect(keptWhole("N’Diaye-O'Neil")).toBe(true);
    expect(keptWhole('Jane!')).toBe(false);
  });

  it('wordsOf splits as [\\p{L}\\p{M}\\p{N}]+ does, and isLatinWord is [\\p{Script=Latin}\\p{M}]+', () => {
    const words = /[\p{L}\p{M}\p{N}]+/gu;
    const latin = /^[\p{Script=Latin}\p{M}]+$/u;
    for (const ch of CODE_POINTS) {
      const text = `ab${ch}c${ch}`;
      expect(wordsOf(text)).toEqual(Array.from(text.matchAll(words), (m) => m[0]));
      for (const word of wordsOf(text)) expect(isLatinWord(word)).toBe(latin.test(word));
    }
    for (const s of SAMPLES) {
      expect(wordsOf(s)).toEqual(Array.from(s.matchAll(words), (m) => m[0]));
      for (const word of wordsOf(s)) expect(isLatinWord(word)).toBe(latin.test(word));
    }
  });
});
