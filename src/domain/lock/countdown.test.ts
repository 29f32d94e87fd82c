import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cancelCountdown,
  correctMeetingStart,
  countdownView,
  extendCountdown,
  formatCountdown,
  pauseCountdown,
  resumeCountdown,
  startCountdown,
} from './countdown';
import { createLockState, restoreLockState } from './lock-state';
import { HOST, facts, person, sure } from './test-fixtures';
import { lockNow, tick } from './tick';
import type { LockEffect, LockState, ScheduleSpec } from './types';

const MIN = 60_000;
const T0 = Date.parse('2025-01-15T18:00:00Z');
const room = facts([HOST, person('a')]);

function started(
  spec: ScheduleSpec = { kind: 'fromNow', minutes: 5 },
  now = T0,
  state = createLockState(),
): LockState {
  const result = startCountdown(state, spec, now, { meetingStartedAt: T0, utcOffsetAt: () => 0 });
  if (!result.ok) throw new Error(`countdown refused: ${result.reason}`);
  return result.state;
}

/** Ticks at each instant in turn and collects the effect kinds by instant. */
function run(
  state: LockState,
  instants: number[],
  f = room,
): { state: LockState; log: Array<[number, LockEffect['kind'][]]> } {
  const log: Array<[number, LockEffect['kind'][]]> = [];
  let current = state;
  for (const now of instants) {
    const result = tick(current, now, f);
    current = result.state;
    log.push([now - T0, result.effects.map((effect) => effect.kind)]);
  }
  return { state: current, log };
}

