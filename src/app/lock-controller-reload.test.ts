import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeMeetingClient } from '../../test/helpers/fake-meeting-client';
import type { FakeMeetingClient } from '../../test/helpers/fake-meeting-client';
import { MemoryStore } from '../persistence/memory-store';
import { createAppStore } from '../store/app-store';
import type { AppStore } from '../store/app-store';
import { bootstrap } from './bootstrap';
import type { FlushScheduler } from './event-batcher';
import { startLockController } from './lock-controller';
import { lockRecordsOver } from './persistence-controller';

/*
 * The roster's memory (Zoom's send-back counts, the departures) goes the whole way: saved by the
 * lock controller with the lock state, through the storage's validation, and back to the roster of
 * the panel that opens next.
 */

const T0 = Date.parse('2025-03-06T18:00:00Z');
const nextTask: FlushScheduler = (flush) => {
  const timer = setTimeout(flush, 0);
  return () => clearTimeout(timer);
};
const disposers: Array<() => void> = [];
const settle = () => vi.advanceTimersByTimeAsync(0);

function openPanel(client: FakeMeetingClient, storage: MemoryStore): AppStore {
  const store = createAppStore({ client });
  disposers.push(bootstrap(client, store, { scheduleFlush: nextTask, visibility: null }));
  disposers.push(
    startLockController(store, { visibility: null, records: lockRecordsOver(storage) }),
  );
  return store;
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});

afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
  vi.useRealTimers();
});

describe('the roster memory across a panel reload', () => {
  it('is saved with the lock state and given back to the next panel’s roster', async () => {
    const storage = new MemoryStore();
    const client = createFakeMeetingClient();
    const first = openPanel(client, storage);
    await settle();
    client.join('Jane Doe', { uuid: 'jane' });
    await settle();
    // A host sends her back from Zoom's panel, and she leaves the waiting room.
    await client.putInWaitingRoom('jane');
    await settle();
    client.leave('jane');
    await settle();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(first.getState().roster.tombstones.get('jane')?.putBacks).toBe(1);
    const saved = (await storage.getMeeting('meeting-uuid-1'))?.lockState;
    expect(saved?.roster?.departures).toContainEqual(
      expect.objectContaining({ participantUUID: 'jane', putBacks: 1 }),
    );
    for (const dispose of disposers.splice(0)) dispose();

    const second = openPanel(client, storage);
    await settle();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(second.getState().lockMeeting.restored).toBe(true);
    expect(second.getState().roster.tombstones.get('jane')?.putBacks).toBe(1);
    expect(second.getState().lock.seen.jane?.putBacks).toBe(1);
    expect(second.getState().lock).not.toHaveProperty('roster');
  });
});
