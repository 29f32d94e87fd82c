import type { Theme } from './types';

/** How the emulator shows the panel: theme, width, and which page it frames. */
export interface ViewSettings {
  theme: Theme;
  panelWidth: number;
  /** The page in the iframe (the panel's Home URL): a same-origin path or a loopback URL. */
  panelPath: string;
}

/** Zoom's side panel is about 380 px wide; "expanded" gives the app most of the window. */
export const PANEL_WIDTH = 380;
export const EXPANDED_WIDTH = 760;

/** A tiny external store for the view settings (read by React with useSyncExternalStore). */
export class ViewStore {
  private settings: ViewSettings;
  private readonly listeners = new Set<() => void>();

  constructor(initial: ViewSettings) {
    this.settings = initial;
  }

  get = (): ViewSettings => this.settings;

  set(patch: Partial<ViewSettings>): void {
    this.settings = { ...this.settings, ...patch };
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/**
 * The URL the iframe loads. The theme rides in the fragment (`#theme=dark`): changing it is a
 * same-document navigation, so the panel hears `hashchange` and is not reloaded. Zoom itself has no
 * theme API; in Zoom the panel follows `prefers-color-scheme`, which the emulator cannot set per frame.
 */
export function panelUrl(settings: ViewSettings): string {
  return `${settings.panelPath}#theme=${settings.theme}`;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * `?panel=` accepts a same-origin path, or an http(s) URL on this machine (a panel served on another
 * port or host name, e.g. cross-site to run in its own process as in Zoom). Nothing else: the demo
 * page must not frame, and answer as Zoom for, other sites.
 */
export function safePanelPath(value: string | null): string | null {
  if (!value || value.includes('\\')) return null;
  if (value.startsWith('/') && !value.startsWith('//')) return value;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname)
      ? url.href
      : null;
  } catch {
    return null;
  }
}

export function parseWidth(value: string | null): number | null {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 240 && n <= 1600 ? n : null;
}
