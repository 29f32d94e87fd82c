import type { AttendanceEvent } from '../attendance/types';
import type { AttendanceView } from '../attendance/view';
import { exposesContactDetails } from '../privacy/contact-details';
import { initials, privacyName } from '../privacy/privacy-name';
import { toCsv, type CsvCell } from './csv';

/** full: names as they are; privacyName: "Jane D."; initials: "J.D." with participant UUIDs replaced by P1, P2… */
export type NamePrivacy = 'full' | 'privacyName' | 'initials';

export interface ExportOptions {
  privacy?: NamePrivacy;
  /** How times are written (default ISO 8601 in UTC, which every spreadsheet and script reads). */
  formatTime?: (epochMs: number) => string;
}

export interface ExportMeeting {
  topic?: string;
  meetingUUID?: string;
}

const isoTime = (epochMs: number) => new Date(epochMs).toISOString();

function namer(privacy: NamePrivacy): (name: string) => string {
  if (privacy === 'initials') return initials;
  if (privacy === 'privacyName') return privacyName;
  return (name) => name;
}

/** Stable pseudonyms by first appearance, so an initials-only export does not carry Zoom's UUIDs. */
function pseudonyms(privacy: NamePrivacy): (uuid: string) => string {
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

function flag(value: boolean | null): string {
  return value === null ? 'unknown' : value ? 'yes' : 'no';
}

function safeRollId(rollId: string | null, privacy: NamePrivacy): string {
  // A roll's id column is sometimes the e-mail address: that is no id to keep in a private export.
  return rollId === null || (privacy !== 'full' && exposesContactDetails(rollId)) ? '' : rollId;
}

export const VIEW_CSV_HEADER = [
  'Section',
  'Roll ID',
  'Name',
  'Status',
  'First arrival',
  'Last departure',
  'Minutes present',
  'Late',
  'Left early',
  'Screen names',
  'Devices',
  'Reconstructed',
] as const;

/** The attendance view as CSV: roll rows, then unknown and held people (one "Section" column tells them apart). */
export function attendanceViewCsv(view: AttendanceView, options: ExportOptions = {}): string {
  const privacy = options.privacy ?? 'full';
  const name = namer(privacy);
  const time = (ms: number | null) => (ms === null ? '' : (options.formatTime ?? isoTime)(ms));
  const names = (list: readonly string[]) => list.map(name).join(' | ');
  const rows: CsvCell[][] = [[...VIEW_CSV_HEADER]];
  for (const row of view.rows) {
    rows.push([
      'roll',
      safeRollId(row.rollId, privacy),
      name(row.name),
      row.status,
      time(row.firstArrival),
      time(row.lastDeparture),
      row.minutesPresent,
      flag(row.late),
      flag(row.leftEarly),
      names(row.screenNames),
      row.participantUUIDs.length,
      flag(row.uncertain),
    ]);
  }
  for (const person of view.unknown) {
    rows.push([
      'unknown',
      '',
      name(person.screenName),
      person.status,
      time(person.firstArrival),
      time(person.lastDeparture),
      person.minutesPresent,
      flag(person.late),
      flag(person.leftEarly),
      names(person.screenNames),
      1,
      flag(person.uncertain),
    ]);
  }
  for (const person of view.held) {
    rows.push([
      'held',
      safeRollId(person.rollId, privacy),
      name(person.screenName),
      person.waitingNow ? 'waiting' : 'held',
      time(person.firstWaiting),
      '',
      0,
      '',
      '',
      names(person.screenNames),
      1,
      flag(person.uncertain),
    ]);
  }
  return toCsv(rows);
}

export const LOG_CSV_HEADER = [
  'Time',
  'Event',
  'Participant',
  'Screen name',
  'Previous name',
  'Roll ID',
  'By',
  'Reconstructed',
  'Not before',
  'Not after',
] as const;

/** The raw attendance log as CSV, one event per line. */
export function attendanceLogCsv(
  log: readonly AttendanceEvent[],
  options: ExportOptions = {},
): string {
  const privacy = options.privacy ?? 'full';
  const name = namer(privacy);
  const participant = pseudonyms(privacy);
  const time = options.formatTime ?? isoTime;
  const rows: CsvCell[][] = [[...LOG_CSV_HEADER]];
  for (const event of log) {
    const person = 'participantUUID' in event ? event : null;
    rows.push([
      time(event.at),
      event.kind,
      person ? participant(person.participantUUID) : '',
      person ? name(person.screenName) : '',
      event.kind === 'rename' ? name(event.previousName) : '',
      person ? safeRollId(person.rollId ?? null, privacy) : '',
      // The by/reason column carries a verification's verdict (never an address: none is kept).
      event.kind === 'verification'
        ? event.verdict
        : ((person && 'by' in person ? person.by : undefined) ??
          ('reason' in event ? (event.reason ?? '') : '')),
      event.reconstructed ? 'yes' : 'no',
      event.window ? time(event.window.from) : '',
      event.window ? time(event.window.to) : '',
    ]);
  }
  return toCsv(rows);
}

export const JSON_FORMAT = 'doorkeeper.attendance';

/** View and log together as JSON (format "doorkeeper.attendance", version 1), names treated as for CSV. */
export function attendanceJson(
  view: AttendanceView,
  log: readonly AttendanceEvent[],
  meeting: ExportMeeting,
  exportedAt: number,
  options: ExportOptions = {},
): string {
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
    rows: view.rows.map((row) => ({
      ...times(row),
      rollId: safeRollId(row.rollId, privacy),
      name: name(row.name),
      privacyName: privacy === 'initials' ? initials(row.name) : row.privacyName,
    })),
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
  extension: 'csv' | 'json',
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
