import type { Role } from '../roles';

/**
 * The roster as the domain sees it. These shapes mirror the MeetingClient port structurally
 * (domain/ imports nothing from zoom/), so port events and snapshots can be passed in as they are.
 */

export type RosterRole = Role;

export type RosterLocation = 'meeting' | 'waitingRoom';

export interface RosterIdentity {
  participantUUID: string;
  screenName: string;
  role: RosterRole;
}

/** The subset of meeting events that move people around. `at` is the Zoom client's clock. */
export type RosterEvent =
  | { type: 'participantJoined'; at: number; participant: RosterIdentity }
  | { type: 'participantLeft'; at: number; participant: RosterIdentity }
  | {
      type: 'waitingRoomJoined';
      at: number;
      participant: RosterIdentity;
      cause: 'joinMeeting' | 'putFromMainMeeting';
    }
  | { type: 'waitingRoomLeft'; at: number; participantUUID: string; screenName: string };

/** An event with the moment it reached us (our clock), which is what snapshots are compared with. */
export interface ReceivedRosterEvent {
  event: RosterEvent;
  receivedAt: number;
}

export interface RosterParticipant extends RosterIdentity {
  location: RosterLocation;
  /** When they arrived where they are now, on our clock (when the event reached us, or the snapshot time). */
  joinedAt: number;
  /**
   * Zoom-clock time of the newest event about them (-Infinity when only snapshots saw them): older
   * events are stale and ignored. Zoom's clock is only ever compared with Zoom's clock.
   */
  eventAt: number;
  /** Our clock when an event or snapshot last confirmed them: decides who wins against a snapshot. */
  seenAt: number;
  /** UUIDs this person had before Zoom changed it with a role change, oldest first. */
  formerUUIDs: readonly string[];
  /** In the waiting room because Zoom moved them there from the main meeting (`putFromMainMeeting`). */
  movedFromMeeting?: true;
  /**
   * In the main meeting by a join Zoom stamped well after their last reported leave (from either
   * place): they left Zoom and came back, so no admit brought them in (the lock reads it).
   */
  rejoined?: true;
  /**
   * In the main meeting by a join that followed their waiting-room stay (Zoom's admit: a
   * waiting-room leave, then a join stamped within a second or so): Zoom has no other way from the
   * waiting room into the meeting, so someone admitted them, even when no look saw them wait.
   */
  fromWaitingRoom?: true;
  /**
   * With `rejoined`: the stay they left last was in the waiting room, where a send-back
   * (`putFromMainMeeting`) had put them after their last stay in the main room. The latest
   * decision about them was that send-back, even if the lock never saw it (the lock reads it).
   */
  rejoinedAfterSendBack?: true;
  /**
   * In the waiting room again by a rejoin, after leaving from a waiting-room stay a send-back
   * began (as `rejoinedAfterSendBack`, but back through the waiting room): the latest decision
   * about them was that send-back, even if the lock never saw it.
   */
  returnedAfterSendBack?: true;
  /**
   * How many times Zoom reported moving this UUID from the main room to the waiting room
   * (`putFromMainMeeting` arrivals), counted across leaves and rejoins while a tombstone keeps
   * them; absent for none. The lock compares it with what it saw last: a move it did not see and
   * did not make itself is a host's send-back, whoever left or came back since.
   */
  putBacks?: number;
}

/** A leave from one place: when it happened (Zoom's clock) and when we learnt of it (our clock). */
export interface Departure {
  at: number;
  seenAt: number;
}

/** What we remember briefly about someone who left, so late or duplicated events cannot resurrect them. */
export interface Tombstone extends RosterIdentity {
  joinedAt: number;
  formerUUIDs: readonly string[];
  left: Partial<Record<RosterLocation, Departure>>;
  /**
   * Zoom's time of their newest leave that Zoom reported (either place), while that is the newest
   * thing known of them; a snapshot that finds them gone says nothing of when, and clears it.
   */
  lastLeftAt?: number;
  /**
   * Zoom's time of the send-back (`putFromMainMeeting`) that began a waiting-room stay of theirs
   * that is over: a send-back stamped no later is a copy of it, not a new one.
   */
  putBackAt?: number;
  /** Their `putBacks` when they left (kept for a later arrival, and read by the lock). */
  putBacks?: number;
}

export interface RosterCounts {
  meeting: number;
  waitingRoom: number;
}

export interface RosterState {
  /** By participant UUID, in arrival order. */
  participants: ReadonlyMap<string, RosterParticipant>;
  tombstones: ReadonlyMap<string, Tombstone>;
  counts: RosterCounts;
}

/** A fresh read of the roster. A list is null when it could not be read: that place is left alone. */
export interface RosterSnapshot {
  /** Our clock just before the snapshot was requested. */
  takenAt: number;
  meeting: readonly RosterIdentity[] | null;
  waitingRoom: readonly RosterIdentity[] | null;
}
