import { describe, expect, it } from 'vitest';
import { createFormatters, csvDelimiter, formattingLocale } from './format';

const AT = Date.UTC(2025, 4, 6, 19, 5);

describe('formattingLocale', () => {
  it.each<[string, string[], string]>([
    ['en', ['en-GB', 'fr'], 'en-GB'],
    ['fr', ['en-US', 'fr-CA'], 'fr-CA'],
    ['fil', ['tl-PH'], 'fil-PH'],
    ['ja', ['ja'], 'ja'],
    ['es', ['es-419', 'es'], 'es-419'],
    // The region comes from the browser even when the UI language is another one.
    ['en', ['de-DE', 'en'], 'en-DE'],
    ['en', ['ja-JP'], 'en-JP'],
    ['es', ['en-US'], 'es-US'],
    // No data for German as written in the US: German stays German (no "PM" in a German panel).
    ['de', ['en-US'], 'de'],
  ])('%s with browser %j → %s', (language, preferences, expected) => {
    expect(formattingLocale(language, preferences)).toBe(expected);
  });

  it('takes the clock from the region, not the UI language', () => {
    const at = (locale: string) =>
      createFormatters(formattingLocale('en', [locale, 'en']), ',', 'UTC').time(AT);
    expect(at('en-US')).toBe('7:05 PM');
    expect(at('de-DE')).toBe('19:05');
    expect(at('en-GB')).toBe('19:05');
  });
});

describe('csvDelimiter', () => {
  it.each<[string, string[], ',' | ';']>([
    ['de', ['de-DE'], ';'],
    ['en', ['de-DE', 'en'], ';'],
    ['fr', ['fr-FR'], ';'],
    ['ja', ['ja-JP'], ','],
    ['de', ['en-US', 'de'], ','],
    ['en', ['en-GB'], ','],
    ['es', ['es-ES'], ';'],
    ['id', ['id-ID'], ';'],
    ['de', [], ';'],
  ])('%s with browser %j → %s', (language, preferences, expected) => {
    expect(csvDelimiter(language, preferences)).toBe(expected);
  });
});

describe('createFormatters', () => {
  it('writes times and numbers the way each locale does', () => {
    const utc = (locale: string) => {
      const f = createFormatters(locale);
      return new Intl.DateTimeFormat(f.locale, {
        hour: 'numeric',
        minute: '2-digit',
        timeZone: 'UTC',
      }).format(AT);
    };
    expect(utc('en-US')).toBe('7:05 PM');
    expect(utc('de')).toBe('19:05');
    expect(createFormatters('de').number(1234.5)).toBe('1.234,5');
    expect(createFormatters('fr').number(1234)).toBe('1\u202f234');
    expect(createFormatters('en').list(['Ann', 'Bob', 'Cy'])).toBe('Ann, Bob, and Cy');
    expect(createFormatters('es').list(['Ann', 'Bob', 'Cy'])).toBe('Ann, Bob y Cy');
    expect(createFormatters('ja', ',', 'UTC').time(AT)).toBe('19:05');
  });
});
