export interface ZipEntry {
  name: string;
  uncompressedSize: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const ZIP64_EXTRA = 0x0001;

/**
 * Lists a zip archive's entries from its central directory, without inflating anything.
 * Returns null when the archive is damaged or truncated (no readable central directory).
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (offset + size > bytes.byteLength) return null;

  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL_FILE_HEADER) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > bytes.byteLength) return null;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    let uncompressedSize = view.getUint32(at + 24, true);
    if (uncompressedSize === 0xffffffff) {
      const zip64 = zip64Size(view, at + 46 + nameLength, extraLength);
      if (zip64 === null) return null;
      uncompressedSize = zip64;
    }
    entries.push({ name, uncompressedSize });
    at = next;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}

function zip64Size(view: DataView, start: number, length: number): number | null {
  let at = start;
  while (at + 4 <= start + length) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA && size >= 8 && at + 12 <= view.byteLength) {
      // Sizes past 2^53 are not a spreadsheet anyone can import; saturate rather than lose bits.
      const high = view.getUint32(at + 8, true);
      return high > 0x1fffff
        ? Number.MAX_SAFE_INTEGER
        : high * 2 ** 32 + view.getUint32(at + 4, true);
    }
    at += 4 + size;
  }
  return null;
}

export type ZipKind = 'xlsx' | 'xlsb' | 'odf' | 'docx' | 'pptx' | 'numbers' | 'zip';

/** What kind of document a zip archive is, judged by the parts it contains. */
export function zipKind(entries: readonly ZipEntry[]): ZipKind {
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('xl/workbook.bin')) return 'xlsb';
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('ppt/presentation.xml')) return 'pptx';
  if (names.has('content.xml') && names.has('mimetype')) return 'odf';
  if ([...names].some((name) => name.startsWith('Index/') && name.endsWith('.iwa')))
    return 'numbers';
  return 'zip';
}
