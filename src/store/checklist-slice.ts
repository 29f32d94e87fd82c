import type { ManualItemId, PresetId } from '../domain/checklist';
import type { SliceCreator } from './app-store';

export interface ChecklistSlice {
  /** The kind of meeting the security checklist judges this one as. */
  checklistPreset: PresetId;
  /** Zoom settings the host has ticked as checked (no API can read them). */
  checkedManualItems: readonly ManualItemId[];
  setChecklistPreset: (preset: PresetId) => void;
  setManualItemChecked: (item: ManualItemId, checked: boolean) => void;
}

export const createChecklistSlice: SliceCreator<ChecklistSlice> = (set, get) => ({
  checklistPreset: 'general',
  checkedManualItems: [],
  setChecklistPreset: (checklistPreset) => set({ checklistPreset }),
  setManualItemChecked: (item, checked) => {
    const current = get().checkedManualItems;
    if (current.includes(item) === checked) return;
    set({
      checkedManualItems: checked ? [...current, item] : current.filter((id) => id !== item),
    });
  },
});
