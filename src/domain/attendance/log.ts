import type { Actor, AttendanceEvent, PersonEvent } from './types';

function subject(event: AttendanceEvent): string {
  // Lock and unlock events form one stream of their own.
  return 'participantUUID' in event ? event.participantUUID : '#lock';
}

function sameEvent(a: AttendanceEvent, b: AttendanceEvent): boolean {
  if (a.kind !== b.kind || a.at !== b.at || subject(a) !== subject(b)) return false;
  return !('screenName' in a) || !('screenName' in b) || a.screenName === b.screenName;
}

/** Whether every event is at a finite time, after or at the time of the one before. */
function inTimeOrder(log: readonly AttendanceEvent[]): boolean {
  for (let i = 0; i < log.length; i += 1) {
    const at = log[i]!.at;
    if (!Number.isFinite(at) || (i > 0 && log[i - 1]!.at > at)) return false;
  }
  return true;
}

/**
 * The insertion one event at a time, each scanning back over its whole second: what appendEvents
 * does for a log out of time order (never written so). Also the oracle of `log-oracle.test.ts`
 * and the baseline of `bench/attendance-restore.bench.ts`, as appendEvents was this before.
 */
export function appendOneAtATime(
  log: readonly AttendanceEvent[],
  events: readonly AttendanceEvent[],
): AttendanceEvent[] {
  const out = [...log];
  for (const event of events) {
    let index = out.length;
    while (index > 0 && (out[index - 1]?.at ?? 0) > event.at) index -= 1;
    let previous: AttendanceEvent | undefined;
    for (let i = index - 1; i >= 0 && !previous; i -= 1) {
      const other = out[i];
      if (other && subject(other) === subject(event)) previous = other;
      // Earlier than this event's time, an identical event cannot be its double: stop looking.
      if (other && other.at < event.at) break;
    }
    if (!(previous && sameEvent(previous, event))) out.splice(index, 0, event);
  }
  return out;
}

/**
 * Appends events to a log kept in time order: late arrivals slot in after everything at the same
 * time. An event that repeats its participant's previous one exactly (Zoom fires some events
 * twice) is dropped; the same event after something else happened to them is real and kept.
 * Never mutates. Linear in the log (plus sorting the new events): Zoom stamps events in whole
 * seconds, so a join storm puts hundreds on one moment, and a reload merges thousands at once.
 */
export function appendEvents(
  log: readonly AttendanceEvent[],
  events: readonly AttendanceEvent[],
): AttendanceEvent[] {
  if (events.length === 0) return [...log];
  if (!inTimeOrder(log) || !events.every((event) => Number.isFinite(event.at)))
    return appendOneAtATime(log, events);
  // Inserting one by one after everything at the same time is a stable sort by time; an event is a
  // double when the last event of its participant at that very moment is the same. So: for each
  // moment the new events touch, the last event per participant, in the order they land.
  const last = new Map<number, Map<string, AttendanceEvent>>();
  for (const event of events) if (!last.has(event.at)) last.set(event.at, new Map());
  for (const event of log) last.get(event.at)?.set(subject(event), event);
  const kept: AttendanceEvent[] = [];
  for (const event of events) {
    const moment = last.get(event.at)!;
    const previous = moment.get(subject(event));
    if (previous && sameEvent(previous, event)) continue;
    moment.set(subject(event), event);
    kept.push(event);
  }
  // Stable, and linear for events already in time order (the usual case).
  kept.sort((a, b) => a.at - b.at);
  const out: AttendanceEvent[] = [];
  let i = 0;
  for (const event of kept) {
    while (i < log.length && log[i]!.at <= event.at) out.push(log[i++]!);
    out.push(event);
  }
  while (i < log.length) out.push(log[i++]!);
  return out;
}

/** The log's last moment, and the last event of each participant (and of the lock) at it. */
export interface LogTail {
  at: number;
  last: Map<string, AttendanceEvent>;
}

/**
 * The tail of a log in time order (every time finite, none earlier than the one before), or null
 * for a log that is not: one pass over the log, for a log that appendAtEnd did not write.
 */
