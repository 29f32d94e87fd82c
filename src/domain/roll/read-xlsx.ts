import { unzipSync, zipSync, type Unzipped } from 'fflate';
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

const isXmlPart = (name: string): boolean => name.endsWith('.xml') || name.endsWith('.xml.rels');

/**
 * Unzips the workbook's XML parts on this thread and packs them again without compression.
 * read-excel-file inflates parts over 512 KB (a sheet of a few thousand rows) with fflate's
 * asynchronous `unzip`, which starts a Worker from a Blob URL: the production CSP
 * (`worker-src 'none'`) refuses it and the promise never settles. Stored entries are copied, never
 * inflated, so the library stays on the calling thread. The caps are checked again on the sizes
 * each entry claims, and an entry that inflates past its claim throws.
 */
export function storedXmlParts(bytes: Uint8Array): Uint8Array {
  let claimed = 0;
  const parts: Unzipped = unzipSync(bytes, {
    filter: (file) => {
      if (!isXmlPart(file.name)) return false;
      claimed += file.originalSize;
      if (claimed > MAX_XLSX_UNPACKED_BYTES) throw new RangeError('workbook unpacks past the cap');
      return true;
    },
  });
  return zipSync(parts, { level: 0 });
}

/**
 * Reads every sheet of an .xlsx workbook as rows of cell text, synchronously apart from the lazy
 * `import()`: no Worker, so it runs under the production CSP. read-excel-file is imported lazily
 * so the panel only downloads it when a host picks a workbook; its "universal" build takes an
 * ArrayBuffer and runs unchanged in browsers and in Node. Throws when the workbook cannot be read.
 */
export async function readXlsxSheets(bytes: Uint8Array): Promise<XlsxSheet[]> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  // A fresh buffer holding exactly the stored zip (a Node Buffer is a view into a shared pool).
  const stored = storedXmlParts(bytes);
  const buffer = stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength);
  const sheets = await readXlsxFile(buffer as ArrayBuffer);
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
