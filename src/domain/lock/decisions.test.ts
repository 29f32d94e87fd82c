import { describe, expect, it } from 'vitest';
import {
  joined,
  left,
  person as rosterPerson,
  stoppedWaiting,
  waiting,
} from '../../../test/helpers/roster-builders';
import type { ParticipantMatch } from '../matching/types';
import type { RosterEvent } from '../meeting/types';
import { recordHostDecision } from './decisions';
import { settleAction } from './enforce';
import { createLockState, lockHeadline, restoreLockState, updateLockSettings } from './lock-state';
import { HOST, facts, likely, person, sure } from './test-fixtures';
import { SECOND, T0, TestMeeting } from './test-meeting';
import { lockNow, tick, unlock } from './tick';
import type { LockParticipant, LockState } from './types';

const kinds = (result: { effects: Array<{ kind: string }> }) => result.effects.map((e) => e.kind);
const JANE = sure('jane', 'R1');

/** Ticks through a list of observations 250 ms apart; returns the last result. */
function play(state: LockState, steps: Array<[LockParticipant[], ParticipantMatch[]]>, from = T0) {
  let result = tick(state, from, facts(...steps[0]!));
  for (const [i, step] of steps.slice(1).entries())
    result = tick(result.state, from + (i + 1) * 250, facts(...step));
  return result;
}

