/**
 * The few preferences of this browser that Doorkeeper keeps in localStorage rather than in its
 * database (read before storage opens, so the first paint can use them). Every key starts with
 * LOCAL_KEY_PREFIX, so "Delete all Doorkeeper data" can find them all, including ones a newer
 * version wrote.
 */
export const LOCAL_KEY_PREFIX = 'doorkeeper.';

/** The lock's explanation was read once ("Got it"). */
export const LOCK_EXPLAINED_KEY = `${LOCAL_KEY_PREFIX}lockExplained`;

/** This window's localStorage, or null where it is refused (private mode, storage turned off). */
function localStore(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Whether a flag was set in this browser; false when storage is refused. */
export function readLocalFlag(key: string): boolean {
  try {
    return localStore()?.getItem(key) === '1';
  } catch {
    return false;
  }
}

/** Sets a flag; where the browser refuses, it simply is not kept. */
export function writeLocalFlag(key: string): void {
  try {
    localStore()?.setItem(key, '1');
  } catch {
    // Private mode or a full store: what the flag saves is shown again next time.
  }
}

/**
 * Removes every Doorkeeper key from localStorage and leaves other keys of the origin alone.
 * Returns how many it removed; a storage that refuses access has nothing of ours to remove.
 */
export function clearLocalKeys(store: Storage | null = localStore()): number {
  if (!store) return 0;
  try {
    const ours: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(LOCAL_KEY_PREFIX)) ours.push(key);
    }
    for (const key of ours) store.removeItem(key);
    return ours.length;
  } catch {
    return 0;
  }
}
