import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../components/ui/isolate';
import { selectRollLibrary } from '../../store/persistence-slice';
import { useAppStore, useAppStoreApi } from '../../store/store-context';

const OFFERED = 3;

/** With no roll loaded: the saved rolls to use, the one last used for this meeting's topic first. */
export function RollOffer() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const library = useAppStore(selectRollLibrary);
  const [failed, setFailed] = useState(false);
  if (library.length === 0) return null;
  const use = async (id: string) => setFailed(!(await store.getState().useSavedRoll(id)));
  return (
    <section className="roll-offer" aria-label={t('rolls.offerTitle')}>
      <h2 className="attendance__title">{t('rolls.offerTitle')}</h2>
      <ul className="roll-offer__list">
        {library.slice(0, OFFERED).map((roll) => (
          <li key={roll.id} className="roll-offer__item">
            <bdi className="roll-offer__name">{roll.name}</bdi>
            <span className="attendance__note">{t('rolls.size', { count: roll.size })}</span>
            {/* Three "Use" buttons in a row: each says which roll, its name isolated as in every
                label (the host's file name may be in another script). */}
            <button
              type="button"
              className="button"
              aria-label={t('rolls.useNamed', { name: isolate(roll.name) })}
              onClick={() => void use(roll.id)}
            >
              {t('rolls.use')}
            </button>
          </li>
        ))}
      </ul>
      {failed ? <p role="alert">{t('rolls.gone')}</p> : null}
    </section>
  );
}
