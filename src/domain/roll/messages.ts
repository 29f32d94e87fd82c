import type { UnsupportedHint } from './sniff';
import type { RollImportError } from './types';
import { MAX_ROLL_BYTES, MAX_ROLL_ROWS } from './types';

/** Names the source in a sentence: the quoted file name, or "the pasted list". */
export type SourceLabel = string;

export function sourceLabel(fileName: string | null): SourceLabel {
  return fileName === null ? 'the pasted list' : `“${fileName}”`;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

const HINTS: Record<UnsupportedHint, string> = {
  'save-as':
    'Open it in Excel (or Google Sheets) and save it as an Excel Workbook (.xlsx) or CSV, then import that.',
  export:
    'Export the list from the program that made it as CSV or Excel (.xlsx), then import that.',
  picture:
    'Doorkeeper cannot read names from a picture: import the list as CSV, Excel (.xlsx) or text.',
  archive: 'Unpack it first, then import the CSV or Excel (.xlsx) file inside.',
};

export const rollErrors = {
  empty: (source: SourceLabel): RollImportError => ({
    code: 'empty',
    message: `${capitalise(source)} is empty: there are no names in it.`,
  }),
  tooLarge: (source: SourceLabel, size: number): RollImportError => ({
    code: 'too-large',
    message: `${capitalise(source)} is ${megabytes(size)} MB; Doorkeeper reads rolls up to ${megabytes(MAX_ROLL_BYTES)} MB. Remove columns you do not need, or split the roll.`,
    details: { limit: MAX_ROLL_BYTES, actual: size },
  }),
  tooLargeUnpacked: (source: SourceLabel, size: number, limit: number): RollImportError => ({
    code: 'too-large',
    message: `${capitalise(source)} unpacks to ${megabytes(size)} MB of spreadsheet data; Doorkeeper reads workbooks up to ${megabytes(limit)} MB unpacked. Save the sheet with the roll as CSV and import that.`,
    details: { limit, actual: size },
  }),
  tooManyRows: (source: SourceLabel, rows: number): RollImportError => ({
    code: 'too-many-rows',
    message: `${capitalise(source)} has ${rows.toLocaleString('en')} rows; a roll can have at most ${MAX_ROLL_ROWS.toLocaleString('en')} people.`,
    details: { limit: MAX_ROLL_ROWS, actual: rows },
  }),
  binary: (source: SourceLabel): RollImportError => ({
    code: 'binary',
    message: `${capitalise(source)} is not a text or spreadsheet file: it contains binary data. Save the roll as CSV or Excel (.xlsx) and import that.`,
  }),
  unsupported: (source: SourceLabel, format: string, hint: UnsupportedHint): RollImportError => ({
    code: 'unsupported-format',
    message: `${capitalise(source)} is ${format}, not a roll Doorkeeper can read. ${HINTS[hint]}`,
    details: { format },
  }),
  invalidXlsx: (source: SourceLabel): RollImportError => ({
    code: 'invalid-xlsx',
    message: `${capitalise(source)} looks like an Excel workbook but cannot be read: it may be damaged or only partly downloaded. Open it in Excel and save it again, or save it as CSV.`,
  }),
  unclosedQuote: (source: SourceLabel, row: number): RollImportError => ({
    code: 'malformed-text',
    message: `Row ${row} of ${source} opens a quotation mark (") that is never closed, so the rest of the file cannot be read reliably. Close or remove that quote, then import again.`,
    details: { row },
  }),
  noNameColumn: (source: SourceLabel, hasEmails: boolean): RollImportError => ({
    code: 'no-name-column',
    message: hasEmails
      ? `No column of names was found in ${source}. It has e-mail addresses, but Doorkeeper needs each person's name too: add a column headed "Name" and import again.`
      : `No column of names was found in ${source}. Add a column headed "Name" with one person per row, or choose the name column yourself.`,
  }),
  noRows: (source: SourceLabel): RollImportError => ({
    code: 'no-rows',
    message: `${capitalise(source)} has a header row but no people under it.`,
  }),
  noNames: (source: SourceLabel, header: string): RollImportError => ({
    code: 'no-names',
    message: `Every row of ${source} has a blank ${header ? `"${header}"` : 'name'}, so there is nobody to import. Check that the right column is chosen as the name.`,
  }),
  invalidColumns: (columnCount: number): RollImportError => ({
    code: 'invalid-columns',
    message: `The chosen columns do not fit this file: it has ${columnCount} column${columnCount === 1 ? '' : 's'}, and a name column must be chosen.`,
    details: { actual: columnCount },
  }),
  internal: (source: SourceLabel): RollImportError => ({
    code: 'internal',
    message: `Doorkeeper could not read ${source} because of an unexpected problem. Try again, or save the roll as CSV and import that.`,
  }),
};
