import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { browserLanguages, pickLanguage } from './languages';

/*
 * The one place the panel formats dates, times, numbers and lists. The words come from the UI
 * language; the conventions (24-hour clock, decimal comma, date order, the CSV list separator)
 * come from the host's region, which the browser's `navigator.languages` names separately: a host
 * in Germany who reads the panel in English sees 19:05 and gets a semicolon-separated CSV.
 */

function regionOf(tag: string): string | null {
  try {
    return new Intl.Locale(tag).region ?? null;
  } catch {
    return null;
  }
}

/**
 * The host's region: of the first browser language in the UI language that names one ("fr-CA"
 * for French), else of the first browser language that names one ("de-DE" → DE), else null.
 */
export function browserRegion(
  language: string,
  preferences: readonly string[] = browserLanguages(),
): string | null {
  const own = preferences.find((tag) => pickLanguage([tag]) === language && regionOf(tag));
  const any = preferences.find((tag) => regionOf(tag));
  return regionOf(own ?? any ?? '');
}

/** ICU has data for exactly this locale (it resolves "de-US" to plain "de": no such data). */
function known(tag: string): boolean {
  try {
    return new Intl.DateTimeFormat(tag).resolvedOptions().locale === tag;
  } catch {
    return false;
  }
}

/**
 * The locale to format in: the UI language in the host's region when ICU knows that pair
 * ("en-DE", "es-419", "fr-CA"), else the UI language alone (month names and AM/PM markers must
 * stay in the UI language, so a German panel in the US formats as German).
 */
export function formattingLocale(
  language: string,
  preferences: readonly string[] = browserLanguages(),
): string {
  const own = preferences.find(
    (tag) => tag.includes('-') && pickLanguage([tag]) === language && known(tag),
  );
  if (own) return own;
  const region = browserRegion(language, preferences);
  const paired = region ? `${language}-${region}` : null;
  return paired && known(paired) ? paired : language;
}

/**
 * The list separator a spreadsheet expects in the host's region: ";" where the decimal separator
 * is a comma (Excel in Germany, France, Spain, Indonesia), else ",". Judged from the region alone,
 * whatever the UI language.
 */
export function csvDelimiter(
  language: string,
  preferences: readonly string[] = browserLanguages(),
): ',' | ';' {
  const region = browserRegion(language, preferences);
  const regional = preferences.find((tag) => regionOf(tag) === region) ?? language;
  const decimal = new Intl.NumberFormat(regional)
    .formatToParts(1.5)
    .find((part) => part.type === 'decimal')?.value;
  return decimal === ',' ? ';' : ',';
}

/** The browser's time zone ("Europe/Berlin"); exports write local times in it, with the offset. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
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
  /** "," or ";": the host's region's spreadsheet list separator. */
  csvDelimiter: ',' | ';';
  timeZone: string;
}

/** Intl formatters for one locale (each Intl object is built once). */
export function createFormatters(
  locale: string,
  delimiter: ',' | ';' = ',',
  timeZone: string = localTimeZone(),
): Formatters {
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone });
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  const number = new Intl.NumberFormat(locale);
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return {
    locale,
    time: (epochMs) => time.format(epochMs),
    dateTime: (epochMs) => dateTime.format(epochMs),
    date: (epochMs) => date.format(epochMs),
    number: (value) => number.format(value),
    list: (items) => list.format(items),
    csvDelimiter: delimiter,
    timeZone,
  };
}

/** Formatters for the language the panel is showing and the host's region, rebuilt when it changes. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language ?? 'en';
  return useMemo(
    () => createFormatters(formattingLocale(language), csvDelimiter(language)),
    [language],
  );
}
