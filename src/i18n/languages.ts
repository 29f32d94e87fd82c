/** The languages Doorkeeper ships, English first (the fallback). */
export const SUPPORTED_LANGUAGES = ['en', 'fil', 'fr', 'de', 'id', 'ja', 'es'] as const;

export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/** Each language's name in that language: people look for their own language by its own name. */
export const LANGUAGE_NAMES: Readonly<Record<SupportedLanguage, string>> = {
  en: 'English',
  fil: 'Filipino',
  fr: 'Français',
  de: 'Deutsch',
  id: 'Bahasa Indonesia',
  ja: '日本語',
  es: 'Español',
};

// Older or alternative codes browsers still report for languages we ship.
const ALIASES: Readonly<Record<string, SupportedLanguage>> = { tl: 'fil', in: 'id' };

/** Whether `code` is one of the shipped language codes. */
export function isSupportedLanguage(code: string): code is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(code);
}

/** The first shipped language among the user's preferences (e.g. navigator.languages), else English. */
export function pickLanguage(preferences: readonly string[]): SupportedLanguage {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isSupportedLanguage(base)) return base;
    const alias = ALIASES[base];
    if (alias) return alias;
  }
  return 'en';
}

/** The browser's language preferences, most preferred first. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
