import { lazy } from 'react';
import { withLaterStrings } from '../../i18n/later-strings';
import { checklistItemAddons, checklistSections } from '../composition';

// Loaded when first opened, off the first paint, with the English the roster does not need.
const ChecklistPanel = lazy(
  withLaterStrings(() =>
    import('../../features/checklist').then((m) => ({ default: m.ChecklistView })),
  ),
);

/** "Check this meeting": the checklist, with what features add under its items and after it. */
export function ChecklistView() {
  return <ChecklistPanel itemAddons={checklistItemAddons} sections={checklistSections} />;
}
