import type { SliceCreator } from './app-store';

export type ThemePreference = 'system' | 'light' | 'dark';

/** This session's display choices. The language is a saved setting (`persistence.settings.language`). */
export interface Preferences {
  theme: ThemePreference;
}

export interface PreferencesSlice {
  preferences: Preferences;
  setThemePreference: (theme: ThemePreference) => void;
}

export const createPreferencesSlice: SliceCreator<PreferencesSlice> = (set) => ({
  preferences: { theme: 'system' },
  setThemePreference: (theme) => set((state) => ({ preferences: { ...state.preferences, theme } })),
});
