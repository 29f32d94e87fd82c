import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RollEntry } from '../matching/types';
import type {
  RollErrorCode,
  RollFormat,
  RollImportResult,
  RollImportSuccess,
  RollStats,
} from './index';
import { MAX_ROLL_BYTES, MAX_ROLL_ROWS, parseRollFile, remapRoll } from './index';

const FIXTURES = resolve(import.meta.dirname, '../../../test/fixtures/rolls');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(resolve(FIXTURES, name)));

async function importFixture(name: string): Promise<RollImportResult> {
  return parseRollFile(fixture(name), name);
}

function expectOk(result: RollImportResult): RollImportSuccess {
  if (!result.ok)
    throw new Error(`expected a roll, got ${result.error.code}: ${result.error.message}`);
  return result;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

interface Case {
  file: string;
  roll: RollEntry[];
  format: Partial<RollFormat>;
  stats?: Partial<RollStats>;
  sure?: boolean;
}

const cases: Case[] = [
  {
    file: 'utf8-comma.csv',
    format: { kind: 'csv', encoding: 'utf-8', bom: false, delimiter: ',' },
    roll: [
      { id: '1', name: 'Zoë Müller', email: 'zoe.muller@example.org', group: 'Blue' },
      { id: '2', name: 'José Álvarez', email: 'jose@example.org', group: 'Green' },
      { id: '3', name: 'Łukasz Nowak', email: 'lukasz@example.org', group: 'Blue' },
      { id: '4', name: "Siobhán O'Connor", email: 'siobhan@example.org', group: 'Green' },
    ],
  },
  {
    file: 'utf8-bom-semicolon-de.csv',
    format: { kind: 'csv', encoding: 'utf-8', bom: true, delimiter: ';' },
    roll: [
      {
        id: '1',
        name: 'Jürgen Groß',
        family: 'Groß',
        email: 'juergen.gross@example.de',
        group: 'Klasse 7a',
      },
      {
        id: '2',
        name: 'Anna-Lena Weiß',
        family: 'Weiß',
        email: 'anna@example.de',
        group: 'Klasse 7a',
      },
      {
        id: '3',
        name: 'Ömer Yılmaz',
        family: 'Yılmaz',
        email: 'oemer@example.de',
        group: 'Klasse 7b',
      },
    ],
  },
  {
    file: 'utf16le-bom-excel-unicode.txt',
    format: { kind: 'tsv', encoding: 'utf-16le', bom: true, delimiter: '\t' },
    roll: [
      {
        id: '1',
        name: 'María José García López',
        family: 'García López',
        email: 'mj@example.es',
        group: 'A',
      },
      { id: '2', name: 'Iñaki Núñez', family: 'Núñez', email: 'inaki@example.es', group: 'B' },
      { id: '3', name: 'Ángela Díaz', family: 'Díaz', group: 'B' },
    ],
  },
  {
    file: 'utf16be-bom.txt',
    format: { kind: 'tsv', encoding: 'utf-16be', bom: true, delimiter: '\t' },
    roll: [
      { id: 'A-17', name: 'Zoë Müller' },
      { id: 'A-18', name: 'Chidi Anagonye' },
    ],
    stats: { idSource: 'column' },
  },
  {
    file: 'windows-1252-fr.csv',
    format: { kind: 'csv', encoding: 'windows-1252', bom: false, delimiter: ';' },
    roll: [
      {
        id: '1',
        name: 'Hélène Lefèvre',
        family: 'Lefèvre',
        email: 'helene@example.fr',
        group: 'CM2',
      },
      {
        id: '2',
        name: 'Jürgen Müller',
        family: 'Müller',
        email: 'jurgen@example.fr',
        group: 'CM1',
      },
      {
        id: '3',
        name: 'François Dupont',
        family: 'Dupont',
        email: 'francois@example.fr',
        group: 'CM2',
      },
      { id: '4', name: 'Zoë Œuvray', family: 'Œuvray', email: 'zoe@example.fr', group: 'CM1' },
    ],
  },
  {
    file: 'shift-jis-ja.csv',
    format: { kind: 'csv', encoding: 'shift_jis', bom: false, delimiter: ',' },
    roll: [
      { id: '1', name: '山田 太郎', email: 'taro@example.jp', group: '営業部' },
      { id: '2', name: '佐藤 花子', email: 'hanako@example.jp', group: '総務部' },
      { id: '3', name: '高橋 一郎', group: '営業部' },
    ],
  },
  {
    file: 'tab-en.tsv',
    format: { kind: 'tsv', encoding: 'utf-8', delimiter: '\t' },
    roll: [
      { id: 'S-1001', name: 'Amara Okafor', family: 'Okafor', group: '5B' },
      { id: 'S-1002', name: 'Wei Zhang', family: 'Zhang', group: '5B' },
      { id: 'S-1003', name: 'Priya Natarajan', family: 'Natarajan', group: '5C' },
    ],
    stats: { idSource: 'column' },
  },
  {
    file: 'quoted-newlines.csv',
    format: { kind: 'csv', delimiter: ',' },
    roll: [
      { id: '1', name: 'Doe, Jane', email: 'jane@example.com' },
      { id: '2', name: 'Robert "Bob" Smith', email: 'bob@example.com' },
      { id: '3', name: 'Ana María Pérez', email: 'ana@example.com' },
    ],
    stats: { rows: 3 },
  },
  {
    file: 'zoom-registration-report.csv',
    format: { kind: 'csv', delimiter: ',' },
    roll: [
      { id: '1', name: 'Amara Okafor', family: 'Okafor', email: 'amara.okafor@example.com' },
      { id: '2', name: 'Wei Zhang', family: 'Zhang', email: 'wei.zhang@example.com' },
      { id: '4', name: 'Sofia Rossi', family: 'Rossi', email: 'sofia.rossi@example.com' },
    ],
    stats: { rows: 5, imported: 3, excluded: 1, duplicatesMerged: 1, duplicates: ['Amara Okafor'] },
  },
  {
    file: 'zoom-participants-report.csv',
    format: { kind: 'csv', delimiter: ',' },
    roll: [
      { id: '1', name: 'Ms Rivera', email: 'rivera@school.example' },
      { id: '2', name: 'Amara Okafor', email: 'amara.okafor@example.com' },
      { id: '3', name: 'Jane Doe' },
      { id: '4', name: 'Wei Zhang', email: 'wei.zhang@example.com' },
    ],
    stats: { rows: 5, duplicatesMerged: 1, duplicates: ['Amara Okafor'] },
  },
  {
    file: 'google-forms.csv',
    format: { kind: 'csv', delimiter: ',' },
    roll: [
      { id: '1', name: 'Amara Okafor', email: 'amara@example.com', group: '5B' },
      { id: '2', name: 'Wei Zhang', email: 'wei@example.com', group: '5B' },
      { id: '3', name: 'Priya Natarajan', email: 'priya@example.com', group: '5C' },
    ],
  },
  {
    file: 'eventbrite-attendees.csv',
    format: { kind: 'csv', delimiter: ',' },
    roll: [
      { id: '2345678901', name: 'Amara Okafor', family: 'Okafor', email: 'amara@example.com' },
      { id: '2345678902', name: 'Kenji Watanabe', family: 'Watanabe', email: 'kenji@example.com' },
    ],
    stats: { excluded: 1, idSource: 'column' },
  },
  {
    file: 'headers-ja.csv',
    format: { kind: 'csv', encoding: 'utf-8', bom: true },
    roll: [
      { id: '1001', name: '山田 太郎', family: '山田', email: 'taro@example.jp', group: '1組' },
      { id: '1002', name: '佐藤 花子', family: '佐藤', email: 'hanako@example.jp', group: '1組' },
      { id: '1003', name: '鈴木 一郎', family: '鈴木', group: '2組' },
    ],
  },
  {
    file: 'headers-id.csv',
    format: { kind: 'csv', delimiter: ',' },
    roll: [
      { id: '2101001', name: 'Siti Nurhaliza', email: 'siti@example.ac.id', group: 'A' },
      { id: '2101002', name: 'Budi Santoso', email: 'budi@example.ac.id', group: 'A' },
      { id: '2101003', name: 'Made Wirawan', group: 'B' },
    ],
  },
  {
    file: 'headers-fil.csv',
    format: { kind: 'csv' },
    roll: [
      {
        id: '1',
        name: 'Juan Santos Dela Cruz',
        family: 'Dela Cruz',
        email: 'juan@example.ph',
        group: 'Sampaguita',
      },
      {
        id: '2',
        name: 'Maria Clara Bautista Reyes',
        family: 'Reyes',
        email: 'maria@example.ph',
        group: 'Sampaguita',
      },
      {
        id: '3',
        name: 'José Santos',
        family: 'Santos',
        email: 'jose@example.ph',
        group: 'Ilang-Ilang',
      },
    ],
  },
  {
    file: 'headers-es.csv',
    format: { kind: 'csv' },
    roll: [
      {
        id: '1',
        name: 'María José García López',
        family: 'García López',
        email: 'mj@example.mx',
        group: '3°A',
      },
      {
        id: '2',
        name: 'Juan Pablo Hernández',
        family: 'Hernández',
        email: 'jp@example.mx',
        group: '3°B',
      },
    ],
  },
  {
    file: 'headers-fr.csv',
    format: { kind: 'csv', delimiter: ';' },
    roll: [
      { id: '1', name: 'Hélène Lefèvre', email: 'helene@example.fr', group: 'CM2' },
      { id: '2', name: "Jean-Baptiste N'Diaye", email: 'jb@example.fr', group: 'CM1' },
    ],
  },
  {
    file: 'headers-de.csv',
    format: { kind: 'csv' },
    roll: [
      {
        id: '1',
        name: 'Lukas Schäfer',
        family: 'Schäfer',
        email: 'lukas@example.de',
        group: 'Kurs A',
      },
      { id: '2', name: 'Elif Öztürk', family: 'Öztürk', email: 'elif@example.de', group: 'Kurs B' },
    ],
  },
  {
    file: 'names-only.txt',
    format: { kind: 'txt', delimiter: null },
    roll: [
      { id: '1', name: 'Jane Doe' },
      { id: '2', name: 'John Smith' },
      { id: '4', name: 'Doe, John' },
      { id: '5', name: 'Zoe Adams' },
      { id: '6', name: 'Ali Hassan' },
    ],
    stats: { rows: 7, imported: 5, blankSkipped: 1, duplicatesMerged: 1, duplicates: ['Jane Doe'] },
  },
  {
    file: 'names-last-first.csv',
    format: { kind: 'txt', delimiter: null },
    roll: [
      { id: '1', name: 'Okafor, Amara' },
      { id: '2', name: 'Zhang, Wei' },
      { id: '3', name: 'Natarajan, Priya' },
    ],
  },
  {
    file: 'roll.xlsx',
    format: {
      kind: 'xlsx',
      encoding: null,
      delimiter: null,
      sheet: 'Roll',
      sheetNames: ['Roll', 'Notes'],
    },
    roll: [
      { id: '101', name: 'Zoë Müller', email: 'zoe@example.org', group: 'Blue' },
      { id: '102', name: '山田 太郎', email: 'taro@example.jp', group: 'Green' },
      { id: '104', name: 'Chidi Anagonye', group: 'Blue' },
      { id: '105', name: 'Priya Natarajan', email: 'priya@example.org' },
    ],
    stats: { rows: 5, blankSkipped: 1, idSource: 'column' },
  },
  {
    file: 'second-sheet.xlsx',
    format: { kind: 'xlsx', sheet: 'Students', sheetNames: ['Cover', 'Students'] },
    roll: [
      { id: '1', name: 'Amara Okafor' },
      { id: '2', name: 'Wei Zhang' },
    ],
  },
  {
    file: 'duplicates-blanks.csv',
    format: { kind: 'csv' },
    roll: [
      { id: '1', name: 'Amara Okafor', email: 'amara@example.com' },
      { id: '5', name: 'Amara Okafor', email: 'other@example.com' },
      { id: '6', name: 'José Álvarez' },
    ],
    stats: {
      rows: 7,
      imported: 3,
      blankSkipped: 2,
      duplicatesMerged: 2,
      duplicates: ['Amara Okafor', 'José Álvarez'],
      idSource: 'row',
    },
  },
  {
    file: 'ambiguous-names.csv',
    format: { kind: 'csv' },
    roll: [
      { id: '1', name: 'Amara Okafor', email: 'amara@example.com' },
      { id: '2', name: 'Kenji Watanabe', email: 'kenji@example.com' },
    ],
    sure: false,
  },
];

describe('parseRollFile on real sample files', () => {
  it.each(cases)('$file', async ({ file, roll, format, stats, sure = true }) => {
    const result = expectOk(await importFixture(file));
    // The roll's other columns (`extra`) are checked on their own below.
    expect(result.roll.map(({ extra: _extra, ...entry }) => entry)).toEqual(roll);
    expect(result.format).toMatchObject(format);
    expect(result.preview.columns.sure).toBe(sure);
    if (stats) expect(result.stats).toMatchObject(stats);
    const { rows, imported, blankSkipped, excluded, duplicatesMerged } = result.stats;
    // Every data row is accounted for: imported, blank, left out or merged.
    expect(imported + blankSkipped + excluded + duplicatesMerged).toBe(rows);
    expect(new Set(result.roll.map((entry) => entry.id)).size).toBe(result.roll.length);
  });
});

describe('detected columns and preview', () => {
  it('finds the participants header under the summary block of a Zoom report', async () => {
    const { preview } = expectOk(await importFixture('zoom-participants-report.csv'));
    expect(preview.headerRow).toBe(3);
    expect(preview.headers[0]).toBe('Name (Original Name)');
    expect(preview.columns).toMatchObject({ name: 0, email: 1, sure: true, source: 'header' });
    expect(preview.sampleRows).toHaveLength(5);
    expect(preview.sampleRows[2]?.[0]).toBe("Jane Doe (Jane's iPhone)");
  });

  it('composes first + last and reads the approval status in a Zoom registration report', async () => {
    const result = expectOk(await importFixture('zoom-registration-report.csv'));
    expect(result.preview.headerRow).toBe(5);
    expect(result.preview.columns).toMatchObject({ first: 0, last: 1, email: 2, status: 4 });
    expect(result.warnings.map((warning) => warning.code)).toEqual(['excluded-by-status']);
  });

  it('reads "Nom" beside "Prénom" as the family name, and "Nombre" beside "Apellidos" as the given name', async () => {
    const french = expectOk(await importFixture('windows-1252-fr.csv'));
    expect(french.preview.columns).toMatchObject({ first: 1, last: 0 });
    const spanish = expectOk(await importFixture('utf16le-bom-excel-unicode.txt'));
    expect(spanish.preview.columns).toMatchObject({ first: 0, last: 1 });
  });

  it('prefers a real id column (NIM) to a row-number column (No)', async () => {
    const { preview } = expectOk(await importFixture('headers-id.csv'));
    expect(preview.columns.id).toBe(1);
  });

  it('is unsure between two name columns and offers both', async () => {
    const { preview } = expectOk(await importFixture('ambiguous-names.csv'));
    expect(preview.columns.nameCandidates).toEqual([0, 1]);
  });

  it('pads and cleans preview rows, one cell per column', async () => {
    const { preview } = expectOk(await importFixture('roll.xlsx'));
    expect(preview.headers).toEqual(['ID', 'Full name', 'Email', 'Group']);
    expect(preview.sampleRows).toEqual([
      ['101', 'Zoë Müller', 'zoe@example.org', 'Blue'],
      ['102', '山田 太郎', 'taro@example.jp', 'Green'],
      ['104', 'Chidi Anagonye', '', 'Blue'],
      ['105', 'Priya Natarajan', 'priya@example.org', ''],
    ]);
  });
});

describe('re-mapping without re-reading', () => {
  it('takes the host’s name column and keeps everything else from the table', async () => {
    const first = expectOk(await importFixture('ambiguous-names.csv'));
    const remapped = expectOk(remapRoll(first.table, { columns: { name: 1, email: 2 } }));
    expect(remapped.roll.map((entry) => entry.name)).toEqual(['Wei Zhang', 'Priya Natarajan']);
    expect(remapped.preview.columns).toMatchObject({ name: 1, sure: true, source: 'host' });
    expect(remapped.format).toEqual(first.format);
  });

  it('lets the host say the file has no header row', async () => {
    const first = expectOk(await importFixture('second-sheet.xlsx'));
    const remapped = expectOk(remapRoll(first.table, { headerRow: null, columns: { name: 0 } }));
    expect(remapped.roll.map((entry) => entry.name)).toEqual(['Name', 'Amara Okafor', 'Wei Zhang']);
  });

  it('refuses a mapping outside the table or without a name', async () => {
    const { table } = expectOk(await importFixture('utf8-comma.csv'));
    for (const columns of [{ name: 3 }, { email: 1 }, { name: -1 }, { name: 0.5 }]) {
      const result = remapRoll(table, { columns });
      expect(result.ok ? null : result.error.code).toBe('invalid-columns');
    }
  });

  it('returns the table and preview when no name column is found, so the host can pick one', async () => {
    const result = await importFixture('no-name-column.csv');
    if (result.ok) throw new Error('expected no-name-column');
    expect(result.error.code).toBe('no-name-column');
    expect(result.preview?.headers).toEqual(['Timestamp', 'Email Address', 'Score']);
    const table = result.table;
    if (!table) throw new Error('expected the table');
    const picked = expectOk(remapRoll(table, { columns: { name: 1 } }));
    expect(picked.roll).toHaveLength(2);
  });

  it('reads the sheet the host picks', async () => {
    const result = await parseRollFile(fixture('roll.xlsx'), 'roll.xlsx', {
      sheet: 'Notes',
      headerRow: null,
      columns: { name: 0 },
    });
    expect(expectOk(result).roll.map((entry) => entry.name)).toEqual([
      'Imported from the school office',
      'Do not share',
    ]);
  });
});

interface ErrorCase {
  file: string;
  code: RollErrorCode;
  mentions: string;
}

const errorCases: ErrorCase[] = [
  { file: 'empty.csv', code: 'empty', mentions: 'is empty' },
  { file: 'whitespace-only.csv', code: 'empty', mentions: 'is empty' },
  { file: 'binary.bin', code: 'binary', mentions: 'binary data' },
  { file: 'nul-bytes.csv', code: 'binary', mentions: 'binary data' },
  { file: 'pdf-renamed.csv', code: 'unsupported-format', mentions: 'a PDF document' },
  { file: 'image.png', code: 'unsupported-format', mentions: 'a PNG image' },
  { file: 'legacy.xls', code: 'unsupported-format', mentions: 'Excel 97-2003' },
  { file: 'not-a-spreadsheet.zip', code: 'unsupported-format', mentions: 'a ZIP archive' },
  { file: 'spreadsheet.ods', code: 'unsupported-format', mentions: 'OpenDocument' },
  { file: 'truncated.xlsx', code: 'invalid-xlsx', mentions: 'damaged or only partly downloaded' },
  { file: 'no-name-column.csv', code: 'no-name-column', mentions: 'It has e-mail addresses' },
  { file: 'header-only.csv', code: 'no-rows', mentions: 'no people under it' },
  { file: 'unclosed-quote.csv', code: 'malformed-text', mentions: 'Row 3 of' },
];

describe('parseRollFile refuses bad files with a specific message', () => {
  it.each(errorCases)('$file → $code', async ({ file, code, mentions }) => {
    const result = await importFixture(file);
    if (result.ok) throw new Error(`expected ${code}, got a roll of ${result.roll.length}`);
    expect(result.error.code).toBe(code);
    expect(result.error.message).toContain(mentions);
    expect(result.error.message).toContain(`“${file}”`);
    expect(result).not.toHaveProperty('roll');
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const result = await parseRollFile(new Uint8Array(MAX_ROLL_BYTES + 1).fill(0x61), 'huge.csv');
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'too-large',
      details: { limit: MAX_ROLL_BYTES },
    });
  });

  it('accepts 20,000 rows and refuses 20,001', async () => {
    const roll = (count: number): Uint8Array =>
      utf8(`Name\n${Array.from({ length: count }, (_, i) => `Person ${toWords(i)}`).join('\n')}\n`);
    const atLimit = expectOk(await parseRollFile(roll(MAX_ROLL_ROWS), 'big.csv'));
    expect(atLimit.roll).toHaveLength(MAX_ROLL_ROWS);
    expect(atLimit.roll.at(-1)?.id).toBe(String(MAX_ROLL_ROWS));
    const over = await parseRollFile(roll(MAX_ROLL_ROWS + 1), 'big.csv');
    expect(over.ok ? null : over.error).toMatchObject({
      code: 'too-many-rows',
      details: { actual: MAX_ROLL_ROWS + 1 },
    });
  });

  it('refuses a workbook that unpacks to more than the limit, without inflating it', async () => {
    const bytes = zipWithDeclaredSizes([
      ['xl/workbook.xml', 100],
      ['xl/worksheets/sheet1.xml', 200 * 1024 * 1024],
    ]);
    const result = await parseRollFile(bytes, 'bomb.xlsx');
    expect(result.ok ? null : result.error.code).toBe('too-large');
  });

  it.each([
    ['xl/workbook.bin', 'Excel binary workbook'],
    ['word/document.xml', 'a Word document'],
    ['Index/Document.iwa', 'Apple Numbers'],
  ])('names the kind of zip it got (%s)', async (part, format) => {
    const result = await parseRollFile(zipWithDeclaredSizes([[part, 10]]), 'roll.xlsx');
    expect(result.ok ? null : result.error.message).toContain(format);
  });

  it('names a web page saved as .xls', async () => {
    const result = await parseRollFile(
      utf8('<html><body><table><tr><td>Name</td></tr></table></body></html>'),
      'export.xls',
    );
    expect(result.ok ? null : result.error.message).toContain('a web page (HTML)');
  });

  it('calls an encrypted .xlsx (an OLE container) password-protected', async () => {
    const result = await parseRollFile(fixture('legacy.xls'), 'locked.xlsx');
    expect(result.ok ? null : result.error.message).toContain('password-protected');
  });
});

