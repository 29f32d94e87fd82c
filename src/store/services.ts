import type { DoorkeeperStore } from '../persistence/types';
import type { MeetingClient } from '../zoom/meeting-client';
import { createCallLimiter } from './call-limiter';
import type { CallLimiter } from './call-limiter';

/**
 * Where Doorkeeper's storage will be: it opens after the panel starts (the persistence controller
 * opens it, and puts it here), so actions look it up when they run instead of holding it.
 */
export interface StorageSlot {
  get(): DoorkeeperStore | null;
  set(storage: DoorkeeperStore | null): void;
}

export function createStorageSlot(initial: DoorkeeperStore | null = null): StorageSlot {
  let current = initial;
  return {
    get: () => current,
    set: (storage) => {
      current = storage;
    },
  };
}

/**
 * What the store's actions call besides the state. Services are not state: nothing renders from
 * them and they never change, so `createAppStore` closes over them instead of keeping them in it.
 */
export interface AppServices {
  /** The port to Zoom; null for a store with no meeting (tests of state alone). */
  client: MeetingClient | null;
  /** Shared by host actions and the lock: at most a few calls to Zoom at once. */
  limiter: CallLimiter;
  storage: StorageSlot;
  /** Milliseconds since the epoch. */
  clock: () => number;
  /** HTTP to Doorkeeper's own server (registrations); `fetch` by default, a stub in tests. */
  http: (input: string, init?: RequestInit) => Promise<Response>;
  /**
   * What matching waits for besides the matcher's code: the live panel's words for matches (its
   * later English), so no row shows a match it cannot word. Nothing by default.
   */
  matchingWaitsFor: () => Promise<unknown>;
}

/** Services for a store; anything not given gets its default (no client, no storage, Date.now). */
export function createServices(given: Partial<AppServices> = {}): AppServices {
  return {
    client: given.client ?? null,
    limiter: given.limiter ?? createCallLimiter(),
    storage: given.storage ?? createStorageSlot(),
    // Looked up on every call, so tests' fake timers apply to a store made before they started.
    clock: given.clock ?? (() => Date.now()),
    http: given.http ?? ((input, init) => fetch(input, init)),
    matchingWaitsFor: given.matchingWaitsFor ?? (() => Promise.resolve()),
  };
}
