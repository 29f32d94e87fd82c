import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { selectEmailVerificationOn } from '../../store/identity-slice';
import { useAppStore, useAppStoreApi } from '../../store/store-context';

/** The settings section: e-mail verification on or off, and what it does with addresses. */
export function IdentitySettings() {
  const { t } = useTranslation();
  const id = useId();
  const store = useAppStoreApi();
  const on = useAppStore(selectEmailVerificationOn);
  const offByPreset = useAppStore(
    (state) => state.emailVerificationChoice === null && !selectEmailVerificationOn(state),
  );
  return (
    <section className="settings__section" aria-labelledby={id}>
      <h2 className="settings__title" id={id}>
        {t('identity.settings.title')}
      </h2>
      <label className="lock-toggle">
        <input
          type="checkbox"
          checked={on}
          onChange={(event) => store.getState().setEmailVerification(event.target.checked)}
        />
        {t('identity.settings.toggle')}
      </label>
      <p className="identity-settings__hint">{t('identity.settings.explain')}</p>
      {offByPreset ? (
        <p className="identity-settings__hint">{t('identity.settings.offByPreset')}</p>
      ) : null}
    </section>
  );
}
