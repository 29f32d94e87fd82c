import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RosterParticipant } from '../../domain/meeting/types';
import { countArrivals, createArrivalThrottle, crossedMark, waitingUUIDs } from './announcements';

function person(uuid: string, location: RosterParticipant['location']): RosterParticipant {
  return {
    participantUUID: uuid,
    screenName: uuid,
    role: 'attendee',
    location,
    joinedAt: 0,
    eventAt: 0,
    seenAt: 0,
    formerUUIDs: [],
  };
}

describe('waiting-room arrivals', () => {
  it('counts only people newly in the waiting room', () => {
    const before = waitingUUIDs(
      new Map([
        ['a', person('a', 'waitingRoom')],
        ['m', person('m', 'meeting')],
      ]),
    );
    const now = waitingUUIDs(
      new Map([
        ['a', person('a', 'waitingRoom')],
        ['b', person('b', 'waitingRoom')],
        ['c', person('c', 'waitingRoom')],
        ['m', person('m', 'meeting')],
      ]),
    );
    expect([...before]).toEqual(['a']);
    expect(countArrivals(before, now)).toBe(2);
    expect(countArrivals(now, before)).toBe(0);
  });
});

describe('the arrival throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says the first arrival at once and groups the rest of the window', () => {
    const said: number[] = [];
    const throttle = createArrivalThrottle(5_000, (n) => said.push(n));
    throttle.add(1);
    expect(said).toEqual([1]);
    throttle.add(2);
    vi.advanceTimersByTime(1_000);
    throttle.add(3);
    expect(said).toEqual([1]);
    vi.advanceTimersByTime(4_000);
    expect(said).toEqual([1, 5]);
    // Quiet for a whole window: the next arrival is said at once again.
    vi.advanceTimersByTime(5_000);
    throttle.add(1);
    expect(said).toEqual([1, 5, 1]);
    throttle.dispose();
    throttle.add(4);
    vi.advanceTimersByTime(10_000);
    expect(said).toEqual([1, 5, 1]);
  });

  it('ignores nothing-new', () => {
    const said: number[] = [];
    const throttle = createArrivalThrottle(5_000, (n) => said.push(n));
    throttle.add(0);
    vi.advanceTimersByTime(10_000);
    expect(said).toEqual([]);
  });
});

describe('countdown marks', () => {
  it.each([
    [null, 50_000, null],
    [61_000, 60_000, 60],
    [60_500, 59_500, 60],
    [59_000, 58_000, null],
    [31_000, 30_000, 30],
    [10_400, 9_400, 10],
    [9_000, 8_000, null],
    // Woke from sleep past two marks: only the nearest.
    [90_000, 20_000, 30],
    [5_000, 0, null],
    // Extended by five minutes: time went up.
    [20_000, 320_000, null],
  ] as const)('%s → %s ms: %s', (previous, remaining, mark) => {
    expect(crossedMark(previous, remaining)).toBe(mark);
  });
});
