/** Schedules one flush; returns a function that cancels it. */
export type FlushScheduler = (flush: () => void) => () => void;

/**
 * The next animation frame, so a burst of events becomes one store update per painted frame.
 * requestAnimationFrame does not fire while the panel is hidden, so a timer keeps events flowing then.
 */
export const nextFrame: FlushScheduler = (flush) => {
  let pending = true;
  const run = () => {
    if (!pending) return;
    pending = false;
    cancelBoth();
    flush();
  };
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : null;
  const timer = setTimeout(run, 100);
  function cancelBoth() {
    if (frame !== null) cancelAnimationFrame(frame);
    clearTimeout(timer);
  }
  return () => {
    pending = false;
    cancelBoth();
  };
};

export interface EventBatcher<T> {
  push: (item: T) => void;
  /** Delivers everything queued now (before a snapshot is applied, for one). */
  flush: () => void;
  dispose: () => void;
}

/** Queues items and hands them over in one batch per scheduled flush. */
export function createEventBatcher<T>(
  deliver: (items: T[]) => void,
  schedule: FlushScheduler = nextFrame,
): EventBatcher<T> {
  let queue: T[] = [];
  let cancel: (() => void) | null = null;
  const flush = () => {
    cancel?.();
    cancel = null;
    if (queue.length === 0) return;
    const items = queue;
    queue = [];
    deliver(items);
  };
  return {
    push: (item) => {
      queue.push(item);
      cancel ??= schedule(flush);
    },
    flush,
    dispose: () => {
      cancel?.();
      cancel = null;
      queue = [];
    },
  };
}
