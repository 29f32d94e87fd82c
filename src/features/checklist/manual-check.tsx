import { useTranslation } from 'react-i18next';
import { isManualItemId, surfaceLabel } from '../../domain/checklist';
import type { ChecklistItem } from '../../domain/checklist';
import { translateMessage } from '../../i18n/message';
import { useAppStoreApi } from '../../store/store-context';

/** Where a Zoom setting lives (menu paths per surface), and a box to tick once it is checked. */
export function ManualCheck({ item, title }: { item: ChecklistItem; title: string }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const id = item.id;
  if (!isManualItemId(id)) return null;
  return (
    <>
      <p className="checklist-where__label">{t('checklistView.whereLabel')}</p>
      <dl className="checklist-where">
        {(item.where ?? []).map((where) => (
          <div className="checklist-where__row" key={where.key}>
            <dt>{translateMessage(t, surfaceLabel(where.surface))}</dt>
            <dd>{translateMessage(t, { key: where.key })}</dd>
          </div>
        ))}
      </dl>
      <label className="checklist-item__check">
        <input
          type="checkbox"
          checked={item.status === 'ok'}
          aria-label={t('checklistView.checkedLabel', { title })}
          onChange={(event) => store.getState().setManualItemChecked(id, event.target.checked)}
        />
        {t('checklistView.checked')}
      </label>
    </>
  );
}
