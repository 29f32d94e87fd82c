import type { i18n as I18n } from 'i18next';

/*
 * Part of the English catalog (english-later.ts) is not needed to paint the roster, so the live
 * panel leaves it out of its first load. Every view or dialog that shows those words waits for
 * `loadLaterStrings()` before it renders; the panel also starts it right after its first paint.
 */

const waiting = new Set<Pick<I18n, 'addResourceBundle'>>();
let strings: Record<string, unknown> | null = null;
let loading: Promise<void> | null = null;

function add(instance: Pick<I18n, 'addResourceBundle'>, bundle: Record<string, unknown>): void {
  instance.addResourceBundle('en', 'translation', bundle, true, false);
}

/** Gives `instance` the later English now if it is here, else as soon as it loads. */
export function addLaterStrings(instance: Pick<I18n, 'addResourceBundle'>): void {
  if (strings) add(instance, strings);
  else waiting.add(instance);
}

/** Loads the later English (once) into every instance that asked; resolves when it is in. */
export function loadLaterStrings(): Promise<void> {
  loading ??= import('./english-later').then((module) => {
    strings = module.englishLater;
    for (const instance of waiting) add(instance, module.englishLater);
    waiting.clear();
  });
  // A failed fetch (network) may be retried by the next caller.
  return loading.catch((error: unknown) => {
    loading = null;
    throw error;
  });
}

/** `load()` once the later English is in: for React.lazy views and dialogs that show it. */
export function withLaterStrings<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadLaterStrings()]).then(([module]) => module);
}
