import { applyEvents, emptyRoster, reconcile } from '../domain/meeting/roster';
import type { ReceivedRosterEvent, RosterSnapshot, RosterState } from '../domain/meeting/types';
import type { MeetingInfo, UserContext } from '../zoom/meeting-client';
import type { SliceCreator } from './app-store';

export interface MeetingSlice {
  roster: RosterState;
  /** Who I am in this meeting and my role (null until Zoom told us). */
  me: UserContext | null;
  meetingInfo: MeetingInfo | null;
  /** Whether the meeting's waiting room is on (null when unknown). */
  waitingRoomEnabled: boolean | null;
  /** Applies a batch of events as one store update (one render for a burst of joins). */
  applyRosterEvents: (batch: readonly ReceivedRosterEvent[]) => void;
  reconcileRoster: (snapshot: RosterSnapshot) => void;
  setMe: (me: UserContext | null) => void;
  setMeetingInfo: (info: MeetingInfo | null) => void;
  setWaitingRoomEnabled: (enabled: boolean | null) => void;
}

export const createMeetingSlice: SliceCreator<MeetingSlice> = (set, get) => ({
  roster: emptyRoster(),
  me: null,
  meetingInfo: null,
  waitingRoomEnabled: null,
  applyRosterEvents: (batch) => {
    const current = get().roster;
    const next = applyEvents(current, batch);
    if (next !== current) set({ roster: next });
  },
  reconcileRoster: (snapshot) => {
    const current = get().roster;
    const next = reconcile(current, snapshot);
    if (next !== current) set({ roster: next });
  },
  setMe: (me) => set({ me }),
  setMeetingInfo: (meetingInfo) => set({ meetingInfo }),
  setWaitingRoomEnabled: (waitingRoomEnabled) => set({ waitingRoomEnabled }),
});
