import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameJson } from './enforce';
import { quietLook, quietUntil, stillQuiet } from './quiet';
import { createLockState } from './lock-state';
import { settleAction } from './enforce';
import { startCountdown } from './countdown';
import { recordHostDecision } from './decisions';
import { lockNow, tick, unlock } from './tick';
import type { ParticipantMatch } from '../matching/types';
import type { LockFacts, LockParticipant, LockResult, LockState } from './types';

/*
 * The oracle for skipping a look: after any look that changed nothing, a full look at the same facts
 * at any moment before `quietUntil` must give exactly the same result (same state object, no
 * effects, the same held list and problems). Random meetings drive the real policy through joins,
 * moves, leaves, host decisions, failed calls, countdowns and clock jumps of every size.
 */

type Step =
  | { kind: 'join'; who: number; where: 'meeting' | 'waitingRoom' }
  | { kind: 'leave'; who: number }
  | { kind: 'move'; who: number; cause: boolean }
  | { kind: 'wait'; ms: number }
  | { kind: 'lock' }
  | { kind: 'unlock' }
  | { kind: 'countdown'; minutes: number }
  | { kind: 'settle'; ok: boolean; transient: boolean }
  | { kind: 'decide'; who: number; admit: boolean }
  | { kind: 'mode'; rollOnly: boolean };

const who = fc.nat({ max: 7 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('join' as const),
    who,
    where: fc.constantFrom('meeting' as const, 'waitingRoom' as const),
  }),
  fc.record({ kind: fc.constant('leave' as const), who }),
  fc.record({ kind: fc.constant('move' as const), who, cause: fc.boolean() }),
  fc.record({
    kind: fc.constant('wait' as const),
    ms: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1_000, max: 130_000 })),
  }),
  fc.constant({ kind: 'lock' as const }),
  fc.constant({ kind: 'unlock' as const }),
  fc.record({ kind: fc.constant('countdown' as const), minutes: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('settle' as const), ok: fc.boolean(), transient: fc.boolean() }),
  fc.record({ kind: fc.constant('decide' as const), who, admit: fc.boolean() }),
  fc.record({ kind: fc.constant('mode' as const), rollOnly: fc.boolean() }),
);

function matchOf(i: number): ParticipantMatch | null {
  // Sure matches, a duplicate, a likely one and strangers, over four roll entries.
  if (i > 5) return null;
  return {
    participantUUID: `p${i}`,
    rollId: `r${i % 4}`,
    confidence: i === 5 ? 'likely' : 'sure',
    reasons: [],
    flags: i === 4 ? ['duplicate'] : [],
  };
}

const matches = new Map(
  Array.from({ length: 8 }, (_, i) => matchOf(i)).flatMap((m) =>
    m ? [[m.participantUUID, m] as const] : [],
  ),
);

function factsOf(people: ReadonlyMap<string, LockParticipant>): LockFacts {
  return {
    myRole: 'host',
    participants: people.values(),
    matches,
    waitingRoomEnabled: true,
    rollIds: ['r0', 'r1', 'r2', 'r3'],
  };
}

function sameResult(a: LockResult, b: LockResult): boolean {
  return (
    a.state === b.state &&
    b.effects.length === 0 &&
    sameJson(a.held, b.held) &&
    sameJson(a.problems, b.problems)
  );
}

