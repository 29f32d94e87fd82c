import type { HeaderClass } from './classify-header';
import { classifyHeader } from './classify-header';
import { cleanCell } from './clean';
import type { HeaderRole } from './header-synonyms';
import type { ColumnProfile } from './profile-column';
import { nameScore, profileColumn, valueKind } from './profile-column';
import type { DetectedColumns } from './types';

type Rows = readonly (readonly string[])[];

const HEADER_SCAN_ROWS = 30;
const SAMPLE_ROWS = 200;
const NAME_ROLES: ReadonlySet<HeaderRole> = new Set(['name', 'nameish', 'first', 'last']);
const ROLE_WEIGHT: Readonly<Record<HeaderRole, number>> = {
  name: 3,
  nameish: 3,
  first: 3,
  last: 3,
  middle: 2,
  secondLast: 2,
  email: 2,
  id: 1,
  idWeak: 0.5,
  group: 1,
  status: 1,
  other: 1,
  meta: -2,
};
const STRENGTH_WEIGHT = { 1: 0.5, 2: 0.75, 3: 1 } as const;

/**
 * The index of the header row, or null when the file has none. Looks past a report's summary
 * block (Zoom puts the meeting's topic and times above the participants' header).
 */
export function findHeaderRow(rows: Rows): number | null {
  let best: { index: number; score: number } | null = null;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let index = 0; index < limit; index++) {
    const score = headerRowScore(rows, index);
    if (score !== null && (best === null || score > best.score)) best = { index, score };
  }
  return best?.index ?? null;
}

function headerRowScore(rows: Rows, index: number): number | null {
  const row = rows[index] ?? [];
  const around = [
    ...rows.slice(Math.max(0, index - 50), index),
    ...rows.slice(index + 1, index + 51),
  ];
  let cells = 0;
  let recognised = 0;
  let score = 0;
  let strongName = false;
  let anyName = false;
  const headers: { header: HeaderClass; repeated: boolean }[] = [];
  for (let column = 0; column < row.length; column++) {
    const cell = cleanCell(row[column] ?? '');
    if (!cell) continue;
    cells++;
    const header = classifyHeader(cell);
    if (!header) {
      const kind = valueKind(cell);
      // Headers are words: a row holding an address, a date or a number is data.
      if (kind === 'email' || kind === 'date' || kind === 'number' || kind === 'url') return null;
      continue;
    }
    const folded = cell.toLowerCase();
    const repeated = around.some(
      (other) => cleanCell(other[column] ?? '').toLowerCase() === folded,
    );
    headers.push({ header, repeated });
  }
  // A word repeated in its own column is a value ("Student", "Teacher"), not a header, unless
  // another header word of the row is found nowhere around it: then the repeat is a value that
  // happens to be that word ("Name, Group" above someone the roll calls "name").
  const anyUnrepeated = headers.some((h) => !h.repeated);
  for (const { header, repeated } of headers) {
    if (repeated && !anyUnrepeated) continue;
    recognised++;
    score +=
      ROLE_WEIGHT[header.role] * STRENGTH_WEIGHT[header.strength] + (header.personTable ? 3 : 0);
    if (NAME_ROLES.has(header.role)) {
      anyName = true;
      if (header.strength === 3) strongName = true;
    }
  }
  if (recognised === 0 || score <= 0) return null;
  const qualifies =
    recognised >= 2
      ? anyName || recognised / cells >= 0.25
      : strongName && (cells <= 3 || recognised / cells >= 0.5);
  if (!qualifies) return null;
  let run = 0;
  while (run < 20 && (rows[index + 1 + run] ?? []).some((cell) => cleanCell(cell) !== '')) run++;
  return score + run / 4;
}

