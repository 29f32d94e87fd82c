// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AttendanceEvent } from '../domain/attendance/types';
import { StorageError } from './errors';
import { DB_NAME, IdbStore } from './idb-store';

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

describe('IdbStore', () => {
  it('writes a 200-person join storm in a handful of transactions, not one per person', async () => {
    const factory = new IDBFactory();
    const store = await IdbStore.open({ indexedDB: factory });
    await store.touchMeeting('m1', 'Weekly', T0);
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const storm = Array.from({ length: 200 }, (_, i) => join(`p${i}`, T0 + i));
    // Events arrive one by one, from separate callbacks, as Zoom delivers them.
    const writes: Array<Promise<void>> = [];
    for (const event of storm) {
      writes.push(store.appendEvents('m1', [event]));
      if (writes.length % 50 === 0) await Promise.resolve();
    }
    await Promise.all(writes);
    const eventTransactions = transaction.mock.calls.filter(([names]) =>
      [names].flat().includes('events'),
    ).length;
    expect(eventTransactions).toBeGreaterThan(0);
    expect(eventTransactions).toBeLessThanOrEqual(5);
    expect(await store.loadEvents('m1')).toEqual(storm);
  });

  it('keeps everything across a reload (a new connection on the same database)', async () => {
    const factory = new IDBFactory();
    const first = await IdbStore.open({ indexedDB: factory });
    await first.touchMeeting('m1', 'Weekly', T0);
    const storm = Array.from({ length: 200 }, (_, i) => join(`p${i}`, T0 + i));
    for (const event of storm) void first.appendEvents('m1', [event]);
    await first.idle();
    first.close();
    const second = await IdbStore.open({ indexedDB: factory });
    expect(await second.loadEvents('m1')).toEqual(storm);
    expect(await second.getMeeting('m1')).toMatchObject({ firstSeenAt: T0 });
  });

  it('reads its own writes: loadEvents waits for appends still queued', async () => {
    const store = await IdbStore.open({ indexedDB: new IDBFactory() });
    void store.appendEvents('m1', [join('a', T0)]);
    expect(await store.loadEvents('m1')).toEqual([join('a', T0)]);
  });

  it('rejects every append of a failed batch with a typed quota error', async () => {
    const store = await IdbStore.open({ indexedDB: new IDBFactory() });
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const results = await Promise.allSettled([
      store.appendEvents('m1', [join('a', T0)]),
      store.appendEvents('m1', [join('b', T0)]),
    ]);
    expect(
      results.map((result) =>
        result.status === 'rejected' && result.reason instanceof StorageError
          ? result.reason.kind
          : result.status,
      ),
    ).toEqual(['quota', 'quota']);
  });

  it('refuses a database written by a newer version', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const request = factory.open(DB_NAME, 99);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    await expect(IdbStore.open({ indexedDB: factory })).rejects.toMatchObject({
      name: 'StorageError',
      kind: 'version',
    });
  });

  it('gives up on a browser that never answers, and on one that refuses outright', async () => {
    const silent = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;
    await expect(IdbStore.open({ indexedDB: silent, openTimeoutMs: 20 })).rejects.toMatchObject({
      kind: 'unavailable',
    });
    const refusing = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(IdbStore.open({ indexedDB: refusing })).rejects.toMatchObject({
      kind: 'unavailable',
    });
  });

  it('waits for another tab holding an older version, then gives up with "blocked"', async () => {
    const factory = new IDBFactory();
    // A tab running an older Doorkeeper keeps version 1 open and ignores the request to close;
    // a newer Doorkeeper (simulated by asking for version 2) waits, then gives up.
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open('blocked-db', 1);
      request.onsuccess = () => resolve(request.result);
    });
    old.onversionchange = null;
    const newer = { open: (name: string) => factory.open(name, 2) } as unknown as IDBFactory;
    await expect(
      IdbStore.open({ indexedDB: newer, dbName: 'blocked-db', blockedTimeoutMs: 20 }),
    ).rejects.toMatchObject({ kind: 'blocked' });
    old.close();
  });
});
