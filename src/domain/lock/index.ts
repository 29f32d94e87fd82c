export type * from './types';
export {
  DEFAULT_LOCK_SETTINGS,
  clearFailure,
  createLockState,
  lockHeadline,
  lockStatus,
  restoreLockState,
  updateLockSettings,
  withRosterMemory,
  type LockHeadline,
} from './lock-state';
export {
  localUtcOffset,
  nearestWallClock,
  resolveDeadline,
  type DeadlineResult,
  type ScheduleContext,
  type UtcOffsetAt,
} from './schedule';
export {
  FIVE_MINUTES,
  cancelCountdown,
  correctMeetingStart,
  countdownView,
  extendCountdown,
  formatCountdown,
  pauseCountdown,
  resumeCountdown,
  startCountdown,
  type CountdownStart,
  type CountdownView,
} from './countdown';
export { WAITING_ROOM_KEY, autoAdmissible, decide, settleAction } from './enforce';
export { recordHostDecision, rollIdsOf, sentBackByHost, withdrawAdmit } from './decisions';
export { RETRY_BUDGET_MS, RETRY_POLICY, gaveUp, retryAt } from './retry';
export { lockNow, tick, unlock } from './tick';
export { quietLook, quietUntil, stillQuiet, type QuietLook } from './quiet';
