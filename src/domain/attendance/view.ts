import { byParticipant } from '../meeting/by-participant';
import type { ParticipantMatch, RollEntry } from '../matching/types';
import { privacyName } from '../privacy/privacy-name';
import type { AttendanceEvent, PresenceLocation } from './types';

const MINUTE = 60_000;
export const DEFAULT_GRACE_MS = 5 * MINUTE;
/**
 * A stay in the main room shorter than this that ends with being sent to the waiting room is not
 * attendance: it is someone the lock (or a host) put back at once.
 */
export const BOUNCE_MS = MINUTE;

export interface AttendanceOptions {
  /** The meeting start the lateness is measured against (Doorkeeper's first sight, host-correctable). */
  meetingStart: number;
  /** Null while the meeting goes on: open stays then end at `now`. */
  meetingEnd?: number | null;
  now: number;
  /** Arriving up to this long after the start is not late; leaving up to this long before the end is not early. */
  graceMs?: number;
  /** Current matches: they override the roll ids logged with events, so a later manual link applies to the whole log. */
  matches?: ReadonlyMap<string, ParticipantMatch> | readonly ParticipantMatch[];
  /** Participants left out entirely (the host running the panel, co-hosts). */
  exclude?: ReadonlySet<string>;
}

/** present: in the meeting now; waiting: in the waiting room now; left: was in and is gone; absent: never came in. */
export type AttendanceStatus = 'present' | 'waiting' | 'left' | 'absent';

interface Stay {
  from: number;
  /** The earliest the arrival could have been (differs from `from` for a reconstructed arrival). */
  fromEarliest: number;
  to: number | null;
  toLatest: number | null;
}

export interface AttendanceTimes {
  status: AttendanceStatus;
  /** Was in the main room at some point (a put-back within a minute does not count). */
  attended: boolean;
  firstArrival: number | null;
  /** Null while still present or if they never came. */
  lastDeparture: number | null;
  /** Time in the main room, overlapping devices counted once. */
  msPresent: number;
  /** Whole minutes, rounded down: never more than was seen. */
  minutesPresent: number;
  /** Times they came back after being wholly out of the main room (on every device). */
  rejoins: number;
  /** Most devices in the main room at once: a dropped connection and a rejoin is still one. */
  devices: number;
  /** null: cannot tell, because the arrival happened while the panel was closed. */
  late: boolean | null;
  leftEarly: boolean | null;
  screenNames: string[];
  participantUUIDs: string[];
  /** Some of it is reconstructed rather than observed. */
  uncertain: boolean;
}

export interface AttendanceRow extends AttendanceTimes {
  rollId: string;
  name: string;
  privacyName: string;
}

export interface UnknownPerson extends AttendanceTimes {
  screenName: string;
}

export interface HeldPerson {
  participantUUID: string;
  screenName: string;
  screenNames: string[];
  rollId: string | null;
  firstWaiting: number | null;
  waitingNow: boolean;
  /** Was put back from the main room. */
  sentBack: boolean;
  uncertain: boolean;
}

export interface LockPeriod {
  from: number;
  to: number | null;
}

export interface AttendanceSummary {
  total: number;
  /** Roll entries who were in the meeting at some point. */
  attended: number;
  presentNow: number;
  absent: Array<{ rollId: string; name: string; privacyName: string }>;
  unknownCount: number;
  heldCount: number;
}

export interface AttendanceView {
  meetingStart: number;
  meetingEnd: number | null;
  generatedAt: number;
  graceMs: number;
  rows: AttendanceRow[];
  unknown: UnknownPerson[];
  held: HeldPerson[];
  lockPeriods: LockPeriod[];
  summary: AttendanceSummary;
}

interface Trace {
  uuid: string;
  names: string[];
  loggedRollId: string | null;
  stays: Array<Stay & { endedBySendBack: boolean }>;
  location: PresenceLocation | null;
  firstWaiting: number | null;
  sentBack: boolean;
  uncertain: boolean;
}

