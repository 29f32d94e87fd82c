import { describe, expect, it } from 'vitest';
import { parseRollText } from '../roll';
import { parseRegistrants, registrantsToCsv } from './registrants';

describe('registrants as a roll', () => {
  it('become CSV the roll importer reads with names, e-mails and statuses', () => {
    const csv = registrantsToCsv([
      { name: 'María "Mari" García', email: 'maria@example.org', status: 'approved' },
      { name: 'O’Brien, Seán', email: 'sean@example.org', status: 'approved' },
    ]);
    const result = parseRollText(csv);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.roll.map((entry) => [entry.name, entry.email])).toEqual([
      ['María "Mari" García', 'maria@example.org'],
      ['O’Brien, Seán', 'sean@example.org'],
    ]);
  });

  it('refuses an answer of the wrong shape', () => {
    expect(
      parseRegistrants({ registrants: [{ name: 'A', email: 'a@b.c', status: 'approved' }] }),
    ).toHaveLength(1);
    expect(parseRegistrants({ registrants: [{ name: 1 }] })).toBeNull();
    expect(parseRegistrants({ error: 'x' })).toBeNull();
    expect(parseRegistrants(null)).toBeNull();
  });
});
