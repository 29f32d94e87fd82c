export { RollMenu, RollToolbar } from './roll-toolbar';
export { RowClaim } from './row-claim';
export { RollView } from './roll-view';
export { RowMatch } from './row-match';
