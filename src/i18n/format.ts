import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { browserLanguages, pickLanguage } from './languages';

/**
 * The locale to format dates, times and numbers in: the user's own regional variant of the UI
 * language when the browser lists one ("fr-CA" for French, "en-GB" for English), else the language.
 * So a British host reading English sees 19:05 and 06/05/2025, an American 7:05 PM and 5/6/2025.
 */
export function formattingLocale(
  language: string,
  preferences: readonly string[] = browserLanguages(),
): string {
  const regional = preferences.find(
    (tag) => tag.includes('-') && pickLanguage([tag]) === language && isValidLocale(tag),
  );
  return regional ?? language;
}

function isValidLocale(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}

export interface Formatters {
  locale: string;
  /** "7:05 PM", "19:05". */
  time: (epochMs: number) => string;
  /** "May 6, 2025, 7:05 PM". */
  dateTime: (epochMs: number) => string;
  /** "May 6, 2025". */
  date: (epochMs: number) => string;
  /** "1,234" / "1 234" / "1.234". */
  number: (value: number) => string;
  /** "Ann, Bob, and Cy" / "Ann, Bob et Cy". */
  list: (items: readonly string[]) => string;
}

/** Intl formatters for one locale (each Intl object is built once). */
export function createFormatters(locale: string): Formatters {
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const number = new Intl.NumberFormat(locale);
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return {
    locale,
    time: (epochMs) => time.format(epochMs),
    dateTime: (epochMs) => dateTime.format(epochMs),
    date: (epochMs) => date.format(epochMs),
    number: (value) => number.format(value),
    list: (items) => list.format(items),
  };
}

/** Formatters for the language the panel is showing, rebuilt when it changes. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language ?? 'en';
  return useMemo(() => createFormatters(formattingLocale(language)), [language]);
}
