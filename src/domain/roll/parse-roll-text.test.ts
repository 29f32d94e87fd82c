import { describe, expect, it } from 'vitest';
import type { RollEntry } from '../matching/types';
import type { RollErrorCode, RollFileKind, RollImportResult, RollImportSuccess } from './index';
import { chosenPrivacyName } from '../privacy/chosen-name';
import { parseRollText } from './index';

function expectOk(result: RollImportResult): RollImportSuccess {
  if (!result.ok)
    throw new Error(`expected a roll, got ${result.error.code}: ${result.error.message}`);
  return result;
}

interface PasteCase {
  what: string;
  text: string;
  roll: RollEntry[];
  kind: RollFileKind;
  sure?: boolean;
}

const pastes: PasteCase[] = [
  {
    what: 'one name per line, with blank lines and stray spaces',
    text: 'Jane Doe\n\n  John   Smith \r\nDoe, Jane\n',
    roll: [
      { id: '1', name: 'Jane Doe' },
      { id: '3', name: 'John Smith' },
      { id: '4', name: 'Doe, Jane' },
    ],
    kind: 'txt',
  },
  {
    what: 'a numbered or bulleted list',
    text: '1. Amara Okafor\n2) Wei Zhang\n- Priya Natarajan\n• Kenji Watanabe',
    roll: [
      { id: '1', name: 'Amara Okafor' },
      { id: '2', name: 'Wei Zhang' },
      { id: '3', name: 'Priya Natarajan' },
      { id: '4', name: 'Kenji Watanabe' },
    ],
    kind: 'txt',
  },
  {
    what: 'a list with a header line',
    text: 'Name\nAmara Okafor\nWei Zhang',
    roll: [
      { id: '1', name: 'Amara Okafor' },
      { id: '2', name: 'Wei Zhang' },
    ],
    kind: 'txt',
  },
  {
    what: 'spreadsheet cells with a header',
    text: 'First name\tLast name\tE-mail\nAmara\tOkafor\tamara@example.com\nWei\tZhang\twei@example.com\n',
    roll: [
      { id: '1', name: 'Amara Okafor', family: 'Okafor', email: 'amara@example.com' },
      { id: '2', name: 'Wei Zhang', family: 'Zhang', email: 'wei@example.com' },
    ],
    kind: 'tsv',
  },
  {
    what: 'spreadsheet cells without a header',
    text: 'Amara Okafor\tamara@example.com\t5B\nWei Zhang\twei@example.com\t5B\n',
    roll: [
      { id: '1', name: 'Amara Okafor', email: 'amara@example.com' },
      { id: '2', name: 'Wei Zhang', email: 'wei@example.com' },
    ],
    kind: 'tsv',
  },
  {
    what: 'cells copied from Excel with a quoted line break inside a cell',
    text: 'Name\tNotes\n"Amara\nOkafor"\tLine one\nWei Zhang\t\n',
    roll: [
      { id: '1', name: 'Amara Okafor', extra: { Notes: 'Line one' } },
      { id: '2', name: 'Wei Zhang' },
    ],
    kind: 'tsv',
  },
  {
    what: 'a pasted CSV with a header row',
    text: 'Name,Email\nAmara Okafor,amara@example.com\nWei Zhang,wei@example.com',
    roll: [
      { id: '1', name: 'Amara Okafor', email: 'amara@example.com' },
      { id: '2', name: 'Wei Zhang', email: 'wei@example.com' },
    ],
    kind: 'csv',
  },
  {
    what: 'a pasted CSV without a header (no space after the commas)',
    text: 'Amara Okafor,amara@example.com\nWei Zhang,wei@example.com',
    roll: [
      { id: '1', name: 'Amara Okafor', email: 'amara@example.com' },
      { id: '2', name: 'Wei Zhang', email: 'wei@example.com' },
    ],
    kind: 'csv',
  },
  {
    what: 'names typed family name first, with a space after the comma',
    text: 'Okafor, Amara\nZhang, Wei\nNatarajan, Priya Devi',
    roll: [
      { id: '1', name: 'Okafor, Amara' },
      { id: '2', name: 'Zhang, Wei' },
      { id: '3', name: 'Natarajan, Priya Devi' },
    ],
    kind: 'txt',
  },
  {
    what: 'Japanese names with an ideographic space',
    text: '氏名\n山田\u3000太郎\n佐藤 花子',
    roll: [
      { id: '1', name: '山田 太郎' },
      { id: '2', name: '佐藤 花子' },
    ],
    kind: 'txt',
  },
  {
    what: 'names hiding invisible and bidi characters',
    text: 'Ja\u200Bne Doe\n\u2067Wei Zhang\u2069\nAmara\u00A0Okafor\uFEFF',
    roll: [
      { id: '1', name: 'Jane Doe' },
      { id: '2', name: 'Wei Zhang' },
      { id: '3', name: 'Amara Okafor' },
    ],
    kind: 'txt',
  },
  {
    what: 'two columns of single words (given and family name, no header)',
    text: 'Amara\tOkafor\nWei\tZhang\nPriya\tNatarajan',
    roll: [
      { id: '1', name: 'Amara' },
      { id: '2', name: 'Wei' },
      { id: '3', name: 'Priya' },
    ],
    kind: 'tsv',
    sure: false,
  },
];

