import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastKnownPresence } from './reconstruct';
import type { AttendanceEvent, LastKnown, PresenceEntry, PresenceLocation } from './types';

/** The implementation before the closure per event was taken out, verbatim but for its Map: the oracle. */
function referencePresence(
  log: readonly AttendanceEvent[],
  aliveAt = Number.NEGATIVE_INFINITY,
): LastKnown {
  const people = new Map<string, PresenceEntry>();
  let at = aliveAt;
  for (const event of log) {
    at = Math.max(at, event.at);
    if (!('participantUUID' in event)) continue;
    const uuid = event.participantUUID;
    const current = people.get(uuid);
    const rollId = event.rollId ?? current?.rollId ?? null;
    const move = (location: PresenceLocation) => {
      people.set(uuid, {
        participantUUID: uuid,
        screenName: event.screenName,
        location,
        rollId,
        since: current?.location === location ? current.since : event.at,
      });
    };
    switch (event.kind) {
      case 'join':
        move('meeting');
        break;
      case 'waitingRoomJoin':
      case 'sentToWaitingRoom':
        move('waitingRoom');
        break;
      case 'leave':
        if (current?.location === 'meeting') people.delete(uuid);
        break;
      case 'waitingRoomLeave':
        if (current?.location === 'waitingRoom') people.delete(uuid);
        break;
      case 'rename':
      case 'admit':
        if (current) people.set(uuid, { ...current, screenName: event.screenName, rollId });
        break;
    }
  }
  return { at: Number.isFinite(at) ? at : 0, people };
}

const event: fc.Arbitrary<AttendanceEvent> = fc.oneof(
  fc.record({
    kind: fc.constantFrom(
      'join',
      'leave',
      'waitingRoomJoin',
      'waitingRoomLeave',
      'sentToWaitingRoom',
      'admit',
    ),
    at: fc.integer({ min: 0, max: 50 }),
    participantUUID: fc.constantFrom('a', 'b', 'c', 'd'),
    screenName: fc.constantFrom('Ann', 'Bo', 'Cy'),
    rollId: fc.option(fc.constantFrom('r1', 'r2'), { nil: undefined }),
    reconstructed: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('rename' as const),
    at: fc.integer({ min: 0, max: 50 }),
    participantUUID: fc.constantFrom('a', 'b', 'c', 'd'),
    screenName: fc.constantFrom('Ann', 'Bo', 'Cy'),
    previousName: fc.constant('X'),
    rollId: fc.option(fc.constantFrom('r1', 'r2'), { nil: null }),
    reconstructed: fc.boolean(),
  }),
  fc.record({
    kind: fc.constantFrom('lock' as const, 'unlock' as const),
    at: fc.integer({ min: 0, max: 50 }),
    reconstructed: fc.constant(false),
  }),
) as fc.Arbitrary<AttendanceEvent>;

describe('lastKnownPresence against the reference', () => {
  it('says the same on generated logs, with and without a heartbeat', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 60 }),
        fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }),
        (log, aliveAt) => {
          expect(lastKnownPresence(log, aliveAt)).toEqual(referencePresence(log, aliveAt));
        },
      ),
      { numRuns: 3_000 },
    );
  });
});
