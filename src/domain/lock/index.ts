export type * from './types';
export {
  DEFAULT_LOCK_SETTINGS,
  allowParticipant,
  clearFailure,
  createLockState,
  disallowParticipant,
  lockStatus,
  restoreLockState,
  updateLockSettings,
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
export { WAITING_ROOM_KEY, decide, settleAction } from './enforce';
export { lockNow, tick, unlock } from './tick';
