import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from './language-picker';
import { ThemePicker } from './theme-picker';

/** "Language and appearance", for the settings view. */
export function PreferencesSection() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="settings__section preferences" aria-labelledby={id}>
      <h2 className="settings__title" id={id}>
        {t('preferences.title')}
      </h2>
      <LanguagePicker />
      <ThemePicker />
    </section>
  );
}
