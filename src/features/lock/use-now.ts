import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, 250);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

// Between timers the value still moves, in steps, so consecutive reads in one render agree.
const getNow = () => (timer ? now : Math.floor(Date.now() / 250) * 250);
const never = () => () => {};
const zero = () => 0;

/**
 * The wall clock, re-read every 250 ms while `active` (one shared timer for every component), so
 * an "mm:ss" display follows the deadline, not a count of renders. 0 while inactive.
 */
export function useNow(active: boolean): number {
  return useSyncExternalStore(active ? subscribe : never, active ? getNow : zero);
}