function traceAll(
  log: readonly AttendanceEvent[],
  end: number,
): { traces: Map<string, Trace>; lockPeriods: LockPeriod[] } {
  const traces = new Map<string, Trace>();
  const lockPeriods: LockPeriod[] = [];
  for (const event of log) {
    if (!('participantUUID' in event)) {
      const open = lockPeriods.at(-1);
      if (event.kind === 'lock' && (!open || open.to !== null))
        lockPeriods.push({ from: event.at, to: null });
      if (event.kind === 'unlock' && open && open.to === null) open.to = event.at;
      continue;
    }
    let trace = traces.get(event.participantUUID);
    if (!trace) {
      trace = {
        uuid: event.participantUUID,
        names: [],
        loggedRollId: null,
        stays: [],
        location: null,
        firstWaiting: null,
        sentBack: false,
        uncertain: false,
      };
      traces.set(event.participantUUID, trace);
    }
    if (event.screenName && !trace.names.includes(event.screenName))
      trace.names.push(event.screenName);
    if (event.rollId) trace.loggedRollId = event.rollId;
    if (event.reconstructed) trace.uncertain = true;
    const open = trace.stays.at(-1);
    const close = (bySendBack: boolean) => {
      if (trace.location === 'meeting' && open && open.to === null) {
        open.to = event.at;
        open.toLatest = event.window?.to ?? event.at;
        open.endedBySendBack = bySendBack;
      }
    };
    switch (event.kind) {
      case 'join':
        if (trace.location !== 'meeting')
          trace.stays.push({
            from: event.at,
            fromEarliest: event.window?.from ?? event.at,
            to: null,
            toLatest: null,
            endedBySendBack: false,
          });
        trace.location = 'meeting';
        break;
      case 'leave':
        if (trace.location === 'meeting') {
          close(false);
          trace.location = null;
        }
        break;
      case 'sentToWaitingRoom':
      case 'waitingRoomJoin':
        close(event.kind === 'sentToWaitingRoom');
        trace.sentBack ||= event.kind === 'sentToWaitingRoom';
        trace.firstWaiting ??= event.at;
        trace.location = 'waitingRoom';
        break;
      case 'waitingRoomLeave':
        if (trace.location === 'waitingRoom') trace.location = null;
        break;
      default:
        break;
    }
  }
  for (const trace of traces.values()) {
    const open = trace.stays.at(-1);
    if (open && open.to === null) open.to = Math.max(open.from, end);
  }
  return { traces, lockPeriods };
}

function counted(trace: Trace): Stay[] {
  return trace.stays.filter(
    (stay) => !(stay.endedBySendBack && (stay.to ?? stay.from) - stay.from < BOUNCE_MS),
  );
}

/** Separate spells in the main room: overlapping stays (several devices) make one. */
function spells(stays: readonly Stay[]): number {
  const sorted = [...stays].sort((a, b) => a.from - b.from);
  let count = 0;
  let stop = Number.NEGATIVE_INFINITY;
  for (const stay of sorted) {
    if (count === 0 || stay.from > stop) count++;
    stop = Math.max(stop, stay.to ?? stay.from);
  }
  return count;
}

/** The most stays open at one moment (a stay that ends as another starts does not overlap it). */
function mostAtOnce(stays: readonly Stay[]): number {
  const edges = stays.flatMap((stay) => [
    { at: stay.from, step: 1 },
    { at: stay.to ?? stay.from, step: -1 },
  ]);
  edges.sort((a, b) => a.at - b.at || a.step - b.step);
  let open = 0;
  let most = 0;
  for (const edge of edges) {
    open += edge.step;
    most = Math.max(most, open);
  }
  return most;
}

function union(stays: readonly Stay[]): number {
  const sorted = [...stays].sort((a, b) => a.from - b.from);
  let total = 0;
  let start = Number.NaN;
  let stop = Number.NaN;
  for (const stay of sorted) {
    const to = stay.to ?? stay.from;
    if (Number.isNaN(start) || stay.from > stop) {
      if (!Number.isNaN(start)) total += stop - start;
      start = stay.from;
      stop = to;
    } else stop = Math.max(stop, to);
  }
  return Number.isNaN(start) ? total : total + stop - start;
}

function statusOf(traces: readonly Trace[]): AttendanceStatus {
  // At a recorded end, whoever was still in stayed to the end: present, not "left".
  if (traces.some((trace) => trace.location === 'meeting')) return 'present';
  if (traces.some((trace) => trace.location === 'waitingRoom')) return 'waiting';
  if (traces.some((trace) => counted(trace).length > 0)) return 'left';
  return 'absent';
}

function times(
  traces: readonly Trace[],
  options: { meetingStart: number; end: number; graceMs: number },
): AttendanceTimes {
  const stays = traces.flatMap(counted);
  const status = statusOf(traces);
  const first = stays.reduce<Stay | null>(
    (best, stay) => (!best || stay.from < best.from ? stay : best),
    null,
  );
  const attended = stays.length > 0;
  const stillIn = status === 'present';
  const last = stillIn
    ? null
    : stays.reduce<Stay | null>(
        (best, stay) => (!best || (stay.to ?? 0) > (best.to ?? 0) ? stay : best),
        null,
      );
  const msPresent = union(stays);
  const lateAfter = options.meetingStart + options.graceMs;
  const earlyBefore = options.end - options.graceMs;
  let late: boolean | null = false;
  if (first && attended)
    late = first.fromEarliest > lateAfter ? true : first.from > lateAfter ? null : false;
  let leftEarly: boolean | null = false;
  if (last && last.to !== null && attended)
    leftEarly =
      (last.toLatest ?? last.to) < earlyBefore ? true : last.to < earlyBefore ? null : false;
  return {
    status,
    attended,
    firstArrival: first?.from ?? null,
    lastDeparture: last?.to ?? null,
    msPresent,
    minutesPresent: Math.floor(msPresent / MINUTE),
    rejoins: Math.max(0, spells(stays) - 1),
    devices: mostAtOnce(stays),
    late,
    leftEarly,
    screenNames: [...new Set(traces.flatMap((trace) => trace.names))],
    participantUUIDs: traces.map((trace) => trace.uuid),
    uncertain: traces.some((trace) => trace.uncertain),
  };
}

