import { useDeferredValue, useMemo } from 'react';
import { buildAttendanceView } from '../../domain/attendance';
import type { AttendanceView } from '../../domain/attendance';
import { selectAttendance, selectMeetingStart } from '../../store/attendance-slice';
import { selectSettings } from '../../store/persistence-slice';
import { selectMatchByUUID, selectRoll } from '../../store/roll-selectors';
import { selectMe } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { useNow } from './use-now';

const MINUTE = 60_000;
const NO_ROLL = [] as const;

export interface AttendanceModel {
  view: AttendanceView;
  hasRoll: boolean;
  phase: ReturnType<typeof selectAttendance>['phase'];
  reconstructedCount: number;
  /** The pieced-together events are the people already there when Doorkeeper first opened. */
  firstOpen: boolean;
  /** How many events the log holds. */
  eventCount: number;
}

/** The attendance view for the live meeting, recomputed when the log, roll or matches change, and every 30 s. */
export function useAttendance(): AttendanceModel {
  const attendance = useAppStore(selectAttendance);
  const roll = useAppStore(selectRoll);
  const matches = useAppStore(selectMatchByUUID);
  const start = useAppStore(selectMeetingStart);
  const graceMinutes = useAppStore(selectSettings).graceMinutes;
  const meUUID = useAppStore(selectMe)?.participantUUID ?? null;
  const now = useNow(30_000);
  // In a join storm the log changes with every event: the view may lag a frame behind, not the panel.
  const log = useDeferredValue(attendance.log);
  const view = useMemo(
    () =>
      buildAttendanceView(log, roll?.entries ?? NO_ROLL, {
        meetingStart: start ?? now,
        now,
        graceMs: graceMinutes * MINUTE,
        matches,
        // The host running the panel is not attending their own meeting.
        exclude: new Set(meUUID ? [meUUID] : []),
      }),
    [log, roll, start, now, graceMinutes, matches, meUUID],
  );
  return {
    view,
    hasRoll: roll !== null,
    phase: attendance.phase,
    reconstructedCount: attendance.reconstructedCount,
    firstOpen: attendance.firstOpen,
    eventCount: attendance.log.length,
  };
}
