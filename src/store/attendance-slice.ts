// The log's own modules, not the barrel: through it the attendance view (and the privacy-name code
// it uses) would load before the roster paints, though only the Attendance tab needs it.
import { appendAtEnd, appendEvents, eventFromMeeting, tailOf } from '../domain/attendance/log';
import type { LogTail } from '../domain/attendance/log';
import { lastKnownPresence, reconstructFromSnapshot } from '../domain/attendance/reconstruct';
import type {
  Actor,
  AttendanceEvent,
  LastKnown,
  ObservedEvent,
  SnapshotEntry,
} from '../domain/attendance';
import type { AppState, SliceCreator } from './app-store';

/**
 * - collecting: logging in memory, the stored log of this meeting not read yet
 * - restored: the stored log is merged in and what happened while the panel was closed is reconstructed
 * - stopped: the host made Doorkeeper forget this meeting; nothing more is logged until they resume
 */
export type AttendancePhase = 'collecting' | 'restored' | 'stopped';

export interface AttendanceState {
  /** The meeting the log belongs to (null until Zoom told us). */
  meetingUUID: string | null;
  phase: AttendancePhase;
  /** In time order; persisted by the persistence controller. */
  log: readonly AttendanceEvent[];
  /** The start lateness is measured from: Doorkeeper's first sight of the meeting, or the host's correction. */
  meetingStart: number | null;
  /** How many events the last restore pieced together from a snapshot. */
  reconstructedCount: number;
  /** Nothing was known of this meeting before: those events are the people already there at first open. */
  firstOpen: boolean;
}

/** A meeting event as it reached the panel, with the roll entry its person held at that moment. */
export interface ObservedAttendance {
  event: ObservedEvent;
  rollId: string | null;
  /** Set when this panel (or its lock) caused it. */
  by?: Actor;
}

export interface AttendanceRestore {
  meetingUUID: string;
  /** The meeting's stored log, in write order. */
  stored: readonly AttendanceEvent[];
  meetingStart: number;
  /** The last moment the panel was known to run in this meeting before (heartbeat), if ever. */
  aliveAt: number | null;
  /** Everyone in the meeting and its waiting room at one moment, with their roll matches then. */
  snapshot: readonly SnapshotEntry[];
  /**
   * The log as it was at that moment: the snapshot already reflects these events. Later ones are
   * added after the reconstruction, so a join the roster had not shown yet is not taken for a leave.
   */
  seen: readonly AttendanceEvent[];
  /** When the snapshot was taken. */
  now: number;
}

export interface AttendanceSlice {
  attendance: AttendanceState;
  /** Logs meeting events; a join under a new name by someone already in is logged as a rename. */
  logMeetingEvents: (events: readonly ObservedAttendance[]) => void;
  /** Logs events the panel caused (admit, lock, unlock). Other features may call this. */
  logAttendanceEvents: (events: readonly AttendanceEvent[]) => void;
  /** Merges the stored log with what was logged since the panel opened, and reconstructs the gap. */
  restoreAttendance: (input: AttendanceRestore) => void;
  setAttendanceStart: (meetingStart: number) => void;
  /** Empties the log and logs nothing more for this meeting ("Forget this meeting", "Delete all"). */
  stopAttendance: () => void;
  /** Starts logging again after a stop: the persistence controller restores from a fresh snapshot. */
  resumeAttendance: () => void;
  /**
   * "Forget this person": the log as it is without them (and with the fact of the erasure). Only
   * the erasure calls this; storage has already been erased in its own transaction.
   */
  replaceAttendanceLog: (log: readonly AttendanceEvent[]) => void;
}

const initialAttendance: AttendanceState = {
  meetingUUID: null,
  phase: 'collecting',
  log: [],
  meetingStart: null,
  reconstructedCount: 0,
  firstOpen: false,
};

/** The events to log for a batch of observed meeting events, given who the log says is where. */
function toLogEvents(
  people: LastKnown['people'],
  observed: readonly ObservedAttendance[],
): AttendanceEvent[] {
  const out: AttendanceEvent[] = [];
  for (const { event, rollId, by } of observed) {
    const logged = eventFromMeeting(event, () => rollId);
    if (!logged) continue;
    const uuid = logged.participantUUID;
    const before = people.get(uuid);
    if (logged.kind === 'join' && before?.location === 'meeting') {
      // Zoom reports a rename as another join of the same participant under the new name.
      if (before.screenName === logged.screenName) continue;
      out.push({
        kind: 'rename',
        at: logged.at,
        participantUUID: uuid,
        screenName: logged.screenName,
        previousName: before.screenName,
        rollId: logged.rollId ?? before.rollId,
        reconstructed: false,
        ...(by ? { by } : {}),
      });
      people.set(uuid, { ...before, screenName: logged.screenName });
      continue;
    }
    out.push(by ? { ...logged, by } : logged);
    const location =
      logged.kind === 'join'
        ? 'meeting'
        : logged.kind === 'waitingRoomJoin' || logged.kind === 'sentToWaitingRoom'
          ? 'waitingRoom'
          : null;
    if (location)
      people.set(uuid, {
        participantUUID: uuid,
        screenName: logged.screenName,
        location,
        rollId: logged.rollId ?? before?.rollId ?? null,
        since: logged.at,
      });
    else if (
      (logged.kind === 'leave' && before?.location === 'meeting') ||
      (logged.kind === 'waitingRoomLeave' && before?.location === 'waitingRoom')
    )
      people.delete(uuid);
  }
  return out;
}

