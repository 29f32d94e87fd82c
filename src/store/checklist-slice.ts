import { getPreset } from '../domain/checklist/presets';
import type { ManualItemId, MeetingOccurrence, PresetId } from '../domain/checklist';
import type { SliceCreator } from './app-store';
import type { PersistenceSlice } from './persistence-slice';

export interface ChecklistSlice {
  /** The kind of meeting the security checklist judges this one as. */
  checklistPreset: PresetId;
  /** Zoom settings the host has ticked as checked (no API can read them). */
  checkedManualItems: readonly ManualItemId[];
  /** The meeting's join link (getMeetingJoinUrl), for the passcode check; null until read. */
  joinUrl: string | null;
  setJoinUrl: (joinUrl: string | null) => void;
  /** The occurrences kept for this meeting's ID, this one included; null until storage answered. */
  meetingHistory: readonly MeetingOccurrence[] | null;
  setMeetingHistory: (history: readonly MeetingOccurrence[] | null) => void;
  setChecklistPreset: (preset: PresetId) => void;
  setManualItemChecked: (item: ManualItemId, checked: boolean) => void;
}

export const createChecklistSlice: SliceCreator<ChecklistSlice, PersistenceSlice> = (set, get) => ({
  checklistPreset: 'general',
  checkedManualItems: [],
  joinUrl: null,
  setJoinUrl: (joinUrl) => set({ joinUrl }),
  meetingHistory: null,
  setMeetingHistory: (meetingHistory) => set({ meetingHistory }),
  setChecklistPreset: (checklistPreset) => {
    if (checklistPreset === get().checklistPreset) return;
    set({ checklistPreset });
    // The preset's default; the host may still choose full names in the export (hosts decide).
    if (getPreset(checklistPreset).initialsOnlyExport)
      void get().updateSettings({ exportPrivacy: 'initials' });
  },
  setManualItemChecked: (item, checked) => {
    const current = get().checkedManualItems;
    if (current.includes(item) === checked) return;
    set({
      checkedManualItems: checked ? [...current, item] : current.filter((id) => id !== item),
    });
  },
});
