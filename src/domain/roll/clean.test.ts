import { describe, expect, it } from 'vitest';
import { cleanCell, cleanEmail, foldName, previewCell } from './clean';

describe('cleanCell', () => {
  it.each([
    ['trims and collapses spaces', '  Jane   Doe \t', 'Jane Doe'],
    ['turns line breaks inside a cell into spaces', 'Ana\r\nMaría', 'Ana María'],
    ['removes zero-width characters', 'Ja\u200Bne\u200C D\u200Doe\u2060', 'Jane Doe'],
    ['removes bidi controls', '\u202EAli\u202C \u2067Hassan\u2069', 'Ali Hassan'],
    ['removes a BOM and soft hyphens', '\uFEFFJo\u00ADhn', 'John'],
    ['removes Hangul fillers used as blank names', '\u3164\u115F', ''],
    [
      'turns no-break and ideographic spaces into spaces',
      'Amara\u00A0Okafor 山田\u3000太郎',
      'Amara Okafor 山田 太郎',
    ],
    ['composes decomposed accents (NFC)', 'Jose\u0301', 'José'],
    [
      'keeps case, accents and punctuation for display',
      "Siobhán O'Connor-Ní",
      "Siobhán O'Connor-Ní",
    ],
  ])('%s', (_, input, output) => {
    expect(cleanCell(input)).toBe(output);
  });
});

describe('foldName', () => {
  it('folds case, Latin accents and spacing', () => {
    expect(foldName('  JOSÉ   Álvarez ')).toBe(foldName('jose alvarez'));
    expect(foldName('Zoë')).toBe('zoe');
  });

  it('keeps kana voicing marks, which change the name', () => {
    expect(foldName('さとう')).not.toBe(foldName('さどう'));
  });

  it('keeps different people apart', () => {
    expect(foldName('Jon Smith')).not.toBe(foldName('John Smith'));
  });
});

describe('cleanEmail', () => {
  it.each([
    ['amara@example.com', 'amara@example.com'],
    ['  Amara@Example.com ', 'Amara@Example.com'],
    ['mailto:wei@example.com', 'wei@example.com'],
    ['siti@example.ac.id', 'siti@example.ac.id'],
    ['not an address', undefined],
    ['two@example.com; three@example.com', undefined],
    ['Jane <jane@example.com>', undefined],
    ['missing@tld', undefined],
  ])('%j → %j', (input, output) => {
    expect(cleanEmail(input)).toBe(output);
  });
});

describe('previewCell', () => {
  it('cuts long cells', () => {
    expect(previewCell('x'.repeat(500))).toHaveLength(200);
    expect(previewCell('x'.repeat(500)).endsWith('…')).toBe(true);
  });
});
