import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import { renderApp } from '../../../test/helpers/render-app';
import type { PanelView } from '../../app/panel-views';

// The announcer lives in the header (composition.ts); an empty view keeps the roster out of it.
const views: PanelView[] = [{ id: 'a', label: () => 'A', Component: () => null }];

function spoken(): string {
  return [...screen.getByTestId('live-announcer').querySelectorAll('[aria-live="polite"]')]
    .map((region) => region.textContent)
    .join('');
}

async function start() {
  const client = createFakeMeetingClient({
    waitingRoom: [{ participantUUID: 'w0', screenName: 'Already Waiting', role: 'attendee' }],
  });
  const rendered = await renderApp(client, {
    views,
    bootstrap: {
      // Events reach the store on the next (fake) macrotask, as one batch per burst.
      scheduleFlush: (flush) => {
        const timer = setTimeout(flush, 0);
        return () => clearTimeout(timer);
      },
      settleMs: 60_000,
    },
  });
  await vi.waitFor(() => expect(rendered.store.getState().connection.status).toBe('ready'));
  return rendered;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the live announcer', () => {
  it('says nothing about who was already waiting, then tells each arrival, grouped', async () => {
    const { client } = await start();
    expect(spoken()).toBe('');
    vi.useFakeTimers();
    const arrive = (...names: string[]) =>
      act(() => {
        for (const name of names) client.join(name, { waitingRoom: true });
        vi.advanceTimersByTime(0);
      });
    arrive('Ann');
    expect(spoken()).toBe('1 person joined the waiting room');
    arrive('Bo', 'Cy');
    expect(spoken()).toBe('1 person joined the waiting room');
    act(() => vi.advanceTimersByTime(5_000));
    expect(spoken()).toBe('2 people joined the waiting room');
    act(() => vi.advanceTimersByTime(5_000));
    arrive('Di');
    // Same words as two announcements ago, in the other region, so it is read again.
    expect(spoken()).toBe('1 person joined the waiting room');
    // Joining the meeting itself is not an arrival in the waiting room.
    act(() => {
      client.join('Ed');
      vi.advanceTimersByTime(5_000);
    });
    expect(spoken()).toBe('1 person joined the waiting room');
  });

  it('counts down the auto-lock’s last minute', async () => {
    const { store } = await start();
    vi.useFakeTimers({
      toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'],
    });
    act(() => void store.getState().startAutoLock({ kind: 'fromNow', minutes: 2 }));
    act(() => vi.advanceTimersByTime(59_000));
    expect(spoken()).toBe('');
    act(() => vi.advanceTimersByTime(1_500));
    expect(spoken()).toBe('The meeting locks in 1 minute');
    act(() => vi.advanceTimersByTime(30_000));
    expect(spoken()).toBe('The meeting locks in 30 seconds');
    act(() => vi.advanceTimersByTime(20_000));
    expect(spoken()).toBe('The meeting locks in 10 seconds');
  });

  it('says each change of the lock’s state, unlocking too', async () => {
    const { store } = await start();
    expect(spoken()).toBe('');
    act(() => store.getState().lockNow());
    expect(spoken()).toBe('Locked: nobody gets in without your click.');
    act(() => store.getState().unlock());
    expect(spoken()).toBe('Unlocked: Doorkeeper no longer puts anyone back in the waiting room.');
  });
});
