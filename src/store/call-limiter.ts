/** How urgent a call is: the lock's put-backs must not wait behind a bulk admit of forty people. */
export type CallPriority = 'urgent' | 'normal';

export interface CallLimiter {
  /** Runs `task` as soon as a slot is free; urgent tasks jump the queue. */
  run<T>(task: () => Promise<T>, priority?: CallPriority): Promise<T>;
  /** Calls started and not yet settled. */
  inFlight(): number;
  /** Calls waiting for a slot. */
  queued(): number;
}

/** A few calls in flight keep a burst fast without flooding the Zoom client. */
export const MAX_CALLS_IN_FLIGHT = 3;
/** Slots only urgent calls may use: host actions stuck on a silent client never hold up a put-back. */
export const URGENT_RESERVE = 1;

/**
 * A limit on concurrent calls to Zoom, shared by host actions and the lock: at most `limit`
 * normal calls in flight, and urgent ones first, with `reserve` more slots of their own.
 */
export function createCallLimiter(
  limit: number = MAX_CALLS_IN_FLIGHT,
  reserve: number = URGENT_RESERVE,
): CallLimiter {
  const urgent: Array<() => void> = [];
  const normal: Array<() => void> = [];
  let running = 0;

  function pump(): void {
    for (;;) {
      const next =
        urgent.length > 0 && running < limit + reserve
          ? urgent.shift()
          : normal.length > 0 && running < limit
            ? normal.shift()
            : undefined;
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
