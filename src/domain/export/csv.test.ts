import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, toCsv, undoNeutraliseFormula } from './csv';
import { HOSTILE_NAMES, reparse } from './test-support';

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['  =x', "'  =x"],
    ['＠x', "'＠x"],
    // Importers and clean-up steps trim whitespace (JavaScript's trim, Power Query's Text.Trim)
    // or strip invisible characters: what follows them must not become a formula.
    [' \t=1+1', "' \t=1+1"],
    ['\n=1+1', "'\n=1+1"],
    ['\u3000=1+1', "'\u3000=1+1"],
    ['\uFEFF+1', "'\uFEFF+1"],
    ['\u202E=1+1', "'\u202E=1+1"],
    ['\u2066@SUM(A1)\u2069', "'\u2066@SUM(A1)\u2069"],
    ['\u200E\u200B-1', "'\u200E\u200B-1"],
    [' \u200F＝1', "' \u200F＝1"],
    ['\u202EJane Doe', '\u202EJane Doe'],
    ['Jane-Doe', 'Jane-Doe'],
    ['a=b', 'a=b'],
    ["'=x", "'=x"],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });

  it('is undone exactly for every hostile name, and leaves other quotes alone', () => {
    for (const name of HOSTILE_NAMES)
      expect(undoNeutraliseFormula(neutraliseFormula(name))).toBe(name);
  });
});

describe('csvField and toCsv (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    [null, ''],
    [undefined, ''],
    [42, '42'],
    [-3, '-3'],
    [true, 'true'],
  ])('%j → %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('writes a BOM, CRLF after every record, and nothing else', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa,b\r\nc,d\r\n');
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
    expect(toCsv([['=x']], { bom: false, neutralise: false })).toBe('=x\r\n');
  });

  it('survives a round trip through papaparse with every hostile name', () => {
    const rows = HOSTILE_NAMES.map((name, i) => [String(i), name, 'end']);
    const parsed = reparse(toCsv(rows));
    expect(parsed).toHaveLength(rows.length);
    for (const [i, row] of parsed.entries()) {
      expect(row).toHaveLength(3);
      expect(
        row[1]?.startsWith("'") || !/^[\s\p{Cf}]*[=+\-@＝＋－＠]|^[\t\r]/u.test(row[1] ?? ''),
      ).toBe(true);
      expect(undoNeutraliseFormula(row[1] ?? '')).toBe(HOSTILE_NAMES[i]);
      expect(row[2]).toBe('end');
    }
  });

  it('encodes as UTF-8 with the byte-order mark EF BB BF', () => {
    const bytes = new TextEncoder().encode(toCsv([['Zoë']]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Zoë\r\n');
  });
});
