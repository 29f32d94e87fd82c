import { describe, expect, it } from 'vitest';
import {
  joined,
  left,
  person as rosterPerson,
  stoppedWaiting,
  waiting,
} from '../../../test/helpers/roster-builders';
import { updateLockSettings } from './lock-state';
import { host, jane, SECOND, TestMeeting } from './test-meeting';
import { sure } from './test-fixtures';

/*
 * The model test's counterexamples 1823358806 and 452803333, with the real roster and the real
 * policy. In both a host's send-back is one no look saw: Zoom's events come in one batch, or
 * after a look that saw the person nowhere. The roster counts Zoom's send-backs of each UUID
 * (`putBacks`, kept in the tombstone when they leave); a count above what the lock saw and made
 * itself is a host's send-back, and revokes the roll entry the person held.
 */

/** Another participant (another UUID) with the same name: a sure match for Jane's entry. */
const other = rosterPerson('other', 'Jane Doe');
const matches = [sure('jane', 'R1'), sure('other', 'R1')];

/** Locked in roll-only mode with Jane inside (present at lock time). */
function janeInside(): TestMeeting {
  return new TestMeeting([joined(host, SECOND - 60_000), joined(jane, SECOND - 30_000)], {
    settings: { mode: 'rollOnly' },
    matches,
  });
}

describe('a send-back no look saw, then another claimant of the entry (seed 1823358806)', () => {
  it('roll-only does not admit them: the entry is revoked, and the reason says whose it was', () => {
    const meeting = janeInside();
    // A host sends Jane back in Zoom's panel, Zoom reporting the "left" first.
    meeting.deliver([left(jane, SECOND + 3_000)]);
    // The rest of the send-back and her leaving the waiting room arrive together.
    meeting.deliver([
      waiting(jane, SECOND + 3_000, 'putFromMainMeeting'),
      stoppedWaiting(jane, SECOND + 4_000),
    ]);
    expect(meeting.where('jane')).toBe('gone');
    expect(meeting.roster.tombstones.get('jane')?.putBacks).toBe(1);
    meeting.wait(5_000);
    meeting.deliver([waiting(other, SECOND + 10_000)]);
    meeting.wait(30_000);
    expect(meeting.admits).toEqual([]);
    expect(meeting.result.state.decisions.sentBack).toHaveProperty('jane');
    expect(meeting.result.state.decisions.revokedRollIds).toHaveProperty('R1');
    expect(meeting.result.held).toEqual([
      expect.objectContaining({
        participantUUID: 'other',
        category: 'check',
        hostMove: 'entrySentBack',
      }),
    ]);
  });

  it('the same when the lock was off at the time and is turned on later', () => {
    const meeting = new TestMeeting([joined(host, SECOND - 60_000)], {
      settings: { mode: 'rollOnly' },
      matches,
    });
    meeting.result = { ...meeting.result, state: { ...meeting.result.state, locked: null } };
    meeting.deliver([joined(jane, SECOND + 1_000)]);
    meeting.deliver([left(jane, SECOND + 3_000)]);
    meeting.deliver([
      waiting(jane, SECOND + 3_000, 'putFromMainMeeting'),
      stoppedWaiting(jane, SECOND + 4_000),
    ]);
    meeting.wait(5_000);
    meeting.deliver([waiting(other, SECOND + 10_000)]);
    meeting.result = {
      ...meeting.result,
      state: { ...meeting.result.state, locked: { since: meeting.now, reason: 'manual' } },
    };
    meeting.wait(30_000);
    expect(meeting.admits).toEqual([]);
    expect(meeting.result.state.decisions.revokedRollIds).toHaveProperty('R1');
  });

  it('after Jane left from the main room, roll-only admits the next claimant', () => {
    const meeting = janeInside();
    meeting.deliver([left(jane, SECOND + 3_000)]);
    meeting.wait(5_000);
    meeting.deliver([waiting(other, SECOND + 10_000)]);
    meeting.wait(5_000);
    expect(meeting.admits).toEqual(['other']);
    expect(meeting.result.state.decisions.sentBack).toEqual({});
  });
});

/** Locked ('all' mode); Jane bypasses the waiting room and the lock puts her back. */
function putBackByLock(): TestMeeting {
  const meeting = new TestMeeting([joined(host, SECOND - 60_000)], { matches });
  meeting.deliver([joined(jane, SECOND + 1_000)]);
  expect(meeting.putBacks).toEqual(['jane']);
  return meeting;
}

