import type { Confidence, MatchFlag, ParticipantMatch } from '../matching/types';
import type { RosterMemory } from '../meeting/roster-memory';
import type { Role } from '../roles';

/*
 * The lock and countdown policy works on plain data. These participant shapes mirror the
 * MeetingClient port and domain/meeting's roster structurally (domain/ imports nothing from
 * zoom/), so roster entries can be passed in as they are.
 */

export type ParticipantRole = Role;

export type ParticipantLocation = 'meeting' | 'waitingRoom';

export interface LockParticipant {
  participantUUID: string;
  screenName: string;
  role: ParticipantRole;
  location: ParticipantLocation;
  /** UUIDs Zoom gave this person before (it changes them with a role): decisions follow the person. */
  formerUUIDs?: readonly string[];
  /** When they arrived where they are now, on our clock (the roster's `joinedAt`). */
  joinedAt?: number;
  /**
   * Zoom said they reached the waiting room from the main meeting (`putFromMainMeeting`), which
   * tells a send-back from a leave and a rejoin even when Zoom reports the leave first.
   */
  movedFromMeeting?: boolean;
  /**
   * Zoom's clock says they reached the main room by joining again, well after they left (the
   * roster's `rejoined`): no admit brought them in, however they were last seen.
   */
  rejoined?: boolean;
  /**
   * Zoom's events say they reached the main room from the waiting room (the roster's
   * `fromWaitingRoom`): an admit, even when no look saw them wait.
   */
  fromWaitingRoom?: boolean;
  /**
   * With `rejoined`: they left from a waiting-room stay a send-back began (the roster's
   * `rejoinedAfterSendBack`). Someone moved them out of the main room after whatever let them in.
   */
  rejoinedAfterSendBack?: boolean;
  /**
   * In the waiting room by a rejoin after leaving a waiting-room stay a send-back began (the
   * roster's `returnedAfterSendBack`): a host's send-back is the latest decision about them.
   */
  returnedAfterSendBack?: boolean;
  /**
   * How many send-backs of this UUID Zoom reported (the roster's `putBacks`): one more than the
   * lock saw or made itself is a host's send-back it missed.
   */
  putBacks?: number;
}

/** Someone who left both lists, as the roster's tombstone remembers them. */
export interface LockDeparture {
  participantUUID: string;
  /** The roster's `putBacks` when they left (a send-back the lock never saw may be among them). */
  putBacks?: number;
}

/** Matches by participant UUID, or the matcher's list as it is. */
export type MatchLookup = ReadonlyMap<string, ParticipantMatch> | readonly ParticipantMatch[];

/** What the caller observes at one instant; `tick` and `decide` read nothing else. */
export interface LockFacts {
  /** My own role: the lock pauses unless it is host or co-host. */
  myRole: ParticipantRole;
  /** Everyone in the meeting and in its waiting room. */
  participants: Iterable<LockParticipant>;
  matches: MatchLookup;
  /** The waiting-room switch; null while unknown (nothing is turned on blindly). */
  waitingRoomEnabled: boolean | null;
  /** Every roll entry's id, for "lock early once everyone on the roll is present". */
  rollIds: readonly string[];
  /**
   * Breakout rooms are open, or closed only moments ago: people move between rooms and Zoom gives
   * them new ids, so nobody who appears in the main room is put back, and they count as allowed
   * from then on. Held lists and decisions still update; the waiting room stays held.
   */
  suspendPutBacks?: boolean;
  /** Participants whose verified e-mail is their roll entry's (for `verifiedOnly`). */
  verified?: ReadonlySet<string>;
  /**
   * People who left (the roster's tombstones; anyone also listed as a participant is ignored):
   * a send-back no look saw, of someone who left from the waiting room before the next look,
   * shows only here.
   */
  departures?: Iterable<LockDeparture>;
}

/** 'all': nobody gets in without a click. 'rollOnly': `sure` roll matches are admitted automatically. */
export type LockMode = 'all' | 'rollOnly';

export type LockReason = 'manual' | 'countdown' | 'rollComplete';

/** How the host phrased the auto-lock. */
export type ScheduleSpec =
  | { kind: 'afterStart'; minutes: number }
  | { kind: 'atTime'; hour: number; minute: number }
  | { kind: 'fromNow'; minutes: number };

