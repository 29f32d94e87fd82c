import i18next from 'i18next';
import type { BackendModule, i18n as I18n, ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import app from './locales/en.json';
import { addLaterStrings, loadLaterStrings } from './later-strings';
import { SUPPORTED_LANGUAGES } from './languages';
import type { SupportedLanguage } from './languages';

export type { I18n };

// Every catalog but English is its own chunk, fetched only when that language is chosen.
const lazyCatalogs = import.meta.glob<{ default: ResourceKey }>([
  './locales/*.json',
  '!./locales/en.json',
]);

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (language, _namespace, callback) => {
    const load = lazyCatalogs[`./locales/${language}.json`];
    if (!load) {
      // No catalog yet for this language: i18next falls back to English.
      callback(null, {});
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export interface CreateI18nOptions {
  /**
   * `afterPaint`: the instance is ready with the roster's English (locales/en.json) and gets the
   * rest (english-later.ts) when `loadLaterStrings()` brings it; the live panel's choice. By
   * default the instance waits for all of it.
   */
  laterStrings?: 'now' | 'afterPaint';
}

/**
 * A ready i18next instance for `language`: English is bundled, other catalogs load lazily.
 * React escapes text itself, so i18next must not (it would show `&lt;` in hostile names).
 */
export async function createI18n(
  language: SupportedLanguage = 'en',
  { laterStrings = 'now' }: CreateI18nOptions = {},
): Promise<I18n> {
  if (laterStrings === 'now') await loadLaterStrings();
  const instance = i18next.createInstance();
  await instance
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...SUPPORTED_LANGUAGES],
      resources: { en: { translation: app } },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
  addLaterStrings(instance);
  return instance;
}
