import type { RollEncoding } from './types';

export interface DecodedText {
  text: string;
  encoding: RollEncoding;
  bom: boolean;
}

/**
 * Turns file bytes into text: a BOM decides (UTF-8, UTF-16 LE/BE as Excel's "Unicode text"
 * writes), else UTF-16 without a BOM if the NUL pattern says so, else strict UTF-8, else
 * Shift_JIS (Japanese Excel's CSV default) when the bytes look like it, else Windows-1252.
 * Returns null for bytes that are binary rather than text.
 */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom: true };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'utf-16le', true);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'utf-16be', true);
  const utf16 = guessUtf16(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, false);
  if (bytes.includes(0)) return null;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      bom: false,
    };
  } catch {
    // not UTF-8: one of the legacy code pages below
  }
  const shiftJis = tryShiftJis(bytes);
  if (shiftJis !== null) return { text: shiftJis, encoding: 'shift_jis', bom: false };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function decodeUtf16(
  bytes: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
  bom: boolean,
): DecodedText {
  // ignoreBOM keeps TextDecoder from eating a second BOM; ours was already skipped.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  return { text, encoding, bom };
}

/** UTF-16 text without a BOM: mostly-ASCII content leaves NUL in every other byte. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.02) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.02) return 'utf-16be';
  return null;
}

/**
 * Shift_JIS lead bytes of kana and common kanji sit in 0x81-0x9F, a range Western Windows-1252
 * text barely uses (Œ, š, smart quotes and the like), so that share of the high bytes is the
 * first test. The second catches "O’Brien" (0x92 0x42 is also a valid kanji): Windows-1252
 * read as Shift_JIS puts kanji inside Latin words, which Japanese rolls do not.
 */
function tryShiftJis(bytes: Uint8Array): string | null {
  let high = 0;
  let c1 = 0;
  for (const byte of bytes) {
    if (byte >= 0x80) high++;
    if (byte >= 0x81 && byte <= 0x9f) c1++;
  }
  if (high === 0 || c1 < high * 0.25) return null;
  let text: string;
  try {
    text = new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
  } catch {
    // invalid sequences, or a runtime without the Shift_JIS decoder
    return null;
  }
  let japanese = 0;
  let glued = 0;
  const chars = [...text];
  chars.forEach((ch, i) => {
    if (!JAPANESE.test(ch)) return;
    japanese++;
    if (LATIN_LETTER.test(chars[i - 1] ?? '') || LATIN_LETTER.test(chars[i + 1] ?? '')) glued++;
  });
  return japanese > 0 && glued <= japanese * 0.2 ? text : null;
}

const JAPANESE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
const LATIN_LETTER = /[A-Za-z]/;

// Decoded by hand: Node 20's TextDecoder('windows-1252') is really ISO-8859-1 and turns
// 0x80-0x9F (€, Œ, smart quotes…) into C1 control characters.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Decodes Windows-1252 (the Western Excel CSV code page) byte by byte. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const chunk: string[] = [];
  for (const byte of bytes) {
    chunk.push(
      byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH.charAt(byte - 0x80) : String.fromCharCode(byte),
    );
    if (chunk.length === 8192) {
      text += chunk.join('');
      chunk.length = 0;
    }
  }
  return text + chunk.join('');
}

// Control characters other than tab, line breaks, vertical tab (FileMaker's in-cell newline)
// and form feed.
const STRAY_CONTROL = /(?![\t\n\r\v\f])\p{Cc}/gu;

/** True when decoded text has NUL or too many control characters to be a roll someone typed. */
export function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  // A trailing DOS end-of-file mark (0x1A) is harmless; a scatter of controls is not.
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x1a) end--;
  const body = text.slice(0, end);
  const controls = body.match(STRAY_CONTROL)?.length ?? 0;
  return controls > 32 || controls > body.length * 0.01;
}
