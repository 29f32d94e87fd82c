/**
 * Restoring the attendance log on a reload, in Node: CPU time of the store's restoreAttendance
 * (merge the stored log, find who was where, reconstruct the gap) for a meeting of 1,000 in the
 * meeting and 300 waiting, after 1 to 8 reloads. Zoom stamps events in whole seconds, so a join
 * storm puts hundreds of events on one moment; each reload adds the departures and arrivals it
 * reconstructs. Prints one JSON line per log size, then the merge of that stored log alone against
 * the baseline, the one-at-a-time insertion appendEvents used before. Run: `npm run bench:attendance`.
 */
import type { AttendanceEvent, SnapshotEntry } from '../src/domain/attendance';
import { appendEvents } from '../src/domain/attendance/log';
import { createAppStore } from '../src/store/app-store';

const IN_MEETING = 1_000;
const WAITING = 300;
const RELOADS = Number(process.env.ATTENDANCE_RELOADS ?? 8);
const REPEATS = Number(process.env.ATTENDANCE_REPEATS ?? 5);

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Everyone present at one reload; a tenth of them changed (left, came back, moved) since the last. */
function snapshotAt(reload: number): SnapshotEntry[] {
  const out: SnapshotEntry[] = [];
  for (let i = 0; i < IN_MEETING + WAITING; i += 1) {
    const changed = i % 10 === reload % 10;
    // The changed ones come back under a new id (a rejoin), so each reload reconstructs a leave and a join.
    const uuid = changed ? `p${i}-${reload}` : `p${i}`;
    out.push({
      participantUUID: uuid,
      screenName: `Person ${i}`,
      location: i < IN_MEETING ? 'meeting' : 'waitingRoom',
      rollId: i < IN_MEETING ? `r${i}` : null,
    });
  }
  return out;
}

/** The stored log after `reloads` reloads, as the store wrote it. */
function storedAfter(reloads: number): { stored: AttendanceEvent[]; times: number[] } {
  const store = createAppStore();
  let stored: AttendanceEvent[] = [];
  const times: number[] = [];
  for (let reload = 0; reload <= reloads; reload += 1) {
    const now = 1_000_000 + reload * 600_000;
    const state = store.getState();
    times.push(
      cpuMs(() =>
        state.restoreAttendance({
          meetingUUID: 'm',
          stored,
          meetingStart: 1_000_000,
          aliveAt: now - 1_000,
          snapshot: snapshotAt(reload),
          seen: [],
          now,
        }),
      ),
    );
    stored = [...store.getState().attendance.log];
  }
  return { stored, times };
}

function subject(event: AttendanceEvent): string {
  return 'participantUUID' in event ? event.participantUUID : '#lock';
}

/** Baseline: appendEvents before it was linear (each event scanned back over its whole second). */
function oneAtATime(
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
    const double =
      previous !== undefined &&
      previous.kind === event.kind &&
      previous.at === event.at &&
      (!('screenName' in previous) ||
        !('screenName' in event) ||
        previous.screenName === event.screenName);
    if (!double) out.splice(index, 0, event);
  }
  return out;
}

for (let reloads = 1; reloads <= RELOADS; reloads *= 2) {
  const runs = Array.from({ length: REPEATS }, () => storedAfter(reloads));
  const last = runs.map((run) => run.times[run.times.length - 1]!);
  console.log(
    JSON.stringify({
      workload: `restoreAttendance, ${IN_MEETING + WAITING} people, reload ${reloads + 1}`,
      storedEvents: runs[0]!.stored.length,
      cpuMs: +median(last).toFixed(1),
    }),
  );
  const stored = runs[0]!.stored;
  for (const [name, merge] of [
    ['one at a time (baseline)', oneAtATime],
    ['linear', appendEvents],
  ] as const)
    console.log(
      JSON.stringify({
        workload: `merge a stored log of ${stored.length} events`,
        implementation: name,
        cpuMs: +median(
          Array.from({ length: REPEATS }, () => cpuMs(() => merge([], stored))),
        ).toFixed(1),
      }),
    );
}