/**
 * The attendance view: one row per roll entry (merging renames, rejoins and several devices), then
 * unknown people and held people, each listed once, with the summary line's data.
 */
export function buildAttendanceView(
  log: readonly AttendanceEvent[],
  roll: readonly RollEntry[],
  options: AttendanceOptions,
): AttendanceView {
  const end = options.meetingEnd ?? options.now;
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const context = { meetingStart: options.meetingStart, end, graceMs };
  const { traces, lockPeriods } = traceAll(log, end);
  const matches = byParticipant(options.matches ?? []);
  const byRoll = new Map<string, Trace[]>();
  const unrolled: Trace[] = [];
  for (const trace of traces.values()) {
    if (options.exclude?.has(trace.uuid)) continue;
    const match = matches.get(trace.uuid);
    const rollIds = match
      ? match.rollId !== null && match.confidence !== 'none'
        ? [match.rollId, ...(match.extraRollIds ?? [])]
        : []
      : trace.loggedRollId
        ? [trace.loggedRollId]
        : [];
    const known = rollIds.filter((rollId) => roll.some((entry) => entry.id === rollId));
    if (known.length === 0) unrolled.push(trace);
    for (const rollId of known) byRoll.set(rollId, [...(byRoll.get(rollId) ?? []), trace]);
  }

  const rows: AttendanceRow[] = roll.map((entry) => ({
    rollId: entry.id,
    name: entry.name,
    privacyName: privacyName(entry.name),
    ...times(byRoll.get(entry.id) ?? [], context),
  }));
  const held: HeldPerson[] = [];
  const unknown: UnknownPerson[] = [];
  for (const trace of traces.values()) {
    if (options.exclude?.has(trace.uuid)) continue;
    const isHeld =
      trace.location === 'waitingRoom' ||
      (counted(trace).length === 0 && trace.firstWaiting !== null);
    if (!isHeld) continue;
    const match = matches.get(trace.uuid);
    held.push({
      participantUUID: trace.uuid,
      screenName: trace.names.at(-1) ?? '',
      screenNames: trace.names,
      rollId: match?.rollId ?? trace.loggedRollId,
      firstWaiting: trace.firstWaiting,
      waitingNow: trace.location === 'waitingRoom',
      sentBack: trace.sentBack,
      uncertain: trace.uncertain,
    });
  }
  for (const trace of unrolled) {
    if (trace.location === 'waitingRoom' || counted(trace).length === 0) continue;
    unknown.push({ screenName: trace.names.at(-1) ?? '', ...times([trace], context) });
  }
  held.sort((a, b) => (a.firstWaiting ?? 0) - (b.firstWaiting ?? 0));
  unknown.sort((a, b) => (a.firstArrival ?? 0) - (b.firstArrival ?? 0));

  const absentRows = rows.filter((row) => !row.attended);
  return {
    meetingStart: options.meetingStart,
    meetingEnd: options.meetingEnd ?? null,
    generatedAt: options.now,
    graceMs,
    rows,
    unknown,
    held,
    lockPeriods,
    summary: {
      total: rows.length,
      attended: rows.length - absentRows.length,
      presentNow: rows.filter((row) => row.status === 'present').length,
      absent: absentRows.map(({ rollId, name, privacyName: shortName }) => ({
        rollId,
        name,
        privacyName: shortName,
      })),
      unknownCount: unknown.length,
      heldCount: held.length,
    },
  };
}

/** "14 of 16 present · absent: Jane D., Bob K." (English; the UI translates from the structured summary). */
export function formatSummaryEn(
  summary: AttendanceSummary,
  names: 'privacy' | 'full' = 'privacy',
): string {
  if (summary.total === 0)
    return `No roll · ${summary.unknownCount} ${summary.unknownCount === 1 ? 'person' : 'people'} came`;
  const head = `${summary.attended} of ${summary.total} present`;
  if (summary.absent.length === 0) return head;
  return `${head} · absent: ${summary.absent.map((person) => (names === 'privacy' ? person.privacyName : person.name)).join(', ')}`;
}
