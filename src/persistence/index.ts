export { StorageError, isStorageError, toStorageError, type StorageErrorKind } from './errors';
export { DB_NAME, DB_VERSION, IdbStore } from './idb-store';
export { MemoryStore } from './memory-store';
export {
  ResilientStore,
  openDoorkeeperStore,
  type OpenStoreOptions,
  type OpenedStore,
  type StorageStatus,
} from './open-store';
export {
  DEFAULT_SETTINGS,
  type AppSettings,
  type DoorkeeperStore,
  type MeetingRecord,
  type RollDraft,
  type SavedRoll,
  type StorageMode,
  type StoreSnapshot,
} from './types';
