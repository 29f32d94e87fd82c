import { rollCallCounts, toSendAway } from '../domain/roll-call/call-out';
import type { RollMark } from '../domain/roll-call/call-out';
import type { ActionsSlice } from './actions-slice';
import type { AppState, SliceCreator } from './app-store';
import type { AttendanceSlice } from './attendance-slice';
import type { LockSlice } from './lock-slice';
import type { MeetingSlice } from './meeting-slice';
import type { AppServices } from './services';

export interface RollCall {
  startedAt: number;
  marks: Readonly<Record<string, RollMark>>;
}

export interface RollCallSlice {
  /** The roll call in progress, or null. */
  rollCall: RollCall | null;
  /**
   * Pause and take the roll (after the host confirmed): lock through the lock's own action, then
   * send everyone but hosts, co-hosts and me to the waiting room. False when already running.
   */
  startRollCall: () => boolean;
  /** They answered: admit whoever waits for this entry, and mark it present. */
  markRollPresent: (rollId: string, participantUUIDs: readonly string[]) => void;
  markRollAbsent: (rollId: string) => void;
  /** End it, staying locked or unlocking (the host's choice), and log the counts. */
  endRollCall: (stayLocked: boolean) => void;
  /** "Forget this person": their entry's mark goes (the call-out goes on for everyone else). */
  forgetRollMark: (rollId: string) => void;
}

/** Pause and roll call (issue 15): the lock's and the host actions' public actions, in order. */
export function createRollCallSlice(
  services: AppServices,
): SliceCreator<RollCallSlice, LockSlice & ActionsSlice & MeetingSlice & AttendanceSlice> {
  const mark = (rollCall: RollCall, rollId: string, value: RollMark): RollCall => ({
    ...rollCall,
    marks: { ...rollCall.marks, [rollId]: value },
  });
  return (set, get) => ({
    rollCall: null,
    forgetRollMark: (rollId) => {
      const rollCall = get().rollCall;
      if (!rollCall || !(rollId in rollCall.marks)) return;
      const marks = { ...rollCall.marks };
      delete marks[rollId];
      set({ rollCall: { ...rollCall, marks } });
    },
    startRollCall: () => {
      if (get().rollCall) return false;
      const at = services.clock();
      get().lockNow();
      const people = [...get().roster.participants.values()];
      const away = toSendAway(people, get().me?.participantUUID ?? null);
      if (away.length > 0) get().putInWaitingRoom(away);
      set({ rollCall: { startedAt: at, marks: {} } });
      get().logAttendanceEvents([{ kind: 'rollCallStart', at, reconstructed: false }]);
      return true;
    },
    markRollPresent: (rollId, participantUUIDs) => {
      const rollCall = get().rollCall;
      if (!rollCall) return;
      if (participantUUIDs.length > 0) get().admit(participantUUIDs);
      set({ rollCall: mark(rollCall, rollId, 'present') });
    },
    markRollAbsent: (rollId) => {
      const rollCall = get().rollCall;
      if (rollCall) set({ rollCall: mark(rollCall, rollId, 'absent') });
    },
    endRollCall: (stayLocked) => {
      const rollCall = get().rollCall;
      if (!rollCall) return;
      if (!stayLocked) get().unlock();
      set({ rollCall: null });
      get().logAttendanceEvents([
        {
          kind: 'rollCallEnd',
          at: services.clock(),
          reconstructed: false,
          reason: stayLocked ? 'stayedLocked' : 'unlocked',
          ...rollCallCounts(rollCall.marks),
        },
      ]);
    },
  });
}

export const selectRollCall = (state: AppState) => state.rollCall;
