export type * from './types';
export {
  actionEvent,
  appendEvent,
  appendEvents,
  eventFromMeeting,
  type ObservedEvent,
} from './log';
export { lastKnownPresence, reconstructFromSnapshot } from './reconstruct';
export {
  BOUNCE_MS,
  DEFAULT_GRACE_MS,
  buildAttendanceView,
  formatSummaryEn,
  type AttendanceOptions,
  type AttendanceRow,
  type AttendanceStatus,
  type AttendanceSummary,
  type AttendanceTimes,
  type AttendanceView,
  type HeldPerson,
  type LockPeriod,
  type UnknownPerson,
} from './view';
