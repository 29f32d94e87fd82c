import { describe, expect, it } from 'vitest';
import {
  joined,
  left,
  person as rosterPerson,
  stoppedWaiting,
  waiting,
} from '../../../test/helpers/roster-builders';
import { host, jane, SECOND, TestMeeting } from './test-meeting';
import { sure } from './test-fixtures';

/*
 * A panel reload between two of Zoom's moves, with the real roster and the real policy. The lock
 * saves the count of Zoom's send-backs it accounted for; the roster's own count, and what it
 * remembers of who left (its tombstones: when, from where, after which send-back), come back with
 * it, so the roster after the reload counts on from where it stopped and still tells a rejoin from
 * an admit.
 */

/** Another participant (another UUID) with the same name: a sure match for Jane's entry. */
const other = rosterPerson('other', 'Jane Doe');
const crasher = rosterPerson('crasher', 'Gate Crasher');
const matches = [sure('jane', 'R1'), sure('other', 'R1')];

/**
 * Roll-only, Jane inside at lock time; a host sends her back (a look sees it), admits her again,
 * and she leaves: Zoom has counted one send-back of her UUID, and nothing holds her entry.
 */
function sentBackOnceThenGone(): TestMeeting {
  const meeting = sentBackOnceAndInside();
  expect(meeting.result.state.decisions.revokedRollIds).toEqual({});
  meeting.deliver([left(jane, SECOND + 9_000)]);
  meeting.wait(1_000);
  expect(meeting.where('jane')).toBe('gone');
  return meeting;
}

/**
 * Between two looks: Jane comes back (same UUID) to the waiting room, a host admits her, sends her
 * back with Zoom's "left" first, and she leaves the waiting room. Then another claimant of her
 * entry waits.
 */
function backSentBackAndGoneUnseen(meeting: TestMeeting): void {
  meeting.wait(10_000);
  meeting.deliver([
    waiting(jane, SECOND + 20_000),
    stoppedWaiting(jane, SECOND + 21_000),
    joined(jane, SECOND + 21_000),
    left(jane, SECOND + 23_000),
    waiting(jane, SECOND + 23_000, 'putFromMainMeeting'),
    stoppedWaiting(jane, SECOND + 24_000),
  ]);
  meeting.wait(1_000);
  meeting.deliver([waiting(other, SECOND + 30_000)]);
  meeting.wait(10_000);
}

describe('a second send-back no look saw, of someone who left before a reload', () => {
  it('without a reload, roll-only leaves the next claimant of her entry for a host', () => {
    const meeting = sentBackOnceThenGone();
    backSentBackAndGoneUnseen(meeting);
    expect(meeting.admits).toEqual([]);
    expect(meeting.result.state.decisions.revokedRollIds).toHaveProperty('R1');
  });

  it('across a reload too: the roster counts on from the count it had', () => {
    const meeting = sentBackOnceThenGone();
    meeting.reload();
    backSentBackAndGoneUnseen(meeting);
    expect(meeting.admits).toEqual([]);
    expect(meeting.roster.tombstones.get('jane')?.putBacks).toBe(2);
    expect(meeting.result.state.decisions.sentBack).toHaveProperty('jane');
    expect(meeting.result.state.decisions.revokedRollIds).toHaveProperty('R1');
    expect(meeting.result.held).toEqual([
      expect.objectContaining({ participantUUID: 'other', hostMove: 'entrySentBack' }),
    ]);
  });

  it('from a state saved before the memory (version 2): the lock counts again from 0 with the roster', () => {
    const meeting = sentBackOnceThenGone();
    meeting.reload(1_000, { version: 2 });
    expect(meeting.roster.tombstones.has('jane')).toBe(false);
    backSentBackAndGoneUnseen(meeting);
    expect(meeting.admits).toEqual([]);
    expect(meeting.result.state.decisions.revokedRollIds).toHaveProperty('R1');
  });

  it('someone never sent back who comes and goes again after a reload is not taken for one', () => {
    const meeting = new TestMeeting(
      [joined(host, SECOND - 60_000), joined(jane, SECOND - 30_000)],
      {
        settings: { mode: 'rollOnly' },
        matches,
      },
    );
    meeting.deliver([left(jane, SECOND + 3_000)]);
    meeting.wait(1_000);
    meeting.reload();
    meeting.deliver([waiting(jane, SECOND + 20_000), stoppedWaiting(jane, SECOND + 25_000)]);
    meeting.wait(1_000);
    meeting.deliver([waiting(other, SECOND + 30_000)]);
    meeting.wait(5_000);
    expect(meeting.admits).toEqual(['other']);
    expect(meeting.result.state.decisions.sentBack).toEqual({});
  });
});

