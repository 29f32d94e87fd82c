import type { AttendanceEvent } from '../domain/attendance/types';
import type { MeetingOccurrence } from '../domain/checklist/types';
import type { LockState } from '../domain/lock/types';
import type { ManualDecision } from '../domain/matching/types';
import { NOTHING_ERASED, type ErasureCount, type ErasureTarget } from '../domain/erasure/types';
import { StorageError, toStorageError } from './errors';
import type { ErasureOptions } from './erasure-plan';
import { DB_NAME, IdbStore } from './idb-store';
import { MemoryStore } from './memory-store';
import { DAY_MS } from './records';
import type {
  AppSettings,
  DoorkeeperStore,
  MeetingRecord,
  RollDraft,
  SavedRoll,
  StorageMode,
} from './types';
import type { DroppedValue } from './validate';

export interface StorageStatus {
  mode: StorageMode;
  /** Why we are in memory; null while IndexedDB works. */
  error: StorageError | null;
}

/**
 * The store the panel uses: IndexedDB while it works, memory from the first failure on (seeded with
 * whatever could still be read), so the panel never stops. The caller shows a banner from
 * `status` or `onFallback`. Deletions still reach IndexedDB when they can, so "Delete all" keeps
 * its promise even after a fallback.
 */
export class ResilientStore implements DoorkeeperStore {
  private memory: MemoryStore | null = null;
  private switching: Promise<MemoryStore> | null = null;
  private failure: StorageError | null;

  constructor(
    private readonly idb: IdbStore | null,
    private readonly factory: IDBFactory | null,
    private readonly dbName: string,
    openError: StorageError | null,
    private readonly onFallback?: (error: StorageError) => void,
  ) {
    this.failure = openError;
    if (!idb) this.memory = new MemoryStore();
  }

  get mode(): StorageMode {
    return this.memory ? 'memory' : 'indexeddb';
  }

  get status(): StorageStatus {
    return { mode: this.mode, error: this.failure };
  }

  takeDropped(): DroppedValue[] {
    return [...(this.idb?.takeDropped() ?? []), ...(this.memory?.takeDropped() ?? [])];
  }

  private fallBack(error: StorageError): Promise<MemoryStore> {
    if (this.memory) return Promise.resolve(this.memory);
    this.switching ??= (async () => {
      // A full disk still lets us read: carry what is stored over so nothing vanishes from view.
      const seed = await this.idb?.snapshot().catch(() => undefined);
      this.memory = new MemoryStore(seed);
      this.failure = error;
      this.onFallback?.(error);
      return this.memory;
    })();
    return this.switching;
  }

  private async run<T>(operation: (store: DoorkeeperStore) => Promise<T>): Promise<T> {
    if (this.memory || !this.idb)
      return operation(this.memory ?? (await this.fallBack(new StorageError('unavailable'))));
    try {
      return await operation(this.idb);
    } catch (error) {
      return operation(await this.fallBack(toStorageError(error)));
    }
  }

  /** Deletes in memory and, best effort, in IndexedDB too, whatever mode we are in. */
  private async erase(
    operation: (store: DoorkeeperStore) => Promise<void>,
    wholeDatabase: boolean,
  ): Promise<void> {
    if (this.memory) await operation(this.memory);
    if (!this.idb) {
      if (wholeDatabase) await this.deleteDatabase();
      return;
    }
    try {
      await operation(this.idb);
    } catch (error) {
      if (wholeDatabase) await this.deleteDatabase();
      if (!this.memory) await operation(await this.fallBack(toStorageError(error)));
    }
  }

  private deleteDatabase(): Promise<void> {
    const factory = this.factory;
    if (!factory) return Promise.resolve();
    return new Promise((resolve) => {
      try {
        const request = factory.deleteDatabase(this.dbName);
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      } catch {
        resolve();
      }
    });
  }

