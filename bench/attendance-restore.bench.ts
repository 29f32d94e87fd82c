/**
 * Restoring the attendance log on a reload, in Node: CPU time of the store's restoreAttendance
 * (merge the stored log, find who was where, reconstruct the gap) for a meeting of 1,000 in the
 * meeting and 300 waiting, after 1 to 8 reloads. Zoom stamps events in whole seconds, so a join
 * storm puts hundreds of events on one moment; each reload adds the departures and arrivals it
 * reconstructs. Prints one JSON line per log size, then the merge of that stored log alone against
 * the baseline, the one-at-a-time insertion appendEvents used before. Then the live join storm
 * after the last restore: 1,300 joins reaching the store one batch (one Zoom event) at a time,
 * 300 to each second, onto that log: CPU per batch, and how it grows with the log (a batch that
 * cost the whole log made a storm in a long meeting quadratic). Run: `npm run bench:attendance`.
 */
import type { AttendanceEvent, SnapshotEntry } from '../src/domain/attendance';
import { appendEvents, appendOneAtATime } from '../src/domain/attendance/log';
import { cpuMs, median } from './measure';
import { createAppStore } from '../src/store/app-store';

const IN_MEETING = 1_000;
const WAITING = 300;
const RELOADS = Number(process.env.ATTENDANCE_RELOADS ?? 8);
const REPEATS = Number(process.env.ATTENDANCE_REPEATS ?? 5);

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

/** The store after restoring `stored`, then `STORM` joins logged one batch at a time: CPU ms. */
const STORM = 1_300;
function liveStorm(stored: readonly AttendanceEvent[]): number {
  const store = createAppStore();
  const start = 100_000_000;
  store.getState().restoreAttendance({
    meetingUUID: 'm',
    stored,
    meetingStart: 1_000_000,
    aliveAt: start - 1_000,
    snapshot: [],
    seen: [],
    now: start,
  });
  const { logMeetingEvents } = store.getState();
  return cpuMs(() => {
    for (let i = 0; i < STORM; i += 1) {
      const participant = { participantUUID: `s${i}`, screenName: `Storm ${i}` };
      const at = start + 1_000 * Math.floor(i / 300);
      logMeetingEvents([{ event: { type: 'participantJoined', at, participant }, rollId: null }]);
    }
  });
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
    ['one at a time (baseline)', appendOneAtATime],
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
  const storm = median(Array.from({ length: REPEATS }, () => liveStorm(stored)));
  console.log(
    JSON.stringify({
      workload: `live join storm: ${STORM} batches of one join onto a log of ${stored.length} events`,
      cpuMs: +storm.toFixed(1),
      usPerBatch: +((storm * 1000) / STORM).toFixed(1),
    }),
  );
}
