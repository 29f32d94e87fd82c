import type { Actor, AttendanceEvent, PersonEvent } from './types';

function subject(event: AttendanceEvent): string {
  // Lock and unlock events form one stream of their own.
  return 'participantUUID' in event ? event.participantUUID : '#lock';
}

function sameEvent(a: AttendanceEvent, b: AttendanceEvent): boolean {
  if (a.kind !== b.kind || a.at !== b.at || subject(a) !== subject(b)) return false;
  return !('screenName' in a) || !('screenName' in b) || a.screenName === b.screenName;
}

/**
 * Appends events to a log kept in time order: late arrivals slot in after everything at the same
 * time. An event that repeats its participant's previous one exactly (Zoom fires some events
 * twice) is dropped; the same event after something else happened to them is real and kept.
 * Never mutates.
 */
export function appendEvents(
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
