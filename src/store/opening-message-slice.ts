import { checkOpeningText } from '../domain/chat/opening-text';
import type { SavedOpeningMessage } from '../persistence/types';
import type { AppState, SliceCreator } from './app-store';
import type { PersistenceSlice } from './persistence-slice';
import type { AppServices } from './services';

/**
 * The host's own opening message, when they edited the preset's: `rollId` is the saved roll it is
 * kept with, null when it is kept for this meeting only (no saved roll, or storage refused it).
 */
export interface OpeningEdit {
  text: string;
  rollId: string | null;
}

/** How the last save went, for the line under the editor. */
export type OpeningSave = 'idle' | 'saved' | 'sessionOnly' | 'failed';

export interface OpeningMessageSlice {
  /** null: the preset's text, filled in live. */
  openingEdit: OpeningEdit | null;
  openingSave: OpeningSave;
  /**
   * Keeps the host's text (null: back to the preset's) with the loaded saved roll, or for this
   * meeting only when there is none. Text that `checkOpeningText` refuses is not taken: false.
   */
  saveOpeningMessage: (text: string | null) => Promise<boolean>;
  /**
   * A saved roll became the meeting's roll: its stored text becomes the opening message; without
   * one, a text kept for this meeting only is saved with it (the host was told it would be).
   */
  adoptRollOpeningMessage: (rollId: string, stored: SavedOpeningMessage | null) => void;
  /** The roll was deleted from the library: its text goes on for this meeting only, as the roll does. */
  detachOpeningMessage: (rollId: string) => void;
  clearOpeningMessage: () => void;
}

/** The opening message's edit, kept with the roll in the library (issue 15). */
export function createOpeningMessageSlice({
  storage,
  clock,
}: AppServices): SliceCreator<OpeningMessageSlice, PersistenceSlice> {
  return (set, get) => {
    const keepWith = async (rollId: string, text: string | null): Promise<OpeningSave> => {
      const kept = storage.get();
      if (!kept) return 'sessionOnly';
      try {
        return (await kept.saveOpeningMessage(rollId, text, clock())) ? 'saved' : 'sessionOnly';
      } catch {
        return 'failed';
      }
    };

    return {
      openingEdit: null,
      openingSave: 'idle',

      saveOpeningMessage: async (text) => {
        if (text !== null && checkOpeningText(text) !== null) return false;
        const rollId = get().persistence.savedRoll?.id ?? null;
        set({ openingEdit: text === null ? null : { text, rollId }, openingSave: 'idle' });
        if (rollId === null) {
          set({ openingSave: text === null ? 'idle' : 'sessionOnly' });
          return true;
        }
        const outcome = await keepWith(rollId, text);
        // A later edit (or another roll) while this one was being written has the last word.
        const current = get().openingEdit;
        if (text === null ? current !== null : current?.text !== text) return true;
        if (text !== null && outcome !== 'saved') set({ openingEdit: { text, rollId: null } });
        set({ openingSave: text === null && outcome === 'saved' ? 'idle' : outcome });
        return true;
      },

      adoptRollOpeningMessage: (rollId, stored) => {
        const current = get().openingEdit;
        if (stored) {
          set({ openingEdit: { text: stored.text, rollId }, openingSave: 'idle' });
          return;
        }
        if (current && current.rollId === null) {
          set({ openingEdit: { text: current.text, rollId } });
          void keepWith(rollId, current.text).then((outcome) => {
            if (get().openingEdit?.text !== current.text) return;
            if (outcome === 'saved') set({ openingSave: 'saved' });
            else set({ openingEdit: { text: current.text, rollId: null }, openingSave: outcome });
          });
          return;
        }
        set({ openingEdit: null, openingSave: 'idle' });
      },

      detachOpeningMessage: (rollId) => {
        const current = get().openingEdit;
        if (current?.rollId === rollId) set({ openingEdit: { text: current.text, rollId: null } });
      },

      clearOpeningMessage: () => set({ openingEdit: null, openingSave: 'idle' }),
    };
  };
}

export const selectOpeningEdit = (state: AppState): OpeningEdit | null => state.openingEdit;
export const selectOpeningSave = (state: AppState): OpeningSave => state.openingSave;