describe('hosts decide, Doorkeeper enforces', () => {
  const rollOnly = (present: LockParticipant[], matches: ParticipantMatch[]) =>
    lockNow(createLockState({ mode: 'rollOnly' }), T0, facts(present, matches)).state;

  it('roll-only never re-admits someone a host sent back from Zoom’s own panel (failure 1)', () => {
    const admitted = rollOnly([HOST, person('jane', 'waitingRoom')], [JANE]);
    const inside = play(admitted, [[[HOST, person('jane')], [JANE]]], T0 + 100);
    // The host sends her back: Zoom's "left" may come first, then the waiting-room join.
    const result = play(
      inside.state,
      [
        [[HOST], [JANE]],
        [[HOST, { ...person('jane', 'waitingRoom'), movedFromMeeting: true }], [JANE]],
        [[HOST, { ...person('jane', 'waitingRoom'), movedFromMeeting: true }], [JANE]],
      ],
      T0 + 1000,
    );
    expect(result.effects).toEqual([]);
    expect(result.held).toMatchObject([
      { participantUUID: 'jane', category: 'check', hostMove: 'sentBack' },
    ]);
    expect(result.state.decisions.revokedRollIds).toHaveProperty('R1');
  });

  it('anyone who later claims that roll entry under her name waits under Check', () => {
    const state = recordHostDecision(
      rollOnly([HOST], []),
      { kind: 'remove', participantUUID: 'jane', rollIds: ['R1'] },
      T0,
    );
    const impostor = sure('jane-2', 'R1');
    const waiting = tick(
      state,
      T0 + 500,
      facts([HOST, person('jane-2', 'waitingRoom')], [impostor]),
    );
    expect(waiting.effects).toEqual([]);
    // Held for what a host did to the entry, not as someone a host sent back.
    expect(waiting.held).toMatchObject([{ category: 'check', hostMove: 'entrySentBack' }]);
    // Straight into the main room (a bypass) is no way round it either.
    const bypass = tick(state, T0 + 500, facts([HOST, person('jane-2')], [impostor]));
    expect(kinds(bypass)).toEqual(['putInWaitingRoom']);
  });

  it('an explicit admit lifts the send-back', () => {
    const sentBack = recordHostDecision(
      rollOnly([HOST], []),
      { kind: 'sendBack', participantUUID: 'jane', rollIds: ['R1'] },
      T0,
    );
    const admitted = recordHostDecision(
      sentBack,
      { kind: 'admit', participantUUID: 'jane', rollIds: ['R1'] },
      T0 + 10,
    );
    expect(tick(admitted, T0 + 500, facts([HOST, person('jane')], [JANE])).effects).toEqual([]);
    expect(admitted.decisions.revokedRollIds).toEqual({});
  });

  it('a co-host’s admit from Zoom’s own panel stands (failure 2)', () => {
    const locked = lockNow(createLockState(), T0, facts([HOST, person('priya', 'waitingRoom')]));
    // Zoom: "left the waiting room", then, in a later batch, "joined".
    const result = play(
      locked.state,
      [
        [[HOST], []],
        [[HOST, person('priya')], []],
        [[HOST, person('priya')], []],
      ],
      T0 + 250,
    );
    expect(result.effects).toEqual([]);
    expect(result.state.decisions.admitted).toHaveProperty('priya');
    expect(lockHeadline(result.state, result.problems)).toEqual({ kind: 'locked', mode: 'all' });
  });

  it('someone who slips into the main room without any admit is still put back', () => {
    const locked = lockNow(createLockState(), T0, facts([HOST]));
    expect(kinds(tick(locked.state, T0 + 250, facts([HOST, person('crasher')])))).toEqual([
      'putInWaitingRoom',
    ]);
  });

  it('remembers a send-back made while unlocked, and rebuilds allowed on relock (failure 3)', () => {
    const first = lockNow(createLockState(), T0, facts([HOST, person('stranger')])).state;
    expect(first.allowed).toContain('stranger');
    const open = unlock(first).state;
    const moved = play(
      open,
      [
        [[HOST, person('stranger')], []],
        [[HOST, person('stranger', 'waitingRoom')], []],
      ],
      T0 + 1000,
    ).state;
    expect(moved.decisions.sentBack).toHaveProperty('stranger');
    const relocked = lockNow(
      updateLockSettings(moved, { mode: 'rollOnly' }),
      T0 + 5000,
      facts([HOST, person('stranger', 'waitingRoom')]),
    );
    expect(relocked.state.allowed).not.toContain('stranger');
    expect(relocked.effects.map((e) => e.kind)).toEqual(['lock']);
    expect(relocked.held).toMatchObject([{ participantUUID: 'stranger', category: 'check' }]);
  });

  it('takes a move reported as "left", then "joined the waiting room" for a send-back', () => {
    const locked = lockNow(createLockState(), T0, facts([HOST, person('a')])).state;
    const result = play(
      locked,
      [
        [[HOST], []],
        [[HOST, { ...person('a', 'waitingRoom'), movedFromMeeting: true }], []],
      ],
      T0 + 250,
    );
    expect(result.state.decisions.sentBack).toHaveProperty('a');
  });

  it('does not take a leave and a plain rejoin into the waiting room for a send-back', () => {
    const locked = lockNow(createLockState(), T0, facts([HOST, person('a')])).state;
    const gone = tick(locked, T0 + 250, facts([HOST])).state;
    // Reconnecting takes a client seconds; Zoom gives no "sent back" cause for a rejoin.
    const result = tick(gone, T0 + 3_250, facts([HOST, person('a', 'waitingRoom')]));
    expect(result.state.decisions.sentBack).toEqual({});
    expect(result.held).toMatchObject([{ participantUUID: 'a', category: 'rejoin' }]);
  });

  it('does not take its own put-back for a host decision', () => {
    const locked = lockNow(createLockState(), T0, facts([HOST])).state;
    const sent = tick(locked, T0 + 250, facts([HOST, person('x')]));
    const settled = settleAction(
      sent.state,
      { action: 'putInWaitingRoom', participantUUID: 'x', ok: true },
      T0 + 300,
    );
    const after = tick(
      settled,
      T0 + 500,
      facts([HOST, { ...person('x', 'waitingRoom'), movedFromMeeting: true }]),
    );
    expect(after.state.decisions.sentBack).toEqual({});
    expect(after.held).toMatchObject([{ participantUUID: 'x', bounced: true, hostMove: null }]);
  });

  it('keeps decisions through a reload', () => {
    const state = recordHostDecision(
      createLockState(),
      { kind: 'sendBack', participantUUID: 'jane', rollIds: ['R1'] },
      T0,
    );
    const restored = restoreLockState(JSON.parse(JSON.stringify(state)));
    expect(restored.decisions).toEqual(state.decisions);
  });

  it('follows a person whose UUID Zoom changed with their role', () => {
    const locked = lockNow(createLockState(), T0, facts([HOST, person('co', 'meeting', 'coHost')]));
    const demoted = { ...person('co-2'), formerUUIDs: ['co'] };
    expect(tick(locked.state, T0 + 250, facts([HOST, demoted])).effects).toEqual([]);
  });

  it('holds back put-backs while people move between rooms', () => {
    const locked = lockNow(createLockState(), T0, facts([HOST])).state;
    const moving = tick(
      locked,
      T0 + 250,
      facts([HOST, person('x')], [], { suspendPutBacks: true }),
    );
    expect(moving.effects).toEqual([]);
  });
});

