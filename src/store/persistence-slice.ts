import { clearLocalKeys } from '../persistence/local-keys';
import { DAY_MS } from '../persistence/records';
import { DEFAULT_SETTINGS } from '../persistence/types';
import type { StorageErrorKind } from '../persistence/errors';
import type { AppSettings, MeetingRecord, SavedRoll, StorageMode } from '../persistence/types';
import type { AppState, SliceCreator } from './app-store';
import type { AttendanceSlice } from './attendance-slice';
import type { ChecklistSlice } from './checklist-slice';
import type { MeetingSlice } from './meeting-slice';
import type { OpeningMessageSlice } from './opening-message-slice';
import type { LoadedRoll, RollSlice } from './roll-slice';
import type { AppServices } from './services';

/** A roll in the library, without its entries (the list shows names and sizes only). */
export interface RollSummary {
  id: string;
  name: string;
  size: number;
  updatedAt: number;
  lastUsedAt: number | null;
}

export interface PersistenceState {
  /** opening: not known yet. memory: nothing outlives the panel (see `problem`). */
  mode: 'opening' | StorageMode;
  /** Why data is only kept in memory; null while storage works. */
  problem: StorageErrorKind | null;
  settings: AppSettings;
  /** The roll library, the roll last used for this meeting's topic first, then newest first. */
  rollLibrary: readonly RollSummary[];
  /** Which saved roll the loaded roll is, so its links are saved with it. */
  savedRoll: { roll: LoadedRoll; id: string } | null;
  /** This meeting's stored record as read when the panel opened (null until then, or if unknown). */
  meetingRecord: MeetingRecord | null;
  /** Meeting logs retention deleted when the panel opened. */
  purged: number;
  /** Damaged stored values dropped while reading (a notice says so). */
  dropped: number;
  /** A deletion under way, so its button can say so. */
  busy: 'forget' | 'deleteAll' | null;
}

export interface PersistenceSlice {
  persistence: PersistenceState;
  /** For the persistence controller: what it read or learnt. */
  updatePersistence: (patch: Partial<PersistenceState>) => void;
  /** Saves settings (applied at once; storage catches up). A shorter retention purges at once. */
  updateSettings: (patch: Partial<AppSettings>) => Promise<void>;
  /** Re-reads the roll library, the topic's last roll first. */
  refreshRollLibrary: () => Promise<void>;
  /** Loads a saved roll, with its links, as the meeting's roll. False when it is gone. */
  useSavedRoll: (id: string) => Promise<boolean>;
  deleteSavedRoll: (id: string) => Promise<void>;
  /** Deletes this meeting's log, lock state and start time, and stops logging it. */
  forgetThisMeeting: () => Promise<void>;
  /** Deletes everything Doorkeeper stored (its database and its localStorage keys) and stops logging. */
  deleteAllData: () => Promise<void>;
}

const initialPersistence: PersistenceState = {
  mode: 'opening',
  problem: null,
  settings: { ...DEFAULT_SETTINGS },
  rollLibrary: [],
  savedRoll: null,
  meetingRecord: null,
  purged: 0,
  dropped: 0,
  busy: null,
};

function summarise(roll: SavedRoll): RollSummary {
  return {
    id: roll.id,
    name: roll.name,
    size: roll.entries.length,
    updatedAt: roll.updatedAt,
    lastUsedAt: roll.lastUsedAt,
  };
}

/** Settings, the roll library and deletions; loads saved rolls into the roll slice. */
export const createPersistenceSlice =
  ({
    storage: slot,
    clock,
  }: AppServices): SliceCreator<
    PersistenceSlice,
    AttendanceSlice & MeetingSlice & RollSlice & OpeningMessageSlice & ChecklistSlice
  > =>
  (set, get) => {
    const patch = (change: Partial<PersistenceState>) =>
      set((state) => ({ persistence: { ...state.persistence, ...change } }));

    const meetingUUID = () =>
      get().attendance.meetingUUID ?? get().meetingInfo?.meetingUUID ?? null;

    return {
      persistence: initialPersistence,
      updatePersistence: patch,

      updateSettings: async (change) => {
        const before = get().persistence.settings;
        patch({ settings: { ...before, ...change } });
        const storage = slot.get();
        if (!storage) return;
        const saved = await storage.saveSettings(change);
        patch({ settings: saved });
        if (saved.retentionDays < before.retentionDays) {
          await storage.purgeMeetingsBefore(clock() - saved.retentionDays * DAY_MS);
        }
      },

      refreshRollLibrary: async () => {
        const storage = slot.get();
        if (!storage) return;
        const rolls = await storage.listRolls(get().meetingInfo?.topic);
        patch({ rollLibrary: rolls.map(summarise) });
      },

      useSavedRoll: async (id) => {
        const storage = slot.get();
        if (!storage) return false;
        const [roll, decisions] = await Promise.all([
          storage.getRoll(id),
          storage.listDecisions(id),
        ]);
        if (!roll) {
          await get().refreshRollLibrary();
          return false;
        }
        get().setRoll(roll.entries, roll.name, { importedAt: roll.createdAt, decisions });
        const loaded = get().roll;
        if (loaded) patch({ savedRoll: { roll: loaded, id } });
        get().adoptRollOpeningMessage(id, roll.openingMessage);
        const meeting = get().meetingInfo;
        if (meeting) await storage.markRollUsed(id, meeting.topic, clock(), meeting.meetingUUID);
        await get().refreshRollLibrary();
        return true;
      },

      deleteSavedRoll: async (id) => {
        const storage = slot.get();
        if (!storage) return;
        await storage.deleteRoll(id);
        // The roll stays loaded for this meeting; it is simply no longer in the library.
        if (get().persistence.savedRoll?.id === id) patch({ savedRoll: null });
        get().detachOpeningMessage(id);
        await get().refreshRollLibrary();
      },

      forgetThisMeeting: async () => {
        const uuid = meetingUUID();
        get().stopAttendance();
        patch({ busy: 'forget', meetingRecord: null });
        // Earlier occurrences of this meeting ID are still kept; this one is not any more.
        const history = get().meetingHistory;
        if (history) get().setMeetingHistory(history.filter((o) => o.meetingUUID !== uuid));
        try {
          if (uuid) await slot.get()?.forgetMeeting(uuid);
        } finally {
          patch({ busy: null });
        }
      },

      deleteAllData: async () => {
        get().stopAttendance();
        get().clearRoll();
        // The browser's own flags first: they go even when the database cannot be reached.
        clearLocalKeys();
        get().clearOpeningMessage();
        get().setMeetingHistory([]);
        patch({
          busy: 'deleteAll',
          settings: { ...DEFAULT_SETTINGS },
          rollLibrary: [],
          savedRoll: null,
          meetingRecord: null,
        });
        try {
          await slot.get()?.deleteAll();
        } finally {
          patch({ busy: null });
        }
      },
    };
  };

export const selectPersistence = (state: AppState): PersistenceState => state.persistence;
export const selectSettings = (state: AppState): AppSettings => state.persistence.settings;
export const selectStorageProblem = (state: AppState): StorageErrorKind | null =>
  state.persistence.problem;
export const selectDroppedValues = (state: AppState): number => state.persistence.dropped;
/** The language the host chose (a code the app ships, or anything else), or null to follow Zoom's. */
export const selectLanguageChoice = (state: AppState): string | null =>
  state.persistence.settings.language;
export const selectRollLibrary = (state: AppState): readonly RollSummary[] =>
  state.persistence.rollLibrary;
