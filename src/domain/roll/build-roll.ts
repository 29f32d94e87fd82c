import type { RollEntry } from '../matching/types';
import { classifyHeader } from './classify-header';
import { cleanCell, cleanEmail, foldName, previewCell } from './clean';
import { detectColumns, findHeaderRow } from './detect-columns';
import { rollErrors, rollWarnings, sourceLabel } from './messages';
import type {
  ColumnMapping,
  DetectedColumns,
  RollImportResult,
  RollParseOptions,
  RollPreview,
  RollStats,
  RollTable,
  RollWarning,
} from './types';
import { MAX_ROLL_ROWS, PREVIEW_ROWS } from './types';

// Zoom's "Approval Status" and Eventbrite's "Attendee Status" values for people who are not
// coming: importing them would let a denied registrant match the roll.
// prettier-ignore
const NOT_COMING = new Set([
  'denied', 'rejected', 'blocked', 'cancelled', 'canceled', 'not attending', 'refunded', 'deleted',
  'declined', 'rechazado', 'cancelado', 'refuse', 'annule', 'abgelehnt', 'storniert', 'ditolak',
  'dibatalkan', 'tinanggihan', '拒否', 'キャンセル',
]);
const LIST_MARKER = /^(?:\d{1,5}[.)]|[-*•·‣◦▪])\s+/u;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const MAPPED_KEYS = [
  'name',
  'first',
  'middle',
  'last',
  'secondLast',
  'email',
  'id',
  'group',
  'status',
] as const;

/**
 * Builds the roll from a table already read from a file or paste. Call it again with the host's
 * `columns` or `headerRow` to re-map without re-reading the file.
 *
 * Ids: the id column when every imported row has a distinct value there; otherwise the data-row
 * number as a string, counting from 1 at the first row after the header row (the first row of a
 * file without one), counting blank rows too, so dropping a blank row never renumbers the rest.
 * A record whose quoted cell spans several lines is one row.
 */
export function buildRoll(table: RollTable, options: RollParseOptions = {}): RollImportResult {
  const { rows } = table;
  const source = sourceLabel(table.fileName);
  const headerRow =
    options.headerRow !== undefined
      ? validHeaderRow(options.headerRow, rows.length)
      : findHeaderRow(rows);
  const start = headerRow === null ? 0 : headerRow + 1;
  let end = rows.length;
  while (end > start && isBlankRow(rows[end - 1] ?? [])) end--;
  const dataRows = rows.slice(start, end);
  if (dataRows.length === 0) {
    return {
      ok: false,
      error: headerRow === null ? rollErrors.empty(source) : rollErrors.noRows(source),
      table,
    };
  }
  if (dataRows.length > MAX_ROLL_ROWS)
    return { ok: false, error: rollErrors.tooManyRows(source, dataRows.length), table };

  const headerCells = headerRow === null ? [] : (rows[headerRow] ?? []);
  let columnCount = headerCells.length;
  for (const row of dataRows) columnCount = Math.max(columnCount, row.length);

  let columns: DetectedColumns;
  if (options.columns) {
    if (!validMapping(options.columns, columnCount)) {
      return { ok: false, error: rollErrors.invalidColumns(columnCount), table };
    }
    columns = {
      ...options.columns,
      sure: true,
      nameCandidates: nameColumnsOf(options.columns),
      source: 'host',
    };
  } else {
    columns = detectColumns(rows, headerRow, columnCount);
  }
  const preview = makePreview(headerCells, dataRows, columnCount, headerRow, columns);
  if (nameColumnsOf(columns).length === 0) {
    const hasEmails = columns.email !== undefined;
    return { ok: false, error: rollErrors.noNameColumn(source, hasEmails), table, preview };
  }

  const built = collectEntries(dataRows, columns, headerCells);
  if (built.roll.length === 0) {
    const nameHeader = columns.name !== undefined ? cleanCell(headerCells[columns.name] ?? '') : '';
    return { ok: false, error: rollErrors.noNames(source, nameHeader), table, preview };
  }
  const warnings = [...built.warnings];
  const idSource = assignIds(built, columns.id !== undefined);
  if (columns.id !== undefined && idSource === 'row') {
    warnings.unshift(rollWarnings.idColumnIgnored(built.roll.length));
  }
  const stats: RollStats = {
    ...built.stats,
    rows: dataRows.length,
    imported: built.roll.length,
    idSource,
  };
  return { ok: true, roll: built.roll, preview, stats, format: table.format, warnings, table };
}

function validHeaderRow(headerRow: number | null, rowCount: number): number | null {
  if (headerRow === null || !Number.isInteger(headerRow) || headerRow < 0 || headerRow >= rowCount)
    return null;
  return headerRow;
}

function validMapping(mapping: ColumnMapping, columnCount: number): boolean {
  const inRange = MAPPED_KEYS.every((key) => {
    const column = mapping[key];
    return (
      column === undefined || (Number.isInteger(column) && column >= 0 && column < columnCount)
    );
  });
  return inRange && nameColumnsOf(mapping).length > 0;
}

function nameColumnsOf(mapping: ColumnMapping): number[] {
  return [mapping.name, mapping.first, mapping.middle, mapping.last, mapping.secondLast].filter(
    (column): column is number => column !== undefined,
  );
}

function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cleanCell(cell) === '');
}

interface Collected {
  roll: RollEntry[];
  /** The id column's cell for each roll entry, and its data-row number. */
  ids: string[];
  rowNumbers: number[];
  stats: Omit<RollStats, 'rows' | 'imported' | 'idSource'>;
  warnings: RollWarning[];
}

