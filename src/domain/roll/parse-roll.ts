import { buildRoll } from './build-roll';
import { decodeText, looksBinary } from './decode-text';
import type { SourceLabel } from './messages';
import { rollErrors, sourceLabel } from './messages';
import type { UnreadableFormat } from './messages';
import { tableFromText } from './read-delimited';
import { MAX_XLSX_UNPACKED_BYTES, readXlsxSheets, unpackedXmlSize } from './read-xlsx';
import type { UnsupportedHint } from './sniff';
import { sniffBytes, sniffText } from './sniff';
import type {
  RollDelimiter,
  RollFileKind,
  RollImportError,
  RollImportResult,
  RollParseOptions,
  RollTable,
} from './types';
import { MAX_ROLL_BYTES } from './types';
import type { ZipKind } from './zip-directory';
import { readZipDirectory, zipKind } from './zip-directory';

const ZIP_FORMATS: Readonly<
  Record<Exclude<ZipKind, 'xlsx'>, { format: UnreadableFormat; hint: UnsupportedHint }>
> = {
  xlsb: { format: 'xlsb', hint: 'save-as' },
  odf: { format: 'odf', hint: 'save-as' },
  docx: { format: 'docx', hint: 'export' },
  pptx: { format: 'pptx', hint: 'export' },
  numbers: { format: 'numbers', hint: 'save-as' },
  zip: { format: 'zip', hint: 'archive' },
};

const fail = (error: RollImportError): RollImportResult => ({ ok: false, error });

/**
 * Reads a roll from a file's bytes (CSV, TSV, TXT or XLSX, judged by content), detects its
 * columns and builds the roll. Never throws: every problem is an `ok: false` result with a
 * specific message, and nothing is half-imported.
 */
export async function parseRollFile(
  bytes: Uint8Array,
  fileName: string,
  options: RollParseOptions = {},
): Promise<RollImportResult> {
  const source = sourceLabel(fileName);
  try {
    if (bytes.length === 0) return fail(rollErrors.empty(source));
    if (bytes.length > MAX_ROLL_BYTES) return fail(rollErrors.tooLarge(source, bytes.length));
    const sniffed = sniffBytes(bytes);
    if (sniffed.kind === 'zip') return await parseWorkbook(bytes, fileName, options);
    if (sniffed.kind === 'ole')
      return fail(rollErrors.unsupported(source, legacyOfficeFormat(fileName), 'save-as'));
    if (sniffed.kind === 'unsupported')
      return fail(rollErrors.unsupported(source, sniffed.format, sniffed.hint));

    const decoded = decodeText(bytes);
    if (!decoded || looksBinary(decoded.text)) return fail(rollErrors.binary(source));
    const notARoll = sniffText(decoded.text);
    if (notARoll) return fail(rollErrors.unsupported(source, notARoll.format, notARoll.hint));
    if (decoded.text.trim() === '') return fail(rollErrors.empty(source));
    const mode = /\.txt$/iu.test(fileName) ? 'plain' : 'file';
    const parsed = tableFromText(decoded.text, mode);
    if (!parsed.ok) return fail(rollErrors.unclosedQuote(source, parsed.unclosedQuoteRow));
    const table: RollTable = {
      rows: parsed.rows,
      fileName,
      format: {
        kind: kindOf(parsed.delimiter),
        encoding: decoded.encoding,
        bom: decoded.bom,
        delimiter: parsed.delimiter,
      },
    };
    return buildRoll(table, options);
  } catch {
    return fail(rollErrors.internal(source));
  }
}

/**
 * Reads a pasted roll: one name per line, or cells copied from a spreadsheet (tab-separated),
 * with or without a header row.
 */
export function parseRollText(text: string, options: RollParseOptions = {}): RollImportResult {
  const source = sourceLabel(null);
  try {
    if (text.length > MAX_ROLL_BYTES) return fail(rollErrors.tooLarge(source, text.length));
    if (looksBinary(text)) return fail(rollErrors.binary(source));
    if (text.trim() === '') return fail(rollErrors.empty(source));
    const parsed = tableFromText(text, 'plain');
    if (!parsed.ok) return fail(rollErrors.unclosedQuote(source, parsed.unclosedQuoteRow));
    const table: RollTable = {
      rows: parsed.rows,
      fileName: null,
      format: {
        kind: kindOf(parsed.delimiter),
        encoding: null,
        bom: false,
        delimiter: parsed.delimiter,
      },
    };
    return buildRoll(table, options);
  } catch {
    return fail(rollErrors.internal(source));
  }
}

/** Re-builds the roll from a table already read (the host picked other columns or header row). */
export function remapRoll(table: RollTable, options: RollParseOptions): RollImportResult {
  try {
    return buildRoll(table, options);
  } catch {
    return fail(rollErrors.internal(sourceLabel(table.fileName)));
  }
}

async function parseWorkbook(
  bytes: Uint8Array,
  fileName: string,
  options: RollParseOptions,
): Promise<RollImportResult> {
  const source: SourceLabel = sourceLabel(fileName);
  const entries = readZipDirectory(bytes);
  if (!entries) return fail(rollErrors.invalidXlsx(source));
  const kind = zipKind(entries);
  if (kind !== 'xlsx')
    return fail(rollErrors.unsupported(source, ZIP_FORMATS[kind].format, ZIP_FORMATS[kind].hint));
  const unpacked = unpackedXmlSize(entries);
  if (unpacked > MAX_XLSX_UNPACKED_BYTES) {
    return fail(rollErrors.tooLargeUnpacked(source, unpacked, MAX_XLSX_UNPACKED_BYTES));
  }
  let sheets;
  try {
    sheets = await readXlsxSheets(bytes);
  } catch {
    return fail(rollErrors.invalidXlsx(source));
  }
  const hasData = (rows: string[][]): boolean =>
    rows.some((row) => row.some((cell) => cell.trim() !== ''));
  const sheet =
    sheets.find((candidate) => candidate.name === options.sheet) ??
    sheets.find((candidate) => hasData(candidate.rows));
  if (!sheet) return fail(rollErrors.empty(source));
  const table: RollTable = {
    rows: sheet.rows,
    fileName,
    format: {
      kind: 'xlsx',
      encoding: null,
      bom: false,
      delimiter: null,
      sheet: sheet.name,
      sheetNames: sheets.map((candidate) => candidate.name),
    },
  };
  return buildRoll(table, options);
}

function kindOf(delimiter: RollDelimiter | null): RollFileKind {
  if (delimiter === '\t') return 'tsv';
  return delimiter === null ? 'txt' : 'csv';
}

function legacyOfficeFormat(fileName: string): UnreadableFormat {
  if (/\.xlsx$/iu.test(fileName)) return 'encryptedXlsx';
  if (/\.docx?$/iu.test(fileName)) return 'doc';
  return 'xls';
}
