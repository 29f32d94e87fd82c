import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';
import { selectRoll, selectRollStatus } from '../../store/roll-selectors';
import { ImportRollButton } from './import-roll-button';
import { LinkPickerDialog } from './link-picker-dialog';
import { RollImportDialog } from './roll-import-dialog';
import { usePanelDrop } from './use-panel-drop';

/**
 * The roll's place in the panel toolbar, whatever view is open: "Import roll" until there is a
 * roll, then how many on it are present. It also hosts the import and link dialogs, and takes
 * a roll file dropped anywhere on the panel.
 */
export function RollToolbar() {
  const { t } = useTranslation();
  const roll = useAppStore(selectRoll);
  const counts = useAppStore(selectRollStatus).counts;
  usePanelDrop();
  return (
    <>
      {roll ? (
        <p className="roll-toolbar__summary">
          {t('roll.toolbarSummary', { present: counts.present, total: counts.total })}
        </p>
      ) : (
        <ImportRollButton />
      )}
      <RollImportDialog />
      <LinkPickerDialog />
    </>
  );
}
