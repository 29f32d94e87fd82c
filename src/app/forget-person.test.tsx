import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { AttendanceEvent } from '../domain/attendance';
import { applyEvent, emptyRoster } from '../domain/meeting/roster';
import { createI18n } from '../i18n/i18n';
import { MemoryStore } from '../persistence/memory-store';
import { createAppStore } from '../store/app-store';
import { createStorageSlot } from '../store/services';
import { AppStoreProvider } from '../store/store-context';
import { AttendancePanel } from '../features/attendance/attendance-panel';
import { ForgetHost } from '../features/erasure/forget-host';

const NOW = Date.now();
const seen = (kind: 'join' | 'leave', uuid: string, name: string, rollId: string, at: number) =>
  ({ kind, participantUUID: uuid, screenName: name, rollId, at, reconstructed: false }) as const;
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/gu, '');

/**
 * The Attendance tab and the confirmation, over a memory store with a saved roll (Ann Lee, Bob
 * Kowalski) and two meetings that used it: today's (loaded) and last week's.
 */
async function renderForget({ matchedLate = false } = {}) {
  const storage = new MemoryStore();
  const saved = await storage.saveRoll(
    {
      name: 'Thursday roll',
      entries: [
        { id: '1', name: 'Ann Lee' },
        { id: '2', name: 'Bob Kowalski' },
      ],
    },
    NOW - 10_000,
  );
  const today: AttendanceEvent[] = [
    seen('join', 'a', 'Ann Lee', '1', NOW - 5000),
    seen('join', 'b', 'Bob Kowalski', '2', NOW - 4000),
    seen('leave', 'a', 'Ann Lee', '1', NOW - 3000),
  ];
  // Back under a new id, logged before the matcher tied her to her entry: no roll entry on it.
  if (matchedLate) today.push({ ...seen('join', 'c', 'Ann Lee', '1', NOW - 2000), rollId: null });
  for (const [uuid, log] of [
    ['last-week', [seen('join', 'a-old', 'Ann', '1', NOW - 7 * 86_400_000)]],
    ['today', today],
  ] as const) {
    await storage.touchMeeting(uuid, 'Thursday group', log[0]!.at);
    await storage.markRollUsed(saved.id, 'Thursday group', log[0]!.at, uuid);
    await storage.appendEvents(uuid, log);
  }
  const store = createAppStore({ storage: createStorageSlot(storage) });
  store.setState({
    meetingInfo: { meetingUUID: 'today', meetingID: '1', topic: 'Thursday group' },
    attendance: {
      meetingUUID: 'today',
      phase: 'restored',
      log: today,
      meetingStart: NOW - 6000,
      reconstructedCount: 0,
      firstOpen: false,
    },
  });
  await store.getState().useSavedRoll(saved.id);
  if (matchedLate) {
    store.setState({
      roster: applyEvent(emptyRoster(), {
        type: 'participantJoined',
        at: NOW - 2000,
        participant: { participantUUID: 'c', screenName: 'Ann Lee', role: 'attendee' },
      }),
    });
    await store.getState().loadMatching();
  }
  const i18n = await createI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <AppStoreProvider store={store}>
        <ForgetHost />
        <AttendancePanel />
      </AppStoreProvider>
    </I18nextProvider>,
  );
  return { storage, store, saved, user: userEvent.setup() };
}

describe('forget this person', () => {
  it('says what will go before anything goes, and Cancel (which has the focus) keeps it all', async () => {
    const { storage, user } = await renderForget();
    await user.click(await screen.findByRole('button', { name: 'Forget this person: Ann Lee' }));
    const dialog = await screen.findByRole('alertdialog');
    const question = await within(dialog).findByTestId('forget-question');
    expect(plain(question.textContent)).toBe(
      'Remove Ann Lee from 2 stored meetings and 1 roll? This cannot be undone.',
    );
    expect(plain(dialog.textContent)).toContain(
      'That is 3 attendance events and 0 name links. Rolls: Thursday roll.',
    );
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await storage.loadEvents('today')).toHaveLength(3);
    expect(await storage.loadEvents('last-week')).toHaveLength(1);
  });

  it('counts and forgets her events in this meeting logged before her roll entry was known', async () => {
    const { storage, store, user } = await renderForget({ matchedLate: true });
    await user.click(await screen.findByRole('button', { name: 'Forget this person: Ann Lee' }));
    const dialog = await screen.findByRole('alertdialog');
    await within(dialog).findByTestId('forget-question');
    expect(plain(dialog.textContent)).toContain('That is 4 attendance events and 0 name links.');
    await user.click(within(dialog).getByRole('button', { name: 'Forget' }));
    await screen.findByTestId('forget-result');
    expect((await storage.loadEvents('today')).map((event) => event.kind)).toEqual([
      'join',
      'erasure',
    ]);
    expect(JSON.stringify(await storage.loadEvents('today'))).not.toContain('Ann');
    expect(JSON.stringify(store.getState().attendance.log)).not.toContain('Ann');
  });

  it('forgets on confirmation: storage, the view and the roll lose her, Bob stays, and the result says how much went', async () => {
    const { storage, store, saved, user } = await renderForget();
    await user.click(await screen.findByRole('button', { name: 'Forget this person: Ann Lee' }));
    const dialog = await screen.findByRole('alertdialog');
    await within(dialog).findByTestId('forget-question');
    await user.click(within(dialog).getByRole('button', { name: 'Forget' }));
    const result = await screen.findByTestId('forget-result');
    expect(plain(result.textContent)).toContain(
      'Ann Lee forgotten: 3 attendance events removed from 2 stored meetings, 1 roll changed.',
    );
    expect(await storage.loadEvents('last-week')).toEqual([
      { kind: 'erasure', at: expect.any(Number), removed: 1, reconstructed: false },
    ]);
    expect((await storage.loadEvents('today')).map((event) => event.kind)).toEqual([
      'join',
      'erasure',
    ]);
    expect((await storage.getRoll(saved.id))?.entries.map((entry) => entry.name)).toEqual([
      'Bob Kowalski',
    ]);
    expect(store.getState().roll?.entries.map((entry) => entry.name)).toEqual(['Bob Kowalski']);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /Ann Lee/u })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('button', { name: 'Forget this person: Bob Kowalski' })).toBeVisible();
    // The log shown keeps the fact and nothing of her.
    expect(JSON.stringify(store.getState().attendance.log)).not.toContain('Ann');
    expect(store.getState().attendance.log.at(-1)).toMatchObject({ kind: 'erasure', removed: 2 });
  });
});
