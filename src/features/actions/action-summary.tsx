import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deferred } from '../../components/ui/deferred';
import { withLaterStrings } from '../../i18n/later-strings';
import { useAppStoreApi } from '../../store/store-context';
import { useBatchSummary } from './use-batch-summary';

// Each person's result shows only on request: its own chunk, fetched right after the first paint
// with its words.
const ActionResultList = deferred(
  withLaterStrings(() => import('./action-result-list').then((m) => m.ActionResultList)),
);

/** How long a result that went well stays on screen. */
export const SUMMARY_DISMISS_MS = 6_000;
/** Without a single answer from Zoom for this long, the line says so and offers Cancel. */
export const NOT_ANSWERING_MS = 5_000;

/**
 * The latest action in one line: its progress, then its summary ("Admitted 12 people · Failed
 * for 1 person: already admitted"), each person's result on request. A result that went well dismisses itself;
 * one with failures stays until the host has seen it, as does one whose details are open.
 */
export function ActionSummary() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const view = useBatchSummary();
  const [detailsFor, setDetailsFor] = useState<number | null>(null);
  const batchId = view?.batch.id ?? null;
  const troubled = view ? view.summary.failed + view.summary.refused > 0 : false;
  const open = batchId !== null && detailsFor === batchId;
  const settled = view !== null && !view.running && !troubled && !open;
  // Progress is any answer: the count of items still waiting changes.
  const progressKey = view?.running ? `${batchId}:${view.summary.pending}` : null;
  const [stalledAt, setStalledAt] = useState<string | null>(null);

  useEffect(() => {
    if (progressKey === null) return;
    const timer = setTimeout(() => setStalledAt(progressKey), NOT_ANSWERING_MS);
    return () => clearTimeout(timer);
  }, [progressKey]);

  useEffect(() => {
    if (!settled || batchId === null) return;
    const timer = setTimeout(
      () => store.getState().dismissActionBatch(batchId),
      SUMMARY_DISMISS_MS,
    );
    return () => clearTimeout(timer);
  }, [settled, batchId, store]);

  if (!view) return null;
  const { batch, text, running } = view;
  const stalled = running && stalledAt === progressKey;

  return (
    <div className={`action-summary${troubled ? ' action-summary--trouble' : ''}`}>
      <div className="action-summary__line">
        <p className="action-summary__text" role="status" data-testid="action-summary" title={text}>
          {stalled ? `${t('actions.notAnswering')} · ${text}` : text}
        </p>
        {stalled ? (
          <button
            type="button"
            className="button button--small"
            aria-label={t('actions.cancelWaitingLabel')}
            onClick={() => store.getState().cancelActionBatch(batch.id)}
          >
            {t('actions.cancelWaiting')}
          </button>
        ) : null}
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
            className="button button--small button--icon"
            aria-label={t('actions.dismiss')}
            title={t('actions.dismiss')}
            onClick={() => store.getState().dismissActionBatch(batch.id)}
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
              <path
                d="M3.5 2.4 8 6.9l4.5-4.5 1.1 1.1L9.1 8l4.5 4.5-1.1 1.1L8 9.1l-4.5 4.5-1.1-1.1L6.9 8 2.4 3.5z"
                fill="currentColor"
              />
            </svg>
          </button>
        )}
      </div>
      {open ? <ActionResultList items={batch.items} /> : null}
    </div>
  );
}
