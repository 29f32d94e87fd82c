export { ChecklistView } from './checklist-view';