/** Whether `next` is `log` with `added` at its end, in order (nothing slotted in earlier). */
function appendedAtEnd(
  log: readonly AttendanceEvent[],
  next: readonly AttendanceEvent[],
  added: readonly AttendanceEvent[],
): boolean {
  if (next.length !== log.length + added.length) return false;
  return added.every((event, i) => next[log.length + i] === event);
}

export const createAttendanceSlice: SliceCreator<AttendanceSlice> = (set, get) => {
  // Who the log says is where, kept up to date as events are appended: recomputing it from the
  // whole log for every event would make a join storm in a long meeting quadratic.
  let presence: { log: readonly AttendanceEvent[]; people: LastKnown['people'] } | null = null;

  // The last moment of the log this slice last wrote: a live batch lands after it, so appending
  // it needs neither a pass over the log nor a look at anything earlier (see appendAtEnd).
  let tail: { log: readonly AttendanceEvent[]; tail: LogTail } | null = null;

  const append = (events: readonly AttendanceEvent[]): readonly AttendanceEvent[] => {
    const current = get().attendance;
    if (current.phase === 'stopped' || events.length === 0) return current.log;
    const known = tail?.log === current.log ? tail.tail : tailOf(current.log);
    tail = null;
    const atEnd = known ? appendAtEnd(current.log, events, known) : null;
    const log = atEnd?.log ?? appendEvents(current.log, events);
    // Every event a double: the log stays as it was, and so does its tail.
    if (log.length === current.log.length) {
      if (atEnd) tail = { log: current.log, tail: atEnd.tail };
      return current.log;
    }
    if (atEnd) tail = { log, tail: atEnd.tail };
    set({ attendance: { ...current, log } });
    return log;
  };

  return {
    attendance: initialAttendance,

    logMeetingEvents: (observed) => {
      const current = get().attendance;
      if (current.phase === 'stopped' || observed.length === 0) return;
      const people =
        presence?.log === current.log ? presence.people : lastKnownPresence(current.log).people;
      presence = null;
      const events = toLogEvents(people, observed);
      const log = append(events);
      // Only an append at the end leaves the log in the order the presence was advanced in.
      if (appendedAtEnd(current.log, log, events)) presence = { log, people };
    },

    logAttendanceEvents: (events) => {
      append(events);
    },

    restoreAttendance: ({ meetingUUID, stored, meetingStart, aliveAt, snapshot, seen, now }) => {
      const current = get().attendance;
      // What this panel logged before it knew the meeting belongs to it; another meeting's does not.
      const mine = current.meetingUUID === null || current.meetingUUID === meetingUUID;
      const before = new Set(seen);
      const live = mine ? current.log.filter((event) => before.has(event)) : [];
      const since = mine ? current.log.filter((event) => !before.has(event)) : [];
      const storedLog = appendEvents([], stored);
      // The gap starts when the panel last ran, not at the events it has logged since it opened.
      const gapStart = lastKnownPresence(storedLog, aliveAt ?? Number.NEGATIVE_INFINITY).at;
      const merged = appendEvents(storedLog, live);
      // Zoom's events can trail its snapshots: a join that reached us after the snapshot was taken
      // is the observed arrival of someone the snapshot already showed, not a second one.
      const observedJoins = new Set(
        since.flatMap((event) =>
          event.kind === 'join' && 'participantUUID' in event ? [event.participantUUID] : [],
        ),
      );
      const reconstructed = reconstructFromSnapshot(
        { at: gapStart, people: lastKnownPresence(merged).people },
        snapshot,
        now,
      ).filter(
        (event) =>
          !(
            event.kind === 'join' &&
            'participantUUID' in event &&
            observedJoins.has(event.participantUUID)
          ),
      );
      set({
        attendance: {
          meetingUUID,
          phase: 'restored',
          // Events logged after the snapshot was taken come after what it explains.
          log: appendEvents(appendEvents(merged, reconstructed), since),
          meetingStart,
          reconstructedCount: reconstructed.length,
          firstOpen: storedLog.length === 0 && aliveAt === null,
        },
      });
    },

    setAttendanceStart: (meetingStart) =>
      set((state) => ({ attendance: { ...state.attendance, meetingStart } })),

    stopAttendance: () =>
      set((state) => ({
        attendance: {
          ...state.attendance,
          phase: 'stopped',
          log: [],
          reconstructedCount: 0,
          firstOpen: false,
        },
      })),

    resumeAttendance: () =>
      set((state) =>
        state.attendance.phase === 'stopped'
          ? { attendance: { ...state.attendance, phase: 'collecting' } }
          : {},
      ),

    replaceAttendanceLog: (log) => {
      presence = null;
      set((state) =>
        state.attendance.phase === 'stopped' ? {} : { attendance: { ...state.attendance, log } },
      );
    },
  };
};

export const selectAttendance = (state: AppState): AttendanceState => state.attendance;
export const selectAttendanceLog = (state: AppState): readonly AttendanceEvent[] =>
  state.attendance.log;

/**
 * The start lateness is measured from: the lock's (the host may correct it there), else the stored
 * first sight, else the first logged event; null before anything is known.
 */
export function selectMeetingStart(state: AppState): number | null {
  const { attendance, lockMeeting } = state;
  if (
    lockMeeting.startedAt !== null &&
    lockMeeting.meetingUUID !== null &&
    lockMeeting.meetingUUID === attendance.meetingUUID
  )
    return lockMeeting.startedAt;
  return attendance.meetingStart ?? attendance.log[0]?.at ?? null;
}
