import { resolveDeadline, type ScheduleContext } from './schedule';
import type { Countdown, LockState, ScheduleSpec } from './types';

export const FIVE_MINUTES = 5 * 60_000;

export type CountdownStart =
  | { ok: true; state: LockState; deadline: number }
  | { ok: false; reason: 'invalid' | 'alreadyLocked' }
  | { ok: false; reason: 'timePassed'; deadline: number };

/** Sets (or replaces) the auto-lock. A schedule whose moment has passed is refused, not fired. */
export function startCountdown(
  state: LockState,
  spec: ScheduleSpec,
  now: number,
  context: ScheduleContext,
): CountdownStart {
  if (state.locked) return { ok: false, reason: 'alreadyLocked' };
  const result = resolveDeadline(spec, now, context);
  if (!result.ok) return result;
  const countdown: Countdown = {
    status: 'running',
    spec,
    meetingStartedAt: context.meetingStartedAt,
    deadline: result.deadline,
    // A deadline already inside the warning window gets no warning: the host just chose it.
    warned: result.deadline - now <= state.settings.warnLeadMs,
  };
  return { ok: true, state: { ...state, countdown }, deadline: result.deadline };
}

/** "+5 min" (or any amount): pushes the deadline back and re-arms the warning if it is now far enough. */
export function extendCountdown(
  state: LockState,
  now: number,
  byMs: number = FIVE_MINUTES,
): LockState {
  const countdown = state.countdown;
  if (!countdown || !(byMs > 0)) return state;
  if (countdown.status === 'running') {
    const deadline = countdown.deadline + byMs;
    return {
      ...state,
      countdown: {
        ...countdown,
        deadline,
        warned: countdown.warned && deadline - now <= state.settings.warnLeadMs,
      },
    };
  }
  const remainingMs = countdown.remainingMs + byMs;
  return {
    ...state,
    countdown: {
      ...countdown,
      remainingMs,
      warned: countdown.warned && remainingMs <= state.settings.warnLeadMs,
    },
  };
}

/** Stops the clock and remembers the time left. */
export function pauseCountdown(state: LockState, now: number): LockState {
  const countdown = state.countdown;
  if (countdown?.status !== 'running') return state;
  const { spec, meetingStartedAt, warned } = countdown;
  return {
    ...state,
    countdown: {
      status: 'paused',
      spec,
      meetingStartedAt,
      warned,
      remainingMs: Math.max(0, countdown.deadline - now),
    },
  };
}

/** Restarts the clock with the time that was left. */
export function resumeCountdown(state: LockState, now: number): LockState {
  const countdown = state.countdown;
  if (countdown?.status !== 'paused') return state;
  const { spec, meetingStartedAt, warned } = countdown;
  return {
    ...state,
    countdown: {
      status: 'running',
      spec,
      meetingStartedAt,
      warned,
      deadline: now + countdown.remainingMs,
    },
  };
}

/** Drops the auto-lock; a lock already in force stays. */
export function cancelCountdown(state: LockState): LockState {
  return state.countdown ? { ...state, countdown: null } : state;
}

/**
 * The host corrected when the meeting started: an "N minutes after the start" countdown moves with
 * it (if that puts the deadline in the past, the next tick locks, as for any overdue deadline).
 */
export function correctMeetingStart(state: LockState, meetingStartedAt: number): LockState {
  const countdown = state.countdown;
  if (!countdown || countdown.spec.kind !== 'afterStart' || !Number.isFinite(meetingStartedAt))
    return state;
  const shift = meetingStartedAt - countdown.meetingStartedAt;
  if (shift === 0) return state;
  if (countdown.status === 'running') {
    return {
      ...state,
      countdown: { ...countdown, meetingStartedAt, deadline: countdown.deadline + shift },
    };
  }
  return {
    ...state,
    countdown: {
      ...countdown,
      meetingStartedAt,
      remainingMs: Math.max(0, countdown.remainingMs + shift),
    },
  };
}

export interface CountdownView {
  status: 'off' | 'running' | 'paused';
  /** Whole milliseconds left, never negative; 0 when off. */
  remainingMs: number;
  deadline: number | null;
  /** "mm:ss" (minutes may exceed 59), rounded up so "00:00" shows only at the lock; '' when off. */
  label: string;
  /** Inside the warning lead time. */
  inWarning: boolean;
  spec: ScheduleSpec | null;
}

/** "mm:ss", counting partial seconds as whole ones. */
export function formatCountdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** What the header shows at `now`. */
export function countdownView(state: LockState, now: number): CountdownView {
  const countdown = state.countdown;
  if (!countdown)
    return {
      status: 'off',
      remainingMs: 0,
      deadline: null,
      label: '',
      inWarning: false,
      spec: null,
    };
  const remainingMs =
    countdown.status === 'running' ? Math.max(0, countdown.deadline - now) : countdown.remainingMs;
  return {
    status: countdown.status,
    remainingMs,
    deadline: countdown.status === 'running' ? countdown.deadline : null,
    label: formatCountdown(remainingMs),
    inWarning: remainingMs <= state.settings.warnLeadMs,
    spec: countdown.spec,
  };
}
