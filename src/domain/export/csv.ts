/*
 * CSV per RFC 4180: records end in CRLF, a field holding a comma, a double quote, CR or LF is
 * enclosed in double quotes with inner quotes doubled. Display names are attacker-controlled, and
 * a spreadsheet runs a cell that starts with "=", "+", "-" or "@" (or tab / CR, which some strip
 * first) as a formula: "=HYPERLINK(…)" phishes, "+cmd|' /C calc'!A0" runs a program through DDE.
 * Such a cell gets a leading single quote (OWASP's advice), which spreadsheets show as text; so do
 * the full-width forms and the same characters after leading whitespace or invisible characters,
 * which some importers trim.
 */

export type CsvCell = string | number | boolean | null | undefined;

export const UTF8_BOM = '\uFEFF';

// Any whitespace (trim() drops all of it) and invisible format characters (bidi controls, zero-width
// spaces, the BOM: a clean-up step may strip them) may stand before the sign.
const FORMULA_START = /^(?:[\t\r]|[\s\p{Cf}]*[=+\-@＝＋－＠])/u;

/** Prefixes a single quote to text a spreadsheet would run as a formula; other text is returned as is. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes neutraliseFormula, for reading our own exports back. */
export function undoNeutraliseFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** Comma, or semicolon where the decimal separator is a comma (German, French, Spanish Excel). */
export type CsvDelimiter = ',' | ';';

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: CsvCell, neutralise = true): string {
  if (value === null || value === undefined) return '';
  // Numbers and booleans are ours, never a name: they stay as they are so spreadsheets see numbers.
  const text =
    typeof value === 'string' ? (neutralise ? neutraliseFormula(value) : value) : String(value);
  // A semicolon is quoted whatever the separator, so a file reads the same either way.
  return /[",;\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark so Excel reads the file as UTF-8 (default true). */
  bom?: boolean;
  /** Neutralise formula-like text cells (default true). */
  neutralise?: boolean;
  /** The field separator (default ","). */
  delimiter?: CsvDelimiter;
}

/** A whole CSV document: CRLF after every record, BOM first unless turned off. */
export function toCsv(rows: ReadonlyArray<readonly CsvCell[]>, options: CsvOptions = {}): string {
  const body = rows
    .map(
      (row) =>
        row
          .map((cell) => csvField(cell, options.neutralise ?? true))
          .join(options.delimiter ?? ',') + '\r\n',
    )
    .join('');
  return (options.bom ?? true) ? UTF8_BOM + body : body;
}
