import type { AttendanceEvent, AttendanceEventKind } from '../attendance/types';
import type { AttendanceStatus, AttendanceTimes, AttendanceView } from '../attendance/view';
import type { RollEntry } from '../matching/types';
import { exposesContactDetails } from '../privacy/contact-details';
import { initials, privacyName } from '../privacy/privacy-name';

/** full: names as they are; privacyName: "Jane D."; initials: "J.D." with participant UUIDs replaced by P1, P2… */
export type NamePrivacy = 'full' | 'privacyName' | 'initials';

/** The attendance columns, in order; the roll's other columns come after `group`. */
export const VIEW_COLUMNS = [
  'section',
  'rollId',
  'name',
  'email',
  'group',
  'status',
  'firstArrival',
  'lastDeparture',
  'minutesPresent',
  'late',
  'leftEarly',
  'rejoins',
  'devices',
  'screenNames',
  'reconstructed',
] as const;
export type ViewColumn = (typeof VIEW_COLUMNS)[number];

export const LOG_COLUMNS = [
  'time',
  'event',
  'participant',
  'screenName',
  'previousName',
  'rollId',
  'by',
  'reconstructed',
  'notBefore',
  'notAfter',
] as const;
export type LogColumn = (typeof LOG_COLUMNS)[number];

export type Section = 'roll' | 'unknown' | 'held';

/** The words of a table: its headers and coded values. The panel passes translated ones. */
export interface ExportLabels {
  header: (column: ViewColumn | LogColumn) => string;
  section: (section: Section) => string;
  status: (status: AttendanceStatus | 'held') => string;
  /** yes / no, or null when it cannot be told. */
  flag: (value: boolean | null) => string;
  event: (kind: AttendanceEventKind) => string;
  /** Who caused a logged event (panel, lock) or why the meeting was locked (manual, countdown…). */
  by: (cause: string) => string;
}

/**
 * English machine headers and codes: the same in every language and every version, for scripts
 * (snake_case headers; values as the JSON export writes them).
 */
export const MACHINE_LABELS: ExportLabels = {
  header: (column) => column.replace(/[A-Z]/gu, (letter) => `_${letter.toLowerCase()}`),
  section: (section) => section,
  status: (status) => status,
  flag: (value) => (value === null ? 'unknown' : value ? 'yes' : 'no'),
  event: (kind) => kind,
  by: (cause) => cause,
};

/** A time, kept as a number so each format writes it its own way (CSV text, an XLSX date). */
export interface TimeCell {
  time: number;
}
export type TableCell = string | number | TimeCell | null;

export interface ExportTable {
  header: string[];
  /** Which cells hold names or other text from outside (formula-neutralised in CSV). */
  rows: TableCell[][];
}

export interface TableOptions {
  privacy?: NamePrivacy;
  labels?: ExportLabels;
}

export function namer(privacy: NamePrivacy): (name: string) => string {
  if (privacy === 'initials') return initials;
  if (privacy === 'privacyName') return privacyName;
  return (name) => name;
}

/** Stable pseudonyms by first appearance, so a private export does not carry Zoom's UUIDs. */
export function pseudonyms(privacy: NamePrivacy): (uuid: string) => string {
  const seen = new Map<string, string>();
  return (uuid) => {
    if (privacy === 'full') return uuid;
    let alias = seen.get(uuid);
    if (!alias) {
      alias = `P${seen.size + 1}`;
      seen.set(uuid, alias);
    }
    return alias;
  };
}

export function safeRollId(rollId: string | null, privacy: NamePrivacy): string {
  // A roll's id column is sometimes the e-mail address: that is no id to keep in a private export.
  return rollId === null || (privacy !== 'full' && exposesContactDetails(rollId)) ? '' : rollId;
}

/** The roll's other columns, in the order they first appear. */
function extraHeaders(roll: readonly RollEntry[]): string[] {
  const seen = new Set<string>();
  for (const entry of roll) for (const title of Object.keys(entry.extra ?? {})) seen.add(title);
  return [...seen];
}

const at = (ms: number | null): TimeCell | null => (ms === null ? null : { time: ms });

/**
 * The attendance view as a table, one row per roll entry (renames, rejoins and devices merged),
 * then unknown and held people; a "section" column tells them apart. The roll's own columns (id,
 * e-mail, group and any others) are kept, so the export joins back to the registration report.
 * A private export drops e-mail and the other columns (they often hold contact details).
 */
