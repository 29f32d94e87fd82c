/**
 * The lock's tick in Node, CPU time per tick with 1,000 people in the meeting and 300 waiting (the
 * bench:ui scenario), locked in roll-only mode with a 1,000-entry roll:
 * - idle: nothing changed since the last tick (the 250 ms timer);
 * - arrival: one new person in the waiting room, then idle again;
 * each as a full look every tick (the baseline) and as the store ticks, skipping quiet looks.
 * Prints one JSON line per workload. Run: `npm run bench:lock`.
 */
import type { ParticipantMatch } from '../src/domain/matching/types';
import { createLockState, lockNow, quietLook, stillQuiet, tick } from '../src/domain/lock';
import type { LockFacts, LockParticipant, LockState, QuietLook } from '../src/domain/lock';
import { cpuMs, median } from './measure';

const IN_MEETING = 1_000;
const WAITING = 300;
const TICKS = Number(process.env.LOCK_TICKS ?? 40);
const ROUNDS = Number(process.env.LOCK_ROUNDS ?? 5);
const TICK_MS = 250;

function scenario(): {
  people: Map<string, LockParticipant>;
  matches: Map<string, ParticipantMatch>;
  rollIds: string[];
} {
  const people = new Map<string, LockParticipant>();
  const matches = new Map<string, ParticipantMatch>();
  const rollIds: string[] = [];
  people.set('host', {
    participantUUID: 'host',
    screenName: 'Host',
    role: 'host',
    location: 'meeting',
  });
  for (let i = 0; i < IN_MEETING + WAITING; i += 1) {
    const uuid = `p${i}`;
    const location = i < IN_MEETING ? 'meeting' : 'waitingRoom';
    people.set(uuid, {
      participantUUID: uuid,
      screenName: `Person ${i}`,
      role: 'attendee',
      location,
      joinedAt: 1,
    });
    // Most in the meeting are on the roll; of those waiting, a third are sure matches already in
    // (duplicates), a third likely, a third strangers.
    if (i < IN_MEETING) {
      rollIds.push(`r${i}`);
      matches.set(uuid, {
        participantUUID: uuid,
        rollId: `r${i}`,
        confidence: 'sure',
        reasons: [],
        flags: [],
      });
    } else if (i % 3 === 0) {
      matches.set(uuid, {
        participantUUID: uuid,
        rollId: `r${i - IN_MEETING}`,
        confidence: 'sure',
        reasons: [],
        flags: ['duplicate'],
      });
    } else if (i % 3 === 1) {
      matches.set(uuid, {
        participantUUID: uuid,
        rollId: `r${i - IN_MEETING}`,
        confidence: 'likely',
        reasons: [],
        flags: [],
      });
    }
  }
  return { people, matches, rollIds };
}

function factsOf(s: ReturnType<typeof scenario>): LockFacts {
  return {
    myRole: 'host',
    participants: s.people.values(),
    matches: s.matches,
    waitingRoomEnabled: true,
    rollIds: s.rollIds,
    verified: new Set(),
    suspendPutBacks: false,
  };
}

type Looker = (state: LockState, now: number, s: ReturnType<typeof scenario>) => LockState;

/** Baseline: a full look on every tick, as before quiet looks were skipped. */
const fullLook: Looker = (state, now, s) => tick(state, now, factsOf(s)).state;

/** As the store's lockTick does it: a quiet look with the same inputs is not repeated. */
function skippingLook(): Looker {
  let quiet: QuietLook | null = null;
  return (state, now, s) => {
    const facts = factsOf(s);
    const inputs = [s.people, facts.matches, facts.rollIds];
    if (stillQuiet(quiet, state, inputs, now)) return state;
    const result = tick(state, now, facts);
    quiet = quietLook(state, result, inputs, now);
    return result.state;
  };
}

function round(look: Looker): { idle: number; arrival: number; arrivalTick: number } {
  const s = scenario();
  let now = 1_000_000;
  let state: LockState = lockNow(createLockState({ mode: 'rollOnly' }), now, factsOf(s)).state;
  // Settle: a few looks so the sightings and held list are steady.
  for (let i = 0; i < 3; i += 1) state = look(state, (now += TICK_MS), s);
  const idle = cpuMs(() => {
    for (let i = 0; i < TICKS; i += 1) state = look(state, (now += TICK_MS), s);
  });
  let arrivalTick = 0;
  const arrival = cpuMs(() => {
    for (let i = 0; i < TICKS; i += 1) {
      if (i === 0) {
        // A stranger joins the waiting room: the roster is a new Map, as the store makes it.
        s.people = new Map(s.people);
        s.people.set('stranger', {
          participantUUID: 'stranger',
          screenName: 'Stranger',
          role: 'attendee',
          location: 'waitingRoom',
          joinedAt: now,
        });
        arrivalTick = cpuMs(() => {
          state = look(state, (now += TICK_MS), s);
        });
        continue;
      }
      state = look(state, (now += TICK_MS), s);
    }
  });
  return { idle: idle / TICKS, arrival: arrival / TICKS, arrivalTick };
}

const people = IN_MEETING + WAITING;
for (const [name, make] of [
  ['full look every tick (baseline)', () => fullLook],
  ['quiet looks skipped (as the store ticks)', skippingLook],
] as const) {
  const rounds = Array.from({ length: ROUNDS }, () => round(make()));
  console.log(
    JSON.stringify({
      workload: `lock tick, ${people} people, idle, ${TICKS} ticks`,
      implementation: name,
      cpuMsPerTick: +median(rounds.map((r) => r.idle)).toFixed(3),
    }),
  );
  console.log(
    JSON.stringify({
      workload: `lock tick, ${people} people, one arrival then idle, ${TICKS} ticks`,
      implementation: name,
      cpuMsPerTick: +median(rounds.map((r) => r.arrival)).toFixed(3),
      arrivalTickCpuMs: +median(rounds.map((r) => r.arrivalTick)).toFixed(3),
    }),
  );
}
