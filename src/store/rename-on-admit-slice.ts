import type { StoreApi } from 'zustand/vanilla';
import type { ActionsSlice } from './actions-slice';
import type { SliceCreator } from './app-store';
import type { MeetingSlice } from './meeting-slice';
import { watch } from './watch';

/** What queued renames read and call: the roster, admit and rename. */
type Reads = Pick<MeetingSlice, 'roster'> & Pick<ActionsSlice, 'admit' | 'rename'>;

/**
 * Renames that wait for an admission. Zoom's SDK documents setParticipantScreenName for the
 * meeting only, and the emulator refuses it for someone waiting (see src/emulator/README.md), so a
 * privacy name for a waiting person is queued here and sent the moment they are in the meeting:
 * "Admit and rename" is one action, and bulk privacy renames cover the waiting room too.
 */
export interface RenameOnAdmitSlice {
  /** participantUUID → the name to give them once admitted. */
  renamesOnAdmit: Readonly<Record<string, string>>;
  /** Queues names for people in the waiting room (anyone else is ignored). */
  renameOnAdmit: (renames: ReadonlyArray<{ participantUUID: string; screenName: string }>) => void;
  /** Queues the name, then admits: the privacy name follows them in. Returns the admit batch id. */
  admitAndRename: (participantUUID: string, screenName: string) => number | null;
  /** Sends the queued renames of everyone now in the meeting; forgets those who left. */
  applyRenamesOnAdmit: () => void;
}

export const createRenameOnAdmitSlice: SliceCreator<RenameOnAdmitSlice, Reads> = (set, get) => ({
  renamesOnAdmit: {},

  renameOnAdmit: (renames) => {
    const queued = { ...get().renamesOnAdmit };
    for (const { participantUUID, screenName } of renames) {
      const person = get().roster.participants.get(participantUUID);
      if (person?.location === 'waitingRoom' && screenName.trim() !== '')
        queued[participantUUID] = screenName.trim();
    }
    set({ renamesOnAdmit: queued });
  },

  admitAndRename: (participantUUID, screenName) => {
    get().renameOnAdmit([{ participantUUID, screenName }]);
    return get().admit([participantUUID]);
  },

  applyRenamesOnAdmit: () => {
    const queued = get().renamesOnAdmit;
    const uuids = Object.keys(queued);
    if (uuids.length === 0) return;
    const due: Array<{ participantUUID: string; screenName: string }> = [];
    const kept: Record<string, string> = {};
    for (const uuid of uuids) {
      const person = get().roster.participants.get(uuid);
      if (!person) continue;
      if (person.location === 'meeting')
        due.push({ participantUUID: uuid, screenName: queued[uuid]! });
      else kept[uuid] = queued[uuid]!;
    }
    // Nobody admitted and nobody gone: leave the state alone (no update, no re-render).
    if (Object.keys(kept).length === uuids.length) return;
    set({ renamesOnAdmit: kept });
    if (due.length > 0) get().rename(due);
  },
});

/** Sends queued renames as the roster changes (an admission arrives as a roster event). */
export function followAdmissions(store: StoreApi<RenameOnAdmitSlice & Reads>): () => void {
  return watch(
    store,
    (state) => state.roster,
    () => {
      const state = store.getState();
      if (Object.keys(state.renamesOnAdmit).length > 0) state.applyRenamesOnAdmit();
    },
  );
}
