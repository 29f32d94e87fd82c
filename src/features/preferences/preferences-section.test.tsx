import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import { renderApp } from '../../../test/helpers/render-app';
import type { PanelView } from '../../app/panel-views';
import { PreferencesSection } from './preferences-section';

const views: PanelView[] = [{ id: 'prefs', label: () => 'Prefs', Component: PreferencesSection }];

afterEach(() => {
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.lang = '';
});

describe('language and appearance', () => {
  it('follows Zoom’s language by default, switches on a choice, and saves it with the settings', async () => {
    const { user, store, i18n } = await renderApp(createFakeMeetingClient(), { views });
    const picker = await screen.findByRole('combobox', { name: 'Language' });
    expect(picker).toHaveValue('auto');
    expect(
      within(picker).getByRole('option', { name: 'Same as Zoom (English)' }),
    ).toBeInTheDocument();
    expect(within(picker).getByRole('option', { name: '日本語' })).toHaveAttribute('lang', 'ja');

    await user.selectOptions(picker, 'fr');
    expect(store.getState().persistence.settings.language).toBe('fr');
    await screen.findByRole('combobox', { name: 'Langue' });
    expect(i18n.resolvedLanguage).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Langue' }), 'auto');
    await screen.findByRole('combobox', { name: 'Language' });
    expect(store.getState().persistence.settings.language).toBeNull();
  });

  it('uses a language saved in an earlier session', async () => {
    const { store } = await renderApp(createFakeMeetingClient(), { views });
    await screen.findByRole('combobox', { name: 'Language' });
    act(() => void store.getState().updateSettings({ language: 'de' }));
    expect(await screen.findByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
  });

  it('follows Zoom’s theme unless one is chosen', async () => {
    const { user } = await renderApp(createFakeMeetingClient(), { views });
    const picker = await screen.findByRole('combobox', { name: 'Theme' });
    expect(picker).toHaveValue('system');
    await user.selectOptions(picker, 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.selectOptions(picker, 'light');
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});
