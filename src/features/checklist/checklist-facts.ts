import { countdownView, lockStatus } from '../../domain/lock';
import type { LockState } from '../../domain/lock';
import type {
  LockFact,
  ParticipantFact,
  RecordingFact,
  WaitingRoomFact,
} from '../../domain/checklist';
import type { CloudRecordingState } from '../../zoom/meeting-client';
import type { RosterState } from '../../domain/meeting/types';

/*
 * Store values → the checklist's MeetingFacts. Kept as small pure functions so the view's hook only
 * wires them, and each mapping is tested on its own.
 */

/** The waiting-room switch as the checklist reads it. */
export function waitingRoomFact(enabled: boolean | null): WaitingRoomFact {
  if (enabled === null) return 'unknown';
  return enabled ? 'on' : 'off';
}

/** Cloud recording as the checklist reads it: a paused or starting recording is a recording. */
export function recordingFact(state: CloudRecordingState | null): RecordingFact {
  if (state === null) return 'unknown';
  return state === 'stopped' ? 'not-recording' : 'recording';
}

/** Doorkeeper's own lock, as the checklist reads it. */
export function lockFact(lock: LockState): LockFact {
  return lockStatus(lock);
}

/** The running auto-lock's deadline; a paused countdown has none (it will not fire by itself). */
export function autoLockDeadline(lock: LockState, now: number): number | null {
  if (lock.locked) return null;
  return countdownView(lock, now).deadline;
}

const participantLists = new WeakMap<RosterState['participants'], readonly ParticipantFact[]>();

/** Everyone in the meeting and its waiting room; the same array until the roster changes. */
export function participantFacts(
  participants: RosterState['participants'],
): readonly ParticipantFact[] {
  let list = participantLists.get(participants);
  if (!list) {
    list = [...participants.values()].map(({ participantUUID, screenName, role, location }) => ({
      participantUUID,
      screenName,
      role,
      location,
    }));
    participantLists.set(participants, list);
  }
  return list;
}