describe('quietUntil', () => {
  it('a look before it at the same facts repeats a look that changed nothing', () => {
    let quietLooks = 0;
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 40 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (steps, probes) => {
          let now = 1_000_000;
          let state: LockState = createLockState();
          let people = new Map<string, LockParticipant>([
            [
              'host',
              { participantUUID: 'host', screenName: 'Host', role: 'host', location: 'meeting' },
            ],
          ]);
          let lastEffect: { uuid: string; action: 'admit' | 'putInWaitingRoom' } | null = null;
          for (const s of steps) {
            switch (s.kind) {
              case 'join':
                people = new Map(people).set(`p${s.who}`, {
                  participantUUID: `p${s.who}`,
                  screenName: `P${s.who}`,
                  role: 'attendee',
                  location: s.where,
                  joinedAt: now,
                });
                break;
              case 'leave':
                people = new Map(people);
                people.delete(`p${s.who}`);
                break;
              case 'move': {
                const p = people.get(`p${s.who}`);
                if (!p) break;
                const to = p.location === 'meeting' ? 'waitingRoom' : 'meeting';
                people = new Map(people).set(p.participantUUID, {
                  ...p,
                  location: to,
                  joinedAt: now,
                  ...(to === 'waitingRoom' && s.cause ? { movedFromMeeting: true } : {}),
                });
                break;
              }
              case 'wait':
                now += s.ms;
                break;
              case 'lock':
                state = lockNow(state, now, factsOf(people)).state;
                break;
              case 'unlock':
                state = unlock(state).state;
                break;
              case 'countdown': {
                const started = startCountdown(
                  state,
                  { kind: 'fromNow', minutes: s.minutes },
                  now,
                  { meetingStartedAt: now },
                );
                if (started.ok) state = started.state;
                break;
              }
              case 'settle':
                if (!lastEffect) break;
                state = settleAction(
                  state,
                  s.ok
                    ? { action: lastEffect.action, participantUUID: lastEffect.uuid, ok: true }
                    : {
                        action: lastEffect.action,
                        participantUUID: lastEffect.uuid,
                        ok: false,
                        errorKind: 'x',
                        transient: s.transient,
                      },
                  now,
                );
                break;
              case 'decide':
                state = recordHostDecision(
                  state,
                  {
                    kind: s.admit ? 'admit' : 'sendBack',
                    participantUUID: `p${s.who}`,
                    rollIds: [`r${s.who % 4}`],
                  },
                  now,
                );
                break;
              case 'mode':
                state = {
                  ...state,
                  settings: { ...state.settings, mode: s.rollOnly ? 'rollOnly' : 'all' },
                };
                break;
            }
            const inputs = [people];
            const result = tick(state, now, factsOf(people));
            const effect = result.effects.find(
              (e) => e.kind === 'admit' || e.kind === 'putInWaitingRoom',
            );
            if (effect && (effect.kind === 'admit' || effect.kind === 'putInWaitingRoom'))
              lastEffect = { uuid: effect.participantUUID, action: effect.kind };
            const quiet = quietLook(state, result, inputs, now);
            if (quiet) {
              quietLooks += 1;
              const until = Math.min(quiet.until, now + 200_000);
              // A moment already passed (a permanent failure's retry time, say) skips nothing:
              // every later look runs in full, which is safe.
              if (until <= now) expect(stillQuiet(quiet, state, [people], now)).toBe(false);
              for (const probe of until > now ? [...probes, 0] : []) {
                const later = now + Math.floor(probe * (until - now - 1));
                if (later >= until) continue;
                expect(stillQuiet(quiet, state, [people], later)).toBe(true);
                expect(sameResult(result, tick(state, later, factsOf(people)))).toBe(true);
              }
              // A changed input or state is never skipped.
              expect(stillQuiet(quiet, state, [new Map(people)], now)).toBe(false);
              expect(stillQuiet(quiet, { ...state }, inputs, now)).toBe(false);
            }
            state = result.state;
          }
        },
      ),
      { numRuns: 300 },
    );
    // The property must have been exercised, not passed vacuously.
    expect(quietLooks).toBeGreaterThan(300);
  });

  it('is the next moment the clock matters: a bounce forgotten, a retry, the countdown', () => {
    const state = createLockState();
    expect(quietUntil(state)).toBe(Number.POSITIVE_INFINITY);
    const bounced = { ...state, bounced: { a: 1_000 } };
    expect(quietUntil(bounced)).toBe(61_000);
    const failing = {
      ...state,
      failures: {
        a: {
          action: 'putInWaitingRoom' as const,
          errorKind: 'x',
          message: 'x',
          attempts: 1,
          at: 5_000,
          transient: true,
        },
      },
    };
    expect(quietUntil(failing)).toBe(5_250);
  });
});