/** Locked; a stranger waits, held, and leaves the waiting room. */
function strangerLeftTheWaitingRoom(): TestMeeting {
  const meeting = new TestMeeting([joined(host, SECOND - 60_000)]);
  meeting.deliver([waiting(crasher, SECOND + 1_000)]);
  meeting.wait(1_000);
  expect(meeting.result.held).toEqual([expect.objectContaining({ participantUUID: 'crasher' })]);
  meeting.deliver([stoppedWaiting(crasher, SECOND + 5_000)]);
  meeting.wait(1_000);
  return meeting;
}

describe('a rejoin straight into the main room after a reload', () => {
  it('without a reload, the lock puts back someone who left the waiting room and rejoined', () => {
    const meeting = strangerLeftTheWaitingRoom();
    meeting.wait(30_000);
    meeting.deliver([joined(crasher, SECOND + 40_000)]);
    expect(meeting.putBacks).toEqual(['crasher']);
  });

  it('across a reload too: Zoom’s join, long after their leave, is no admit', () => {
    const meeting = strangerLeftTheWaitingRoom();
    meeting.reload();
    meeting.wait(30_000);
    meeting.deliver([joined(crasher, SECOND + 40_000)]);
    expect(meeting.putBacks).toEqual(['crasher']);
    expect(meeting.result.state.decisions.admitted).toEqual({});
  });

  it('an admit (Zoom’s join within a second of the waiting-room leave) still stands', () => {
    const meeting = new TestMeeting([joined(host, SECOND - 60_000)]);
    meeting.deliver([waiting(crasher, SECOND + 1_000)]);
    meeting.wait(1_000);
    // The admit's waiting-room leave reaches the panel, then it reloads before the join.
    meeting.deliver([stoppedWaiting(crasher, SECOND + 5_000)]);
    meeting.reload(500);
    meeting.deliver([joined(crasher, SECOND + 5_000)]);
    meeting.wait(1_000);
    expect(meeting.putBacks).toEqual([]);
    expect(meeting.result.state.decisions.admitted).toHaveProperty('crasher');
  });
});

/**
 * Roll-only, Jane inside; a host sends her back (a look sees it) and admits her again: she is
 * inside with a count of one.
 */
function sentBackOnceAndInside(): TestMeeting {
  const meeting = new TestMeeting([joined(host, SECOND - 60_000), joined(jane, SECOND - 30_000)], {
    settings: { mode: 'rollOnly' },
    matches,
  });
  meeting.deliver([
    left(jane, SECOND + 3_000),
    waiting(jane, SECOND + 3_000, 'putFromMainMeeting'),
  ]);
  meeting.wait(1_000);
  expect(meeting.result.state.decisions.sentBack).toHaveProperty('jane');
  meeting.deliver([stoppedWaiting(jane, SECOND + 6_000), joined(jane, SECOND + 6_000)]);
  meeting.wait(1_000);
  expect(meeting.roster.participants.get('jane')?.putBacks).toBe(1);
  return meeting;
}

describe('what a restored count must not do', () => {
  it.each([
    ['within a tombstone’s life', 30_000],
    ['after it', 200_000],
  ])('reloaded while my role was attendee, back %s: no send-back is read into it', (_, ms) => {
    const meeting = sentBackOnceAndInside();
    meeting.myRole = 'attendee';
    meeting.reload(1_000, { snapshot: false });
    meeting.wait(ms);
    expect(meeting.result.state.pausedForRole).not.toBeNull();
    meeting.myRole = 'host';
    meeting.snapshot([host, jane], []);
    meeting.wait(5_000);
    expect(meeting.result.state.decisions.sentBack).toEqual({});
    expect(meeting.putBacks).toEqual([]);
    // Whatever count her arrival took from the roster, the lock took the same, so a send-back
    // after it is one more than it counted.
    meeting.deliver([left(jane, SECOND + 600_000)]);
    meeting.deliver([
      waiting(jane, SECOND + 600_000, 'putFromMainMeeting'),
      stoppedWaiting(jane, SECOND + 601_000),
    ]);
    meeting.wait(1_000);
    expect(meeting.result.state.decisions.revokedRollIds).toHaveProperty('R1');
  });

  it.each([
    ['without a reload', false],
    ['across a reload', true],
  ])('someone new under a UUID Zoom gave again is not taken for a send-back (%s)', (_, reload) => {
    const meeting = sentBackOnceThenGone();
    if (reload) meeting.reload();
    meeting.wait(30_000);
    // Another person under Jane's UUID (her entry's sure match, as the matcher says).
    const newcomer = rosterPerson('jane', 'J. Doe');
    meeting.deliver([waiting(newcomer, SECOND + 40_000)]);
    meeting.wait(5_000);
    expect(meeting.result.state.decisions.sentBack).toEqual({});
    expect(meeting.admits).toEqual(['jane']);
  });
});
