import { useTranslation } from 'react-i18next';
import { selectRoll } from '../../store/roll-selectors';
import { useAppStore } from '../../store/store-context';
import { DropZone } from './drop-zone';
import { ImportRollButton } from './import-roll-button';
import { RollOverview } from './roll-overview';

/** The Roll tab: the roll's entries as present / waiting / absent, or how to import one. */
export function RollView() {
  const { t } = useTranslation();
  const roll = useAppStore(selectRoll);
  if (roll) return <RollOverview roll={roll} />;
  return (
    <div className="roll-view roll-view--empty">
      <h2 className="roll-view__title">{t('roll.empty.title')}</h2>
      <p className="roll-view__intro">{t('roll.empty.body')}</p>
      <ImportRollButton primary />
      <DropZone />
    </div>
  );
}
