import { Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { withLaterStrings } from '../../i18n/later-strings';
import { useAppStore } from '../../store/store-context';
import {
  selectRoll,
  selectRollImport,
  selectRollLinking,
  selectRollStatus,
} from '../../store/roll-selectors';
import { ImportRollButton } from './import-roll-button';
import { usePanelDrop } from './use-panel-drop';

// The import and link dialogs load when first opened, keeping them off the first paint, with the
// importer's English.
const RollImportDialog = lazy(
  withLaterStrings(() =>
    import('./roll-import-dialog').then((m) => ({ default: m.RollImportDialog })),
  ),
);
const LinkPickerDialog = lazy(
  withLaterStrings(() =>
    import('./link-picker-dialog').then((m) => ({ default: m.LinkPickerDialog })),
  ),
);

/**
 * The roll's place in the toolbar's row, whatever view is open: "Import roll" until there is a
 * roll. It also hosts the import and link dialogs, and takes a roll file dropped anywhere on the
 * panel.
 */
export function RollToolbar() {
  const roll = useAppStore(selectRoll);
  const importing = useAppStore((state) => selectRollImport(state).status !== 'idle');
  const linking = useAppStore((state) => selectRollLinking(state) !== null);
  usePanelDrop();
  return (
    <>
      {roll ? null : <ImportRollButton small />}
      <Suspense fallback={null}>
        {importing ? <RollImportDialog /> : null}
        {linking ? <LinkPickerDialog /> : null}
      </Suspense>
    </>
  );
}

/** In the toolbar's "More" panel once a roll is loaded: how many on it are present, and another import. */
export function RollMenu() {
  const { t } = useTranslation();
  const roll = useAppStore(selectRoll);
  const counts = useAppStore(selectRollStatus).counts;
  if (!roll) return null;
  return (
    <>
      <p className="roll-toolbar__summary">
        {t('roll.toolbarSummary', { present: counts.present, total: counts.total })}
      </p>
      <ImportRollButton small />
    </>
  );
}
