import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../store/store-context';
import { ActionResultList } from './action-result-list';
import { useBatchSummary } from './use-batch-summary';

/** The latest action's progress, then its summary, with each person's result on request. */
export function ActionSummary() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const view = useBatchSummary();
  const [detailsFor, setDetailsFor] = useState<number | null>(null);
  if (!view) return null;
  const { batch, summary, text, running } = view;
  const open = detailsFor === batch.id;
  const troubled = summary.failed + summary.refused > 0;

  return (
    <div className={`action-summary${troubled ? ' action-summary--trouble' : ''}`}>
      <p className="action-summary__text" role="status" data-testid="action-summary">
        {text}
      </p>
      <div className="action-summary__buttons">
        {batch.items.length > 1 || troubled ? (
          <button
            type="button"
            className="button button--small"
            aria-expanded={open}
            onClick={() => setDetailsFor(open ? null : batch.id)}
          >
            {open ? t('actions.hideDetails') : t('actions.details')}
          </button>
        ) : null}
        {running ? null : (
          <button
            type="button"
            className="button button--small"
            onClick={() => store.getState().dismissActionBatch(batch.id)}
          >
            {t('actions.dismiss')}
          </button>
        )}
      </div>
      {open ? <ActionResultList items={batch.items} /> : null}
    </div>
  );
}
