export { LanguagePicker } from './language-picker';
export { PreferencesSection } from './preferences-section';
export { ThemePicker } from './theme-picker';
