import Papa from 'papaparse';
import { findHeaderRow } from './detect-columns';
import { valueKind } from './profile-column';
import type { RollDelimiter } from './types';

export type TextTable =
  | { ok: true; rows: string[][]; delimiter: RollDelimiter | null }
  | { ok: false; unclosedQuoteRow: number };

/**
 * - file: a .csv/.tsv file; comma, semicolon and tab are all delimiters.
 * - plain: a .txt file or pasted text, where "Doe, Jane" is more likely a name than two cells:
 *   tabs always split; commas and semicolons split when a header row confirms a table, or when
 *   no space follows them (as a program writes CSV, and a person typing a list does not).
 */
export type TextMode = 'file' | 'plain';

/** Splits decoded text into rows of cells (the whole string at once, so quoted newlines hold). */
export function tableFromText(text: string, mode: TextMode): TextTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const newline = firstLineBreak(body);
  const delimiter =
    mode === 'plain' && body.includes('\t')
      ? '\t'
      : guessDelimiter(body, newline, mode === 'plain' ? [';', ','] : ['\t', ';', ',']);
  if (delimiter === null) return { ok: true, rows: lines(body), delimiter: null };
  const parsed = Papa.parse<string[]>(body, {
    delimiter,
    newline,
    skipEmptyLines: false,
    header: false,
    dynamicTyping: false,
  });
  const rows = parsed.data.filter(Array.isArray);
  const notATable =
    delimiter !== '\t' &&
    findHeaderRow(rows) === null &&
    (mode === 'plain' ? typedWithSpaces(rows) : delimiter === ',' && looksLikeLastFirstList(rows));
  if (notATable) return { ok: true, rows: lines(body), delimiter: null };
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
  // Papaparse reads an unclosed quote to the end of the file: everything after it would vanish
  // into one cell, a half-import in disguise.
  if (unclosed) return { ok: false, unclosedQuoteRow: (unclosed.row ?? 0) + 1 };
  return { ok: true, rows, delimiter };
}

/**
 * The delimiter that splits the first rows into the most consistent number of cells (at least
 * two), or null for a one-column list. Ties go to the earlier candidate: a tab or semicolon
 * that splits as evenly as a comma is the delimiter, and the commas are inside names.
 */
function guessDelimiter(
  body: string,
  newline: LineBreak,
  candidates: readonly RollDelimiter[],
): RollDelimiter | null {
  let best: { delimiter: RollDelimiter; consistency: number; fields: number } | null = null;
  for (const delimiter of candidates) {
    const { data } = Papa.parse<string[]>(body, {
      delimiter,
      newline,
      preview: 100,
      skipEmptyLines: 'greedy',
    });
    const counts = new Map<number, number>();
    for (const row of data) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    let fields = 0;
    let rowsWithFields = 0;
    for (const [count, rows] of counts) {
      if (rows > rowsWithFields || (rows === rowsWithFields && count > fields)) {
        fields = count;
        rowsWithFields = rows;
      }
    }
    if (fields < 2 || data.length === 0) continue;
    const consistency = rowsWithFields / data.length;
    if (consistency < 0.5) continue;
    if (
      !best ||
      consistency > best.consistency ||
      (consistency === best.consistency && fields > best.fields)
    ) {
      best = { delimiter, consistency, fields };
    }
  }
  return best?.delimiter ?? null;
}

type LineBreak = '\r\n' | '\n' | '\r';

/**
 * The file's line break: the first one outside quotes. Papaparse would guess it on every call
 * by scanning the first megabyte, which dominated the time to read a large roll.
 */
function firstLineBreak(body: string): LineBreak {
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body.charCodeAt(i);
    if (ch === 0x22) quoted = !quoted;
    else if (!quoted && ch === 0x0a) return '\n';
    else if (!quoted && ch === 0x0d) return body.charCodeAt(i + 1) === 0x0a ? '\r\n' : '\r';
  }
  return '\n';
}

/** One cell per line; a line wrapped in double quotes loses them, as a CSV reader would. */
function lines(body: string): string[][] {
  return body.split(/\r\n|\n|\r/u).map((line) => {
    const trimmed = line.trim();
    if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
      return [trimmed.slice(1, -1).replace(/""/g, '"')];
    }
    return [line];
  });
}

/** Cells after a delimiter mostly start with a space: "Doe, Jane" typed by hand, not CSV. */
function typedWithSpaces(rows: readonly string[][]): boolean {
  let later = 0;
  let spaced = 0;
  for (const row of rows) {
    for (const cell of row.slice(1)) {
      if (cell === '') continue;
      later++;
      if (/^\s/u.test(cell)) spaced++;
    }
  }
  return later === 0 || spaced * 10 >= later;
}

/** "Okafor, Amara" on every line: a list of names written family name first, not two columns. */
function looksLikeLastFirstList(rows: readonly string[][]): boolean {
  const filled = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  if (filled.length === 0 || findHeaderRow(rows) !== null) return false;
  const fits = filled.filter(
    ([family = '', given = '', ...rest]) =>
      rest.length === 0 &&
      /^\s\S/u.test(given) &&
      valueKind(family) === 'name' &&
      valueKind(given) === 'name',
  );
  return fits.length >= filled.length * 0.9;
}
