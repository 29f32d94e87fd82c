import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanCell, foldName } from './clean';
import type { RollErrorCode, RollImportResult } from './index';
import { parseRollFile, parseRollText, remapRoll } from './index';

const ERROR_CODES: readonly RollErrorCode[] = [
  'empty',
  'too-large',
  'too-many-rows',
  'binary',
  'unsupported-format',
  'invalid-xlsx',
  'malformed-text',
  'no-name-column',
  'no-rows',
  'no-names',
  'invalid-columns',
];

// Prefixes that send random bytes down every reader: zip, OLE, PDF, BOMs, plain text.
const PREFIXES = [
  [],
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  [0x25, 0x50, 0x44, 0x46, 0x2d],
  [0xef, 0xbb, 0xbf],
  [0xff, 0xfe],
  [0xfe, 0xff],
  [...new TextEncoder().encode('Name,Email\n')],
].map((prefix) => Uint8Array.from(prefix));

const fileBytes = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.uint8Array({ maxLength: 1500 }))
  .map(([prefix, body]) => {
    const bytes = new Uint8Array(prefix.length + body.length);
    bytes.set(prefix);
    bytes.set(body, prefix.length);
    return bytes;
  });
const fileName = fc.constantFrom('roll.csv', 'roll.txt', 'roll.tsv', 'roll.xlsx', 'roll');

/** The invariants every result keeps, whatever the input. */
function expectWellFormed(result: RollImportResult): void {
  if (!result.ok) {
    expect(ERROR_CODES).toContain(result.error.code);
    expect(result.error.message.length).toBeGreaterThan(20);
    expect(result).not.toHaveProperty('roll');
    return;
  }
  const { roll, stats } = result;
  expect(roll.length).toBeGreaterThan(0);
  expect(new Set(roll.map((entry) => entry.id)).size).toBe(roll.length);
  for (const entry of roll) {
    expect(entry.name).not.toBe('');
    expect(cleanCell(entry.name)).toBe(entry.name);
  }
  expect(stats.imported).toBe(roll.length);
  expect(stats.imported + stats.blankSkipped + stats.excluded + stats.duplicatesMerged).toBe(
    stats.rows,
  );
}

describe('roll import properties', () => {
  it('never throws on random bytes: always a roll or a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fileBytes, fileName, async (bytes, name) => {
        expectWellFormed(await parseRollFile(bytes, name));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on a damaged workbook (bytes overwritten or cut short)', async () => {
    const workbook = new Uint8Array(
      readFileSync(resolve(import.meta.dirname, '../../../test/fixtures/rolls/roll.xlsx')),
    );
    const damage = fc.array(fc.tuple(fc.nat({ max: workbook.length - 1 }), fc.nat({ max: 255 })), {
      minLength: 1,
      maxLength: 8,
    });
    await fc.assert(
      fc.asyncProperty(damage, fc.nat({ max: workbook.length }), async (writes, cut) => {
        const bytes = workbook.slice(0, Math.max(cut, workbook.length - 64));
        for (const [at, value] of writes) if (at < bytes.length) bytes[at] = value;
        expectWellFormed(await parseRollFile(bytes, 'roll.xlsx'));
      }),
      { numRuns: 200 },
    );
  });

  // Random astral-plane strings take up to ~50 ms each to read, so this one gets a longer timeout.
  it('never throws on random pasted text', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('"', '""', 'Name', 'E-mail', ''),
    );
    const table = fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 30 });
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc
        .tuple(table, fc.constantFrom('\t', ',', ';'), fc.constantFrom('\n', '\r\n', '\r'))
        .map(([rows, delimiter, newline]) => rows.map((row) => row.join(delimiter)).join(newline)),
    );
    fc.assert(
      fc.property(text, (pasted) => {
        expectWellFormed(parseRollText(pasted));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('is deterministic: the same bytes give the same result, and re-mapping reproduces it', async () => {
    await fc.assert(
      fc.asyncProperty(fileBytes, fileName, async (bytes, name) => {
        const first = await parseRollFile(bytes, name);
        const second = await parseRollFile(bytes.slice(), name);
        expect(second).toEqual(first);
        if (first.ok) {
          const remapped = remapRoll(first.table, { headerRow: first.preview.headerRow });
          expect(remapped.ok && remapped.roll).toEqual(first.roll);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reads back every name written to a CSV, in any supported encoding and delimiter', async () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ]{1,10}(?:['-][A-Za-z]{1,6})?$/);
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    const names = fc.uniqueArray(name, { minLength: 1, maxLength: 40, selector: foldName });
    const encoding = fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'windows-1252');
    const delimiter = fc.constantFrom(',', ';', '\t');
    await fc.assert(
      fc.asyncProperty(names, encoding, delimiter, async (people, how, separator) => {
        const quote = (cell: string): string => `"${cell.replace(/"/g, '""')}"`;
        const text = [['Name', 'Group'], ...people.map((person) => [person, 'A'])]
          .map((row) => row.map(quote).join(separator))
          .join('\r\n');
        const result = await parseRollFile(encode(text, how), 'roll.csv');
        if (!result.ok) throw new Error(result.error.message);
        expect(result.roll.map((entry) => entry.name)).toEqual(people);
        expect(result.roll.map((entry) => entry.id)).toEqual(people.map((_, i) => String(i + 1)));
        expect(result.format.delimiter).toBe(separator);
      }),
      { numRuns: 150 },
    );
  });
});

function encode(
  text: string,
  how: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252',
): Uint8Array {
  if (how === 'utf-8') return new TextEncoder().encode(text);
  if (how === 'utf-8-bom') return new TextEncoder().encode(`\uFEFF${text}`);
  if (how === 'windows-1252') return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}
