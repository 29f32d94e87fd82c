import type { ThemePreference } from '../store/preferences-slice';

export type Theme = 'light' | 'dark';

/** The theme to show for a preference, given whether the system prefers dark. */
export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): Theme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

/** Sets `data-theme` on <html> and keeps following the system while the preference is 'system'. */
export function applyTheme(
  preference: ThemePreference,
  root: HTMLElement = document.documentElement,
): () => void {
  const query =
    typeof window.matchMedia === 'function'
      ? window.matchMedia('(prefers-color-scheme: dark)')
      : null;
  const apply = () => {
    root.dataset.theme = resolveTheme(preference, query?.matches ?? false);
  };
  apply();
  if (preference !== 'system' || !query) return () => {};
  query.addEventListener('change', apply);
  return () => query.removeEventListener('change', apply);
}
