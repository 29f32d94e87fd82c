import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { AttendanceEvent } from '../../domain/attendance';
import { createI18n } from '../../i18n/i18n';
import { MemoryStore } from '../../persistence/memory-store';
import { DEFAULT_SETTINGS } from '../../persistence/types';
import { createStorageSlot } from '../../store/services';
import { createAppStore } from '../../store/app-store';
import { AppStoreProvider } from '../../store/store-context';
import { SettingsPanel } from './settings-panel';

const DAY = 24 * 60 * 60 * 1000;
const MEETING = 'm1';
const join: AttendanceEvent = {
  kind: 'join',
  participantUUID: 'a',
  screenName: 'Ann Lee',
  at: Date.now() - 1000,
  reconstructed: false,
};

/** The settings tab over a storage holding this meeting's log, an old meeting's, and one saved roll. */
async function renderSettings(rollName = 'Thursday roll') {
  const storage = new MemoryStore();
  const now = Date.now();
  await storage.touchMeeting('old', 'Last month', now - 20 * DAY);
  await storage.appendEvents('old', [{ ...join, at: now - 20 * DAY }]);
  await storage.touchMeeting(MEETING, 'Thursday group', now);
  await storage.appendEvents(MEETING, [join]);
  const saved = await storage.saveRoll(
    { name: rollName, entries: [{ id: '1', name: 'Ann Lee' }] },
    now,
  );

  const store = createAppStore({ storage: createStorageSlot(storage) });
  store.setState({
    meetingInfo: { meetingUUID: MEETING, meetingID: '1', topic: 'Thursday group' },
    attendance: {
      meetingUUID: MEETING,
      phase: 'restored',
      log: [join],
      meetingStart: now,
      reconstructedCount: 0,
      firstOpen: false,
    },
  });
  store.getState().updatePersistence({ mode: 'indexeddb', settings: await storage.getSettings() });
  await store.getState().refreshRollLibrary();

  const i18n = await createI18n('en');
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <AppStoreProvider store={store}>
        <SettingsPanel />
      </AppStoreProvider>
    </I18nextProvider>,
  );
  return { storage, store, user, saved };
}

