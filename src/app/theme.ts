import type { ThemePreference } from '../store/preferences-slice';

export type Theme = 'light' | 'dark';

/*
 * 'system' means "as Zoom looks". The Zoom Apps SDK (0.16) has no theme call or event, so in Zoom
 * the panel follows `prefers-color-scheme`, which the client's embedded browser takes from the
 * operating system. A host page may say more precisely in the fragment, `#theme=light|dark`: the
 * emulator does, since a framed page cannot be given its own `prefers-color-scheme`.
 */

/** The theme a host page asks for in the URL fragment (`#theme=dark`), or null. */
export function hostTheme(hash: string): Theme | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('theme');
  return value === 'light' || value === 'dark' ? value : null;
}

/** The theme to show for a preference, given the host's request and whether the system prefers dark. */
export function resolveTheme(
  preference: ThemePreference,
  systemPrefersDark: boolean,
  host: Theme | null = null,
): Theme {
  if (preference !== 'system') return preference;
  if (host) return host;
  return systemPrefersDark ? 'dark' : 'light';
}

/** Sets `data-theme` on <html> and keeps following the host and system while the preference is 'system'. */
export function applyTheme(
  preference: ThemePreference,
  root: HTMLElement = document.documentElement,
): () => void {
  const query =
    typeof window.matchMedia === 'function'
      ? window.matchMedia('(prefers-color-scheme: dark)')
      : null;
  const apply = () => {
    root.dataset.theme = resolveTheme(
      preference,
      query?.matches ?? false,
      hostTheme(window.location.hash),
    );
  };
  apply();
  if (preference !== 'system') return () => {};
  query?.addEventListener('change', apply);
  window.addEventListener('hashchange', apply);
  return () => {
    query?.removeEventListener('change', apply);
    window.removeEventListener('hashchange', apply);
  };
}
