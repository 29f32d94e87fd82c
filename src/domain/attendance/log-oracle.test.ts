import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendAtEnd, appendEvents, appendOneAtATime as referenceAppend, tailOf } from './log';
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

describe('appendAtEnd (the live batch) against appendEvents and the reference', () => {
  it('gives the same log, batch after batch, carrying the tail it returns', () => {
    fc.assert(
      fc.property(events, fc.array(events, { maxLength: 5 }), (first, batches) => {
        let log = appendEvents([], first);
        let tail = tailOf(log);
        expect(tail).not.toBeNull();
        for (const raw of batches) {
          // A live batch starts at the log's last moment or later (Zoom's clock runs on).
          const from = log.length > 0 ? log[log.length - 1]!.at : 0;
          const batch = raw.map((item) =>
            item.at < from ? { ...item, at: from + item.at } : item,
          );
          const expected = referenceAppend(log, batch);
          const next = appendAtEnd(log, batch, tail!);
          expect(next).not.toBeNull();
          expect(same(next!.log, expected)).toBe(true);
          expect(same(next!.log, appendEvents(log, batch))).toBe(true);
          // The tail it hands on is the one a fresh look at the new log finds.
          expect(next!.tail).toEqual(tailOf(next!.log));
          log = next!.log;
          tail = next!.tail;
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('declines an event earlier than the log’s last moment, or at no finite time, untouched', () => {
    const log = appendEvents(
      [],
      [{ kind: 'join', at: 5, participantUUID: 'a', screenName: 'Ann', reconstructed: false }],
    );
    for (const at of [4, Number.NaN, Number.NEGATIVE_INFINITY]) {
      const tail = tailOf(log)!;
      const late = {
        kind: 'leave',
        at,
        participantUUID: 'a',
        screenName: 'Ann',
        reconstructed: false,
      };
      expect(appendAtEnd(log, [late as AttendanceEvent], tail)).toBeNull();
      expect(tail).toEqual(tailOf(log));
    }
    expect(tailOf([...log, { ...log[0]!, at: 1 }])).toBeNull();
  });
});