export function attendanceViewTable(
  view: AttendanceView,
  roll: readonly RollEntry[],
  options: TableOptions = {},
): ExportTable {
  const privacy = options.privacy ?? 'full';
  const labels = options.labels ?? MACHINE_LABELS;
  const name = namer(privacy);
  const names = (list: readonly string[]) => list.map(name).join(' | ');
  const full = privacy === 'full';
  const byId = new Map(roll.map((entry) => [entry.id, entry]));
  const extras = full ? extraHeaders(roll) : [];
  const rollColumns = (rollId: string | null): TableCell[] => {
    const entry = rollId === null ? undefined : byId.get(rollId);
    return [
      full ? (entry?.email ?? '') : '',
      entry?.group ?? '',
      ...extras.map((title) => entry?.extra?.[title] ?? ''),
    ];
  };
  const header = VIEW_COLUMNS.flatMap((column) =>
    column === 'group' ? [labels.header(column), ...extras] : [labels.header(column)],
  );
  type Section = 'roll' | 'unknown' | 'held';
  /**
   * One person's row: who, then how they attended. Someone only ever held has no `times`; their
   * first arrival is when they first waited.
   */
  const personRow = (
    section: Section,
    rollId: string | null,
    displayName: string,
    status: AttendanceStatus | 'held',
    times: AttendanceTimes | { firstArrival: number | null },
    person: { screenNames: readonly string[]; uncertain: boolean },
  ): TableCell[] => {
    const stay = 'minutesPresent' in times ? times : null;
    return [
      labels.section(section),
      section === 'unknown' ? '' : safeRollId(rollId, privacy),
      name(displayName),
      ...rollColumns(rollId),
      labels.status(status),
      at(times.firstArrival),
      stay ? at(stay.lastDeparture) : null,
      stay?.minutesPresent ?? 0,
      stay ? labels.flag(stay.late) : '',
      stay ? labels.flag(stay.leftEarly) : '',
      stay?.rejoins ?? 0,
      stay?.devices ?? 0,
      names(person.screenNames),
      labels.flag(person.uncertain),
    ];
  };
  const rows: TableCell[][] = [
    ...view.rows.map((row) => personRow('roll', row.rollId, row.name, row.status, row, row)),
    ...view.unknown.map((person) =>
      personRow('unknown', null, person.screenName, person.status, person, person),
    ),
    ...view.held.map((person) =>
      personRow(
        'held',
        person.rollId,
        person.screenName,
        person.waitingNow ? 'waiting' : 'held',
        { firstArrival: person.firstWaiting },
        person,
      ),
    ),
  ];
  return { header, rows };
}

/** The raw attendance log as a table, one event per row. */
export function attendanceLogTable(
  log: readonly AttendanceEvent[],
  options: TableOptions = {},
): ExportTable {
  const privacy = options.privacy ?? 'full';
  const labels = options.labels ?? MACHINE_LABELS;
  const name = namer(privacy);
  const participant = pseudonyms(privacy);
  const rows: TableCell[][] = log.map((event) => {
    const person = 'participantUUID' in event ? event : null;
    return [
      { time: event.at },
      labels.event(event.kind),
      person ? participant(person.participantUUID) : '',
      person ? name(person.screenName) : '',
      event.kind === 'rename' ? name(event.previousName) : '',
      person ? safeRollId(person.rollId ?? null, privacy) : '',
      // The by/reason column carries a verification's verdict (never an address: none is kept).
      ((cause: string) => (cause ? labels.by(cause) : ''))(
        event.kind === 'verification'
          ? event.verdict
          : ((person && 'by' in person ? person.by : undefined) ??
              ('reason' in event ? (event.reason ?? '') : '')),
      ),
      labels.flag(event.reconstructed),
      at(event.window?.from ?? null),
      at(event.window?.to ?? null),
    ];
  });
  return { header: LOG_COLUMNS.map(labels.header), rows };
}

/**
 * "2026-12-07T10:53:24+01:00": ISO 8601 in the given time zone with its offset, to the second.
 * Spreadsheets and scripts read it; a person reads the local time the meeting had.
 */
export function localIsoTime(epochMs: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(epochMs);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  // "GMT+01:00", or "GMT" for UTC itself.
  const offset = part('timeZoneName').replace(/^GMT/u, '') || '+00:00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}${offset}`;
}

/** The offset of a time zone at a moment, in minutes east of UTC (+60 for Berlin in winter). */
export function offsetMinutes(epochMs: number, timeZone?: string): number {
  const iso = localIsoTime(epochMs, timeZone);
  const match = /([+-])(\d{2}):(\d{2})$/u.exec(iso);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}
