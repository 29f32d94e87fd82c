import { useEffect, useEffectEvent } from 'react';
import type { AppState, AppStore } from '../../store/app-store';

/** A roll is loaded but its matcher is not: nobody waiting has been checked against it yet. */
function unchecked(state: AppState): boolean {
  return state.roll !== null && !state.matchingReady;
}

/**
 * Calls `say()` when the waiting room's names start waiting for the matcher (right after the panel
 * opens or reloads with a roll): until it is in, nobody is flagged, and a host who cannot see the
 * list's note must hear that before admitting anyone. The note is drawn with its words already in
 * it, which a screen reader does not read out.
 */
export function useMatchingAnnouncements(store: AppStore, say: () => void): void {
  const onStart = useEffectEvent(say);
  useEffect(() => {
    let previous = unchecked(store.getState());
    if (previous) onStart();
    return store.subscribe((state) => {
      const now = unchecked(state);
      if (now && !previous) onStart();
      previous = now;
    });
  }, [store]);
}
