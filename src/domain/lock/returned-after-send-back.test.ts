import { describe, expect, it } from 'vitest';
import { joined, left, stoppedWaiting, waiting } from '../../../test/helpers/roster-builders';
import { host, jane, SECOND, TestMeeting } from './test-meeting';
import { sure } from './test-fixtures';

/*
 * The model test's counterexample (seed 1080625905), with the real roster and the real policy:
 * in roll-only mode a host sends Jane (a sure roll match) back from Zoom's own panel, Zoom
 * reporting the "left" first; she leaves the waiting room before any look sees her there and
 * later comes back, this time into the waiting room. Roll-only must not admit her: the host's
 * latest decision about her was that send-back, which only Zoom's events tell.
 */

/** Locked in roll-only mode with Jane inside (present at lock time). */
function janeInside(): TestMeeting {
  return new TestMeeting([joined(host, SECOND - 60_000), joined(jane, SECOND - 30_000)], {
    settings: { mode: 'rollOnly' },
    matches: [sure('jane', 'R1')],
    reportsPutBacks: true,
  });
}

describe('a send-back the lock never saw, then a return through the waiting room', () => {
  it('roll-only does not admit her: the send-back is recorded as the host’s', () => {
    const meeting = janeInside();
    meeting.deliver([left(jane, SECOND + 3_000)]);
    // The rest of the send-back and her leaving the waiting room arrive together.
    meeting.deliver([
      waiting(jane, SECOND + 3_000, 'putFromMainMeeting'),
      stoppedWaiting(jane, SECOND + 4_000),
    ]);
    meeting.wait(5_000);
    meeting.arrive([waiting(jane, SECOND + 10_000)]);
    expect(meeting.roster.participants.get('jane')).toMatchObject({
      location: 'waitingRoom',
      returnedAfterSendBack: true,
    });
    meeting.look();
    meeting.wait(30_000);
    expect(meeting.effects.filter((e) => e.kind === 'admit')).toEqual([]);
    expect(meeting.where('jane')).toBe('waitingRoom');
    expect(meeting.result.state.decisions.sentBack).toHaveProperty('jane');
  });

  it('a return after leaving from the main room is not marked, and roll-only admits her', () => {
    const meeting = janeInside();
    meeting.deliver([left(jane, SECOND + 3_000)]);
    meeting.wait(5_000);
    meeting.deliver([waiting(jane, SECOND + 10_000)]);
    expect(meeting.roster.participants.get('jane')?.returnedAfterSendBack).toBeUndefined();
    meeting.wait(5_000);
    expect(meeting.effects.filter((e) => e.kind === 'admit').map((e) => e.participantUUID)).toEqual(
      ['jane'],
    );
  });
});
