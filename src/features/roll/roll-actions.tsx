import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../store/store-context';

/** Replace (import another roll) and Clear, which asks once before forgetting the roll and its links. */
export function RollActions() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [confirming, setConfirming] = useState(false);
  if (confirming) {
    return (
      <div className="roll-actions" role="group" aria-label={t('roll.clearQuestion')}>
        <span className="roll-actions__question">{t('roll.clearQuestion')}</span>
        <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
          {t('roll.keep')}
        </button>
        <button
          type="button"
          className="button roll-actions__clear"
          onClick={() => {
            setConfirming(false);
            store.getState().clearRoll();
          }}
        >
          {t('roll.clearConfirm')}
        </button>
      </div>
    );
  }
  return (
    <div className="roll-actions">
      <button type="button" className="button" onClick={() => store.getState().openRollImport()}>
        {t('roll.replace')}
      </button>
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {t('roll.clear')}
      </button>
    </div>
  );
}
