import type { UnreadableFormat } from './messages';
/** What the first bytes say a file is, before any decoding. */
export type ByteSniff =
  | { kind: 'zip' }
  | { kind: 'ole' }
  | { kind: 'unsupported'; format: UnreadableFormat; hint: UnsupportedHint }
  | { kind: 'unknown' };

/** Which advice fits the host's next step. */
export type UnsupportedHint = 'save-as' | 'export' | 'picture' | 'archive';

interface Signature {
  offset: number;
  bytes: readonly number[];
  format: UnreadableFormat;
  hint: UnsupportedHint;
}

const ascii = (text: string): number[] => [...text].map((ch) => ch.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { offset: 0, bytes: ascii('%PDF-'), format: 'pdf', hint: 'export' },
  {
    offset: 0,
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    format: 'png',
    hint: 'picture',
  },
  { offset: 0, bytes: [0xff, 0xd8, 0xff], format: 'jpeg', hint: 'picture' },
  { offset: 0, bytes: ascii('GIF8'), format: 'gif', hint: 'picture' },
  { offset: 8, bytes: ascii('WEBP'), format: 'webp', hint: 'picture' },
  { offset: 4, bytes: ascii('ftyp'), format: 'heic', hint: 'picture' },
  { offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00], format: 'tiff', hint: 'picture' },
  { offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a], format: 'tiff', hint: 'picture' },
  { offset: 0, bytes: [0x1f, 0x8b], format: 'gzip', hint: 'archive' },
  { offset: 0, bytes: ascii('Rar!'), format: 'rar', hint: 'archive' },
  {
    offset: 0,
    bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
    format: '7z',
    hint: 'archive',
  },
  { offset: 0, bytes: ascii('{\\rtf'), format: 'rtf', hint: 'save-as' },
  { offset: 0, bytes: ascii('SQLite format 3'), format: 'database', hint: 'export' },
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
// Compound File Binary: Excel 97-2003 .xls, and also password-protected .xlsx.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Recognises zip-based, legacy Office and common binary formats by their magic numbers. */
export function sniffBytes(bytes: Uint8Array): ByteSniff {
  const at = (offset: number, expected: readonly number[]): boolean =>
    bytes.length >= offset + expected.length &&
    expected.every((byte, i) => bytes[offset + i] === byte);
  if (at(0, ZIP) || at(0, EMPTY_ZIP)) return { kind: 'zip' };
  if (at(0, OLE)) return { kind: 'ole' };
  for (const signature of SIGNATURES) {
    if (at(signature.offset, signature.bytes)) {
      // "RIFF....WEBP" needs both halves; a CSV could start with "RIFF" by chance only with WEBP too.
      if (signature.format === 'webp' && !at(0, ascii('RIFF'))) continue;
      return { kind: 'unsupported', format: signature.format, hint: signature.hint };
    }
  }
  return { kind: 'unknown' };
}

/** Text formats that are not rolls: web pages and XML that some tools save with a .xls name. */
export function sniffText(
  text: string,
): { format: UnreadableFormat; hint: UnsupportedHint } | null {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<table')) {
    return { format: 'html', hint: 'save-as' };
  }
  if (head.startsWith('<?xml')) {
    return head.includes('urn:schemas-microsoft-com:office:spreadsheet')
      ? { format: 'xml2003', hint: 'save-as' }
      : { format: 'xml', hint: 'export' };
  }
  return null;
}