describe('countdown ticks', () => {
  it('warns once a minute before and locks at the deadline', () => {
    const { state, log } = run(started(), [
      T0 + 3 * MIN,
      T0 + 3.99 * MIN,
      T0 + 4 * MIN,
      T0 + 4.5 * MIN,
      T0 + 4.99 * MIN,
      T0 + 5 * MIN,
      T0 + 5.5 * MIN,
    ]);
    expect(log).toEqual([
      [3 * MIN, []],
      [3.99 * MIN, []],
      [4 * MIN, ['warn']],
      [4.5 * MIN, []],
      [4.99 * MIN, []],
      [5 * MIN, ['lock']],
      [5.5 * MIN, []],
    ]);
    expect(state.locked).toEqual({ since: T0 + 5 * MIN, reason: 'countdown' });
    expect(state.countdown).toBeNull();
  });

  it('locks at once on an overdue deadline after a throttled or sleeping panel, without a late warning', () => {
    const result = tick(started(), T0 + 12 * MIN, room);
    expect(result.effects).toEqual([
      { kind: 'lock', reason: 'countdown', mode: 'all', lateByMs: 7 * MIN },
    ]);
  });

  it('uses a configurable warning lead time', () => {
    const state = started(
      { kind: 'fromNow', minutes: 5 },
      T0,
      createLockState({ warnLeadMs: 2 * MIN }),
    );
    expect(run(state, [T0 + 2.9 * MIN, T0 + 3 * MIN]).log).toEqual([
      [2.9 * MIN, []],
      [3 * MIN, ['warn']],
    ]);
  });

  it('gives no warning for a deadline set inside the warning window', () => {
    const state = started({ kind: 'fromNow', minutes: 0.5 });
    expect(run(state, [T0 + 10_000, T0 + 30_000]).log).toEqual([
      [10_000, []],
      [30_000, ['lock']],
    ]);
  });

  it('survives a reload mid-countdown through JSON', () => {
    const before = run(started(), [T0 + 2 * MIN]).state;
    const reloaded = restoreLockState(JSON.parse(JSON.stringify(before)));
    expect(reloaded).toEqual(before);
    expect(run(reloaded, [T0 + 4.2 * MIN, T0 + 5 * MIN]).log).toEqual([
      [4.2 * MIN, ['warn']],
      [5 * MIN, ['lock']],
    ]);
  });

  it('a reload after the warning does not warn again, and a reload past the deadline locks at once', () => {
    const warned = run(started(), [T0 + 4.5 * MIN]).state;
    const reloaded = restoreLockState(JSON.parse(JSON.stringify(warned)));
    expect(run(reloaded, [T0 + 4.8 * MIN, T0 + 9 * MIN]).log).toEqual([
      [4.8 * MIN, []],
      [9 * MIN, ['lock']],
    ]);
  });

  it('"+5 min" moves the deadline and re-arms the warning', () => {
    const warned = run(started(), [T0 + 4.5 * MIN]).state;
    const extended = extendCountdown(warned, T0 + 4.5 * MIN);
    expect(run(extended, [T0 + 5 * MIN, T0 + 9 * MIN, T0 + 10 * MIN]).log).toEqual([
      [5 * MIN, []],
      [9 * MIN, ['warn']],
      [10 * MIN, ['lock']],
    ]);
  });

  it('pause keeps the remaining time however long it lasts; resume continues from there', () => {
    const paused = pauseCountdown(started(), T0 + 1 * MIN);
    expect(countdownView(paused, T0 + 30 * MIN)).toMatchObject({
      status: 'paused',
      remainingMs: 4 * MIN,
      label: '04:00',
    });
    expect(run(paused, [T0 + 30 * MIN]).log).toEqual([[30 * MIN, []]]);
    const resumed = resumeCountdown(paused, T0 + 30 * MIN);
    expect(run(resumed, [T0 + 33 * MIN, T0 + 34 * MIN]).log).toEqual([
      [33 * MIN, ['warn']],
      [34 * MIN, ['lock']],
    ]);
  });

  it('+5 min while paused adds to the remaining time', () => {
    const paused = extendCountdown(pauseCountdown(started(), T0 + 1 * MIN), T0 + 2 * MIN);
    expect(countdownView(paused, T0).remainingMs).toBe(9 * MIN);
  });

  it('cancel means no lock', () => {
    expect(run(cancelCountdown(started()), [T0 + 10 * MIN]).log).toEqual([[10 * MIN, []]]);
  });

  it('correcting the meeting start moves an "after the start" countdown and leaves others alone', () => {
    const afterStart = started({ kind: 'afterStart', minutes: 20 });
    expect(countdownView(correctMeetingStart(afterStart, T0 - 5 * MIN), T0).deadline).toBe(
      T0 + 15 * MIN,
    );
    const fromNow = started({ kind: 'fromNow', minutes: 20 });
    expect(correctMeetingStart(fromNow, T0 - 5 * MIN)).toBe(fromNow);
    const paused = pauseCountdown(afterStart, T0 + 5 * MIN);
    expect(countdownView(correctMeetingStart(paused, T0 + 2 * MIN), T0).remainingMs).toBe(17 * MIN);
  });

  it('refuses a schedule that has passed, and one while already locked', () => {
    const start = { meetingStartedAt: T0 - 30 * MIN };
    expect(
      startCountdown(createLockState(), { kind: 'afterStart', minutes: 10 }, T0, start),
    ).toEqual({ ok: false, reason: 'timePassed', deadline: T0 - 20 * MIN });
    const locked = lockNow(createLockState(), T0, room).state;
    expect(startCountdown(locked, { kind: 'fromNow', minutes: 10 }, T0, start)).toEqual({
      ok: false,
      reason: 'alreadyLocked',
    });
  });
});

describe('lock early once everyone on the roll is present', () => {
  const roll = ['r1', 'r2'];
  const state = started(
    { kind: 'fromNow', minutes: 30 },
    T0,
    createLockState({ lockWhenRollComplete: true }),
  );
  const cases = [
    { name: 'both present', matches: [sure('a', 'r1'), sure('b', 'r2')], locks: true },
    {
      name: 'one likely match counts',
      matches: [sure('a', 'r1'), { ...sure('b', 'r2'), confidence: 'likely' as const }],
      locks: true,
    },
    { name: 'one missing', matches: [sure('a', 'r1')], locks: false },
    {
      name: 'an impostor does not count',
      matches: [sure('a', 'r1'), sure('b', 'r2', ['impostor'])],
      locks: false,
    },
    {
      name: 'a family on one device counts for both',
      matches: [{ ...sure('a', 'r1'), extraRollIds: ['r2'] }],
      locks: true,
    },
  ];
  it.each(cases)('$name', ({ matches, locks }) => {
    const result = tick(
      state,
      T0 + MIN,
      facts([HOST, person('a'), person('b')], matches, { rollIds: roll }),
    );
    expect(result.effects.filter((effect) => effect.kind === 'lock')).toEqual(
      locks ? [{ kind: 'lock', reason: 'rollComplete', mode: 'all', lateByMs: 0 }] : [],
    );
  });

  it('waiting-room arrivals do not count as present', () => {
    const result = tick(
      state,
      T0 + MIN,
      facts([HOST, person('a'), person('b', 'waitingRoom')], [sure('a', 'r1'), sure('b', 'r2')], {
        rollIds: roll,
      }),
    );
    expect(result.state.locked).toBeNull();
  });

  it('never fires on an empty roll, nor when the option is off', () => {
    expect(tick(state, T0 + MIN, facts([HOST], [], { rollIds: [] })).state.locked).toBeNull();
    const off = started({ kind: 'fromNow', minutes: 30 });
    expect(
      tick(off, T0 + MIN, facts([HOST, person('a')], [sure('a', 'r1')], { rollIds: ['r1'] })).state
        .locked,
    ).toBeNull();
  });
});