export interface CountdownRunning {
  status: 'running';
  spec: ScheduleSpec;
  /** The meeting start the deadline was computed from, so a correction can shift it. */
  meetingStartedAt: number;
  /** Wall-clock deadline (ms since the epoch): the countdown never counts ticks. */
  deadline: number;
  warned: boolean;
}

export interface CountdownPaused {
  status: 'paused';
  spec: ScheduleSpec;
  meetingStartedAt: number;
  remainingMs: number;
  warned: boolean;
}

export type Countdown = CountdownRunning | CountdownPaused;

export interface LockSettings {
  /** Lead time of the one `warn` effect before an auto-lock. */
  warnLeadMs: number;
  mode: LockMode;
  /** Lock as soon as everyone on the roll is in the meeting, while a countdown runs. */
  lockWhenRollComplete: boolean;
  /**
   * Roll-only: admit from the waiting room only people whose e-mail was verified (their later
   * rejoins); everyone else waits for a click.
   */
  verifiedOnly: boolean;
  /** An action with no reported outcome after this long is considered lost and may be sent again. */
  pendingTimeoutMs: number;
}

export type EnforcementAction = 'putInWaitingRoom' | 'admit' | 'enableWaitingRoom';

export interface PendingAction {
  action: EnforcementAction;
  since: number;
  /** Zoom answered the call (it stays in flight until the roster shows the move). */
  answered?: boolean;
}

export interface ActionFailure {
  action: EnforcementAction;
  /** The MeetingError kind as a string (domain/ does not import zoom/). */
  errorKind: string;
  message: string;
  attempts: number;
  at: number;
  /** Worth trying again by itself (10001, "not ready", a time-out, a rate limit) until the budget runs out. */
  transient: boolean;
}

/** Why the lock lets someone into the main room or holds them: what a host (or the lock) did. */
export interface HostDecisions {
  /** Admitted by a host or co-host (in Doorkeeper or in Zoom), by UUID, with when. */
  admitted: Record<string, number>;
  /** Sent back or removed by a host or co-host, by UUID: never auto-admitted again without a click. */
  sentBack: Record<string, { at: number; rollIds: string[] }>;
  /** Roll entries whose claimant a host sent back: whoever claims them next waits under "Check". */
  revokedRollIds: Record<string, number>;
}

/** Where the lock last saw someone; kept a while after they vanish so a late event cannot fool it. */
export interface Sighting {
  where: ParticipantLocation;
  at: number;
  /** When they vanished from both lists, if they did. */
  goneAt?: number;
  /** The roll entries they claimed, while any: someone in transit still holds their entry. */
  rollIds?: string[];
  /** Zoom's count of their send-backs then (`LockParticipant.putBacks`), when not 0. */
  putBacks?: number;
}

/** Plain JSON: persisted per meeting so that a reload keeps the lock, its decisions and the deadline. */
export interface LockState {
  version: 3;
  settings: LockSettings;
  locked: { since: number; reason: LockReason } | null;
  /** Set while my role is not host or co-host: nothing is enforced, the countdown waits. */
  pausedForRole: { since: number; role: ParticipantRole } | null;
  countdown: Countdown | null;
  /**
   * Participants allowed in the main room while locked: rebuilt from who is in the meeting when
   * the lock engages, then grown by admits (a host's or the lock's) and shrunk by send-backs.
   */
  allowed: string[];
  /** Roll entries seen legitimately in the meeting, to recognise a rejoin under a new UUID. */
  allowedRollIds: string[];
  /** Host decisions, kept across unlock, relock and reloads. */
  decisions: HostDecisions;
  /** Where each participant was last seen, locked or not, to tell who moved them. */
  seen: Record<string, Sighting>;
  heldSince: Record<string, number>;
  /** Participants this lock put back from the main room, with when: their move is not a host's. */
  bounced: Record<string, number>;
  /**
   * Put-backs of this lock that Zoom never answered (the panel reloaded with the call open, the
   * call went unanswered past `pendingTimeoutMs`, or timed out), with when and the entries the
   * person claimed: their move to the waiting room may have been a host's send-back instead, so
   * roll-only admits neither them nor another claimant of those entries until a host decides.
   */
  unsure: Record<string, { at: number; rollIds: string[] }>;
  /** In-flight actions by participant UUID ('#waitingRoom' for the switch). */
  pending: Record<string, PendingAction>;
  failures: Record<string, ActionFailure>;
  /**
   * Only in a saved state: the roster's memory at the moment it was saved (Zoom's send-back counts
   * and the departures), which a reload gives back to the roster (`withRosterMemory`). The
   * sightings' `putBacks` are counts of that memory; the live state never carries it.
   */
  roster?: RosterMemory;
}