/** Chooses the columns for name (or name parts), e-mail, id, group and status. */
export function detectColumns(
  rows: Rows,
  headerRow: number | null,
  columnCount: number,
): DetectedColumns {
  const start = headerRow === null ? 0 : headerRow + 1;
  const sample = rows.slice(start, start + SAMPLE_ROWS);
  const header = headerRow === null ? [] : (rows[headerRow] ?? []);
  const classes: (HeaderClass | null)[] = [];
  for (let column = 0; column < columnCount; column++)
    classes.push(classifyHeader(header[column] ?? ''));

  const profiles = new Map<number, ColumnProfile>();
  const profile = (column: number): ColumnProfile => {
    let found = profiles.get(column);
    if (!found) {
      found = profileColumn(sample, column);
      profiles.set(column, found);
    }
    return found;
  };
  const byRole = (role: HeaderRole): number[] =>
    classes
      .map((header, column) => ({ header, column }))
      .filter(({ header }) => header?.role === role)
      .sort((a, b) => (b.header?.strength ?? 0) - (a.header?.strength ?? 0) || a.column - b.column)
      .map(({ column }) => column);

  const strength = (column: number): number => classes[column]?.strength ?? 0;
  let [first] = byRole('first');
  let [last] = byRole('last');
  const [middle] = byRole('middle');
  const [secondLast] = byRole('secondLast');
  const nameish = byRole('nameish');
  // "Nom" beside "Prénom" is the family name; "Nombre" beside "Apellidos" is the given name.
  // Only beside a plain synonym: "Name" beside "Preferred first name" is still the full name.
  if (nameish.length > 0 && first !== undefined && last === undefined && strength(first) === 3) {
    last = nameish.shift();
  } else if (
    nameish.length > 0 &&
    last !== undefined &&
    first === undefined &&
    strength(last) === 3
  ) {
    first = nameish.shift();
  }

  const byContent = (a: number, b: number): number =>
    strength(b) - strength(a) || nameScore(profile(b)) - nameScore(profile(a)) || a - b;
  const fullNames = [...byRole('name'), ...nameish].sort(byContent);

  const email = byRole('email')[0] ?? contentEmailColumn(classes, columnCount, profile);
  const id = byRole('id')[0] ?? byRole('idWeak')[0];
  const [group] = byRole('group');
  const [status] = byRole('status');
  const taken = new Set(
    [first, last, middle, secondLast, email, id, group, status].filter(isColumn),
  );
  const contentNames = contentNameColumns(classes, columnCount, profile, taken);

  const looksLikeNames = (column: number): boolean => {
    const found = profile(column);
    return found.nonEmpty === 0 || found.names >= 0.5;
  };
  const base = { email, id, group, status };
  const candidates = unique([...fullNames, ...contentNames]);

  if (first !== undefined && last !== undefined) {
    return {
      ...base,
      first,
      middle,
      last,
      secondLast,
      name: fullNames[0],
      sure: looksLikeNames(first) && looksLikeNames(last),
      nameCandidates: candidates,
      source: 'header',
    };
  }
  const [top] = fullNames;
  if (top !== undefined && strength(top) >= 2) {
    const rivals = fullNames.filter(
      (column) => column !== top && strength(column) === strength(top),
    );
    return {
      ...base,
      name: top,
      sure: rivals.length === 0 && looksLikeNames(top),
      nameCandidates: candidates,
      source: 'header',
    };
  }
  const part = first ?? last;
  if (part !== undefined) {
    // Only a given (or only a family) name: usable, but the host should know.
    return {
      ...base,
      first,
      last,
      middle,
      sure: false,
      nameCandidates: unique([part, ...candidates]),
      source: 'header',
    };
  }
  const name = top ?? contentNames[0];
  const onlyColumn = columnCount === 1 && headerRow === null && profile(0).emails < 0.8;
  if (onlyColumn) return { ...base, name: 0, sure: true, nameCandidates: [0], source: 'content' };
  return {
    ...base,
    name,
    sure: headerRow === null && top === undefined && contentNames.length === 1,
    nameCandidates: candidates,
    source: top === undefined ? 'content' : 'header',
  };
}

function contentEmailColumn(
  classes: readonly (HeaderClass | null)[],
  columnCount: number,
  profile: (column: number) => ColumnProfile,
): number | undefined {
  for (let column = 0; column < columnCount; column++) {
    if (classes[column] === null && profile(column).nonEmpty > 0 && profile(column).emails >= 0.8)
      return column;
  }
  return undefined;
}

function contentNameColumns(
  classes: readonly (HeaderClass | null)[],
  columnCount: number,
  profile: (column: number) => ColumnProfile,
  taken: ReadonlySet<number>,
): number[] {
  const scored: { column: number; score: number }[] = [];
  for (let column = 0; column < columnCount; column++) {
    if (taken.has(column) || classes[column] !== null) continue;
    const score = nameScore(profile(column));
    if (score > 0) scored.push({ column, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.column - b.column)
    .map(({ column }) => column);
}

function isColumn(value: number | undefined): value is number {
  return value !== undefined;
}

function unique(columns: readonly number[]): number[] {
  return [...new Set(columns)];
}
