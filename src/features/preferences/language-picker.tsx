import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  browserLanguages,
  isSupportedLanguage,
  LANGUAGE_NAMES,
  pickLanguage,
  SUPPORTED_LANGUAGES,
} from '../../i18n/languages';
import { selectLanguageChoice } from '../../store/persistence-slice';
import { useAppStore, useAppStoreApi } from '../../store/store-context';

const FOLLOW = 'auto';

/**
 * The panel's language: as Zoom's (the embedded browser's) by default, or one chosen here. Each
 * language is named in itself and marked with its `lang`, so a screen reader says it properly.
 */
export function LanguagePicker() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const id = useId();
  const chosen = useAppStore(selectLanguageChoice);
  const followed = pickLanguage(browserLanguages());
  const value = chosen && isSupportedLanguage(chosen) ? chosen : FOLLOW;

  const choose = (next: string) => {
    // A setting: applied at once, and saved so the choice survives a reload of the panel.
    void store.getState().updateSettings({ language: next === FOLLOW ? null : next });
  };

  return (
    <div className="preference">
      <label className="preference__label" htmlFor={id}>
        {t('preferences.language')}
      </label>
      <select id={id} className="select" value={value} onChange={(e) => choose(e.target.value)}>
        <option value={FOLLOW}>
          {t('preferences.languageAuto', { language: LANGUAGE_NAMES[followed] })}
        </option>
        {SUPPORTED_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
