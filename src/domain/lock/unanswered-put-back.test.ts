import { describe, expect, it } from 'vitest';
import {
  joined,
  left,
  person as rosterPerson,
  waiting,
} from '../../../test/helpers/roster-builders';
import { emptyRoster } from '../meeting/roster';
import { recordHostDecision } from './decisions';
import { restoreLockState, updateLockSettings } from './lock-state';
import { host, jane, SECOND, TestMeeting } from './test-meeting';
import { sure } from './test-fixtures';

/*
 * The model test's counterexample 767954716, with the real roster and the real policy: the lock
 * asks Zoom to put Jane back and Zoom is slow; a host sends her back meanwhile, and the panel
 * reloads (or the call stays unanswered), so Zoom's answer — "already waiting" if the host was
 * first — never comes. Nobody can tell whose move it was any more: roll-only must not admit her,
 * and her row must say why without claiming either.
 */

const other = rosterPerson('other', 'Jane Doe');
const matches = [sure('jane', 'R1'), sure('other', 'R1')];

/** Locked ('all'); Jane bypasses the waiting room, the lock's put-back gets no answer yet, the
 * host turns roll-only on, and Jane is seen arriving in the waiting room from the main room. */
function janeMovedWhileOurCallIsOpen(): TestMeeting {
  const meeting = new TestMeeting([joined(host, SECOND - 60_000)], { matches });
  meeting.holdAnswers = true;
  meeting.deliver([joined(jane, SECOND + 1_000)]);
  expect(meeting.putBacks).toEqual(['jane']);
  meeting.result = {
    ...meeting.result,
    state: updateLockSettings(meeting.result.state, { mode: 'rollOnly' }),
  };
  meeting.deliver([
    left(jane, SECOND + 2_000),
    waiting(jane, SECOND + 2_000, 'putFromMainMeeting'),
  ]);
  expect(meeting.where('jane')).toBe('waitingRoom');
  return meeting;
}

/** The panel reloads: the saved state comes back as JSON, the roster starts again from a snapshot. */
function reload(meeting: TestMeeting): void {
  meeting.unanswered.length = 0;
  meeting.holdAnswers = false;
  meeting.result = {
    ...meeting.result,
    state: restoreLockState(JSON.parse(JSON.stringify(meeting.result.state)) as unknown),
  };
  meeting.roster = emptyRoster();
  meeting.snapshot([host], [jane]);
}

describe('a put-back Zoom never answered, and a host’s send-back meanwhile (seed 767954716)', () => {
  it('after a reload, roll-only holds her as perhaps sent back, and her entry too', () => {
    const meeting = janeMovedWhileOurCallIsOpen();
    reload(meeting);
    meeting.wait(30_000);
    expect(meeting.admits).toEqual([]);
    expect(meeting.result.held).toEqual([
      expect.objectContaining({
        participantUUID: 'jane',
        category: 'check',
        hostMove: 'maybeSentBack',
        bounced: true,
      }),
    ]);
    // Another claimant of her entry waits too, and is told why.
    meeting.deliver([waiting(other, SECOND + 40_000)]);
    meeting.wait(5_000);
    expect(meeting.admits).toEqual([]);
    expect(meeting.result.held.find((e) => e.participantUUID === 'other')).toMatchObject({
      hostMove: 'entryMaybeSentBack',
    });
    // A host's admit settles it.
    meeting.result = {
      ...meeting.result,
      state: recordHostDecision(
        meeting.result.state,
        { kind: 'admit', participantUUID: 'jane', rollIds: ['R1'] },
        meeting.now,
      ),
    };
    meeting.look();
    expect(meeting.result.state.unsure).toEqual({});
  });

  it('the same when the answer never comes without a reload', () => {
    const meeting = janeMovedWhileOurCallIsOpen();
    meeting.wait(30_000);
    expect(meeting.admits).toEqual([]);
    expect(meeting.result.held).toEqual([
      expect.objectContaining({ participantUUID: 'jane', hostMove: 'maybeSentBack' }),
    ]);
  });

  it('Zoom’s answer tells: “already waiting” is a host’s send-back, ok is the lock’s own', () => {
    const hosts = janeMovedWhileOurCallIsOpen();
    hosts.answerHeld('already-in-waiting-room');
    hosts.wait(5_000);
    expect(hosts.admits).toEqual([]);
    expect(hosts.result.held).toEqual([expect.objectContaining({ hostMove: 'sentBack' })]);
    const ours = janeMovedWhileOurCallIsOpen();
    ours.answerHeld();
    ours.wait(5_000);
    expect(ours.admits).toEqual(['jane']);
    expect(ours.result.state.unsure).toEqual({});
  });
});
