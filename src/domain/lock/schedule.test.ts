import { describe, expect, it } from 'vitest';
import { nearestWallClock, resolveDeadline, type UtcOffsetAt } from './schedule';

const MIN = 60_000;
const at = (iso: string) => Date.parse(iso);
const cet: UtcOffsetAt = () => 60;
// Europe/Berlin around the 2025 changes: CEST from 30 March 01:00 UTC until 26 October 01:00 UTC.
const berlin: UtcOffsetAt = (ms) =>
  ms >= at('2025-03-30T01:00:00Z') && ms < at('2025-10-26T01:00:00Z') ? 120 : 60;

describe('resolveDeadline', () => {
  const start = at('2025-01-15T17:00:00Z');
  const cases: Array<{
    name: string;
    now: string;
    spec: Parameters<typeof resolveDeadline>[0];
    offset?: UtcOffsetAt;
    expected: ReturnType<typeof resolveDeadline>;
  }> = [
    {
      name: 'N minutes from now',
      now: '2025-01-15T17:10:00Z',
      spec: { kind: 'fromNow', minutes: 5 },
      expected: { ok: true, deadline: at('2025-01-15T17:15:00Z') },
    },
    {
      name: 'fractional minutes from now',
      now: '2025-01-15T17:10:00Z',
      spec: { kind: 'fromNow', minutes: 0.5 },
      expected: { ok: true, deadline: at('2025-01-15T17:10:30Z') },
    },
    {
      name: 'zero minutes from now is invalid',
      now: '2025-01-15T17:10:00Z',
      spec: { kind: 'fromNow', minutes: 0 },
      expected: { ok: false, reason: 'invalid' },
    },
    {
      name: 'NaN minutes is invalid',
      now: '2025-01-15T17:10:00Z',
      spec: { kind: 'fromNow', minutes: Number.NaN },
      expected: { ok: false, reason: 'invalid' },
    },
    {
      name: 'more than a day is invalid',
      now: '2025-01-15T17:10:00Z',
      spec: { kind: 'fromNow', minutes: 24 * 60 + 1 },
      expected: { ok: false, reason: 'invalid' },
    },
    {
      name: 'N minutes after the start',
      now: '2025-01-15T17:05:00Z',
      spec: { kind: 'afterStart', minutes: 10 },
      expected: { ok: true, deadline: at('2025-01-15T17:10:00Z') },
    },
    {
      name: 'after the start, already passed',
      now: '2025-01-15T17:25:00Z',
      spec: { kind: 'afterStart', minutes: 10 },
      expected: { ok: false, reason: 'timePassed', deadline: at('2025-01-15T17:10:00Z') },
    },
    {
      name: 'at HH:MM later today',
      now: '2025-01-15T17:00:00Z',
      spec: { kind: 'atTime', hour: 18, minute: 30 },
      offset: cet,
      expected: { ok: true, deadline: at('2025-01-15T17:30:00Z') },
    },
    {
      name: 'at HH:MM a few minutes ago has passed',
      now: '2025-01-15T18:05:00Z',
      spec: { kind: 'atTime', hour: 19, minute: 0 },
      offset: cet,
      expected: { ok: false, reason: 'timePassed', deadline: at('2025-01-15T18:00:00Z') },
    },
    {
      name: 'at HH:MM equal to now has passed',
      now: '2025-01-15T18:00:00Z',
      spec: { kind: 'atTime', hour: 19, minute: 0 },
      offset: cet,
      expected: { ok: false, reason: 'timePassed', deadline: at('2025-01-15T18:00:00Z') },
    },
    {
      name: 'at 00:10 set at 23:50 means tomorrow',
      now: '2025-01-15T22:50:00Z',
      spec: { kind: 'atTime', hour: 0, minute: 10 },
      offset: cet,
      expected: { ok: true, deadline: at('2025-01-15T23:10:00Z') },
    },
    {
      name: 'at 07:00 set at 19:05 is the next morning',
      now: '2025-01-15T18:05:00Z',
      spec: { kind: 'atTime', hour: 7, minute: 0 },
      offset: cet,
      expected: { ok: true, deadline: at('2025-01-16T06:00:00Z') },
    },
    {
      name: 'at 25:00 is invalid',
      now: '2025-01-15T18:05:00Z',
      spec: { kind: 'atTime', hour: 25, minute: 0 },
      offset: cet,
      expected: { ok: false, reason: 'invalid' },
    },
    {
      name: 'at 10:7.5 is invalid',
      now: '2025-01-15T18:05:00Z',
      spec: { kind: 'atTime', hour: 10, minute: 7.5 },
      offset: cet,
      expected: { ok: false, reason: 'invalid' },
    },
    // 00:30 CET on the night clocks go forward: 03:30 is CEST, one hour less away than a fixed offset says.
    {
      name: 'across spring-forward',
      now: '2025-03-29T23:30:00Z',
      spec: { kind: 'atTime', hour: 3, minute: 30 },
      offset: berlin,
      expected: { ok: true, deadline: at('2025-03-30T01:30:00Z') },
    },
    {
      name: 'a wall time skipped by spring-forward lands after the gap',
      now: '2025-03-29T23:30:00Z',
      spec: { kind: 'atTime', hour: 2, minute: 30 },
      offset: berlin,
      expected: { ok: true, deadline: at('2025-03-30T01:30:00Z') },
    },
    {
      name: 'across fall-back',
      now: '2025-10-25T22:00:00Z',
      spec: { kind: 'atTime', hour: 5, minute: 0 },
      offset: berlin,
      expected: { ok: true, deadline: at('2025-10-26T04:00:00Z') },
    },
    {
      name: 'a negative offset',
      now: '2025-01-15T23:30:00Z',
      spec: { kind: 'atTime', hour: 19, minute: 0 },
      offset: () => -300,
      expected: { ok: true, deadline: at('2025-01-16T00:00:00Z') },
    },
  ];
  it.each(cases)('$name', ({ now, spec, offset, expected }) => {
    expect(
      resolveDeadline(spec, at(now), { meetingStartedAt: start, utcOffsetAt: offset ?? cet }),
    ).toEqual(expected);
  });
});

describe('nearestWallClock', () => {
  it('is within twelve hours of now for every minute of the day', () => {
    const now = at('2025-06-01T10:17:00Z');
    for (let minute = 0; minute < 24 * 60; minute += 7) {
      const instant = nearestWallClock(Math.floor(minute / 60), minute % 60, now, berlin);
      expect(Math.abs(instant - now)).toBeLessThanOrEqual(12 * 60 * MIN);
      const local = new Date(instant + berlin(instant) * MIN);
      expect(local.getUTCHours() * 60 + local.getUTCMinutes()).toBe(minute);
    }
  });
});