describe('my role drops', () => {
  it('pauses the countdown while I am an attendee and locks at once, overdue, when the role returns', () => {
    const attendee = facts([HOST, person('a')], [], { myRole: 'attendee' });
    const paused = tick(started(), T0 + MIN, attendee);
    expect(paused.effects).toEqual([{ kind: 'paused', role: 'attendee' }]);
    expect(tick(paused.state, T0 + 10 * MIN, attendee).effects).toEqual([]);
    const back = tick(paused.state, T0 + 10 * MIN, room);
    expect(back.effects.map((effect) => effect.kind)).toEqual(['resumed', 'lock']);
  });

  it('says nothing about pausing when there is neither a lock nor a countdown', () => {
    const result = tick(createLockState(), T0, facts([HOST], [], { myRole: 'attendee' }));
    expect(result.effects).toEqual([]);
    expect(result.state.pausedForRole).toEqual({ since: T0, role: 'attendee' });
  });
});

describe('countdownView and formatCountdown', () => {
  it.each([
    [0, '00:00'],
    [1, '00:01'],
    [999, '00:01'],
    [59_000, '00:59'],
    [298_500, '04:59'],
    [300_000, '05:00'],
    [75 * MIN, '75:00'],
    [-5, '00:00'],
  ])('%i ms → %s', (ms, label) => {
    expect(formatCountdown(ms)).toBe(label);
  });

  it('shows the remaining time, the warning window and nothing when off', () => {
    const state = started();
    expect(countdownView(state, T0 + 4.5 * MIN)).toEqual({
      status: 'running',
      remainingMs: 0.5 * MIN,
      deadline: T0 + 5 * MIN,
      label: '00:30',
      inWarning: true,
      spec: { kind: 'fromNow', minutes: 5 },
    });
    expect(countdownView(state, T0 + 9 * MIN).remainingMs).toBe(0);
    expect(countdownView(createLockState(), T0)).toMatchObject({
      status: 'off',
      label: '',
      deadline: null,
    });
  });
});

describe('driven by a real interval under fake timers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a 250 ms ticker fires the lock within one interval of the deadline, and a frozen tab catches up in one tick', () => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
    let state = started(
      { kind: 'fromNow', minutes: 1 },
      Date.now(),
      createLockState({ warnLeadMs: 10_000 }),
    );
    const fired: Array<[LockEffect['kind'], number]> = [];
    const timer = setInterval(() => {
      const result = tick(state, Date.now(), room);
      state = result.state;
      for (const effect of result.effects) fired.push([effect.kind, Date.now() - T0]);
    }, 250);
    vi.advanceTimersByTime(70_000);
    clearInterval(timer);
    expect(fired).toEqual([
      ['warn', 50_000],
      ['lock', 60_000],
    ]);

    // A throttled tab: the clock jumps five minutes while no timer runs, then one tick happens.
    state = started({ kind: 'fromNow', minutes: 2 }, Date.now(), createLockState());
    const setAt = Date.now();
    vi.setSystemTime(setAt + 5 * MIN);
    const result = tick(state, Date.now(), room);
    expect(result.effects).toEqual([
      { kind: 'lock', reason: 'countdown', mode: 'all', lateByMs: 3 * MIN },
    ]);
  });
});
