import writeXlsxFile from 'write-excel-file/universal';
import type { Cell, SheetData } from 'write-excel-file/universal';
import { offsetMinutes } from '../../domain/export';
import type { ExportTable, TableCell } from '../../domain/export';

/*
 * Loaded with import() when the host asks for an Excel file, so the writer is its own chunk.
 * Text cells are written as text (never as formulas), so a display name like "=HYPERLINK(…)" is
 * shown as typed, without the CSV export's leading quote. Times are real Excel dates in the
 * host's local time (Excel dates carry no zone), with the UTC offset in the column header.
 */

function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The table as an .xlsx workbook (one sheet, header row bold and frozen). */
export async function tableXlsx(
  table: ExportTable,
  sheetName: string,
  timeZone: string,
): Promise<Blob> {
  const firstTime = table.rows
    .flat()
    .find((cell): cell is { time: number } => cell !== null && typeof cell === 'object');
  const offset = firstTime ? offsetMinutes(firstTime.time, timeZone) : 0;
  const timeColumns = new Set(
    table.rows.flatMap((row) =>
      row.flatMap((cell, column) => (cell !== null && typeof cell === 'object' ? [column] : [])),
    ),
  );
  const header: Cell[] = table.header.map((title, column) => ({
    value: timeColumns.has(column) ? `${title} (${offsetLabel(offset)})` : title,
    type: String,
    fontWeight: 'bold',
  }));
  const cell = (value: TableCell): Cell => {
    if (value === null || value === '') return null;
    if (typeof value === 'number') return { value, type: Number };
    if (typeof value === 'string') return { value, type: String };
    // Excel shows a date's serial number as it is: shift it to the wall-clock time of the zone.
    const local = value.time + offsetMinutes(value.time, timeZone) * 60_000;
    return { value: new Date(local), type: Date, format: 'yyyy-mm-dd hh:mm:ss' };
  };
  const data: SheetData = [header, ...table.rows.map((row) => row.map(cell))];
  return writeXlsxFile(data, { sheet: sheetName.slice(0, 31), stickyRowsCount: 1 }).toBlob();
}
