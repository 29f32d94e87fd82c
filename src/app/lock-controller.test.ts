import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeMeetingClient } from '../../test/helpers/fake-meeting-client';
import type { FakeMeetingClient } from '../../test/helpers/fake-meeting-client';
import { createI18n } from '../i18n/i18n';
import type { I18n } from '../i18n/i18n';
import { MemoryStore } from '../persistence/memory-store';
import { createAppStore } from '../store/app-store';
import type { AppStore } from '../store/app-store';
import { bootstrap } from './bootstrap';
import type { FlushScheduler } from './event-batcher';
import { startLockController } from './lock-controller';
import type { LockControllerOptions } from './lock-controller';
import { lockRecordsOver } from './persistence-controller';

const T0 = Date.parse('2025-03-06T18:00:00Z');
const nextTask: FlushScheduler = (flush) => {
  const timer = setTimeout(flush, 0);
  return () => clearTimeout(timer);
};

let i18n: I18n;
const disposers: Array<() => void> = [];

interface Panel {
  store: AppStore;
  client: FakeMeetingClient;
}

/** One panel load: a store, bootstrap and the lock controller, on a (possibly shared) meeting. */
function openPanel(
  client: FakeMeetingClient = createFakeMeetingClient(),
  options: LockControllerOptions = {},
): Panel {
  const store = createAppStore({ client });
  disposers.push(bootstrap(client, store, { scheduleFlush: nextTask, visibility: null }));
  disposers.push(startLockController(store, { visibility: null, i18n, client, ...options }));
  return { store, client };
}

const settle = () => vi.advanceTimersByTimeAsync(0);
const notifications = (client: FakeMeetingClient) =>
  client.calls.filter((call) => call.api === 'notify').map((call) => call.args);

beforeEach(async () => {
  i18n ??= await createI18n('en');
  vi.useFakeTimers({ now: T0 });
});

afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
  vi.useRealTimers();
});

describe('the lock controller', () => {
  it('fires an auto-lock set a few seconds ahead, by the wall clock', async () => {
    const { store, client } = openPanel();
    await settle();
    expect(store.getState().lockMeeting.restored).toBe(true);
    const result = store.getState().startAutoLock({ kind: 'fromNow', minutes: 0.05 });
    expect(result.ok).toBe(true);
    await vi.advanceTimersByTimeAsync(2_750);
    expect(store.getState().lock.locked).toBeNull();
    await vi.advanceTimersByTimeAsync(250);
    expect(store.getState().lock.locked).toMatchObject({ reason: 'countdown', since: T0 + 3_000 });
    expect(notifications(client)).toEqual([
      [
        'info',
        'Doorkeeper locked the meeting',
        'The auto-lock time came: nobody gets in without a click now.',
      ],
    ]);
  });

  it('warns once, in the panel and in Zoom, one minute before', async () => {
    const { store, client } = openPanel();
    await settle();
    store.getState().startAutoLock({ kind: 'fromNow', minutes: 5 });
    await vi.advanceTimersByTimeAsync(4 * 60_000 - 250);
    expect(notifications(client)).toEqual([]);
    await vi.advanceTimersByTimeAsync(250);
    expect(notifications(client)).toEqual([
      [
        'warning',
        'The meeting locks soon',
        'Doorkeeper locks the meeting in 01:00. Open Doorkeeper to add time or cancel.',
      ],
    ]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(notifications(client)).toHaveLength(1);
  });

  it('puts a stranger back as soon as the roster shows them, without waiting for a timer', async () => {
    const { store, client } = openPanel(createFakeMeetingClient(), { tickEveryMs: 3_600_000 });
    await settle();
    store.getState().lockNow();
    client.join('Zed Stranger', { uuid: 'z' });
    await settle();
    await settle();
    expect(client.state.waitingRoom.map((p) => p.participantUUID)).toEqual(['z']);
  });

  it('keeps the deadline and the first-seen time across a panel reload', async () => {
    const storage = new MemoryStore();
    const client = createFakeMeetingClient();
    const first = openPanel(client, { records: lockRecordsOver(storage) });
    await settle();
    first.store.getState().startAutoLock({ kind: 'fromNow', minutes: 10 });
    const deadline = first.store.getState().lock.countdown;
    await vi.advanceTimersByTimeAsync(60_000);
    for (const dispose of disposers.splice(0)) dispose();

    const second = openPanel(client, { records: lockRecordsOver(storage) });
    await settle();
    expect(second.store.getState().lockMeeting).toMatchObject({
      meetingUUID: 'meeting-uuid-1',
      startedAt: T0,
      restored: true,
    });
    expect(second.store.getState().lock.countdown).toEqual(deadline);
  });

  it('locks at once when it reopens after the deadline passed', async () => {
    const storage = new MemoryStore();
    const client = createFakeMeetingClient();
    const first = openPanel(client, { records: lockRecordsOver(storage) });
    await settle();
    first.store.getState().startAutoLock({ kind: 'fromNow', minutes: 2 });
    await settle();
    for (const dispose of disposers.splice(0)) dispose();
    vi.setSystemTime(T0 + 10 * 60_000);

    const second = openPanel(client, { records: lockRecordsOver(storage) });
    await settle();
    expect(second.store.getState().lock.locked).toMatchObject({ reason: 'countdown' });
  });

  it('does not announce the lock again when a locked panel reopens', async () => {
    const storage = new MemoryStore();
    const client = createFakeMeetingClient();
    const first = openPanel(client, { records: lockRecordsOver(storage) });
    await settle();
    first.store.getState().startAutoLock({ kind: 'fromNow', minutes: 0.05 });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(first.store.getState().lock.locked).not.toBeNull();
    expect(notifications(client)).toHaveLength(1);
    for (const dispose of disposers.splice(0)) dispose();

    const second = openPanel(client, { records: lockRecordsOver(storage) });
    await settle();
    expect(second.store.getState().lock.locked).toMatchObject({ reason: 'countdown' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(notifications(client)).toHaveLength(1);
  });

  it('starts the lock without its saved state when storage does not answer', async () => {
    const { store } = openPanel(createFakeMeetingClient(), {
      records: lockRecordsOver(new Promise(() => {})),
      restoreTimeoutMs: 1_000,
    });
    await settle();
    expect(store.getState().lockMeeting.restored).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(store.getState().lockMeeting).toMatchObject({ restored: true, startedAt: T0 });
  });

  it('saves the host’s correction of the meeting start', async () => {
    const storage = new MemoryStore();
    const { store } = openPanel(createFakeMeetingClient(), { records: lockRecordsOver(storage) });
    await settle();
    store.getState().correctMeetingStart(T0 - 15 * 60_000);
    await settle();
    expect((await storage.getMeeting('meeting-uuid-1'))?.startedAt).toBe(T0 - 15 * 60_000);
  });

  it('catches up when the panel becomes visible again', async () => {
    const listeners = new Set<() => void>();
    const visibility = {
      visibilityState: 'visible' as DocumentVisibilityState,
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    };
    const { store } = openPanel(createFakeMeetingClient(), {
      tickEveryMs: 3_600_000,
      visibility: visibility as unknown as LockControllerOptions['visibility'],
    });
    await settle();
    store.getState().startAutoLock({ kind: 'fromNow', minutes: 1 });
    // A hidden panel's timers are throttled: the clock moves on, no tick runs.
    vi.setSystemTime(T0 + 5 * 60_000);
    expect(store.getState().lock.locked).toBeNull();
    for (const listener of listeners) listener();
    expect(store.getState().lock.locked).toMatchObject({ reason: 'countdown' });
  });
});
