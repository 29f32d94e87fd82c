// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { IdbStore } from './idb-store';
import { MemoryStore } from './memory-store';
import type { SavedRoll } from './types';
import type { DroppedValue } from './validate';
import { readDecision, readEvent, readMeetingRecord, readSavedRoll } from './validate';

const T0 = Date.parse('2025-01-15T18:00:00Z');

/** Writes raw values straight into the database, as a damaged disk or another version would. */
async function plant(factory: IDBFactory, store: string, value: unknown): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open('doorkeeper');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('reading stored records', () => {
  it('repairs a meeting record with startedAt "x" (it blanked the panel) and says so', async () => {
    const factory = new IDBFactory();
    const store = await IdbStore.open({ indexedDB: factory });
    store.close();
    await plant(factory, 'meetings', {
      meetingUUID: 'm1',
      topic: 'Weekly',
      firstSeenAt: T0,
      startedAt: 'x',
      lastSeenAt: T0 + 1000,
      rollId: 7,
      lockState: 'garbage',
    });
    const reopened = await IdbStore.open({ indexedDB: factory });
    const record = await reopened.getMeeting('m1');
    expect(record).toEqual({
      meetingUUID: 'm1',
      topic: 'Weekly',
      firstSeenAt: T0,
      startedAt: T0,
      lastSeenAt: T0 + 1000,
      rollId: null,
      lockState: null,
    });
    expect(reopened.takeDropped().map((d) => d.field)).toEqual([
      'rollId',
      'lockState',
      'startedAt',
    ]);
    expect(reopened.takeDropped()).toEqual([]);
    // Touching it writes the repaired record back.
    const touched = await reopened.touchMeeting('m1', 'Weekly', T0 + 5000);
    expect(touched.startedAt).toBe(T0);
    reopened.close();
  });

  it('drops damaged rolls, entries, decisions and events, keeping the rest', async () => {
    const factory = new IDBFactory();
    const store = await IdbStore.open({ indexedDB: factory });
    await store.saveRoll({ name: 'Good', entries: [{ id: '1', name: 'Jane Doe' }] }, T0);
    store.close();
    await plant(factory, 'rolls', {
      id: 'bad',
      name: 'Bad',
      entries: [{ id: 1 }, { id: '2', name: 'Omar' }],
    });
    await plant(factory, 'decisions', { key: 'k', rollId: 'r', decision: { kind: 'wat' }, at: T0 });
    await plant(factory, 'events', { meetingUUID: 'm1', event: { kind: 'join', at: 'soon' } });
    const reopened = await IdbStore.open({ indexedDB: factory });
    const rolls = await reopened.listRolls();
    expect(rolls.map((roll) => [roll.name, roll.entries.length])).toEqual(
      expect.arrayContaining([
        ['Good', 1],
        ['Bad', 1],
      ]),
    );
    expect(await reopened.listDecisions('r')).toEqual([]);
    expect(await reopened.loadEvents('m1')).toEqual([]);
    expect(reopened.takeDropped().map((d) => d.record)).toEqual(['roll', 'decision', 'event']);
    reopened.close();
  });

  it('reads rolls saved before opening messages existed, and drops a damaged one, keeping the roll', async () => {
    const factory = new IDBFactory();
    const store = await IdbStore.open({ indexedDB: factory });
    store.close();
    // As version 1 of the roll library wrote it: no openingMessage field at all.
    await plant(factory, 'rolls', {
      id: 'old',
      name: 'Old roll',
      entries: [{ id: '1', name: 'Jane Doe' }],
      createdAt: T0,
      updatedAt: T0,
      lastUsedAt: null,
    });
    await plant(factory, 'rolls', {
      id: 'damaged',
      name: 'Damaged',
      entries: [],
      createdAt: T0,
      updatedAt: T0,
      lastUsedAt: null,
      openingMessage: { text: 42 },
    });
    await plant(factory, 'rolls', {
      id: 'huge',
      name: 'Huge',
      entries: [],
      createdAt: T0,
      updatedAt: T0,
      lastUsedAt: null,
      openingMessage: { text: 'x'.repeat(5000), savedAt: T0 },
    });
    const reopened = await IdbStore.open({ indexedDB: factory });
    expect(await reopened.getRoll('old')).toEqual({
      id: 'old',
      name: 'Old roll',
      entries: [{ id: '1', name: 'Jane Doe' }],
      createdAt: T0,
      updatedAt: T0,
      lastUsedAt: null,
      openingMessage: null,
    });
    expect(reopened.takeDropped()).toEqual([]);
    expect((await reopened.getRoll('damaged'))?.openingMessage).toBeNull();
    expect((await reopened.getRoll('huge'))?.openingMessage).toBeNull();
    expect(reopened.takeDropped()).toEqual([
      { record: 'roll', field: 'openingMessage', id: 'damaged' },
      { record: 'roll', field: 'openingMessage', id: 'huge' },
    ]);
    // An old roll takes an opening message like any other.
    expect(await reopened.saveOpeningMessage('old', 'Hello.', T0 + 1)).toBe(true);
    expect((await reopened.getRoll('old'))?.openingMessage).toEqual({
      text: 'Hello.',
      savedAt: T0 + 1,
    });
    reopened.close();
  });

  it('opens a database of the first version, keeping its data, and adds the meeting-ID store', async () => {
    const factory = new IDBFactory();
    // Version 1 as it shipped: no meetingIds store.
    const v1 = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('doorkeeper', 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('rolls', { keyPath: 'id' });
        db.createObjectStore('rollTopics', { keyPath: 'topicKey' });
        db.createObjectStore('decisions', { keyPath: 'key' }).createIndex('byRoll', 'rollId');
        db.createObjectStore('meetings', { keyPath: 'meetingUUID' });
        db.createObjectStore('events', { keyPath: 'seq', autoIncrement: true }).createIndex(
          'byMeeting',
          'meetingUUID',
        );
        db.createObjectStore('settings', { keyPath: 'key' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect([...v1.objectStoreNames]).not.toContain('meetingIds');
    v1.close();
    await plant(factory, 'rolls', {
      id: 'r1',
      name: 'Monday',
      entries: [{ id: '1', name: 'Jane Doe' }],
      createdAt: T0,
      updatedAt: T0,
      lastUsedAt: null,
    });
    const store = await IdbStore.open({ indexedDB: factory });
    expect((await store.getRoll('r1'))?.entries).toEqual([{ id: '1', name: 'Jane Doe' }]);
    expect(await store.noteMeetingOccurrence('81234567890', 'm==', T0)).toHaveLength(1);
    store.close();
  });

  it('reads a lock state saved before the roster memory (version 2): its counts start again at 0', async () => {
    const factory = new IDBFactory();
    const store = await IdbStore.open({ indexedDB: factory });
    store.close();
    // As the version before this one saved it: counts in the sightings, no roster memory.
    const lockState = {
      version: 2,
      settings: { warnLeadMs: 60_000, mode: 'rollOnly', pendingTimeoutMs: 10_000 },
      locked: { since: T0, reason: 'manual' },
      pausedForRole: null,
      countdown: null,
      allowed: ['jane'],
      allowedRollIds: ['R1'],
      decisions: { admitted: { jane: T0 }, sentBack: {}, revokedRollIds: {} },
      seen: {
        jane: { where: 'meeting', at: T0, rollIds: ['R1'], putBacks: 1 },
        bob: { where: 'waitingRoom', at: T0, goneAt: T0 + 1_000, putBacks: 2 },
      },
      heldSince: {},
      bounced: {},
      unsure: {},
      pending: {},
      failures: {},
    };
    await plant(factory, 'meetings', {
      meetingUUID: 'm1',
      topic: 'Weekly',
      firstSeenAt: T0,
      startedAt: T0,
      lastSeenAt: T0,
      rollId: null,
      lockState,
    });
    const reopened = await IdbStore.open({ indexedDB: factory });
    const read = (await reopened.getMeeting('m1'))?.lockState;
    expect(reopened.takeDropped()).toEqual([]);
    expect(read).toMatchObject({
      version: 3,
      settings: { mode: 'rollOnly' },
      locked: { since: T0, reason: 'manual' },
      allowed: ['jane'],
      decisions: { admitted: { jane: T0 } },
    });
    expect(read?.roster).toBeUndefined();
    // The roster that starts again counts from 0, and so does the lock's account of it.
    expect(read?.seen).toEqual({
      jane: { where: 'meeting', at: T0, rollIds: ['R1'] },
      bob: { where: 'waitingRoom', at: T0, goneAt: T0 + 1_000 },
    });
    reopened.close();
  });

  it('drops damaged meeting-ID occurrences and keeps the rest', async () => {
    const factory = new IDBFactory();
    const store = await IdbStore.open({ indexedDB: factory });
    expect(await store.noteMeetingOccurrence('81234567890', 'good==', T0)).toHaveLength(1);
    const snapshot = await store.snapshot();
    store.close();
    const numberKey = snapshot.meetingIds?.[0]?.numberKey;
    await plant(factory, 'meetingIds', {
      numberKey,
      occurrences: [
        { meetingUUID: 'good==', firstSeenAt: T0, lastSeenAt: T0 },
        { firstSeenAt: 'x' },
      ],
    });
    const reopened = await IdbStore.open({ indexedDB: factory });
    expect(
      (await reopened.noteMeetingOccurrence('81234567890', 'next==', T0 + 1)).map(
        (o) => o.meetingUUID,
      ),
    ).toEqual(['good==', 'next==']);
    expect(reopened.takeDropped()).toEqual([
      { record: 'meetingId', field: 'occurrences', id: numberKey },
    ]);
    reopened.close();
  });

  it('the memory store validates a seed carried over from a failing disk the same way', async () => {
    const store = new MemoryStore({
      rolls: [],
      topics: [],
      decisions: [],
      events: [],
      settings: null,
      meetings: [
        {
          meetingUUID: 'm1',
          topic: 'T',
          firstSeenAt: Number.NaN,
          startedAt: T0,
          lastSeenAt: T0,
          rollId: null,
          lockState: null,
        },
      ],
    });
    expect((await store.getMeeting('m1'))?.firstSeenAt).toBe(T0);
    expect(store.takeDropped()).toEqual([{ record: 'meeting', field: 'firstSeenAt', id: 'm1' }]);
  });

  it('the memory store reads an older version’s rolls in a seed as the disk store does', async () => {
    const old = { id: 'r', name: 'R', entries: [], createdAt: T0, updatedAt: T0, lastUsedAt: null };
    const store = new MemoryStore({
      rolls: [old as unknown as SavedRoll],
      topics: [],
      decisions: [],
      events: [],
      settings: null,
      meetings: [],
    });
    expect((await store.listRolls())[0]?.openingMessage).toBeNull();
    expect(await store.saveOpeningMessage('r', 'Hi.', T0)).toBe(true);
    expect((await store.getRoll('r'))?.openingMessage?.text).toBe('Hi.');
  });

  it.each<[string, () => unknown]>([
    ['not a record', () => readMeetingRecord(42, 'm', T0, () => {})],
    ['a roll without a name', () => readSavedRoll({ id: 'r' }, () => {})],
    ['an unknown decision', () => readDecision({ kind: 'maybe' }, () => {})],
    ['an event of unknown kind', () => readEvent({ kind: 'explode', at: T0 }, () => {})],
  ])('reads %s as nothing', (_label, read) => {
    expect(read()).toBeNull();
  });

  it('reports each dropped value once', () => {
    const seen: DroppedValue[] = [];
    readMeetingRecord(
      { topic: 3, firstSeenAt: T0, startedAt: T0, lastSeenAt: T0, rollId: null },
      'm',
      T0,
      (d) => seen.push(d),
    );
    expect(seen).toEqual([{ record: 'meeting', field: 'topic', id: 'm' }]);
  });
});
