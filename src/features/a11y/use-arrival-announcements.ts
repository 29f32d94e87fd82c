import { useEffect, useEffectEvent } from 'react';
import type { AppStore } from '../../store/app-store';
import { countArrivals, createArrivalThrottle, waitingUUIDs } from './announcements';

/** Within this long, arrivals are told together. */
export const ARRIVAL_WINDOW_MS = 5_000;

/**
 * Calls `say(count)` when people arrive in the waiting room while the roster is live, throttled.
 * Who was already waiting when the panel (re)connected is the baseline, not news.
 */
export function useArrivalAnnouncements(store: AppStore, say: (count: number) => void): void {
  const onArrivals = useEffectEvent(say);
  useEffect(() => {
    const throttle = createArrivalThrottle(ARRIVAL_WINDOW_MS, (count) => onArrivals(count));
    let known: Set<string> | null = null;
    let participants: unknown = null;
    const check = () => {
      const state = store.getState();
      if (state.connection.status !== 'ready') {
        known = null;
        return;
      }
      if (state.roster.participants === participants && known) return;
      participants = state.roster.participants;
      const waiting = waitingUUIDs(state.roster.participants);
      if (known) throttle.add(countArrivals(known, waiting));
      known = waiting;
    };
    check();
    const unsubscribe = store.subscribe(check);
    return () => {
      unsubscribe();
      throttle.dispose();
    };
  }, [store]);
}
