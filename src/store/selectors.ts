import { listRoster } from '../domain/meeting/roster-view';
import type { RosterLocation, RosterParticipant, RosterState } from '../domain/meeting/types';
import type { AppState } from './app-store';
import type { ConnectionState } from './connection-slice';

/**
 * Named selectors. Each returns a value that stays the same object until its inputs change, as
 * zustand v5 re-renders (or loops) on a fresh array or object from every call.
 */

export const selectConnection = (state: AppState): ConnectionState => state.connection;
export const selectStatus = (state: AppState) => state.connection.status;
export const selectMe = (state: AppState) => state.me;
export const selectMeetingInfo = (state: AppState) => state.meetingInfo;
export const selectWaitingRoomEnabled = (state: AppState) => state.waitingRoomEnabled;
export const selectMeetingCount = (state: AppState) => state.roster.counts.meeting;
export const selectWaitingCount = (state: AppState) => state.roster.counts.waitingRoom;
export const selectPreferences = (state: AppState) => state.preferences;

export { canUseHostApis } from '../domain/roles';

function memoisedRows(location: RosterLocation) {
  // One cache per roster version, keyed by query, so two components with different queries
  // never evict each other's result (a fresh array on every call would re-render forever).
  let participants: RosterState['participants'] | null = null;
  let me: string | null = null;
  const byQuery = new Map<string, readonly RosterParticipant[]>();
  return (state: AppState, query: string): readonly RosterParticipant[] => {
    const meUUID = state.me?.participantUUID ?? null;
    if (state.roster.participants !== participants || meUUID !== me || byQuery.size > 32) {
      participants = state.roster.participants;
      me = meUUID;
      byQuery.clear();
    }
    let rows = byQuery.get(query);
    if (!rows) {
      rows = listRoster(state.roster, location, { query, meUUID });
      byQuery.set(query, rows);
    }
    return rows;
  };
}

const meetingRows = memoisedRows('meeting');
const waitingRows = memoisedRows('waitingRoom');

/** People in the meeting matching `query`: me, hosts, co-hosts, then by name. */
export const selectMeetingRows =
  (query: string) =>
  (state: AppState): readonly RosterParticipant[] =>
    meetingRows(state, query);

/** People in the waiting room matching `query`, longest waiting first. */
export const selectWaitingRows =
  (query: string) =>
  (state: AppState): readonly RosterParticipant[] =>
    waitingRows(state, query);