function collectEntries(
  dataRows: readonly (readonly string[])[],
  columns: DetectedColumns,
  header: readonly string[],
): Collected {
  const cell = (row: readonly string[], column: number | undefined): string =>
    column === undefined ? '' : cleanCell(row[column] ?? '');
  const zoomName =
    columns.name !== undefined &&
    (classifyHeader(header[columns.name] ?? '')?.originalName ?? false);
  const collected: Collected = {
    roll: [],
    ids: [],
    rowNumbers: [],
    stats: { blankSkipped: 0, excluded: 0, duplicatesMerged: 0, duplicates: [] },
    warnings: [],
  };
  const byKey = new Map<string, RollEntry>();
  const duplicates = new Set<string>();
  let invalidEmails = 0;
  // Columns with a header that no role took (registration time, job title…): kept as they are,
  // so an attendance export joins back to the registration report on any of them.
  const mapped = new Set(Object.values(columns).filter((v): v is number => typeof v === 'number'));
  const others = header
    .map((text, column) => ({ column, title: cleanCell(text) }))
    .filter(({ column, title }) => title !== '' && !mapped.has(column));

  dataRows.forEach((row, index) => {
    const name = rowName(row, columns, cell, zoomName);
    if (!name) {
      collected.stats.blankSkipped++;
      return;
    }
    if (NOT_COMING.has(foldName(cell(row, columns.status)))) {
      collected.stats.excluded++;
      return;
    }
    const rawEmail = cell(row, columns.email);
    const email = rawEmail ? cleanEmail(rawEmail) : undefined;
    if (rawEmail && !email) invalidEmails++;
    const group = cell(row, columns.group) || undefined;
    const key = `${foldName(name)}\u0000${email?.toLowerCase() ?? ''}`;
    const earlier = byKey.get(key);
    if (earlier) {
      collected.stats.duplicatesMerged++;
      duplicates.add(earlier.name);
      if (!earlier.group && group) earlier.group = group;
      return;
    }
    const entry: RollEntry = { id: '', name };
    const family = familyName(row, columns, cell);
    if (family) entry.family = family;
    if (email) entry.email = email;
    if (group) entry.group = group;
    const extra: Record<string, string> = {};
    for (const { column, title } of others) {
      const value = cell(row, column);
      if (value !== '' && !(title in extra)) extra[title] = value;
    }
    if (Object.keys(extra).length > 0) entry.extra = extra;
    byKey.set(key, entry);
    collected.roll.push(entry);
    collected.ids.push(cell(row, columns.id));
    collected.rowNumbers.push(index + 1);
  });

  collected.stats.duplicates = [...duplicates];
  if (collected.stats.excluded > 0) {
    collected.warnings.push(rollWarnings.excludedByStatus(collected.stats.excluded));
  }
  if (invalidEmails > 0) {
    collected.warnings.push(rollWarnings.invalidEmails(invalidEmails));
  }
  return collected;
}

function rowName(
  row: readonly string[],
  columns: DetectedColumns,
  cell: (row: readonly string[], column: number | undefined) => string,
  zoomName: boolean,
): string {
  const first = cell(row, columns.first);
  const middle = cell(row, columns.middle);
  const last = cell(row, columns.last);
  const secondLast = cell(row, columns.secondLast);
  if (first || middle || last || secondLast) {
    // Japanese and other East Asian names are written family name first.
    const familyFirst = HAN_OR_KANA.test(first) && HAN_OR_KANA.test(last);
    const parts = familyFirst
      ? [last, secondLast, first, middle]
      : [first, middle, last, secondLast];
    return parts.filter(Boolean).join(' ');
  }
  let name = cell(row, columns.name).replace(LIST_MARKER, '');
  if (zoomName) {
    // Zoom writes "Current name (Original name)" after a rename; the current one is the host's fix.
    const current = /^(.+?)\s*\([^()]*\)$/u.exec(name)?.[1];
    if (current) name = current;
  }
  return name;
}

/**
 * The family name when the name comes from name-part columns (privacy names take its initial: a
 * roll written "Nguyễn" / "Thị Lan" gives "Lan N.", which the name alone could not tell).
 */
function familyName(
  row: readonly string[],
  columns: DetectedColumns,
  cell: (row: readonly string[], column: number | undefined) => string,
): string {
  const parts = [cell(row, columns.last), cell(row, columns.secondLast)].filter(Boolean);
  return parts.join(' ');
}

function assignIds(collected: Collected, hasIdColumn: boolean): 'column' | 'row' {
  const useColumn =
    hasIdColumn &&
    collected.ids.every((id) => id !== '') &&
    new Set(collected.ids).size === collected.ids.length;
  collected.roll.forEach((entry, i) => {
    entry.id = useColumn ? (collected.ids[i] ?? '') : String(collected.rowNumbers[i]);
  });
  return useColumn ? 'column' : 'row';
}

function makePreview(
  header: readonly string[],
  dataRows: readonly (readonly string[])[],
  columnCount: number,
  headerRow: number | null,
  columns: DetectedColumns,
): RollPreview {
  const pad = (row: readonly string[]): string[] =>
    Array.from({ length: columnCount }, (_, column) => previewCell(row[column] ?? ''));
  const sampleRows: string[][] = [];
  for (const row of dataRows) {
    if (sampleRows.length === PREVIEW_ROWS) break;
    if (!isBlankRow(row)) sampleRows.push(pad(row));
  }
  return { headerRow, headers: pad(header), columnCount, sampleRows, columns };
}
