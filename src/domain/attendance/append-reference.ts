import type { AttendanceEvent } from './types';

function subject(event: AttendanceEvent): string {
  return 'participantUUID' in event ? event.participantUUID : '#lock';
}

function sameEvent(a: AttendanceEvent, b: AttendanceEvent): boolean {
  if (a.kind !== b.kind || a.at !== b.at || subject(a) !== subject(b)) return false;
  return !('screenName' in a) || !('screenName' in b) || a.screenName === b.screenName;
}

/**
 * appendEvents as it was before it merged a batch: one event at a time, each scanning back over
 * its whole second. Not used by the app: kept as the oracle of `log-oracle.test.ts` and the
 * baseline of `bench/attendance-restore.bench.ts`.
 */
export function appendOneAtATime(
  log: readonly AttendanceEvent[],
  events: readonly AttendanceEvent[],
): AttendanceEvent[] {
  const out = [...log];
  for (const event of events) {
    let index = out.length;
    while (index > 0 && (out[index - 1]?.at ?? 0) > event.at) index -= 1;
    let previous: AttendanceEvent | undefined;
    for (let i = index - 1; i >= 0 && !previous; i -= 1) {
      const other = out[i];
      if (other && subject(other) === subject(event)) previous = other;
      if (other && other.at < event.at) break;
    }
    if (!(previous && sameEvent(previous, event))) out.splice(index, 0, event);
  }
  return out;
}
