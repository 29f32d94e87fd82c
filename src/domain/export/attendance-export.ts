import type { AttendanceEvent } from '../attendance/types';
import type { AttendanceView } from '../attendance/view';
import type { RollEntry } from '../matching/types';
import { initials } from '../privacy/privacy-name';
import {
  attendanceLogTable,
  attendanceViewTable,
  localIsoTime,
  namer,
  pseudonyms,
  safeRollId,
  type ExportLabels,
  type ExportTable,
  type NamePrivacy,
} from './attendance-table';
import { toCsv, type CsvCell, type CsvDelimiter } from './csv';

export interface ExportOptions {
  privacy?: NamePrivacy;
  /** JSON only: how times are written (default ISO 8601 in UTC, which every script reads). */
  formatTime?: (epochMs: number) => string;
}

export interface CsvExportOptions {
  privacy?: NamePrivacy;
  /** Headers and coded values (default: English machine headers and codes). */
  labels?: ExportLabels;
  /** The list separator of the host's region: ";" where the decimal separator is a comma. */
  delimiter?: CsvDelimiter;
  /** Times are written in this zone with its offset (default: this computer's). */
  timeZone?: string;
}

export interface ExportMeeting {
  topic?: string;
  meetingUUID?: string;
}

const isoTime = (epochMs: number) => new Date(epochMs).toISOString();

/** A table as CSV: times in local time with the offset ("2026-12-07T10:53:24+01:00"). */
export function tableCsv(
  table: ExportTable,
  options: { delimiter?: CsvDelimiter; timeZone?: string } = {},
): string {
  const cell = (value: ExportTable['rows'][number][number]): CsvCell =>
    value !== null && typeof value === 'object'
      ? localIsoTime(value.time, options.timeZone)
      : value;
  return toCsv([table.header, ...table.rows.map((row) => row.map(cell))], {
    delimiter: options.delimiter,
  });
}

/**
 * The attendance view as CSV: one row per roll entry with the roll's own columns, then unknown and
 * held people (one "section" column tells them apart).
 */
export function attendanceViewCsv(
  view: AttendanceView,
  roll: readonly RollEntry[],
  options: CsvExportOptions = {},
): string {
  return tableCsv(attendanceViewTable(view, roll, options), options);
}

/** The raw attendance log as CSV, one event per line. */
export function attendanceLogCsv(
  log: readonly AttendanceEvent[],
  options: CsvExportOptions = {},
): string {
  return tableCsv(attendanceLogTable(log, options), options);
}

export const JSON_FORMAT = 'doorkeeper.attendance';

/** View and log together as JSON (format "doorkeeper.attendance", version 1), names treated as for CSV. */
export function attendanceJson(
  view: AttendanceView,
  log: readonly AttendanceEvent[],
  meeting: ExportMeeting,
  exportedAt: number,
  options: ExportOptions & { roll?: readonly RollEntry[] } = {},
): string {
  const byId = new Map((options.roll ?? []).map((entry) => [entry.id, entry]));
  const privacy = options.privacy ?? 'full';
  const name = namer(privacy);
  const participant = pseudonyms(privacy);
  const time = options.formatTime ?? isoTime;
  const at = (ms: number | null) => (ms === null ? null : time(ms));
  const times = <
    T extends {
      firstArrival: number | null;
      lastDeparture: number | null;
      screenNames: string[];
      participantUUIDs: string[];
    },
  >(
    entry: T,
  ) => ({
    ...entry,
    firstArrival: at(entry.firstArrival),
    lastDeparture: at(entry.lastDeparture),
    screenNames: entry.screenNames.map(name),
    participantUUIDs: entry.participantUUIDs.map(participant),
  });
  const document = {
    format: JSON_FORMAT,
    version: 1,
    exportedAt: time(exportedAt),
    privacy,
    meeting: {
      topic: meeting.topic ?? null,
      meetingUUID: privacy === 'full' ? (meeting.meetingUUID ?? null) : null,
      start: time(view.meetingStart),
      end: at(view.meetingEnd),
      graceMinutes: view.graceMs / 60_000,
    },
    summary: {
      ...view.summary,
      absent: view.summary.absent.map((person) => ({
        rollId: safeRollId(person.rollId, privacy),
        name: name(person.name),
      })),
    },
    rows: view.rows.map((row) => {
      const entry = byId.get(row.rollId);
      return {
        ...times(row),
        rollId: safeRollId(row.rollId, privacy),
        name: name(row.name),
        privacyName: privacy === 'initials' ? initials(row.name) : row.privacyName,
        // The roll's own columns: e-mail and the others often hold contact details.
        email: privacy === 'full' ? (entry?.email ?? null) : null,
        group: entry?.group ?? null,
        rollColumns: privacy === 'full' ? (entry?.extra ?? {}) : {},
      };
    }),
    unknown: view.unknown.map((person) => ({
      ...times(person),
      screenName: name(person.screenName),
    })),
    held: view.held.map((person) => ({
      ...person,
      participantUUID: participant(person.participantUUID),
      screenName: name(person.screenName),
      screenNames: person.screenNames.map(name),
      rollId: safeRollId(person.rollId, privacy) || null,
      firstWaiting: at(person.firstWaiting),
    })),
    lockPeriods: view.lockPeriods.map((period) => ({ from: time(period.from), to: at(period.to) })),
    events: log.map((event) => {
      const window = event.window
        ? { from: time(event.window.from), to: time(event.window.to) }
        : undefined;
      if (!('participantUUID' in event)) return { ...event, at: time(event.at), window };
      return {
        ...event,
        at: time(event.at),
        window,
        participantUUID: participant(event.participantUUID),
        screenName: name(event.screenName),
        ...(event.kind === 'rename' ? { previousName: name(event.previousName) } : {}),
        rollId: safeRollId(event.rollId ?? null, privacy) || null,
      };
    }),
  };
  return JSON.stringify(document, null, 2);
}

/** "doorkeeper-attendance-2025-01-15-weekly-group.csv": safe on every file system, whatever the topic says. */
export function exportFileName(
  topic: string,
  at: number,
  extension: 'csv' | 'json' | 'xlsx',
  kind: 'attendance' | 'log' = 'attendance',
): string {
  const date = new Date(at).toISOString().slice(0, 10);
  const slug = topic
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 40)
    .replace(/-+$/u, '');
  return `doorkeeper-${kind}-${date}${slug ? `-${slug}` : ''}.${extension}`;
}
