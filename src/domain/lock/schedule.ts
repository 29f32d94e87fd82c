import type { ScheduleSpec } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MAX_MINUTES = 24 * 60;

/** Minutes east of UTC in force at an instant (+60 for CET, -300 for EST). */
export type UtcOffsetAt = (epochMs: number) => number;

/** The host machine's time zone, read through Date only here so that tests can inject their own. */
export const localUtcOffset: UtcOffsetAt = (epochMs) => -new Date(epochMs).getTimezoneOffset();

export interface ScheduleContext {
  /** When Doorkeeper first saw this meeting (or the host's correction). */
  meetingStartedAt: number;
  utcOffsetAt?: UtcOffsetAt;
}

export type DeadlineResult =
  | { ok: true; deadline: number }
  | { ok: false; reason: 'invalid' }
  /** The moment has passed: the UI should offer "lock now" rather than guess. */
  | { ok: false; reason: 'timePassed'; deadline: number };

function validMinutes(minutes: number, allowZero: boolean): boolean {
  return (
    Number.isFinite(minutes) && minutes <= MAX_MINUTES && (allowZero ? minutes >= 0 : minutes > 0)
  );
}

/** Converts a local wall-clock reading (as if it were UTC) to an instant, honouring offset changes. */
function localToInstant(localMs: number, offsetAt: UtcOffsetAt): number {
  // Two passes settle on the offset in force at the result; a wall time skipped by a
  // spring-forward change lands just after the gap, as clocks do.
  const first = localMs - offsetAt(localMs) * MINUTE;
  return localMs - offsetAt(first) * MINUTE;
}

/**
 * The instant of "HH:MM" nearest to `now` (yesterday, today or tomorrow, each converted with its own
 * offset so a DST night is not off by an hour). A meeting never spans more than half a day either
 * way, so "at 00:10" set at 23:50 means tomorrow, and "at 19:00" set at 19:05 means it has passed.
 */
export function nearestWallClock(
  hour: number,
  minute: number,
  now: number,
  offsetAt: UtcOffsetAt = localUtcOffset,
): number {
  const localNow = now + offsetAt(now) * MINUTE;
  const localMidnight = Math.floor(localNow / DAY) * DAY;
  let best = Number.NaN;
  for (const day of [-1, 0, 1]) {
    const candidate = localToInstant(
      localMidnight + day * DAY + hour * HOUR + minute * MINUTE,
      offsetAt,
    );
    const closer = Number.isNaN(best) || Math.abs(candidate - now) < Math.abs(best - now);
    // On an exact tie (12 h either way) the future one wins: a lock is scheduled, not regretted.
    const tieToFuture = Math.abs(candidate - now) === Math.abs(best - now) && candidate > best;
    if (closer || tieToFuture) best = candidate;
  }
  return best;
}

/** The wall-clock deadline a schedule means at `now`, or why it has none. */
export function resolveDeadline(
  spec: ScheduleSpec,
  now: number,
  context: ScheduleContext,
): DeadlineResult {
  switch (spec.kind) {
    case 'fromNow':
      if (!validMinutes(spec.minutes, false)) return { ok: false, reason: 'invalid' };
      return { ok: true, deadline: now + spec.minutes * MINUTE };
    case 'afterStart': {
      if (!validMinutes(spec.minutes, true) || !Number.isFinite(context.meetingStartedAt))
        return { ok: false, reason: 'invalid' };
      const deadline = context.meetingStartedAt + spec.minutes * MINUTE;
      return deadline > now
        ? { ok: true, deadline }
        : { ok: false, reason: 'timePassed', deadline };
    }
    case 'atTime': {
      const { hour, minute } = spec;
      if (
        !Number.isInteger(hour) ||
        !Number.isInteger(minute) ||
        hour < 0 ||
        hour > 23 ||
        minute < 0 ||
        minute > 59
      ) {
        return { ok: false, reason: 'invalid' };
      }
      const deadline = nearestWallClock(hour, minute, now, context.utcOffsetAt);
      return deadline > now
        ? { ok: true, deadline }
        : { ok: false, reason: 'timePassed', deadline };
    }
  }
}
