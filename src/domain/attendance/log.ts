import type { Actor, AttendanceEvent, PersonEvent } from './types';

/** How far back from the end a late or duplicated event is looked for: Zoom fires some events twice. */
const DUPLICATE_LOOKBACK = 64;

function sameEvent(a: AttendanceEvent, b: AttendanceEvent): boolean {
  if (a.kind !== b.kind || a.at !== b.at) return false;
  if ('participantUUID' in a && 'participantUUID' in b)
    return a.participantUUID === b.participantUUID && a.screenName === b.screenName;
  return !('participantUUID' in a) && !('participantUUID' in b);
}

/** Appends events to a log kept in time order: late arrivals slot in, exact duplicates are dropped. Never mutates. */
export function appendEvents(
  log: readonly AttendanceEvent[],
  events: readonly AttendanceEvent[],
): AttendanceEvent[] {
  const out = [...log];
  for (const event of events) {
    let index = out.length;
    // Stable: an event goes after every event with the same time, so arrival order breaks ties.
    while (index > 0 && (out[index - 1]?.at ?? 0) > event.at) index -= 1;
    const from = Math.max(0, index - DUPLICATE_LOOKBACK);
    let duplicate = false;
    for (let i = from; i < Math.min(out.length, index + DUPLICATE_LOOKBACK); i += 1) {
      const other = out[i];
      if (other && sameEvent(other, event)) {
        duplicate = true;
        break;
      }
    }
    if (!duplicate) out.splice(index, 0, event);
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
