import type { ZipEntry } from './zip-directory';

/** Unpacked XML parts larger than this are refused before inflating (a zip bomb defence). */
export const MAX_XLSX_UNPACKED_BYTES = 64 * 1024 * 1024;

export interface XlsxSheet {
  name: string;
  rows: string[][];
}

/** Total size of the parts read-excel-file will inflate (it skips everything but XML). */
export function unpackedXmlSize(entries: readonly ZipEntry[]): number {
  return entries
    .filter((entry) => entry.name.endsWith('.xml') || entry.name.endsWith('.xml.rels'))
    .reduce((sum, entry) => sum + entry.uncompressedSize, 0);
}

/**
 * Reads every sheet of an .xlsx workbook as rows of cell text. read-excel-file is imported
 * lazily so the panel only downloads it when a host picks a workbook; its "universal" build
 * takes an ArrayBuffer and runs unchanged in browsers and in Node. Throws when the workbook
 * cannot be read.
 */
export async function readXlsxSheets(bytes: Uint8Array): Promise<XlsxSheet[]> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  // A copy, so the ArrayBuffer holds exactly these bytes: a Node Buffer is a view into a shared
  // pool, and Buffer#slice does not copy.
  const buffer = new Uint8Array(bytes).buffer;
  const sheets = await readXlsxFile(buffer);
  return sheets.map((sheet) => ({
    name: sheet.sheet,
    rows: sheet.data.map((row) => row.map(cellText)),
  }));
}

function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return '';
}
