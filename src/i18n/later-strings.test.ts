import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';
import { loadLaterStrings, withLaterStrings } from './later-strings';

// One file, one module state: the later English is not loaded until the second test asks for it.
describe('the English the roster does not need', () => {
  it('is missing from a panel instance before the first paint, and arrives for it after', async () => {
    const i18n = await createI18n('en', { laterStrings: 'afterPaint' });
    expect(i18n.t('roster.inMeeting', { count: 2 })).toBe('In meeting (2)');
    expect(i18n.exists('checklist.status.ok')).toBe(false);
    expect(i18n.exists('rollImport.error.empty')).toBe(false);
    expect(i18n.exists('erasure.button')).toBe(false);
    expect(i18n.exists('exports.title')).toBe(false);
    // The roster's own sections are split by key: what the rows show is here, the dialogs' is not.
    expect(i18n.t('actions.admit')).toBe('Admit');
    expect(i18n.t('roll.import.tooLarge', { name: 'a.csv', megabytes: 9 })).toContain('a.csv');
    expect(i18n.exists('actions.flagged.admitAnyway')).toBe(false);
    expect(i18n.exists('roll.import.title')).toBe(false);
    expect(i18n.exists('lock.form.title')).toBe(false);
    const view = withLaterStrings(() => Promise.resolve('the view'));
    await expect(view()).resolves.toBe('the view');
    expect(i18n.t('checklist.status.ok')).toBe('OK');
    expect(i18n.exists('rollImport.error.empty')).toBe(true);
    expect(i18n.t('erasure.button')).toBe('Forget…');
    expect(i18n.t('exports.title')).toBe('Export');
    // Merged into the sections already there, which keep their first-paint keys.
    expect(i18n.t('actions.flagged.admitAnyway')).toBe('Admit anyway');
    expect(i18n.t('roll.import.title')).toBe('Import roll');
    expect(i18n.t('actions.admit')).toBe('Admit');
    expect(i18n.exists('roll.import.tooLarge')).toBe(true);
  });

  it('is complete at once in every other instance, in every language', async () => {
    await loadLaterStrings();
    const english = await createI18n('en');
    expect(english.t('checklist.status.ok')).toBe('OK');
    const german = await createI18n('de');
    expect(german.t('checklist.status.warn')).toBe('Prüfen');
    expect(german.t('checklist.severity.critical')).toBe('Kritisch');
  });
});
