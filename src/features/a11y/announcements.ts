import type { RosterState } from '../../domain/meeting/types';

/*
 * What the panel says through its live region, as pure pieces: who is new in the waiting room, a
 * throttle that groups arrivals into one sentence, and the moments of the auto-lock's last minute.
 */

/** Everyone in the waiting room now, by participant UUID. */
export function waitingUUIDs(participants: RosterState['participants']): Set<string> {
  const waiting = new Set<string>();
  for (const p of participants.values())
    if (p.location === 'waitingRoom') waiting.add(p.participantUUID);
  return waiting;
}

/** How many of `now` were not waiting before. */
export function countArrivals(before: ReadonlySet<string>, now: ReadonlySet<string>): number {
  let arrived = 0;
  for (const uuid of now) if (!before.has(uuid)) arrived += 1;
  return arrived;
}

export interface ArrivalThrottle {
  add: (count: number) => void;
  dispose: () => void;
}

/**
 * Groups counts so a screen reader hears one sentence per `windowMs` at most: the first arrival
 * after a quiet spell is said at once, the ones during the next `windowMs` together at its end
 * (a rush of forty is "12 people joined…", not forty interruptions).
 */
export function createArrivalThrottle(
  windowMs: number,
  announce: (count: number) => void,
): ArrivalThrottle {
  let pending = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (pending === 0) return;
    const count = pending;
    pending = 0;
    announce(count);
    timer = setTimeout(flush, windowMs);
  };
  return {
    add: (count) => {
      if (count <= 0) return;
      pending += count;
      if (timer === undefined) flush();
    },
    dispose: () => clearTimeout(timer),
  };
}

/** Seconds before the auto-lock at which the time left is said. */
export const COUNTDOWN_MARKS_S = [60, 30, 10] as const;

/**
 * The mark the countdown has just passed (remaining went from above it to at or below it), or null.
 * When several were passed at once (the panel slept), only the nearest to the lock is said.
 */
export function crossedMark(previousMs: number | null, remainingMs: number): number | null {
  if (previousMs === null || remainingMs >= previousMs || remainingMs <= 0) return null;
  let crossed: number | null = null;
  for (const mark of COUNTDOWN_MARKS_S) {
    const at = mark * 1000;
    if (previousMs > at && remainingMs <= at) crossed = mark;
  }
  return crossed;
}
