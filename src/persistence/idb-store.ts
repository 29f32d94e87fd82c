import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { AttendanceEvent } from '../domain/attendance/types';
import type { LockState } from '../domain/lock/types';
import type { ManualDecision } from '../domain/matching/types';
import type { ErasureCount, ErasureTarget } from '../domain/erasure/types';
import { StorageError, toStorageError } from './errors';
import type { ErasureInput, ErasureOptions } from './erasure-plan';

// Erasure is rare: its code loads when it is used, not with the panel.
const loadErasurePlan = () => import('./erasure-plan');
import {
  decisionKey,
  isEvent,
  newId,
  orderRolls,
  readSettings,
  topicKey,
  touchedMeeting,
  withEvents,
} from './records';
import type { MeetingOccurrence } from '../domain/checklist/types';
import type {
  AppSettings,
  DoorkeeperStore,
  MeetingIdRecord,
  MeetingRecord,
  RollDraft,
  SavedRoll,
  StoreSnapshot,
} from './types';
import {
  readDecision,
  readEvent,
  readMeetingRecord,
  readSavedRoll,
  droppedValueLog,
  type DroppedValue,
} from './validate';

// Meeting-ID history is noted after the first paint: its helpers load then, not with the panel.
const loadMeetingIds = () => import('./meeting-ids');

export const DB_NAME = 'doorkeeper';
// 2: meetingIds ("Meeting ID used before"). Older stores are kept as they are.
export const DB_VERSION = 2;

interface TopicRecord {
  topicKey: string;
  rollId: string;
  usedAt: number;
}

interface DecisionRecord {
  key: string;
  rollId: string;
  decision: ManualDecision;
  at: number;
}

interface EventRecord {
  seq?: number;
  meetingUUID: string;
  event: AttendanceEvent;
}

interface DoorkeeperDB extends DBSchema {
  rolls: { key: string; value: SavedRoll };
  rollTopics: { key: string; value: TopicRecord };
  decisions: { key: string; value: DecisionRecord; indexes: { byRoll: string } };
  meetings: { key: string; value: MeetingRecord };
  // Append-only, keyed by an auto-increment number: the index returns a meeting's log in write order.
  events: { key: number; value: EventRecord; indexes: { byMeeting: string } };
  settings: { key: string; value: { key: string; settings: AppSettings } };
  meetingIds: { key: string; value: MeetingIdRecord };
}

const STORES = [
  'rolls',
  'rollTopics',
  'decisions',
  'meetings',
  'events',
  'settings',
  'meetingIds',
] as const;
const ERASURE_STORES = ['rolls', 'decisions', 'meetings', 'events'] as const;

function upgrade(db: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore('rolls', { keyPath: 'id' });
    db.createObjectStore('rollTopics', { keyPath: 'topicKey' });
    db.createObjectStore('decisions', { keyPath: 'key' }).createIndex('byRoll', 'rollId');
    db.createObjectStore('meetings', { keyPath: 'meetingUUID' });
    db.createObjectStore('events', { keyPath: 'seq', autoIncrement: true }).createIndex(
      'byMeeting',
      'meetingUUID',
    );
    db.createObjectStore('settings', { keyPath: 'key' });
  }
  if (oldVersion < 2) db.createObjectStore('meetingIds', { keyPath: 'numberKey' });
}

export interface IdbOpenOptions {
  indexedDB: IDBFactory;
  dbName?: string;
  /** How long to wait for another tab to release an older version before giving up (default 3 s). */
  blockedTimeoutMs?: number;
  /** How long opening may take at all: some browsers never answer in private mode (default 10 s). */
  openTimeoutMs?: number;
}

function openDatabase(options: IdbOpenOptions): Promise<IDBPDatabase<DoorkeeperDB>> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const timers: Array<ReturnType<typeof setTimeout>> = [];
    const fail = (error: StorageError) => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      reject(error);
    };
    let request: IDBOpenDBRequest;
    try {
      request = options.indexedDB.open(options.dbName ?? DB_NAME, DB_VERSION);
    } catch (error) {
      fail(toStorageError(error));
      return;
    }
    timers.push(
      setTimeout(() => fail(new StorageError('unavailable')), options.openTimeoutMs ?? 10_000),
    );
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion);
    request.onblocked = () =>
      timers.push(
        setTimeout(() => fail(new StorageError('blocked')), options.blockedTimeoutMs ?? 3000),
      );
    request.onerror = (event) => {
      event.preventDefault();
      fail(toStorageError(request.error));
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab wants a newer version: step aside (this panel falls back to memory).
      db.onversionchange = () => db.close();
      if (settled) {
        db.close();
        return;
      }
      settled = true;
      timers.forEach(clearTimeout);
      resolve(wrap(db) as unknown as IDBPDatabase<DoorkeeperDB>);
    };
  });
}

