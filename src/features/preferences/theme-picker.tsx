import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemePreference } from '../../store/preferences-slice';
import { selectPreferences } from '../../store/selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';

const CHOICES: readonly ThemePreference[] = ['system', 'light', 'dark'];

/** Light or dark: as Zoom by default, or fixed (for a host who needs the other contrast). */
export function ThemePicker() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const id = useId();
  const theme = useAppStore(selectPreferences).theme;
  const labels: Record<ThemePreference, string> = {
    system: t('preferences.themeSystem'),
    light: t('preferences.themeLight'),
    dark: t('preferences.themeDark'),
  };
  return (
    <div className="preference">
      <label className="preference__label" htmlFor={id}>
        {t('preferences.theme')}
      </label>
      <select
        id={id}
        className="select"
        value={theme}
        onChange={(e) => store.getState().setThemePreference(e.target.value as ThemePreference)}
      >
        {CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {labels[choice]}
          </option>
        ))}
      </select>
    </div>
  );
}
