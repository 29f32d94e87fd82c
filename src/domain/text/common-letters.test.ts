import { describe, expect, it } from 'vitest';
import { COMMON_LETTER, lettersAllCommon } from './common-letters';

describe('COMMON_LETTER and lettersAllCommon', () => {
  it('answer as \\p{L} on every code unit lettersAllCommon lets through', () => {
    const letter = /^\p{L}$/u;
    const common = new RegExp(`^${COMMON_LETTER}$`);
    const wrong: number[] = [];
    let through = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (!lettersAllCommon(ch)) continue;
      through++;
      if (letter.test(ch) !== common.test(ch)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
    // ASCII, Latin-1, Latin Extended, Greek, Cyrillic, marks, punctuation: the text of most names.
    expect(through).toBeGreaterThan(1300);
  });

  it('let through no other letter, no surrogate and no letter outside the BMP', () => {
    // Accented Greek (ώ) is outside the basic Greek letters: such text is read by \p{L} itself.
    for (const text of [
      'ª',
      'µ',
      'º',
      'ώ',
      'Ա',
      'ا',
      '中',
      'ｶ',
      '\uD835\uDC09',
      '\uD800',
      'Jane ⁱ',
    ])
      expect(lettersAllCommon(`Zoë ${text}`), text).toBe(false);
    for (const text of [
      'Zoë Łukasz-Wójcik (she/her)',
      'Nguyễn Thị Lan',
      'Дмитрий Иванов',
      'ΓΙΩΡΓΟΣ',
    ])
      expect(lettersAllCommon(text), text).toBe(true);
  });

  it('make the pronoun and inner-dot patterns answer as their \\p{L} forms', () => {
    const pairs = [
      [
        /[([{]?\s*(\p{L}+)((?:\s*\/\s*\p{L}+)+)\s*[)\]}]?/gu,
        new RegExp(
          String.raw`[([{]?\s*(${COMMON_LETTER}+)((?:\s*\/\s*${COMMON_LETTER}+)+)\s*[)\]}]?`,
          'g',
        ),
      ],
      [
        /(?<=\p{L})[._·]+(?=\p{L})/gu,
        new RegExp(`(?<=${COMMON_LETTER})[._·]+(?=${COMMON_LETTER})`, 'g'),
      ],
    ] as const;
    const texts = [
      'Zoë Łukasz (she/her)',
      'Ζωη (αυτη/της)',
      'Дмитрий Иванов (он/его)',
      'zoë.łukasz',
      'a.b_c·d',
      'Nguyễn Thị Lan [she / they]',
      'Jürgen Müller | er/ihm',
      'José.María..García',
      'Ana\u00A0(ela/dela)',
    ];
    for (const [letter, common] of pairs)
      for (const text of texts) {
        expect(lettersAllCommon(text), text).toBe(true);
        expect(text.replace(common, '#'), text).toBe(text.replace(letter, '#'));
      }
  });
});