export function tailOf(log: readonly AttendanceEvent[]): LogTail | null {
  if (!inTimeOrder(log)) return null;
  const at = log.length > 0 ? log[log.length - 1]!.at : Number.NEGATIVE_INFINITY;
  const last = new Map<string, AttendanceEvent>();
  for (let i = log.length - 1; i >= 0 && log[i]!.at === at; i -= 1)
    if (!last.has(subject(log[i]!))) last.set(subject(log[i]!), log[i]!);
  return { at, last };
}

/**
 * appendEvents for the live case — a log in time order whose `tail` is known, and events none
 * earlier than its last moment (one batch of Zoom's events after another) — with the same result
 * and the new log's tail. Only the last moment can hold a double of a new event, so a batch costs
 * what it holds plus one copy of the log (the store keeps each log as it was), not a pass over the
 * log. Null when an event is earlier than the tail or not at a finite time: use appendEvents.
 * `tail` is taken over (updated in place) and must not be used again.
 */
export function appendAtEnd(
  log: readonly AttendanceEvent[],
  events: readonly AttendanceEvent[],
  tail: LogTail,
): { log: AttendanceEvent[]; tail: LogTail } | null {
  for (const event of events) if (!Number.isFinite(event.at) || event.at < tail.at) return null;
  const moments = new Map<number, Map<string, AttendanceEvent>>([[tail.at, tail.last]]);
  const kept: AttendanceEvent[] = [];
  for (const event of events) {
    let moment = moments.get(event.at);
    if (!moment) moments.set(event.at, (moment = new Map()));
    const previous = moment.get(subject(event));
    if (previous && sameEvent(previous, event)) continue;
    moment.set(subject(event), event);
    kept.push(event);
  }
  // Stable: events at one moment keep the order they came in, after the log's own.
  kept.sort((a, b) => a.at - b.at);
  const at = kept.length > 0 ? kept[kept.length - 1]!.at : tail.at;
  return { log: log.concat(kept), tail: { at, last: moments.get(at)! } };
}

/** Appends one event (see appendEvents). */
export function appendEvent(
  log: readonly AttendanceEvent[],
  event: AttendanceEvent,
): AttendanceEvent[] {
  return appendEvents(log, [event]);
}

/**
 * The meeting events this log records, structurally: the MeetingClient port's and domain/meeting's
 * events fit as they are; other event types are ignored.
 */
export interface ObservedEvent {
  type: string;
  at: number;
  participant?: { participantUUID: string; screenName: string };
  participantUUID?: string;
  screenName?: string;
  cause?: string;
}

/** Turns an observed meeting event into a log event, or null when it is not about attendance. */
export function eventFromMeeting(
  event: ObservedEvent,
  rollIdOf: (participantUUID: string) => string | null = () => null,
): PersonEvent | null {
  const who =
    event.participant ??
    (event.participantUUID !== undefined
      ? { participantUUID: event.participantUUID, screenName: event.screenName ?? '' }
      : null);
  if (!who) return null;
  const base = {
    at: event.at,
    participantUUID: who.participantUUID,
    screenName: who.screenName,
    rollId: rollIdOf(who.participantUUID),
    reconstructed: false,
  };
  switch (event.type) {
    case 'participantJoined':
      return { ...base, kind: 'join' };
    case 'participantLeft':
      return { ...base, kind: 'leave' };
    case 'waitingRoomJoined':
      return {
        ...base,
        kind: event.cause === 'putFromMainMeeting' ? 'sentToWaitingRoom' : 'waitingRoomJoin',
      };
    case 'waitingRoomLeft':
      return { ...base, kind: 'waitingRoomLeave' };
    default:
      return null;
  }
}

/** A log event for an action this panel carried out (admit or rename), to append once Zoom confirms it. */
export function actionEvent(
  action:
    | { kind: 'admit'; participantUUID: string; screenName: string }
    | { kind: 'rename'; participantUUID: string; screenName: string; previousName: string },
  at: number,
  by: Actor,
  rollId: string | null = null,
): AttendanceEvent {
  return { ...action, at, by, rollId, reconstructed: false };
}
