import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../components/ui/isolate';
import { useFormatters } from '../../i18n/format';
import { selectPersistence } from '../../store/persistence-slice';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { ConfirmButton } from './confirm-button';

/** The roll library: the roll last used for this meeting's topic first, then the newest; use or delete. */
export function SavedRolls() {
  const { t } = useTranslation();
  const format = useFormatters();
  const store = useAppStoreApi();
  const { rollLibrary, savedRoll } = useAppStore(selectPersistence);
  const roll = useAppStore((state) => state.roll);
  const [gone, setGone] = useState(false);
  const inUse = savedRoll && savedRoll.roll === roll ? savedRoll.id : null;

  if (rollLibrary.length === 0) return <p className="setting__help">{t('rolls.empty')}</p>;
  return (
    <>
      <ul className="saved-rolls" aria-label={t('rolls.title')}>
        {rollLibrary.map((saved) => {
          // The host's own file name, in any script: isolated, it cannot reorder the label.
          const name = isolate(saved.name);
          return (
            <li key={saved.id} className="saved-rolls__item" data-testid="saved-roll">
              <div className="saved-rolls__text">
                <bdi className="saved-rolls__name">{saved.name}</bdi>
                <span className="setting__help">
                  {t('rolls.size', { count: saved.size })}
                  {saved.lastUsedAt !== null
                    ? ` · ${t('rolls.lastUsed', { date: format.date(saved.lastUsedAt) })}`
                    : ''}
                </span>
              </div>
              {saved.id === inUse ? (
                <span className="saved-rolls__in-use">{t('rolls.inUse')}</span>
              ) : (
                <button
                  type="button"
                  className="button"
                  aria-label={t('rolls.useNamed', { name })}
                  onClick={() =>
                    void store
                      .getState()
                      .useSavedRoll(saved.id)
                      .then((ok) => setGone(!ok))
                  }
                >
                  {t('rolls.use')}
                </button>
              )}
              <ConfirmButton
                label={t('rolls.delete')}
                ariaLabel={t('rolls.deleteNamed', { name })}
                question={t('rolls.deleteQuestion', { name })}
                confirmLabel={t('rolls.deleteConfirm')}
                busyLabel={t('settings.deleting')}
                busy={false}
                onConfirm={() => store.getState().deleteSavedRoll(saved.id)}
              />
            </li>
          );
        })}
      </ul>
      {gone ? <p role="alert">{t('rolls.gone')}</p> : null}
    </>
  );
}