describe('an admit of ours and a host’s send-back reported together (realistic delivery)', () => {
  // Zoom stamps events in whole seconds and delivers them after its reply, a little late: the
  // lock's admit and a host's send-back from Zoom's panel can reach the roster in one batch,
  // stamped in one second, so no look ever sees Jane in the main room.
  const jane = rosterPerson('jane', 'Jane Doe');
  const host = rosterPerson('host', 'Host', 'host');
  const admit = [stoppedWaiting(jane, SECOND), joined(jane, SECOND)];
  const sendBack = [left(jane, SECOND), waiting(jane, SECOND, 'putFromMainMeeting')];
  const deliveries: Array<[string, RosterEvent[][]]> = [
    ['in one batch', [[...admit, ...sendBack]]],
    ['in one batch, the waiting-room arrival first', [[...admit, ...[...sendBack].reverse()]]],
    [
      'split across batches between two looks',
      [[admit[0]!], [admit[1]!, sendBack[0]!], [sendBack[1]!]],
    ],
  ];

  it.each(deliveries)(
    '%s: Jane is held, marked as sent back, and never re-admitted',
    (_, batches) => {
      const meeting = new TestMeeting(
        [joined(host, SECOND - 60_000), waiting(jane, SECOND - 5_000)],
        { settings: { mode: 'rollOnly' }, matches: [JANE] },
      );
      // Zoom answers the admit first; its events come later.
      expect(kinds(meeting)).toEqual(['lock', 'admit']);
      for (const batch of batches) meeting.deliver(batch);
      // The snapshot that follows every burst agrees.
      meeting.wait(1_000);
      meeting.snapshot([host], [jane]);
      expect(meeting.result.held).toMatchObject([
        { participantUUID: 'jane', category: 'check', hostMove: 'sentBack' },
      ]);
      expect(meeting.result.state.decisions.sentBack).toHaveProperty('jane');
      // Long after the admit could still be in flight: she waits for a click.
      meeting.wait(30_000);
      expect(meeting.result.held).toMatchObject([
        { participantUUID: 'jane', hostMove: 'sentBack' },
      ]);
      // Nothing more at any look: no put-back, no second admit.
      expect(kinds(meeting)).toEqual(['lock', 'admit']);
    },
  );
});

describe('the headline', () => {
  it('says "breach", never "locked", while someone is inside who could not be put back', () => {
    const locked = lockNow(createLockState(), T0, facts([HOST])).state;
    const sent = tick(
      locked,
      T0 + 250,
      facts([HOST, person('x', 'meeting', 'attendee', 'Gate Crasher')]),
    );
    const failed = settleAction(
      sent.state,
      {
        action: 'putInWaitingRoom',
        participantUUID: 'x',
        ok: false,
        errorKind: 'permission',
        message: 'no',
      },
      T0 + 300,
    );
    const result = tick(
      failed,
      T0 + 500,
      facts([HOST, person('x', 'meeting', 'attendee', 'Gate Crasher')]),
    );
    expect(lockHeadline(result.state, result.problems)).toMatchObject({
      kind: 'breach',
      problems: [{ screenName: 'Gate Crasher', retrying: false }],
    });
    expect(lockHeadline(createLockState(), [])).toEqual({ kind: 'unlocked' });
  });
});

describe('watching while unlocked', () => {
  it('returns the same state object from an idle look, so nothing is saved or re-rendered', () => {
    const room = facts([HOST, person('a'), person('w', 'waitingRoom')], [JANE]);
    const first = tick(createLockState(), T0, room).state;
    expect(tick(first, T0 + 250, room).state).toBe(first);
    expect(first.seen).toMatchObject({ a: { where: 'meeting' }, w: { where: 'waitingRoom' } });
  });
});

describe('a send-back remembers the roll entry claimed in the main room', () => {
  // Model seed 535414172: roll-only admits "Jane Doe"; a host sends her back from Zoom's panel and
  // she renames herself on the way out ("left" first, so no look sees her wait as Jane Doe).
  it('a rename on the way out does not free the entry for the next "Jane Doe"', () => {
    const rollOnly = updateLockSettings(createLockState(), { mode: 'rollOnly' });
    const jane = { ...person('jane', 'meeting', 'attendee', 'Jane Doe'), joinedAt: T0 };
    let state = lockNow(rollOnly, T0, facts([HOST, jane], [sure('jane', 'R1')])).state;
    state = tick(state, T0 + 250, facts([HOST, jane], [sure('jane', 'R1')])).state;
    expect(state.allowed).toContain('jane');
    state = tick(state, T0 + 500, facts([HOST])).state;
    const renamed = {
      ...person('jane', 'waitingRoom', 'attendee', 'Gate Crasher'),
      joinedAt: T0 + 400,
      movedFromMeeting: true,
    };
    state = tick(state, T0 + 750, facts([HOST, renamed])).state;
    expect(state.decisions.revokedRollIds).toHaveProperty('R1');
    const next = person('jane2', 'waitingRoom', 'attendee', 'Jane Doe');
    const result = tick(state, T0 + 5_000, facts([HOST, renamed, next], [sure('jane2', 'R1')]));
    expect(result.effects.filter((effect) => effect.kind === 'admit')).toEqual([]);
    expect(result.held.find((entry) => entry.participantUUID === 'jane2')).toMatchObject({
      category: 'check',
      hostMove: 'entrySentBack',
    });
  });
});

