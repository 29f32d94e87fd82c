/** When an event inferred after the fact could have happened. */
export interface TimeWindow {
  from: number;
  to: number;
}

interface EventBase {
  /** Ms since the epoch. For a reconstructed event, the bound that claims the least presence (see reconstruct.ts). */
  at: number;
  /** Inferred from a snapshot after the panel was closed, not observed. */
  reconstructed: boolean;
  /** Set on reconstructed events. */
  window?: TimeWindow;
}

/**
 * join / leave: arrived in / left the main meeting. waitingRoomJoin / waitingRoomLeave: the same for
 * the waiting room. sentToWaitingRoom: moved from the main meeting to the waiting room.
 * admit: this panel (or its lock) admitted them from the waiting room.
 */
export type PersonEventKind =
  'join' | 'leave' | 'waitingRoomJoin' | 'waitingRoomLeave' | 'sentToWaitingRoom' | 'admit';

export type Actor = 'panel' | 'lock';

export interface PersonEvent extends EventBase {
  kind: PersonEventKind;
  participantUUID: string;
  screenName: string;
  /** The roll entry matched when the event was logged; the view prefers current matches. */
  rollId?: string | null;
  /** Who acted, for events this panel caused. */
  by?: Actor;
}

export interface RenameEvent extends EventBase {
  kind: 'rename';
  participantUUID: string;
  screenName: string;
  previousName: string;
  rollId?: string | null;
  by?: Actor;
}

export interface LockEvent extends EventBase {
  kind: 'lock' | 'unlock';
  /** 'manual', 'countdown' or 'rollComplete' for a lock. */
  reason?: string;
}

/**
 * The outcome of checking one person's verified e-mail against the roll. The address itself is
 * never logged (nor kept anywhere): only the verdict's name.
 */
export interface VerificationEvent extends EventBase {
  kind: 'verification';
  participantUUID: string;
  screenName: string;
  /** The roll entry the address verified, or null. */
  rollId?: string | null;
  verdict: 'verified' | 'mismatch' | 'declined' | 'not-signed-in' | 'no-answer' | 'unchecked';
}

/** A roll call (issue 15): its start, and its end with the counts and whether it stayed locked. */
export interface RollCallEvent extends EventBase {
  kind: 'rollCallStart' | 'rollCallEnd';
  /** For the end: 'stayedLocked' or 'unlocked'. */
  reason?: string;
  present?: number;
  absent?: number;
}

/**
 * "Forget this person": the log keeps the fact and nothing about whom. Written by the store's
 * erasure itself, in the same transaction that removes the events.
 */
export interface ErasureEvent extends EventBase {
  kind: 'erasure';
  /** How many events about the person this erasure removed from this meeting's log. */
  removed: number;
}

export type AttendanceEvent =
  PersonEvent | RenameEvent | LockEvent | RollCallEvent | VerificationEvent | ErasureEvent;

export type AttendanceEventKind = AttendanceEvent['kind'];

/** Every kind of logged event, for code that must know them all at run time (reading, labels). */
export const ATTENDANCE_EVENT_KINDS = [
  'join',
  'leave',
  'waitingRoomJoin',
  'waitingRoomLeave',
  'sentToWaitingRoom',
  'admit',
  'rename',
  'lock',
  'unlock',
  'verification',
  'rollCallStart',
  'rollCallEnd',
  'erasure',
] as const satisfies readonly AttendanceEventKind[];

// A kind added to AttendanceEvent but not to the list above fails to compile here.
const everyKindListed: [
  Exclude<AttendanceEventKind, (typeof ATTENDANCE_EVENT_KINDS)[number]>,
] extends [never]
  ? true
  : never = true;
void everyKindListed;

export type PresenceLocation = 'meeting' | 'waitingRoom';

export interface PresenceEntry {
  participantUUID: string;
  screenName: string;
  location: PresenceLocation;
  rollId: string | null;
  since: number;
}

/**
 * Who was where the last time the panel knew, and when that was. Keyed by participant UUID in a
 * Map: a UUID is Zoom's string, and in a plain object one like "__proto__" would be the prototype.
 */
export interface LastKnown {
  at: number;
  people: Map<string, PresenceEntry>;
}

/** One person as a fresh roster read shows them (a roster entry with its current roll match). */
export interface SnapshotEntry {
  participantUUID: string;
  screenName: string;
  location: PresenceLocation;
  rollId?: string | null;
}