describe('parseRollText', () => {
  it.each(pastes)('$what', ({ text, roll, kind, sure = true }) => {
    const result = expectOk(parseRollText(text));
    expect(result.roll).toEqual(roll);
    expect(result.format).toMatchObject({ kind, encoding: null, bom: false });
    expect(result.preview.columns.sure).toBe(sure);
  });

  it('offers both columns when it cannot tell which is the name', () => {
    const result = expectOk(parseRollText('Amara\tOkafor\nWei\tZhang\nPriya\tNatarajan'));
    expect(result.preview.columns.nameCandidates).toEqual([0, 1]);
  });

  it('keeps the first spelling of a duplicate and reports it', () => {
    const result = expectOk(parseRollText('José Álvarez\njose  alvarez\nJOSÉ ÁLVAREZ\nWei Zhang'));
    expect(result.roll.map((entry) => entry.name)).toEqual(['José Álvarez', 'Wei Zhang']);
    expect(result.stats).toMatchObject({ duplicatesMerged: 2, duplicates: ['José Álvarez'] });
  });

  it('does not merge people who share a name but not an e-mail address', () => {
    const result = expectOk(
      parseRollText('Name\tEmail\nJo Blogs\tjo1@example.com\nJo Blogs\tjo2@example.com'),
    );
    expect(result.roll.map((entry) => entry.id)).toEqual(['1', '2']);
    expect(result.stats.duplicatesMerged).toBe(0);
  });

  it('numbers rows by their place in the data, counting blank rows, so ids stay put', () => {
    const withBlank = expectOk(parseRollText('Name\nAmara Okafor\n\nWei Zhang'));
    expect(withBlank.roll.map((entry) => entry.id)).toEqual(['1', '3']);
    expect(withBlank.stats).toMatchObject({ rows: 3, blankSkipped: 1, idSource: 'row' });
  });

  it('falls back to row numbers, with a warning, when the id column has repeats or blanks', () => {
    const result = expectOk(
      parseRollText('ID\tName\n7\tAmara Okafor\n7\tWei Zhang\n\tPriya Natarajan'),
    );
    expect(result.roll.map((entry) => entry.id)).toEqual(['1', '2', '3']);
    expect(result.stats.idSource).toBe('row');
    expect(result.warnings.map((warning) => warning.code)).toEqual(['id-column-ignored']);
  });

  it('leaves out malformed e-mail addresses and says so', () => {
    const result = expectOk(
      parseRollText('Name\tEmail\nAmara Okafor\tnot an address\nWei Zhang\tmailto:wei@example.com'),
    );
    expect(result.roll).toEqual([
      { id: '1', name: 'Amara Okafor' },
      { id: '2', name: 'Wei Zhang', email: 'wei@example.com' },
    ]);
    expect(result.warnings).toMatchObject([{ code: 'invalid-emails', count: 1 }]);
  });

  it('composes the given name, middle name and family name in order', () => {
    const result = expectOk(
      parseRollText('Last name\tFirst name\tMiddle name\nDela Cruz\tJuan\tSantos\nReyes\tMaria\t'),
    );
    expect(result.roll.map((entry) => entry.name)).toEqual([
      'Juan Santos Dela Cruz',
      'Maria Reyes',
    ]);
  });

  it('uses the full-name column for rows where the name parts are blank', () => {
    const result = expectOk(
      parseRollText('Full name\tFirst name\tLast name\nAmara Okafor\t\t\nWei Zhang\tWei\tZhang-Li'),
    );
    expect(result.roll.map((entry) => entry.name)).toEqual(['Amara Okafor', 'Wei Zhang-Li']);
  });

  it('ignores a lone first-name column when a full-name column exists', () => {
    const result = expectOk(parseRollText('Name\tPreferred first name\nRobert Smith\tBob'));
    expect(result.roll.map((entry) => entry.name)).toEqual(['Robert Smith']);
    expect(result.preview.columns.sure).toBe(true);
  });

  it('imports a lone first-name column but is not sure about it', () => {
    const result = expectOk(parseRollText('First name\tEmail\nAmara\tamara@example.com'));
    expect(result.roll).toEqual([{ id: '1', name: 'Amara', email: 'amara@example.com' }]);
    expect(result.preview.columns.sure).toBe(false);
  });

  it('does not take a name column about someone else (a parent) as the roll', () => {
    const result = expectOk(parseRollText("Parent name\tChild's name\nMaria Okafor\tAmara Okafor"));
    expect(result.roll.map((entry) => entry.name)).toEqual(['Amara Okafor']);
  });

  it('does not mistake a data row for a header when a header word repeats down its column', () => {
    const result = expectOk(
      parseRollText('Amara Okafor\tStudent\nWei Zhang\tStudent\nMs Rivera\tTeacher'),
    );
    expect(result.preview.headerRow).toBeNull();
    expect(result.roll.map((entry) => entry.name)).toEqual([
      'Amara Okafor',
      'Wei Zhang',
      'Ms Rivera',
    ]);
  });

  it('keeps a header whose word is also someone on the roll, and that person', () => {
    // Found by roll-properties' CSV round trip: "name" below "Name" made the header read as data,
    // and the person "name" then fell away as a duplicate of it.
    const result = expectOk(parseRollText('Name,Group\nname,A\nAda Lovelace,A'));
    expect(result.preview.headerRow).toBe(0);
    expect(result.roll.map((entry) => entry.name)).toEqual(['name', 'Ada Lovelace']);
  });
});

