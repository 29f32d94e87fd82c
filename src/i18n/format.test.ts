import { describe, expect, it } from 'vitest';
import { createFormatters, formattingLocale } from './format';

const AT = Date.UTC(2025, 4, 6, 19, 5);

describe('formattingLocale', () => {
  it.each<[string, string[], string]>([
    ['en', ['en-GB', 'fr'], 'en-GB'],
    ['fr', ['en-US', 'fr-CA'], 'fr-CA'],
    ['fil', ['tl-PH'], 'tl-PH'],
    ['de', ['en-US'], 'de'],
    ['ja', ['ja'], 'ja'],
    ['es', ['es-419', 'es'], 'es-419'],
  ])('%s with browser %j → %s', (language, preferences, expected) => {
    expect(formattingLocale(language, preferences)).toBe(expected);
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
    expect(createFormatters('ja').time(AT)).toMatch(/^\d{1,2}:05$/);
  });
});
