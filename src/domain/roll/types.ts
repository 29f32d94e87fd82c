import type { RollEntry } from '../matching/types';

/** Largest file the importer reads, in bytes (and the largest pasted text, in UTF-16 code units). */
export const MAX_ROLL_BYTES = 10 * 1024 * 1024;
/** Most data rows (after the header row) a roll may have. */
export const MAX_ROLL_ROWS = 20_000;
/** How many data rows the preview shows. */
export const PREVIEW_ROWS = 10;

export type RollFileKind = 'csv' | 'tsv' | 'txt' | 'xlsx';
export type RollEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'shift_jis';
export type RollDelimiter = ',' | ';' | '\t';

/** How the file was read. */
export interface RollFormat {
  /** Judged from the content, not the file name: a CSV renamed .xlsx is still read as CSV. */
  kind: RollFileKind;
  /** null for .xlsx and for pasted text, where bytes were never decoded. */
  encoding: RollEncoding | null;
  bom: boolean;
  /** null when every row has a single cell (a plain list) and for .xlsx. */
  delimiter: RollDelimiter | null;
  /** .xlsx only: the sheet that was read, and every sheet in the workbook. */
  sheet?: string;
  sheetNames?: string[];
}

/** The file as a grid of raw cell text, kept so the host can re-map columns without re-reading. */
export interface RollTable {
  rows: string[][];
  format: RollFormat;
  /** The file's name for messages; null for pasted text. */
  fileName: string | null;
}

/**
 * Which column (0-based) holds what. A name comes from first/middle/last/secondLast when any of
 * them is set and non-blank on that row, else from `name`.
 */
export interface ColumnMapping {
  name?: number;
  first?: number;
  middle?: number;
  last?: number;
  /** A second family name (Spanish "apellido materno"). */
  secondLast?: number;
  email?: number;
  id?: number;
  group?: number;
  /** Zoom "Approval Status" / Eventbrite "Attendee Status": denied or cancelled rows are left out. */
  status?: number;
}

export type ColumnRole = keyof ColumnMapping;

/** The mapping the importer chose, and how sure it is. */
export interface DetectedColumns extends ColumnMapping {
  /** false: the host should confirm or pick the name column among `nameCandidates`. */
  sure: boolean;
  /** Columns that could hold the full name, best first. */
  nameCandidates: number[];
  /** header: from header names; content: from the values; host: chosen by the host. */
  source: 'header' | 'content' | 'host';
}

export interface RollPreview {
  /** Index in `table.rows` of the header row, or null when the file has none. */
  headerRow: number | null;
  /** One entry per column, '' where there is no header text. */
  headers: string[];
  columnCount: number;
  /** The first data rows that are not blank, cleaned for display, one entry per column. */
  sampleRows: string[][];
  columns: DetectedColumns;
}

export interface RollStats {
  /** Data rows after the header row, blank rows included (trailing blank lines are not rows). */
  rows: number;
  imported: number;
  /** Rows whose name is blank (including fully empty rows). */
  blankSkipped: number;
  /** Rows left out because their status says denied or cancelled. */
  excluded: number;
  /** Rows merged into an earlier row with the same folded name and the same e-mail. */
  duplicatesMerged: number;
  /** Names that appeared more than once, as kept on the roll. */
  duplicates: string[];
  /** Where ids came from: the id column, or data-row numbers. */
  idSource: 'column' | 'row';
}

export type RollWarningCode = 'id-column-ignored' | 'excluded-by-status' | 'invalid-emails';

/** A message as data: a key of the panel's catalogs and its values (rendered in the UI language). */
export interface RollMessage {
  key: string;
  params: Readonly<Record<string, string | number>>;
}

export interface RollWarning {
  code: RollWarningCode;
  /** The same text in English (the CLI and logs). */
  message: string;
  text: RollMessage;
  count: number;
}

export type RollErrorCode =
  | 'empty'
  | 'too-large'
  | 'too-many-rows'
  | 'binary'
  | 'unsupported-format'
  | 'invalid-xlsx'
  | 'malformed-text'
  | 'no-name-column'
  | 'no-rows'
  | 'no-names'
  | 'invalid-columns'
  | 'timeout'
  | 'internal';

export interface RollImportError {
  code: RollErrorCode;
  /** A specific, plain sentence for the host, in English (the CLI and logs). */
  message: string;
  /** The same sentence as data, for the panel to render in its language. */
  text: RollMessage;
  /** What to do next, for `unsupported-format`: a second sentence. */
  hint?: RollMessage;
  /** Numbers and names the message mentions, for translated messages. */
  details?: { limit?: number; actual?: number; row?: number; format?: string };
}

export interface RollImportSuccess {
  ok: true;
  roll: RollEntry[];
  preview: RollPreview;
  stats: RollStats;
  format: RollFormat;
  warnings: RollWarning[];
  table: RollTable;
}

export interface RollImportFailure {
  ok: false;
  error: RollImportError;
  /** Present when the file was read but no roll could be built from it (e.g. no name column). */
  table?: RollTable;
  preview?: RollPreview;
}

export type RollImportResult = RollImportSuccess | RollImportFailure;

export interface RollParseOptions {
  /** The host's column choice; replaces detection. */
  columns?: ColumnMapping;
  /** Index in the table of the header row; null: the file has no header row. Default: detected. */
  headerRow?: number | null;
  /** .xlsx: which sheet to read. Default: the first sheet with any data. */
  sheet?: string;
}
