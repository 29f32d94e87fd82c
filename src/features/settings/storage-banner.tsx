import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectDroppedValues, selectStorageProblem } from '../../store/persistence-slice';
import { useAppStore } from '../../store/store-context';
import './settings.css';

/** Tells the host, once, that damaged saved values were dropped (and that nothing else was lost). */
function DroppedNotice() {
  const { t } = useTranslation();
  const dropped = useAppStore(selectDroppedValues);
  const [dismissed, setDismissed] = useState(0);
  if (dropped === 0 || dismissed === dropped) return null;
  return (
    <div className="storage-banner" role="status" data-testid="storage-dropped">
      <p>{t('storage.dropped', { count: dropped })}</p>
      <button
        type="button"
        className="button storage-banner__dismiss"
        onClick={() => setDismissed(dropped)}
      >
        {t('storage.dismiss')}
      </button>
    </div>
  );
}

/** Says plainly, under the header, that nothing is being saved and why; the panel works on in memory. */
export function StorageBanner() {
  const { t } = useTranslation();
  const problem = useAppStore(selectStorageProblem);
  const [dismissed, setDismissed] = useState<string | null>(null);
  return (
    <>
      {problem && dismissed !== problem ? (
        <div className="storage-banner" role="alert" data-testid="storage-banner">
          <p>
            <strong>{t('storage.title')}</strong> {t(`storage.problem.${problem}`)}
          </p>
          <button
            type="button"
            className="button storage-banner__dismiss"
            onClick={() => setDismissed(problem)}
          >
            {t('storage.dismiss')}
          </button>
        </div>
      ) : null}
      <DroppedNotice />
    </>
  );
}
