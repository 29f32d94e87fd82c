import { useSyncExternalStore } from 'react';

const STEP_MS = 250;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

// In steps, so consecutive reads in one render agree; rounded up, so a countdown read against it
// (whole seconds, rounded up) never shows more than was set: five minutes reads 05:00, not 05:01.
const read = () => Math.ceil(Date.now() / STEP_MS) * STEP_MS;
let now = read();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = read();
    timer = setInterval(() => {
      now = read();
      for (const notify of listeners) notify();
    }, STEP_MS);
  }
  // The value may have moved since the render read it. React re-reads after subscribing anyway;
  // Preact only when told, else the first frames show a stale value until the next tick.
  listener();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const getNow = () => (timer ? now : read());
const never = () => () => {};
const zero = () => 0;

/**
 * The wall clock in 250 ms steps, re-read every step while `active` (one shared timer for every
 * component), so an "mm:ss" display follows the deadline, not a count of renders. 0 while inactive.
 */
export function useNow(active: boolean): number {
  return useSyncExternalStore(active ? subscribe : never, active ? getNow : zero);
}