interface QueuedAppend {
  meetingUUID: string;
  events: readonly AttendanceEvent[];
  resolve: () => void;
  reject: (error: StorageError) => void;
}

/** The IndexedDB store. Open it through openDoorkeeperStore, which adds the memory fallback. */
export class IdbStore implements DoorkeeperStore {
  readonly mode = 'indexeddb' as const;
  private queue: QueuedAppend[] = [];
  private flushing: Promise<void> | null = null;
  private readonly droppedLog = droppedValueLog();
  private readonly report = this.droppedLog.report;

  private constructor(private readonly db: IDBPDatabase<DoorkeeperDB>) {}

  takeDropped(): DroppedValue[] {
    return this.droppedLog.take();
  }

  static async open(options: IdbOpenOptions): Promise<IdbStore> {
    return new IdbStore(await openDatabase(options));
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toStorageError(error);
    }
  }

  saveRoll(draft: RollDraft, now: number): Promise<SavedRoll> {
    return this.guard(async () => {
      const tx = this.db.transaction('rolls', 'readwrite');
      const stored: unknown = draft.id ? await tx.store.get(draft.id) : undefined;
      const existing = stored === undefined ? null : readSavedRoll(stored, this.report);
      const roll: SavedRoll = {
        id: draft.id ?? newId(),
        name: draft.name,
        entries: draft.entries,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        lastUsedAt: existing?.lastUsedAt ?? null,
        // A roll imported again keeps the words the host wrote for it.
        openingMessage: existing?.openingMessage ?? null,
      };
      await Promise.all([tx.store.put(roll), tx.done]);
      return roll;
    });
  }

  getRoll(id: string): Promise<SavedRoll | null> {
    return this.guard(async () => {
      const stored: unknown = await this.db.get('rolls', id);
      return stored === undefined ? null : readSavedRoll(stored, this.report);
    });
  }

  listRolls(topic?: string): Promise<SavedRoll[]> {
    return this.guard(async () => {
      const tx = this.db.transaction(['rolls', 'rollTopics']);
      const [rolls, preferred] = await Promise.all([
        tx.objectStore('rolls').getAll(),
        topic === undefined ? undefined : tx.objectStore('rollTopics').get(topicKey(topic)),
        tx.done,
      ]);
      const valid = (rolls as unknown[])
        .map((roll) => readSavedRoll(roll, this.report))
        .filter((roll): roll is SavedRoll => roll !== null);
      return orderRolls(valid, preferred?.rollId ?? null);
    });
  }

  deleteRoll(id: string): Promise<void> {
    return this.guard(async () => {
      const tx = this.db.transaction(['rolls', 'decisions', 'rollTopics'], 'readwrite');
      const keys = await tx.objectStore('decisions').index('byRoll').getAllKeys(id);
      const topics = (await tx.objectStore('rollTopics').getAll()).filter(
        (topic) => topic.rollId === id,
      );
      await Promise.all([
        tx.objectStore('rolls').delete(id),
        ...keys.map((key) => tx.objectStore('decisions').delete(key)),
        ...topics.map((topic) => tx.objectStore('rollTopics').delete(topic.topicKey)),
        tx.done,
      ]);
    });
  }

  saveOpeningMessage(rollId: string, text: string | null, now: number): Promise<boolean> {
    return this.guard(async () => {
      const tx = this.db.transaction('rolls', 'readwrite');
      const stored: unknown = await tx.store.get(rollId);
      const roll = stored === undefined ? null : readSavedRoll(stored, this.report);
      if (!roll) {
        await tx.done;
        return false;
      }
      const openingMessage = text === null ? null : { text, savedAt: now };
      await Promise.all([tx.store.put({ ...roll, openingMessage }), tx.done]);
      return true;
    });
  }

  markRollUsed(rollId: string, topic: string, now: number, meetingUUID?: string): Promise<void> {
    return this.guard(async () => {
      const tx = this.db.transaction(['rolls', 'rollTopics', 'meetings'], 'readwrite');
      const [roll, meeting] = await Promise.all([
        tx.objectStore('rolls').get(rollId),
        meetingUUID ? tx.objectStore('meetings').get(meetingUUID) : undefined,
      ]);
      await Promise.all([
        roll ? tx.objectStore('rolls').put({ ...roll, lastUsedAt: now }) : undefined,
        tx.objectStore('rollTopics').put({ topicKey: topicKey(topic), rollId, usedAt: now }),
        meeting ? tx.objectStore('meetings').put({ ...meeting, rollId }) : undefined,
        tx.done,
      ]);
    });
  }

  saveDecision(rollId: string, decision: ManualDecision, now: number): Promise<void> {
    return this.guard(async () => {
      await this.db.put('decisions', {
        key: decisionKey(rollId, decision),
        rollId,
        decision,
        at: now,
      });
    });
  }

  listDecisions(rollId: string): Promise<ManualDecision[]> {
    return this.guard(async () =>
      (await this.db.getAllFromIndex('decisions', 'byRoll', rollId))
        .sort((a, b) => a.at - b.at)
        .map((entry) => readDecision(entry.decision, this.report))
        .filter((decision): decision is ManualDecision => decision !== null),
    );
  }

  deleteDecision(rollId: string, decision: ManualDecision): Promise<void> {
    return this.guard(() => this.db.delete('decisions', decisionKey(rollId, decision)));
  }

  touchMeeting(meetingUUID: string, topic: string, now: number): Promise<MeetingRecord> {
    return this.guard(async () => {
      const tx = this.db.transaction('meetings', 'readwrite');
      const stored: unknown = await tx.store.get(meetingUUID);
      const existing = readMeetingRecord(stored, meetingUUID, now, this.report) ?? undefined;
      const record = touchedMeeting(existing, meetingUUID, topic, now);
      await Promise.all([tx.store.put(record), tx.done]);
      return record;
    });
  }

  getMeeting(meetingUUID: string): Promise<MeetingRecord | null> {
    return this.guard(async () => {
      const stored: unknown = await this.db.get('meetings', meetingUUID);
      // Stored data may come from an older version or be damaged: validated on the way in.
      return readMeetingRecord(stored, meetingUUID, Date.now(), this.report);
    });
  }

  private updateMeeting(
    meetingUUID: string,
    change: (record: MeetingRecord) => MeetingRecord,
  ): Promise<void> {
    return this.guard(async () => {
      const tx = this.db.transaction('meetings', 'readwrite');
      const record = await tx.store.get(meetingUUID);
      await Promise.all([record ? tx.store.put(change(record)) : undefined, tx.done]);
    });
  }

  correctMeetingStart(meetingUUID: string, startedAt: number): Promise<void> {
    return this.updateMeeting(meetingUUID, (record) => ({ ...record, startedAt }));
  }

  saveLockState(meetingUUID: string, state: LockState): Promise<void> {
    return this.updateMeeting(meetingUUID, (record) => ({ ...record, lockState: state }));
  }

  noteMeetingOccurrence(
    meetingID: string,
    meetingUUID: string,
    now: number,
  ): Promise<MeetingOccurrence[]> {
    return this.guard(async () => {
      // Hashed before the transaction: one left waiting on anything but IndexedDB commits early.
      const { meetingIdKey, notedOccurrences, readMeetingIdRecord } = await loadMeetingIds();
      const numberKey = await meetingIdKey(meetingID);
      const tx = this.db.transaction('meetingIds', 'readwrite');
      const stored: unknown = await tx.store.get(numberKey);
      const existing = stored === undefined ? null : readMeetingIdRecord(stored, this.report);
      const occurrences = notedOccurrences(existing?.occurrences ?? [], meetingUUID, now);
      await Promise.all([tx.store.put({ numberKey, occurrences }), tx.done]);
      return occurrences;
    });
  }

  /** Keeps only the occurrences `keep` accepts; a meeting ID left with none is deleted. */
  private async pruneMeetingIds(keep: (occurrence: MeetingOccurrence) => boolean): Promise<void> {
    const { readMeetingIdRecord } = await loadMeetingIds();
    const tx = this.db.transaction('meetingIds', 'readwrite');
    for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
      const record = readMeetingIdRecord(cursor.value, this.report);
      const kept = record?.occurrences.filter(keep) ?? [];
      if (kept.length === 0) await cursor.delete();
      else if (kept.length < (record?.occurrences.length ?? 0))
        await cursor.update({ numberKey: cursor.key, occurrences: kept });
    }
    await tx.done;
  }

  appendEvents(meetingUUID: string, events: readonly AttendanceEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.queue.push({ meetingUUID, events, resolve, reject });
      this.kick();
    });
  }

  /**
   * Writes everything queued in one transaction. While it runs, new appends queue up for the next
   * one, so a join storm costs a handful of transactions instead of one per person, and no append
   * waits on a timer (a reload loses at most what was queued in the last few milliseconds).
   */
  private kick(): void {
    if (this.flushing) return;
    // A microtask first, so that appends made in the same task share the first transaction.
    this.flushing = Promise.resolve()
      .then(() => this.flush())
      .finally(() => {
        this.flushing = null;
        if (this.queue.length > 0) this.kick();
      });
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0);
    if (batch.length === 0) return;
    try {
      const tx = this.db.transaction(['events', 'meetings'], 'readwrite');
      const events = tx.objectStore('events');
      const meetings = tx.objectStore('meetings');
      const writes: Array<Promise<unknown>> = [];
      const byMeeting = new Map<string, AttendanceEvent[]>();
      for (const item of batch) {
        for (const event of item.events)
          writes.push(events.add({ meetingUUID: item.meetingUUID, event }));
        byMeeting.set(item.meetingUUID, [
          ...(byMeeting.get(item.meetingUUID) ?? []),
          ...item.events,
        ]);
      }
      for (const [meetingUUID, logged] of byMeeting) {
        writes.push(
          meetings
            .get(meetingUUID)
            .then((record) => meetings.put(withEvents(record, meetingUUID, logged))),
        );
      }
      await Promise.all([...writes, tx.done]);
      for (const item of batch) item.resolve();
    } catch (error) {
      const failure = toStorageError(error);
      for (const item of batch) item.reject(failure);
    }
  }

  /** Resolves once every append made so far is written (or has failed). */
  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  loadEvents(meetingUUID: string): Promise<AttendanceEvent[]> {
    return this.guard(async () => {
      await this.idle();
      const records = await this.db.getAllFromIndex('events', 'byMeeting', meetingUUID);
      return records
        .map((record) => readEvent(record.event, this.report))
        .filter((event): event is AttendanceEvent => event !== null);
    });
  }

  getSettings(): Promise<AppSettings> {
    return this.guard(async () => readSettings((await this.db.get('settings', 'app'))?.settings));
  }

  saveSettings(patch: Partial<AppSettings>): Promise<AppSettings> {
    return this.guard(async () => {
      const tx = this.db.transaction('settings', 'readwrite');
      const settings = readSettings({
        ...readSettings((await tx.store.get('app'))?.settings),
        ...patch,
      });
      await Promise.all([tx.store.put({ key: 'app', settings }), tx.done]);
      return settings;
    });
  }

  private async deleteMeetings(
    meetingUUIDs: (all: MeetingRecord[], logged: string[]) => string[],
  ): Promise<number> {
    await this.idle();
    const tx = this.db.transaction(['meetings', 'events'], 'readwrite');
    const meetings = tx.objectStore('meetings');
    const index = tx.objectStore('events').index('byMeeting');
    const logged: string[] = [];
    for (
      let cursor = await index.openKeyCursor(null, 'nextunique');
      cursor;
      cursor = await cursor.continue()
    )
      logged.push(cursor.key);
    const doomed = meetingUUIDs(await meetings.getAll(), logged);
    for (const meetingUUID of doomed) {
      await meetings.delete(meetingUUID);
      for (
        let cursor = await index.openCursor(meetingUUID);
        cursor;
        cursor = await cursor.continue()
      )
        await cursor.delete();
    }
    await tx.done;
    return doomed.length;
  }

  purgeMeetingsBefore(cutoff: number): Promise<number> {
    return this.guard(async () => {
      let expired = 0;
      await this.deleteMeetings((all, logged) => {
        const known = new Set(all.map((record) => record.meetingUUID));
        const old = all
          .filter((record) => record.lastSeenAt < cutoff)
          .map((record) => record.meetingUUID);
        expired = old.length;
        // A log whose meeting record is missing belongs to nothing the host can see: it goes too.
        return [...old, ...logged.filter((meetingUUID) => !known.has(meetingUUID))];
      });
      await this.pruneMeetingIds((occurrence) => occurrence.lastSeenAt >= cutoff);
      return expired;
    });
  }

  forgetMeeting(meetingUUID: string): Promise<void> {
    return this.guard(async () => {
      await this.deleteMeetings(() => [meetingUUID]);
      await this.pruneMeetingIds((occurrence) => occurrence.meetingUUID !== meetingUUID);
    });
  }

  countPerson(target: ErasureTarget, options?: ErasureOptions): Promise<ErasureCount> {
    return this.guard(async () => {
      const { planErasure } = await loadErasurePlan();
      await this.idle();
      const tx = this.db.transaction(ERASURE_STORES);
      const input = await this.erasureInput(tx);
      await tx.done;
      return planErasure(input, target, 0, options).count;
    });
  }

  erasePerson(target: ErasureTarget, now: number, options?: ErasureOptions): Promise<ErasureCount> {
    return this.guard(async () => {
      // Loaded before the transaction opens: it must not wait on anything but IndexedDB.
      const { planErasure } = await loadErasurePlan();
      // Appends queued before the erasure are written first, so none of them survives it.
      await this.idle();
      // One transaction: a crash or a closed panel leaves either all of it or none of it.
      const tx = this.db.transaction(ERASURE_STORES, 'readwrite');
      const plan = planErasure(await this.erasureInput(tx), target, now, options);
      const events = tx.objectStore('events');
      await Promise.all([
        ...plan.rolls.map((roll) => tx.objectStore('rolls').put(roll)),
        ...plan.decisionKeys.map((key) => tx.objectStore('decisions').delete(key)),
        ...plan.meetings.map((record) => tx.objectStore('meetings').put(record)),
        ...plan.eventKeys.map((key) => events.delete(key)),
        ...plan.erasures.map(({ meetingUUID, event }) => events.add({ meetingUUID, event })),
        tx.done,
      ]);
      return plan.count;
    });
  }

  /** The stores' contents an erasure looks at, validated as every read is. */
  private async erasureInput(
    tx: IDBPTransaction<DoorkeeperDB, typeof ERASURE_STORES, IDBTransactionMode>,
  ): Promise<ErasureInput<number>> {
    const [rolls, decisions, meetings] = await Promise.all([
      tx.objectStore('rolls').getAll(),
      tx.objectStore('decisions').getAll(),
      tx.objectStore('meetings').getAll(),
    ]);
    const events: ErasureInput<number>['events'][number][] = [];
    for (
      let cursor = await tx.objectStore('events').openCursor();
      cursor;
      cursor = await cursor.continue()
    ) {
      if (isEvent(cursor.value.event))
        events.push({
          key: cursor.primaryKey,
          meetingUUID: cursor.value.meetingUUID,
          event: cursor.value.event,
        });
    }
    return {
      rolls: (rolls as unknown[])
        .map((roll) => readSavedRoll(roll, this.report))
        .filter((roll): roll is SavedRoll => roll !== null),
      decisions,
      // A damaged lock state is read as the panel reads it, so scrubbing it cannot throw.
      meetings: meetings
        .map((record) => readMeetingRecord(record, record.meetingUUID, Date.now(), this.report))
        .filter((record): record is MeetingRecord => record !== null),
      events,
    };
  }

  deleteAll(): Promise<void> {
    return this.guard(async () => {
      await this.idle();
      const tx = this.db.transaction([...STORES], 'readwrite');
      await Promise.all([...STORES.map((name) => tx.objectStore(name).clear()), tx.done]);
    });
  }

  /** Everything stored, for seeding the memory fallback. */
  snapshot(): Promise<StoreSnapshot> {
    return this.guard(async () => {
      const tx = this.db.transaction([...STORES]);
      const [rolls, topics, decisions, meetings, events, settings, meetingIds] = await Promise.all([
        tx.objectStore('rolls').getAll(),
        tx.objectStore('rollTopics').getAll(),
        tx.objectStore('decisions').getAll(),
        tx.objectStore('meetings').getAll(),
        tx.objectStore('events').getAll(),
        tx.objectStore('settings').get('app'),
        tx.objectStore('meetingIds').getAll(),
      ]);
      await tx.done;
      return {
        rolls,
        topics,
        decisions: decisions.map(({ rollId, decision, at }) => ({ rollId, decision, at })),
        meetings,
        events: events
          .filter((record) => isEvent(record.event))
          .map(({ meetingUUID, event }) => ({ meetingUUID, event })),
        settings: settings ? readSettings(settings.settings) : null,
        meetingIds,
      };
    });
  }

  close(): void {
    this.db.close();
  }
}