/** Side effects for the caller to carry out; the policy itself never calls Zoom. */
export type LockEffect =
  | { kind: 'warn'; deadline: number; remainingMs: number }
  | { kind: 'lock'; reason: LockReason; mode: LockMode; lateByMs: number }
  | { kind: 'unlock' }
  | { kind: 'paused'; role: ParticipantRole }
  | { kind: 'resumed' }
  | { kind: 'enableWaitingRoom' }
  | { kind: 'putInWaitingRoom'; participantUUID: string; screenName: string; reason: 'notAdmitted' }
  | { kind: 'admit'; participantUUID: string; screenName: string; reason: 'rollMatch' | 'rejoin' };

/**
 * Why someone waits. 'rejoin': a roll member who was in and dropped out (top of the list);
 * 'impostor': the name imitates a roll name; 'onRoll': a sure match the lock mode does not admit;
 * 'check': a likely, ambiguous or duplicate match; 'notOnRoll': no match.
 */
export type HeldCategory = 'rejoin' | 'impostor' | 'onRoll' | 'check' | 'notOnRoll';

/**
 * A host's move that only a host's click can answer. 'sentBack': a host sent this person back;
 * 'entrySentBack': a host sent back someone else who claimed their roll entry (roll-only mode
 * leaves them for a click too); 'maybeSentBack': Zoom never answered the lock's put-back of this
 * person, so a host may have sent them back; 'entryMaybeSentBack': the same for someone else who
 * claimed their roll entry.
 */
export type HostMove = 'sentBack' | 'entrySentBack' | 'maybeSentBack' | 'entryMaybeSentBack';

export interface HeldEntry {
  participantUUID: string;
  screenName: string;
  category: HeldCategory;
  since: number;
  rollId: string | null;
  confidence: Confidence;
  flags: readonly MatchFlag[];
  /** Put back from the main room by this lock. */
  bounced: boolean;
  /** A host's send-back that leaves them for a click, if any (see `HostMove`). */
  hostMove: HostMove | null;
  failure: ActionFailure | null;
}

/** Someone in the main room the lock could not put back (yet, while `retrying`). */
export interface EnforcementProblem {
  participantUUID: string;
  screenName: string;
  failure: ActionFailure;
  /** The lock is still trying by itself; false: it gave up and waits for Retry or Remove. */
  retrying: boolean;
}

export interface LockResult {
  state: LockState;
  effects: LockEffect[];
  /** The held list, sorted for display (rejoins first, then by waiting time). Empty while unlocked. */
  held: HeldEntry[];
  problems: EnforcementProblem[];
}

export type LockStatus = 'unlocked' | 'locked' | 'lockedRollOnly' | 'paused';

/** The outcome of an effect the caller carried out. */
export type ActionOutcome =
  | { action: 'putInWaitingRoom' | 'admit'; participantUUID: string; ok: true }
  | {
      action: 'putInWaitingRoom' | 'admit';
      participantUUID: string;
      ok: false;
      errorKind: string;
      message?: string;
      /** Zoom may well succeed if asked again (see ActionFailure.transient). */
      transient?: boolean;
    }
  | { action: 'enableWaitingRoom'; ok: true }
  | {
      action: 'enableWaitingRoom';
      ok: false;
      errorKind: string;
      message?: string;
      transient?: boolean;
    };

/** A decision a host made in this panel, recorded before its Zoom call is sent. */
export type HostDecision =
  | { kind: 'admit'; participantUUID: string; rollIds: readonly string[] }
  | { kind: 'sendBack' | 'remove'; participantUUID: string; rollIds: readonly string[] };
