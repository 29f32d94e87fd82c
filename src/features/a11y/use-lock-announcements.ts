import { useEffect, useEffectEvent } from 'react';
import { lockStatus } from '../../domain/lock';
import type { LockStatus } from '../../domain/lock';
import type { AppStore } from '../../store/app-store';

/**
 * Calls `say(status)` when the lock's state changes (locked, roll only, paused, unlocked). The
 * banner's own status line is inserted and removed with the banner, and a screen reader does not
 * read a live region that arrives with its words already in it, nor one that goes.
 */
export function useLockAnnouncements(store: AppStore, say: (status: LockStatus) => void): void {
  const onChange = useEffectEvent(say);
  useEffect(() => {
    let previous = lockStatus(store.getState().lock);
    return store.subscribe((state, before) => {
      if (state.lock === before.lock) return;
      const status = lockStatus(state.lock);
      if (status === previous) return;
      previous = status;
      onChange(status);
    });
  }, [store]);
}
