import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { sameItems, watch } from './watch';

describe('watch', () => {
  it('reports changes of the selected value only, with the previous value, until disposed', () => {
    const store = createStore<{ a: number; b: number }>()(() => ({ a: 1, b: 1 }));
    const seen: Array<[number, number]> = [];
    const stop = watch(
      store,
      (state) => state.a,
      (next, previous) => seen.push([next, previous]),
    );
    store.setState({ b: 2 });
    store.setState({ a: 2 });
    store.setState({ a: 2 });
    store.setState({ a: 3 });
    stop();
    store.setState({ a: 4 });
    expect(seen).toEqual([
      [2, 1],
      [3, 2],
    ]);
  });

  it('compares with the given equality, so a tuple of inputs reports when any one changes', () => {
    const store = createStore<{ a: object; b: object; c: number }>()(() => ({
      a: {},
      b: {},
      c: 0,
    }));
    let calls = 0;
    watch(
      store,
      (state) => [state.a, state.b] as const,
      () => calls++,
      sameItems,
    );
    store.setState({ c: 1 });
    expect(calls).toBe(0);
    store.setState({ b: {} });
    expect(calls).toBe(1);
  });

  it('sees a change made by another watcher during the same update once, in order', () => {
    const store = createStore<{ a: number; b: number }>()(() => ({ a: 0, b: 0 }));
    const seen: number[] = [];
    watch(
      store,
      (state) => state.a,
      (a) => store.setState({ b: a * 10 }),
    );
    watch(
      store,
      (state) => state.b,
      (b) => seen.push(b),
    );
    store.setState({ a: 1 });
    store.setState({ a: 2 });
    expect(seen).toEqual([10, 20]);
  });
});