  saveRoll(draft: RollDraft, now: number): Promise<SavedRoll> {
    return this.run((store) => store.saveRoll(draft, now));
  }
  getRoll(id: string): Promise<SavedRoll | null> {
    return this.run((store) => store.getRoll(id));
  }
  listRolls(topic?: string): Promise<SavedRoll[]> {
    return this.run((store) => store.listRolls(topic));
  }
  deleteRoll(id: string): Promise<void> {
    return this.erase((store) => store.deleteRoll(id), false);
  }
  saveOpeningMessage(rollId: string, text: string | null, now: number): Promise<boolean> {
    return this.run((store) => store.saveOpeningMessage(rollId, text, now));
  }
  markRollUsed(rollId: string, topic: string, now: number, meetingUUID?: string): Promise<void> {
    return this.run((store) => store.markRollUsed(rollId, topic, now, meetingUUID));
  }
  saveDecision(rollId: string, decision: ManualDecision, now: number): Promise<void> {
    return this.run((store) => store.saveDecision(rollId, decision, now));
  }
  listDecisions(rollId: string): Promise<ManualDecision[]> {
    return this.run((store) => store.listDecisions(rollId));
  }
  deleteDecision(rollId: string, decision: ManualDecision): Promise<void> {
    return this.erase((store) => store.deleteDecision(rollId, decision), false);
  }
  touchMeeting(meetingUUID: string, topic: string, now: number): Promise<MeetingRecord> {
    return this.run((store) => store.touchMeeting(meetingUUID, topic, now));
  }
  getMeeting(meetingUUID: string): Promise<MeetingRecord | null> {
    return this.run((store) => store.getMeeting(meetingUUID));
  }
  correctMeetingStart(meetingUUID: string, startedAt: number): Promise<void> {
    return this.run((store) => store.correctMeetingStart(meetingUUID, startedAt));
  }
  saveLockState(meetingUUID: string, state: LockState): Promise<void> {
    return this.run((store) => store.saveLockState(meetingUUID, state));
  }
  noteMeetingOccurrence(
    meetingID: string,
    meetingUUID: string,
    now: number,
  ): Promise<MeetingOccurrence[]> {
    return this.run((store) => store.noteMeetingOccurrence(meetingID, meetingUUID, now));
  }
  appendEvents(meetingUUID: string, events: readonly AttendanceEvent[]): Promise<void> {
    return this.run((store) => store.appendEvents(meetingUUID, events));
  }
  loadEvents(meetingUUID: string): Promise<AttendanceEvent[]> {
    return this.run((store) => store.loadEvents(meetingUUID));
  }
  getSettings(): Promise<AppSettings> {
    return this.run((store) => store.getSettings());
  }
  saveSettings(patch: Partial<AppSettings>): Promise<AppSettings> {
    return this.run((store) => store.saveSettings(patch));
  }
  purgeMeetingsBefore(cutoff: number): Promise<number> {
    return this.run((store) => store.purgeMeetingsBefore(cutoff));
  }
  forgetMeeting(meetingUUID: string): Promise<void> {
    return this.erase((store) => store.forgetMeeting(meetingUUID), false);
  }
  countPerson(target: ErasureTarget, options?: ErasureOptions): Promise<ErasureCount> {
    return this.run((store) => store.countPerson(target, options));
  }
  async erasePerson(
    target: ErasureTarget,
    now: number,
    options?: ErasureOptions,
  ): Promise<ErasureCount> {
    let count: ErasureCount = NOTHING_ERASED;
    // As the other deletions: in memory if we fell back, and in IndexedDB too whenever it answers.
    await this.erase(async (store) => {
      const done = await store.erasePerson(target, now, options);
      if (done.events + done.entries + done.links >= count.events + count.entries + count.links)
        count = done;
    }, false);
    return count;
  }
  deleteAll(): Promise<void> {
    return this.erase((store) => store.deleteAll(), true);
  }
  close(): void {
    this.idb?.close();
  }
}

export interface OpenStoreOptions {
  /** Defaults to the browser's; null (or none available) means memory from the start. */
  indexedDB?: IDBFactory | null;
  dbName?: string;
  /** The clock for retention (ms since the epoch). */
  now: number;
  blockedTimeoutMs?: number;
  openTimeoutMs?: number;
  /** Called once, when the store falls back to memory after opening; an open failure is in `status`. */
  onFallback?: (error: StorageError) => void;
}

export interface OpenedStore {
  store: ResilientStore;
  /** Meeting logs deleted by retention on this open. */
  purged: number;
}

/** Opens Doorkeeper's storage and applies retention. Never rejects: a failure means memory and a status to show. */
export async function openDoorkeeperStore(options: OpenStoreOptions): Promise<OpenedStore> {
  const factory =
    options.indexedDB === undefined ? (globalThis.indexedDB ?? null) : options.indexedDB;
  const dbName = options.dbName ?? DB_NAME;
  let idb: IdbStore | null = null;
  let openError: StorageError | null = null;
  if (factory) {
    try {
      idb = await IdbStore.open({
        indexedDB: factory,
        dbName,
        blockedTimeoutMs: options.blockedTimeoutMs,
        openTimeoutMs: options.openTimeoutMs,
      });
    } catch (error) {
      openError = toStorageError(error);
    }
  } else {
    openError = new StorageError('unavailable');
  }
  const store = new ResilientStore(idb, factory, dbName, openError, options.onFallback);
  const settings = await store.getSettings();
  const purged = await store.purgeMeetingsBefore(options.now - settings.retentionDays * DAY_MS);
  return { store, purged };
}
