import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, looksBinary } from './decode-text';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const ascii = (text: string): number[] => [...text].map((ch) => ch.charCodeAt(0));

describe('decodeText', () => {
  it.each([
    ['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, 0x5a, 0x6f, 0xc3, 0xab), 'Zoë', 'utf-8', true],
    ['UTF-8 without BOM', bytes(0x5a, 0x6f, 0xc3, 0xab), 'Zoë', 'utf-8', false],
    ['UTF-16 LE with BOM', bytes(0xff, 0xfe, 0x5a, 0, 0x6f, 0, 0xeb, 0), 'Zoë', 'utf-16le', true],
    ['UTF-16 BE with BOM', bytes(0xfe, 0xff, 0, 0x5a, 0, 0x6f, 0, 0xeb), 'Zoë', 'utf-16be', true],
    [
      'UTF-16 LE without BOM',
      bytes(0x5a, 0, 0x6f, 0, 0xeb, 0, 0x0a, 0),
      'Zoë\n',
      'utf-16le',
      false,
    ],
    [
      'UTF-16 BE without BOM',
      bytes(0, 0x5a, 0, 0x6f, 0, 0xeb, 0, 0x0a),
      'Zoë\n',
      'utf-16be',
      false,
    ],
    [
      'Windows-1252 é and ü',
      bytes(...ascii('H'), 0xe9, ...ascii('l'), 0xe8, ...ascii('ne M'), 0xfc),
      'Hélène Mü',
      'windows-1252',
      false,
    ],
    [
      'Windows-1252 smart quotes, Œ and €',
      bytes(
        0x93,
        ...ascii('Bob'),
        0x94,
        ...ascii(' O'),
        0x92,
        ...ascii('Brien;'),
        0x8c,
        ...ascii('uvray;5'),
        0x80,
      ),
      '“Bob” O’Brien;Œuvray;5€',
      'windows-1252',
      false,
    ],
    [
      'Windows-1252 O’Brien (also valid Shift_JIS)',
      bytes(...ascii('O'), 0x92, ...ascii('Brien')),
      'O’Brien',
      'windows-1252',
      false,
    ],
    // 山田 太郎 in Shift_JIS
    [
      'Shift_JIS',
      bytes(0x8e, 0x52, 0x93, 0x63, 0x20, 0x91, 0xbe, 0x98, 0x59),
      '山田 太郎',
      'shift_jis',
      false,
    ],
  ])('%s', (_, input, text, encoding, bom) => {
    expect(decodeText(input)).toEqual({ text, encoding, bom });
  });

  it('does not read Western text with an isolated accent as Shift_JIS', () => {
    // "Hélène" is valid Shift_JIS byte-wise (0xE9 0x6C is a kanji), but nothing here is Japanese.
    const decoded = decodeText(
      bytes(...ascii('H'), 0xe9, ...ascii('l'), 0xe8, ...ascii('ne;Dupont')),
    );
    expect(decoded?.encoding).toBe('windows-1252');
    expect(decoded?.text).toBe('Hélène;Dupont');
  });

  it('refuses NUL bytes that are not UTF-16', () => {
    expect(decodeText(bytes(...ascii('Name\nAmara'), 0, 0, 0, 7, ...ascii('Wei')))).toBeNull();
  });
});

describe('decodeWindows1252', () => {
  it('maps all of 0x80-0x9F the way Excel writes them, not as C1 controls', () => {
    const text = decodeWindows1252(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect(text).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
  });
});

describe('looksBinary', () => {
  it.each([
    ['ordinary text', 'Name,Email\nAmara,amara@example.com\n', false],
    ['tabs, CR, form feed and vertical tab', 'a\tb\r\nc\fd\ve', false],
    ['a DOS end-of-file mark', 'Amara Okafor\r\n\u001a', false],
    ['a NUL', 'Amara\u0000', true],
    ['a scatter of control characters', 'ab\u0001cd\u0002ef\u0003'.repeat(20), true],
  ])('%s', (_, text, binary) => {
    expect(looksBinary(text)).toBe(binary);
  });
});
