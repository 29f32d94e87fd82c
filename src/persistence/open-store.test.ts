// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttendanceEvent } from '../domain/attendance/types';
import type { StorageError } from './errors';
import { IdbStore } from './idb-store';
import { openDoorkeeperStore } from './open-store';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2025-01-15T18:00:00Z');
const join = (uuid: string, at: number): AttendanceEvent => ({
  kind: 'join',
  participantUUID: uuid,
  screenName: uuid,
  at,
  reconstructed: false,
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('openDoorkeeperStore', () => {
  it('uses IndexedDB when it works', async () => {
    const { store, purged } = await openDoorkeeperStore({ indexedDB: new IDBFactory(), now: T0 });
    expect(store.status).toEqual({ mode: 'indexeddb', error: null });
    expect(purged).toBe(0);
  });

  it.each([
    ['no IndexedDB at all', null],
    [
      'a browser that refuses it (private mode)',
      {
        open: () => {
          throw new DOMException('denied', 'SecurityError');
        },
        deleteDatabase: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      } as unknown as IDBFactory,
    ],
  ])('keeps working in memory with %s, and says why', async (_name, factory) => {
    const { store } = await openDoorkeeperStore({ indexedDB: factory, now: T0 });
    expect(store.mode).toBe('memory');
    expect(store.status.error).toMatchObject({ name: 'StorageError', kind: 'unavailable' });
    expect(store.status.error?.message).toMatch(/keeps working/u);
    await store.touchMeeting('m1', 'Weekly', T0);
    await store.appendEvents('m1', [join('a', T0)]);
    expect(await store.loadEvents('m1')).toEqual([join('a', T0)]);
    await expect(store.deleteAll()).resolves.toBeUndefined();
  });

  it('falls back to memory on a full disk mid-meeting, keeping what was stored and the failed write', async () => {
    const factory = new IDBFactory();
    const fallbacks: StorageError[] = [];
    const { store } = await openDoorkeeperStore({
      indexedDB: factory,
      now: T0,
      onFallback: (error) => fallbacks.push(error),
    });
    await store.saveRoll(
      { id: 'r1', name: 'Monday', entries: [{ id: '1', name: 'Jane Doe' }] },
      T0,
    );
    await store.touchMeeting('m1', 'Weekly', T0);
    await store.appendEvents('m1', [join('a', T0)]);

    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await Promise.all([
      store.appendEvents('m1', [join('b', T0 + 1)]),
      store.appendEvents('m1', [join('c', T0 + 2)]),
    ]);
    expect(fallbacks.map((error) => error.kind)).toEqual(['quota']);
    expect(store.status).toMatchObject({ mode: 'memory', error: { kind: 'quota' } });
    expect(
      (await store.loadEvents('m1')).map((event) =>
        'participantUUID' in event ? event.participantUUID : '',
      ),
    ).toEqual(['a', 'b', 'c']);
    expect(await store.getRoll('r1')).toMatchObject({ name: 'Monday' });
    await store.appendEvents('m1', [join('d', T0 + 3)]);
    expect(await store.loadEvents('m1')).toHaveLength(4);
  });

  it('"Delete all" still empties IndexedDB after a fallback', async () => {
    const factory = new IDBFactory();
    const { store } = await openDoorkeeperStore({ indexedDB: factory, now: T0 });
    await store.touchMeeting('m1', 'Weekly', T0);
    await store.appendEvents('m1', [join('a', T0)]);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await store.appendEvents('m1', [join('b', T0 + 1)]);
    expect(store.mode).toBe('memory');
    vi.restoreAllMocks();
    await store.deleteAll();
    store.close();
    const reopened = await IdbStore.open({ indexedDB: factory });
    expect(await reopened.getMeeting('m1')).toBeNull();
    expect(await reopened.loadEvents('m1')).toEqual([]);
  });

  it('"Forget this meeting" reaches IndexedDB after a fallback too', async () => {
    const factory = new IDBFactory();
    const { store } = await openDoorkeeperStore({ indexedDB: factory, now: T0 });
    await store.touchMeeting('m1', 'Weekly', T0);
    await store.appendEvents('m1', [join('a', T0)]);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await store.appendEvents('m1', [join('b', T0 + 1)]);
    vi.restoreAllMocks();
    await store.forgetMeeting('m1');
    expect(await store.getMeeting('m1')).toBeNull();
    const reopened = await IdbStore.open({ indexedDB: factory });
    expect(await reopened.loadEvents('m1')).toEqual([]);
  });

  it('"Forget this person" reaches IndexedDB after a fallback too', async () => {
    const factory = new IDBFactory();
    const { store } = await openDoorkeeperStore({ indexedDB: factory, now: T0 });
    await store.touchMeeting('m1', 'Weekly', T0);
    await store.appendEvents('m1', [join('a', T0), join('c', T0)]);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await store.appendEvents('m1', [join('a', T0 + 1)]);
    expect(store.mode).toBe('memory');
    vi.restoreAllMocks();
    const target = { kind: 'participant', participantUUIDs: ['a'], screenNames: ['a'] } as const;
    expect(await store.countPerson(target)).toMatchObject({ meetings: 1, events: 2 });
    expect(await store.erasePerson(target, T0 + 5)).toMatchObject({ events: 2 });
    const erased = { kind: 'erasure', at: T0 + 5, reconstructed: false };
    expect(await store.loadEvents('m1')).toEqual([join('c', T0), { ...erased, removed: 2 }]);
    const reopened = await IdbStore.open({ indexedDB: factory });
    // IndexedDB never received the write that failed: it erases the one event it had.
    expect(await reopened.loadEvents('m1')).toEqual([join('c', T0), { ...erased, removed: 1 }]);
  });

  it('applies retention when it opens, with the configured number of days', async () => {
    const factory = new IDBFactory();
    const seed = await IdbStore.open({ indexedDB: factory });
    await seed.saveSettings({ retentionDays: 7 });
    for (const [uuid, age] of [
      ['ten-days', 10],
      ['eight-days', 8],
      ['six-days', 6],
    ] as const) {
      await seed.touchMeeting(uuid, uuid, T0 - age * DAY);
      await seed.appendEvents(uuid, [join('a', T0 - age * DAY)]);
    }
    await seed.saveRoll({ name: 'Kept', entries: [] }, T0 - 100 * DAY);
    seed.close();
    const { store, purged } = await openDoorkeeperStore({ indexedDB: factory, now: T0 });
    expect(purged).toBe(2);
    expect(await store.getMeeting('ten-days')).toBeNull();
    expect(await store.loadEvents('eight-days')).toEqual([]);
    expect(await store.loadEvents('six-days')).toHaveLength(1);
    // Rolls are the host's own lists: retention is for meeting logs only.
    expect(await store.listRolls()).toHaveLength(1);
  });
});