describe('parseRollText errors', () => {
  it.each<[string, string, RollErrorCode]>([
    ['nothing', '', 'empty'],
    ['only blank lines', '\n \n\t\n', 'empty'],
    ['a header and nothing else', 'First name\tLast name\n', 'no-rows'],
    ['rows with blank names', 'Name\tEmail\n\tamara@example.com\n\twei@example.com', 'no-names'],
    [
      'an unclosed quote in cells',
      'Name\tEmail\n"Amara Okafor\tamara@example.com\nWei Zhang\twei@example.com',
      'malformed-text',
    ],
    ['NUL characters', 'Amara Okafor\n\u0000\u0000Wei', 'binary'],
  ])('%s → %s', (_, text, code) => {
    const result = parseRollText(text);
    expect(result.ok ? null : result.error.code).toBe(code);
    expect(result.ok ? '' : result.error.message).toMatch(/the pasted list/i);
  });

  it('refuses more than 10 MB of text', () => {
    const result = parseRollText('a'.repeat(10 * 1024 * 1024 + 1));
    expect(result.ok ? null : result.error.code).toBe('too-large');
  });

  describe('family-name column', () => {
    const rollOf = (text: string): RollEntry[] => expectOk(parseRollText(text)).roll;

    it('keeps the family name, so a Vietnamese roll gives "Lan N."', () => {
      const [lan] = rollOf('Last name\tFirst name\nNguyễn\tThị Lan\n');
      expect(lan).toMatchObject({ name: 'Thị Lan Nguyễn', family: 'Nguyễn' });
      expect(chosenPrivacyName('Lan', lan ?? { name: '' })).toBe('Lan N.');
    });

    it('takes the initial from the whole family-name column, not the last word', () => {
      const [juan] = rollOf('First name\tLast name\nJuan Sebastián\tGarcía Rojas\n');
      expect(juan).toMatchObject({ name: 'Juan Sebastián García Rojas', family: 'García Rojas' });
      expect(chosenPrivacyName('Juan', juan ?? { name: '' })).toBe('Juan G.');
      // The name alone now tells two Spanish family names too (text/iberian-surnames.ts)…
      expect(chosenPrivacyName('Juan', { name: 'Juan Sebastián García Rojas' })).toBe('Juan G.');
      // …but not a family name it does not list: the column is what says so.
      expect(chosenPrivacyName('Juan', { name: 'Juan Sebastián Galdós Rojas' })).toBe('Juan R.');
    });

    it('gives no family name when the roll has a single name column', () => {
      const [amara] = rollOf('Name\tE-mail\nAmara Okafor\tamara@example.com\n');
      expect(amara?.family).toBeUndefined();
    });
  });
});
