/** How urgent a call is: the lock's put-backs must not wait behind a bulk admit of forty people. */
export type CallPriority = 'urgent' | 'normal';

export interface CallLimiter {
  /** Runs `task` as soon as fewer than the limit are in flight; urgent tasks jump the queue. */
  run<T>(task: () => Promise<T>, priority?: CallPriority): Promise<T>;
  /** Calls started and not yet settled. */
  inFlight(): number;
  /** Calls waiting for a slot. */
  queued(): number;
}

/** Zoom's client handles one request at a time per app anyway; a few in flight keep a burst fast without flooding it. */
export const MAX_CALLS_IN_FLIGHT = 3;

/** A limit on concurrent calls to Zoom, shared by host actions and the lock. */
export function createCallLimiter(limit: number = MAX_CALLS_IN_FLIGHT): CallLimiter {
  const urgent: Array<() => void> = [];
  const normal: Array<() => void> = [];
  let running = 0;

  function pump(): void {
    while (running < limit) {
      const next = urgent.shift() ?? normal.shift();
      if (!next) return;
      running += 1;
      next();
    }
  }

  return {
    run<T>(task: () => Promise<T>, priority: CallPriority = 'normal'): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const start = () => {
          let settled: Promise<T>;
          try {
            settled = task();
          } catch (error) {
            settled = Promise.reject(error);
          }
          settled.then(resolve, reject).finally(() => {
            running -= 1;
            pump();
          });
        };
        (priority === 'urgent' ? urgent : normal).push(start);
        pump();
      });
    },
    inFlight: () => running,
    queued: () => urgent.length + normal.length,
  };
}
