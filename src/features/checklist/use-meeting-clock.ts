import { useMemo, useSyncExternalStore } from 'react';
import type { AppStore } from '../../store/app-store';
import { useAppStoreApi } from '../../store/store-context';

interface Clock {
  get: () => number;
  subscribe: (notify: () => void) => () => void;
}

function createClock(store: AppStore, everyMs: number): Clock {
  let now = Date.now();
  return {
    get: () => now,
    subscribe: (notify) => {
      const update = () => {
        now = Date.now();
        notify();
      };
      const timer = setInterval(update, everyMs);
      // A lock change is read at once: an auto-lock armed a moment ago reads "in 10 minutes", not 11.
      const unsubscribe = store.subscribe((state, previous) => {
        if (state.lock !== previous.lock) update();
      });
      return () => {
        clearInterval(timer);
        unsubscribe();
      };
    },
  };
}

/** The wall clock for time-dependent checks: every `everyMs`, and whenever the lock changes. */
export function useMeetingClock(everyMs: number): number {
  const store = useAppStoreApi();
  const clock = useMemo(() => createClock(store, everyMs), [store, everyMs]);
  return useSyncExternalStore(clock.subscribe, clock.get);
}
