import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectStorageProblem } from '../../store/persistence-slice';
import { useAppStore } from '../../store/store-context';
import './settings.css';

/** Says plainly, under the header, that nothing is being saved and why; the panel works on in memory. */
export function StorageBanner() {
  const { t } = useTranslation();
  const problem = useAppStore(selectStorageProblem);
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!problem || dismissed === problem) return null;
  return (
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
  );
}