describe("the roll's other columns", () => {
  it('keeps every column no role took, by its header, so an export joins back to the report', async () => {
    const result = expectOk(await importFixture('zoom-registration-report.csv'));
    expect(result.roll[0]).toMatchObject({
      name: 'Amara Okafor',
      email: 'amara.okafor@example.com',
      extra: {
        'Registration Time': 'Jun 01, 2024 08:00:11 AM',
        City: 'Lagos',
        'Country/Region': 'Nigeria',
      },
    });
    // Blank cells are left out; the columns a role took (name, e-mail, status) are not repeated.
    expect(result.roll[1]?.extra).toEqual({ 'Registration Time': 'Jun 01, 2024 08:03:52 AM' });
  });
});

describe('text decoding in context', () => {
  it('reads UTF-16 LE without a BOM', async () => {
    const text = 'Name\tEmail\r\nZoë Müller\tzoe@example.org\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes[i * 2] = text.charCodeAt(i);
    const result = expectOk(await parseRollFile(bytes, 'roll.txt'));
    expect(result.format.encoding).toBe('utf-16le');
    expect(result.roll).toEqual([{ id: '1', name: 'Zoë Müller', email: 'zoe@example.org' }]);
  });

  it('reads a workbook handed over as a Node Buffer (a view into a shared pool)', async () => {
    const pooled = Buffer.concat([
      Buffer.from('unrelated bytes before'),
      readFileSync(resolve(FIXTURES, 'roll.xlsx')),
    ]);
    const view = pooled.subarray('unrelated bytes before'.length);
    const result = expectOk(await parseRollFile(view, 'roll.xlsx'));
    expect(result.roll).toHaveLength(4);
  });

  it('reads a CSV renamed .xlsx by its content', async () => {
    const result = expectOk(await parseRollFile(fixture('utf8-comma.csv'), 'roll.xlsx'));
    expect(result.format.kind).toBe('csv');
    expect(result.roll).toHaveLength(4);
  });
});

function toWords(n: number): string {
  // Names without digits, so every row looks like a person's name.
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let word = '';
  let rest = n;
  do {
    word += letters.charAt(rest % 26);
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A zip whose central directory declares the given sizes; the data itself is empty. */
function zipWithDeclaredSizes(entries: readonly [string, number][]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, size] of entries) {
    const nameBytes = encoder.encode(name);
    const local = new Uint8Array(30 + nameBytes.length);
    const localView = new DataView(local.buffer);
    localView.setUint32(0, 0x04034b50, true);
    localView.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const central = new Uint8Array(46 + nameBytes.length);
    const view = new DataView(central.buffer);
    view.setUint32(0, 0x02014b50, true);
    view.setUint32(24, size, true);
    view.setUint16(28, nameBytes.length, true);
    view.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, entries.length, true);
  endView.setUint16(10, entries.length, true);
  endView.setUint32(12, centralSize, true);
  endView.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, end];
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