describe('the lock’s put-back, then a host’s admit and send-back no look saw (seed 452803333)', () => {
  it('roll-only does not admit her: Zoom counted two send-backs, the lock made one', () => {
    const meeting = putBackByLock();
    // The put-back's events, and a host's admit in Zoom's panel whose waiting-room leave comes
    // first: the look sees her nowhere.
    meeting.deliver([
      left(jane, SECOND + 2_000),
      waiting(jane, SECOND + 2_000, 'putFromMainMeeting'),
      stoppedWaiting(jane, SECOND + 3_000),
    ]);
    // The admit's join and the host's send-back.
    meeting.deliver([
      joined(jane, SECOND + 3_000),
      left(jane, SECOND + 5_000),
      waiting(jane, SECOND + 5_000, 'putFromMainMeeting'),
    ]);
    expect(meeting.roster.participants.get('jane')).toMatchObject({
      location: 'waitingRoom',
      putBacks: 2,
    });
    meeting.result = {
      ...meeting.result,
      state: updateLockSettings(meeting.result.state, { mode: 'rollOnly' }),
    };
    meeting.wait(30_000);
    expect(meeting.admits).toEqual([]);
    expect(meeting.putBacks).toEqual(['jane']);
    expect(meeting.result.state.decisions.sentBack).toHaveProperty('jane');
    expect(meeting.result.held).toEqual([
      expect.objectContaining({ participantUUID: 'jane', hostMove: 'sentBack' }),
    ]);
  });

  it('the lock’s own put-back alone stays its own: roll-only admits her', () => {
    const meeting = putBackByLock();
    meeting.deliver([
      left(jane, SECOND + 2_000),
      waiting(jane, SECOND + 2_000, 'putFromMainMeeting'),
    ]);
    meeting.result = {
      ...meeting.result,
      state: updateLockSettings(meeting.result.state, { mode: 'rollOnly' }),
    };
    meeting.wait(5_000);
    expect(meeting.admits).toEqual(['jane']);
    expect(meeting.result.state.decisions.sentBack).toEqual({});
  });

  it('so does a put-back she left and came back from: no host sent her back', () => {
    const meeting = putBackByLock();
    // Seen waiting, or not: both ways she leaves the waiting room and rejoins into it.
    meeting.deliver([
      left(jane, SECOND + 2_000),
      waiting(jane, SECOND + 2_000, 'putFromMainMeeting'),
    ]);
    meeting.deliver([stoppedWaiting(jane, SECOND + 4_000)]);
    meeting.wait(5_000);
    meeting.deliver([waiting(jane, SECOND + 12_000)]);
    expect(meeting.roster.participants.get('jane')?.returnedAfterSendBack).toBe(true);
    meeting.wait(1_000);
    expect(meeting.result.state.decisions.sentBack).toEqual({});
    meeting.result = {
      ...meeting.result,
      state: updateLockSettings(meeting.result.state, { mode: 'rollOnly' }),
    };
    meeting.wait(5_000);
    expect(meeting.admits).toEqual(['jane']);
  });
});

describe('an old put-back of the lock explains no later send-back', () => {
  it('after she rejoined straight in, a host’s unseen send-back still revokes her entry', () => {
    const meeting = putBackByLock();
    meeting.deliver([
      left(jane, SECOND + 2_000),
      waiting(jane, SECOND + 2_000, 'putFromMainMeeting'),
    ]);
    // She leaves the waiting room; roll-only is turned on; she rejoins straight into the main
    // room, where roll-only lets a sure match stay.
    meeting.deliver([stoppedWaiting(jane, SECOND + 3_000)]);
    meeting.result = {
      ...meeting.result,
      state: updateLockSettings(meeting.result.state, { mode: 'rollOnly' }),
    };
    meeting.wait(3_000);
    meeting.deliver([joined(jane, SECOND + 9_000)]);
    meeting.wait(1_000);
    expect(meeting.where('jane')).toBe('meeting');
    expect(meeting.putBacks).toEqual(['jane']);
    // Within a minute of the lock's put-back, a host sends her back ("left" first) and she goes.
    meeting.deliver([left(jane, SECOND + 12_000)]);
    meeting.deliver([
      waiting(jane, SECOND + 12_000, 'putFromMainMeeting'),
      stoppedWaiting(jane, SECOND + 13_000),
    ]);
    meeting.wait(3_000);
    meeting.deliver([waiting(other, SECOND + 18_000)]);
    meeting.wait(5_000);
    expect(meeting.admits).toEqual([]);
    expect(meeting.result.state.decisions.sentBack).toHaveProperty('jane');
    expect(meeting.result.state.decisions.revokedRollIds).toHaveProperty('R1');
  });
});

describe('a host’s admit after a send-back no look saw stands (seed -2106955812)', () => {
  it('roll-only admitted Jane, a host sent her back and admitted her again unseen: she stays', () => {
    const meeting = new TestMeeting(
      [joined(host, SECOND - 60_000), waiting(jane, SECOND - 30_000)],
      {
        settings: { mode: 'rollOnly' },
        matches,
      },
    );
    expect(meeting.admits).toEqual(['jane']);
    // Roll-only's admit, then a host's send-back whose "left" comes first: no look sees her inside.
    meeting.deliver([
      stoppedWaiting(jane, SECOND + 1_000),
      joined(jane, SECOND + 1_000),
      left(jane, SECOND + 3_000),
    ]);
    expect(meeting.where('jane')).toBe('gone');
    // The rest of the send-back and a host's admit from Zoom's panel.
    meeting.deliver([
      waiting(jane, SECOND + 3_000, 'putFromMainMeeting'),
      stoppedWaiting(jane, SECOND + 4_000),
      joined(jane, SECOND + 4_000),
    ]);
    expect(meeting.roster.participants.get('jane')).toMatchObject({
      location: 'meeting',
      putBacks: 1,
      fromWaitingRoom: true,
    });
    meeting.wait(30_000);
    expect(meeting.putBacks).toEqual([]);
    expect(meeting.where('jane')).toBe('meeting');
    expect(meeting.result.state.decisions.admitted).toHaveProperty('jane');
  });
});
