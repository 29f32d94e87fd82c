import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendEvents, appendOneAtATime as referenceAppend } from './log';
import type { AttendanceEvent } from './types';

/*
 * appendEvents against the one-at-a-time insertion it replaced (kept here as the reference): the
 * same events, the very same objects, in the same order, on generated logs full of equal times
 * (Zoom stamps whole seconds), doubles, lock events and late arrivals.
 */

const event: fc.Arbitrary<AttendanceEvent> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constantFrom('join', 'leave', 'waitingRoomJoin', 'waitingRoomLeave', 'admit'),
      at: fc.integer({ min: 0, max: 6 }),
      participantUUID: fc.constantFrom('a', 'b', 'c'),
      screenName: fc.constantFrom('Ann', 'Bo'),
      reconstructed: fc.boolean(),
    }),
    weight: 8,
  },
  {
    arbitrary: fc.record({
      kind: fc.constantFrom('lock', 'unlock'),
      at: fc.integer({ min: 0, max: 6 }),
      reconstructed: fc.constant(false),
    }),
    weight: 1,
  },
) as fc.Arbitrary<AttendanceEvent>;

/** Events drawn from a small pool, so that exact doubles (the same object or an equal one) are common. */
const events = fc
  .tuple(fc.array(event, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 40 }))
  .map(([pool, picks]) => picks.map((pick) => pool[pick % pool.length]!));

function same(a: readonly AttendanceEvent[], b: readonly AttendanceEvent[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

describe('appendEvents (linear) against the one-at-a-time reference', () => {
  it('gives the same log for a log written by it and any new events', () => {
    fc.assert(
      fc.property(events, events, (first, next) => {
        const log = referenceAppend([], first);
        expect(same(appendEvents([], first), log)).toBe(true);
        expect(same(appendEvents(log, next), referenceAppend(log, next))).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });

  it('gives the same log for a log out of time order, and for times that are not finite', () => {
    const odd = fc
      .tuple(events, fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1))
      .map(([list, at]) => list.map((item, i) => (i % 5 === 2 ? { ...item, at } : item)));
    fc.assert(
      fc.property(fc.oneof(events, odd), fc.oneof(events, odd), (log, next) => {
        expect(same(appendEvents(log, next), referenceAppend(log, next))).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
