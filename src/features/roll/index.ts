export { RollToolbar } from './roll-toolbar';
export { RollView } from './roll-view';
export { RowMatch } from './row-match';
