import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import { createI18n } from './i18n';
import { pickLanguage, SUPPORTED_LANGUAGES } from './languages';

interface PartialCatalog {
  roster?: { nobodyWaiting?: string };
}

const catalogs = import.meta.glob<{ default: PartialCatalog }>('./locales/*.json', { eager: true });

describe('pickLanguage', () => {
  it.each<[string[], string]>([
    [['fr-CA', 'en'], 'fr'],
    [['pt-BR', 'de-DE'], 'de'],
    [['tl-PH'], 'fil'],
    [['in'], 'id'],
    [['ja'], 'ja'],
    [['zh-CN'], 'en'],
    [[], 'en'],
  ])('%j → %s', (preferences, expected) => {
    expect(pickLanguage(preferences)).toBe(expected);
  });
});

describe('createI18n', () => {
  it('pluralises with i18next plural keys', async () => {
    const i18n = await createI18n('en');
    expect(i18n.t('roster.waitingSummary', { count: 1 })).toBe('1 person waiting');
    expect(i18n.t('roster.waitingSummary', { count: 3 })).toBe('3 people waiting');
    expect(i18n.t('roster.inMeeting', { count: 12 })).toBe('In meeting (12)');
  });

  it('leaves escaping to React, so a hostile name is not turned into entities', async () => {
    const i18n = await createI18n('en');
    expect(i18n.t('roster.shown', { shown: '<b>', total: '&' })).toBe('Showing <b> of &');
  });

  it.each(SUPPORTED_LANGUAGES)(
    '%s: loads its own catalog lazily, or falls back to English',
    async (language) => {
      const catalog = catalogs[`./locales/${language}.json`]?.default;
      const i18n = await createI18n(language);
      const expected = catalog?.roster?.nobodyWaiting ?? en.roster.nobodyWaiting;
      expect(i18n.t('roster.nobodyWaiting')).toBe(expected);
      expect(i18n.t('roster.waitingSummary', { count: 2 })).toMatch(/2/);
    },
  );
});
