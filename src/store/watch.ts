import type { StoreApi } from 'zustand/vanilla';

/** Equal when both are arrays of the same length with the same items (Object.is). */
export function sameItems<T extends readonly unknown[]>(a: T, b: T): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}

/**
 * Calls `handler(next, previous)` whenever `selector`'s value changes (by `equals`, Object.is by
 * default), for code outside React: a controller declares what it reacts to instead of diffing
 * the whole store. The first value is read at once and not reported. Returns a disposer.
 */
export function watch<S, T>(
  store: StoreApi<S>,
  selector: (state: S) => T,
  handler: (next: T, previous: T) => void,
  equals: (a: T, b: T) => boolean = Object.is,
): () => void {
  let current = selector(store.getState());
  return store.subscribe((state) => {
    const next = selector(state);
    if (equals(next, current)) return;
    const previous = current;
    current = next;
    handler(next, previous);
  });
}
