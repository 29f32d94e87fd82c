import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeMeetingClient } from '../../test/helpers/fake-meeting-client';
import { renderApp } from '../../test/helpers/render-app';
import { SettingsPanel } from '../features/settings/settings-panel';
import type { PanelView } from './panel-views';

function Broken(): never {
  throw new Error('stored start time "x" is not a date');
}

const views: PanelView[] = [
  { id: 'broken', label: () => 'Broken', Component: Broken },
  { id: 'settings', label: () => 'Settings', Component: SettingsPanel },
];

describe('a crash stays where it happened', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a crashing view says why, keeps the lock banner and Delete all data, and the other tabs work', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { store, user } = await renderApp(createFakeMeetingClient(), { views });
    await screen.findByRole('tab', { name: 'Broken' });
    act(() => store.getState().lockNow());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This view stopped working: stored start time "x" is not a date',
    );
    expect(within(alert).getByRole('button', { name: 'Delete all Doorkeeper data' })).toBeVisible();
    expect(screen.getByTestId('lock-banner')).toHaveTextContent('Locked: nobody gets in');
    expect(logged).toHaveBeenCalled();

    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { name: 'Privacy' })).toBeInTheDocument();
  });

  it('a crashing header part costs only itself', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { store } = await renderApp(createFakeMeetingClient(), { views: views.slice(1) });
    await screen.findByRole('heading', { name: 'Privacy' });
    // The lock banner's body crashes (a broken held list): its plain fallback still states the lock.
    act(() => store.getState().lockNow());
    act(() => store.setState({ lockHeld: null as never }));
    expect(await screen.findByTestId('lock-banner')).toHaveTextContent('Locked: nobody gets in');
  });
});
