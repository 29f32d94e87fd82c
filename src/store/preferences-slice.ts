import type { SliceCreator } from './app-store';

export type ThemePreference = 'system' | 'light' | 'dark';

export interface Preferences {
  theme: ThemePreference;
  /** A language code the app ships, or null to follow the browser. */
  language: string | null;
}

export interface PreferencesSlice {
  preferences: Preferences;
  setThemePreference: (theme: ThemePreference) => void;
  setLanguagePreference: (language: string | null) => void;
}

export const createPreferencesSlice: SliceCreator<PreferencesSlice> = (set) => ({
  preferences: { theme: 'system', language: null },
  setThemePreference: (theme) => set((state) => ({ preferences: { ...state.preferences, theme } })),
  setLanguagePreference: (language) =>
    set((state) => ({ preferences: { ...state.preferences, language } })),
});
