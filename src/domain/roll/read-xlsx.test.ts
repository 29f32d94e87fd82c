import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRollFile } from './index';
import { storedXmlParts } from './read-xlsx';
import { readZipDirectory } from './zip-directory';

const FIXTURES = resolve(import.meta.dirname, '../../../test/fixtures/rolls');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(FIXTURES, name)));

/** Compression method of every entry, read from the central directory. */
function methods(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const found: number[] = [];
  for (let at = 0; at + 46 <= zip.byteLength; at++) {
    if (view.getUint32(at, true) === 0x02014b50) found.push(view.getUint16(at + 10, true));
  }
  return found;
}

describe('reading a workbook without a Worker (the production CSP forbids them)', () => {
  it('repacks the XML parts stored, so read-excel-file never inflates on a Worker', () => {
    const original = fixture('roll-20000.xlsx');
    // The sheet inflates past fflate's 512 KB threshold for its Blob-Worker path.
    const sheet = readZipDirectory(original)?.find((e) => e.name === 'xl/worksheets/sheet1.xml');
    expect(sheet?.uncompressedSize).toBeGreaterThan(512 * 1024);
    const stored = storedXmlParts(original);
    const names = readZipDirectory(stored)?.map((e) => e.name) ?? [];
    expect(names).toContain('xl/worksheets/sheet1.xml');
    expect(names).not.toContain('xl/styles.bin');
    expect(methods(stored).length).toBe(names.length);
    expect(new Set(methods(stored))).toEqual(new Set([0]));
  });

  it('imports the largest allowed roll (20,000 rows), every row with its e-mail and id', async () => {
    const result = await parseRollFile(fixture('roll-20000.xlsx'), 'roll-20000.xlsx');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.roll).toHaveLength(20_000);
    expect(result.roll[19_999]).toMatchObject({
      id: '119999',
      name: 'Siti Berg 20000',
      email: 'person20000@example.org',
      group: 'Group 8',
    });
  });
});
