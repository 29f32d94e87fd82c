import { useEffect, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { browserLanguages, isSupportedLanguage, pickLanguage } from '../i18n/languages';
import { selectLanguageChoice } from '../store/persistence-slice';
import { selectPreferences } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { applyTheme } from './theme';

/** Keeps <html data-theme> and <html lang> and the i18n language in step with the preferences. */
export function useDocumentPreferences(): void {
  const { theme } = useAppStore(selectPreferences);
  // The host's choice (applied at once, and saved with the settings), else Zoom's language.
  const language = useAppStore(selectLanguageChoice);
  const { i18n } = useTranslation();

  // Before paint, so the panel never flashes the wrong theme.
  useLayoutEffect(() => applyTheme(theme), [theme]);

  useEffect(() => {
    const wanted =
      language && isSupportedLanguage(language) ? language : pickLanguage(browserLanguages());
    if (i18n.resolvedLanguage !== wanted) void i18n.changeLanguage(wanted);
  }, [language, i18n]);

  // Before paint too: <html lang> picks fonts (CJK glyphs) and the screen reader's voice, so it
  // changes in the frame the text changes (Preact runs a plain effect only after that paint).
  useLayoutEffect(() => {
    const update = () => {
      document.documentElement.lang = i18n.resolvedLanguage ?? 'en';
    };
    update();
    i18n.on('languageChanged', update);
    return () => i18n.off('languageChanged', update);
  }, [i18n]);
}