describe('settings', () => {
  it('says where the data is kept', async () => {
    await renderSettings();
    expect(screen.getByTestId('storage-mode')).toHaveTextContent('On this computer only');
  });

  it('saves a shorter retention and deletes the logs it makes too old at once', async () => {
    const { storage, store, user } = await renderSettings();
    const input = screen.getByLabelText('Keep meeting logs for (days)');
    expect(input).toHaveValue(30);
    await user.clear(input);
    await user.type(input, '7');
    const form = input.closest('form')!;
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Saved')).toBeInTheDocument();
    expect((await storage.getSettings()).retentionDays).toBe(7);
    expect(store.getState().persistence.settings.retentionDays).toBe(7);
    expect(await storage.getMeeting('old')).toBeNull();
    expect(await storage.loadEvents('old')).toEqual([]);
    expect(await storage.loadEvents(MEETING)).toEqual([join]);
  });

  it('refuses a retention that is not a whole number of days in range', async () => {
    const { storage, user } = await renderSettings();
    const input = screen.getByLabelText('Keep meeting logs for (days)');
    await user.clear(input);
    await user.type(input, '0');
    const form = input.closest('form')!;
    expect(within(form).getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(within(form).getByText('A whole number from 1 to 3650.')).toBeInTheDocument();
    expect((await storage.getSettings()).retentionDays).toBe(30);
  });

  it('saves the grace period lateness is measured with', async () => {
    const { storage, user } = await renderSettings();
    const input = screen.getByLabelText('Grace period (minutes)');
    await user.clear(input);
    await user.type(input, '10');
    await user.click(within(input.closest('form')!).getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved');
    expect((await storage.getSettings()).graceMinutes).toBe(10);
  });

  it('asks before forgetting this meeting; Cancel keeps everything', async () => {
    const { storage, store, user } = await renderSettings();
    await user.click(screen.getByRole('button', { name: 'Forget this meeting' }));
    const question = screen.getByRole('group', { name: 'Forget this meeting' });
    expect(question).toHaveTextContent("Delete this meeting's attendance log");
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(await storage.loadEvents(MEETING)).toEqual([join]);
    expect(store.getState().attendance.phase).toBe('restored');

    await user.click(screen.getByRole('button', { name: 'Forget this meeting' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Forget this meeting' })).getByRole('button', {
        name: 'Forget this meeting',
      }),
    );
    expect(await screen.findByText('This meeting is forgotten.')).toBeInTheDocument();
    expect(await storage.loadEvents(MEETING)).toEqual([]);
    expect(await storage.getMeeting(MEETING)).toBeNull();
    expect(store.getState().attendance).toMatchObject({ phase: 'stopped', log: [] });
    // Other meetings and the roll library are not this meeting's.
    expect(await storage.getMeeting('old')).not.toBeNull();
    expect(await storage.listRolls()).toHaveLength(1);
  });

  it('deletes all Doorkeeper data only after confirming', async () => {
    const { storage, store, user } = await renderSettings();
    await storage.saveSettings({ retentionDays: 90 });
    // The lock's explanation was read once in this browser; another app's key is not ours.
    window.localStorage.setItem('doorkeeper.lockExplained', '1');
    window.localStorage.setItem('other-app.token', 'keep');
    await user.click(screen.getByRole('button', { name: 'Delete all Doorkeeper data' }));
    const question = screen.getByRole('group', { name: 'Delete all Doorkeeper data' });
    expect(question).toHaveTextContent('This cannot be undone.');
    expect(await storage.listRolls()).toHaveLength(1);
    await user.click(within(question).getByRole('button', { name: 'Delete everything' }));
    expect(await screen.findByText('All Doorkeeper data was deleted.')).toBeInTheDocument();
    expect(await storage.listRolls()).toEqual([]);
    expect(await storage.getMeeting('old')).toBeNull();
    expect(await storage.loadEvents(MEETING)).toEqual([]);
    expect(await storage.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(store.getState().persistence.rollLibrary).toEqual([]);
    expect(screen.getByText(/No saved rolls yet/u)).toBeInTheDocument();
    expect(window.localStorage.getItem('doorkeeper.lockExplained')).toBeNull();
    expect(window.localStorage.getItem('other-app.token')).toBe('keep');
    window.localStorage.clear();
  });

  it('lists saved rolls and uses one for this meeting', async () => {
    const { storage, store, user, saved } = await renderSettings();
    const item = screen.getByTestId('saved-roll');
    expect(item).toHaveTextContent('Thursday roll');
    expect(item).toHaveTextContent('1 person');
    await user.click(within(item).getByRole('button', { name: 'Use \u2068Thursday roll\u2069' }));
    expect(await within(screen.getByTestId('saved-roll')).findByText('In use')).toBeInTheDocument();
    expect(store.getState().roll?.name).toBe('Thursday roll');
    expect((await storage.getMeeting(MEETING))?.rollId).toBe(saved.id);
    await user.click(screen.getByRole('button', { name: 'Delete \u2068Thursday roll\u2069' }));
    const question = screen.getByRole('group', { name: 'Delete \u2068Thursday roll\u2069' });
    expect(await storage.getRoll(saved.id)).not.toBeNull();
    await user.click(within(question).getByRole('button', { name: 'Delete roll' }));
    expect(await screen.findByText(/No saved rolls yet/u)).toBeInTheDocument();
    expect(await storage.getRoll(saved.id)).toBeNull();
  });

  it('isolates the roll’s name in its labels: a file name in another script cannot reorder them', async () => {
    // The host's own file name: Arabic, then a right-to-left override that would run on into
    // the words after it.
    const name = 'قائمة الخميس \u202Ev2';
    const { user } = await renderSettings(name);
    const item = screen.getByTestId('saved-roll');
    expect(within(item).getByRole('button', { name: `Use \u2068${name}\u2069` })).toBeVisible();
    await user.click(within(item).getByRole('button', { name: `Delete \u2068${name}\u2069` }));
    expect(screen.getByRole('group', { name: `Delete \u2068${name}\u2069` })).toHaveTextContent(
      `Delete the saved roll “\u2068${name}\u2069” and its links?`,
    );
  });
});
