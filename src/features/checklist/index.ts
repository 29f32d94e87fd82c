export { ChecklistView } from './checklist-view';
export type { ChecklistItemAddon } from './checklist-item';
