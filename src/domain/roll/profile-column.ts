import { cleanCell, cleanEmail } from './clean';

export type ValueKind = 'empty' | 'email' | 'number' | 'date' | 'url' | 'name' | 'text';

const DATE = /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\b\d{1,2}:\d{2}\b/u;
const NUMBERISH = /^[\d\s.,:;/+\-()#%$€£¥]+$/u;
const URL_START = /^(?:https?:\/\/|www\.)/iu;
// prettier-ignore
const ANSWER_WORDS = new Set([
  'yes', 'no', 'true', 'false', 'si', 'sí', 'oui', 'non', 'ja', 'nein', 'ya', 'tidak', 'oo', 'hindi', 'n/a',
  'x', 'none', 'はい', 'いいえ',
]);

/** The kind of a single cell value, as far as telling a name column apart needs. */
export function valueKind(raw: string): ValueKind {
  const value = cleanCell(raw);
  if (!value) return 'empty';
  if (value.includes('@')) return cleanEmail(value) ? 'email' : 'text';
  if (URL_START.test(value)) return 'url';
  if (NUMBERISH.test(value)) return DATE.test(value) ? 'date' : 'number';
  if (DATE.test(value)) return 'date';
  if (!/\p{L}/u.test(value) || /\d/u.test(value)) return 'text';
  if (ANSWER_WORDS.has(value.toLowerCase())) return 'text';
  if (value.length > 100 || value.split(' ').length > 8) return 'text';
  return 'name';
}

export interface ColumnProfile {
  nonEmpty: number;
  /** Shares of the non-empty values. */
  names: number;
  emails: number;
  distinct: number;
  meanWords: number;
}

/** How the values of one column look, from a sample of rows. */
export function profileColumn(rows: readonly (readonly string[])[], column: number): ColumnProfile {
  let nonEmpty = 0;
  let names = 0;
  let emails = 0;
  let words = 0;
  const seen = new Set<string>();
  for (const row of rows) {
    const raw = row[column] ?? '';
    const kind = valueKind(raw);
    if (kind === 'empty') continue;
    nonEmpty++;
    const value = cleanCell(raw);
    seen.add(value.toLowerCase());
    if (kind === 'name') {
      names++;
      words += value.split(' ').length;
    }
    if (kind === 'email') emails++;
  }
  const share = (count: number): number => (nonEmpty === 0 ? 0 : count / nonEmpty);
  return {
    nonEmpty,
    names: share(names),
    emails: share(emails),
    distinct: share(seen.size),
    meanWords: names === 0 ? 0 : words / names,
  };
}

/** How much a column's values look like people's names (0 when they do not). */
export function nameScore(profile: ColumnProfile): number {
  if (profile.nonEmpty === 0 || profile.names < 0.6) return 0;
  // A column of a few repeated words ("Blue", "Green") is a group, not people.
  if (profile.nonEmpty >= 5 && profile.distinct < 0.5) return 0;
  const fullNames = profile.meanWords >= 1.5 && profile.meanWords <= 4 ? 1.25 : 1;
  return profile.names * Math.min(1, profile.distinct + 0.2) * fullNames;
}