describe('Zoom answers our put-back with "already waiting": a host sent them back first', () => {
  // Model seed 2028589166: the lock puts back "Jane Doe", who bypassed the waiting room; before
  // Zoom answers, a host sends her back from Zoom's panel and roll-only is switched on. Zoom's
  // events look the same for both moves; only the answer to our call tells them apart.
  function sentBackWhileOurCallIsOpen(answer: 'ok' | 'already-in-waiting-room') {
    let state = lockNow(createLockState(), T0, facts([HOST])).state;
    const jane = { ...person('jane', 'meeting', 'attendee', 'Jane Doe'), joinedAt: T0 + 100 };
    const first = tick(state, T0 + 250, facts([HOST, jane], [sure('jane', 'R1')]));
    expect(first.effects).toMatchObject([{ kind: 'putInWaitingRoom', participantUUID: 'jane' }]);
    state = updateLockSettings(first.state, { mode: 'rollOnly' });
    const waitingJane = {
      ...person('jane', 'waitingRoom', 'attendee', 'Jane Doe'),
      joinedAt: T0 + 400,
      movedFromMeeting: true,
    };
    const seen = facts([HOST, waitingJane], [sure('jane', 'R1')]);
    const held = tick(state, T0 + 500, seen);
    // Whose move it was is not known yet: roll-only waits for Zoom's answer.
    expect(held.effects).toEqual([]);
    state = settleAction(
      held.state,
      answer === 'ok'
        ? { action: 'putInWaitingRoom', participantUUID: 'jane', ok: true }
        : { action: 'putInWaitingRoom', participantUUID: 'jane', ok: false, errorKind: answer },
      T0 + 600,
    );
    return tick(state, T0 + 750, seen);
  }

  it('the move was the host’s: she is never admitted automatically', () => {
    const result = sentBackWhileOurCallIsOpen('already-in-waiting-room');
    expect(result.state.decisions.sentBack).toHaveProperty('jane');
    expect(result.effects).toEqual([]);
    expect(result.held).toMatchObject([{ participantUUID: 'jane', hostMove: 'sentBack' }]);
  });

  it('the move was ours: roll-only admits the sure match once Zoom has answered', () => {
    const result = sentBackWhileOurCallIsOpen('ok');
    expect(result.state.decisions.sentBack).not.toHaveProperty('jane');
    expect(result.effects).toMatchObject([{ kind: 'admit', participantUUID: 'jane' }]);
  });
});

describe('our admit fails, yet they are already inside: a host admitted them', () => {
  // Model seed -600284469: roll-only sends an admit for "Jane Doe"; a host admits her from Zoom's
  // panel first; Zoom then answers our call with 10001, and she renames herself to a name that is
  // no sure match. The host's admit must stand.
  it('the failed admit does not turn her into an intruder', () => {
    const rollOnly = updateLockSettings(createLockState(), { mode: 'rollOnly' });
    const waitingJane = {
      ...person('jane', 'waitingRoom', 'attendee', 'Jane Doe'),
      joinedAt: T0 - 1_000,
    };
    const sent = lockNow(rollOnly, T0, facts([HOST, waitingJane], [sure('jane', 'R1')]));
    expect(sent.effects.filter((effect) => effect.kind === 'admit')).toMatchObject([
      { kind: 'admit', participantUUID: 'jane' },
    ]);
    const inside = { ...person('jane', 'meeting', 'attendee', 'Jane Doe'), joinedAt: T0 + 100 };
    let state = tick(sent.state, T0 + 250, facts([HOST, inside], [sure('jane', 'R1')])).state;
    state = settleAction(
      state,
      {
        action: 'admit',
        participantUUID: 'jane',
        ok: false,
        errorKind: 'unknown',
        transient: true,
      },
      T0 + 300,
    );
    const renamed = { ...inside, screenName: 'Omar H.' };
    const result = tick(state, T0 + 500, facts([HOST, renamed], [likely('jane', 'R2')]));
    expect(result.effects).toEqual([]);
    expect(result.state.decisions.admitted).toHaveProperty('jane');
    expect(result.problems).toEqual([]);
  });
});
