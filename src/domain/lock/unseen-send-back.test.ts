import { describe, expect, it } from 'vitest';
import { joined, left, stoppedWaiting, waiting } from '../../../test/helpers/roster-builders';
import { lockHeadline } from './lock-state';
import { host, jane, SECOND, TestMeeting } from './test-meeting';

/*
 * The model test's counterexample (seed -1764406853), with the real roster and the real policy:
 * locked, a host admits Jane, then sends her back from Zoom's own panel with Zoom reporting the
 * "left" first; she leaves the waiting room before any look sees her there and rejoins straight
 * into the main room. The lock never saw the send-back; only Zoom's events tell it, and the
 * host's latest decision was that send-back, not the admit before it.
 */

/** Jane waits; a host admits her from Zoom's panel, and the lock reads it and lets her in. */
function hostAdmits(): TestMeeting {
  const meeting = new TestMeeting([joined(host, SECOND - 60_000), waiting(jane, SECOND - 30_000)], {
    reportsPutBacks: true,
  });
  meeting.deliver([stoppedWaiting(jane, SECOND + 1_000), joined(jane, SECOND + 1_000)]);
  meeting.wait(1_000);
  expect(meeting.where('jane')).toBe('meeting');
  expect(meeting.result.state.decisions.admitted).toHaveProperty('jane');
  return meeting;
}

describe('a send-back the lock never saw, then a rejoin straight into the main room', () => {
  it('the send-back stands: she is put back and it is recorded as the host’s', () => {
    const meeting = hostAdmits();
    // The host sends her back in Zoom's panel; Zoom reports the "left" first.
    meeting.deliver([left(jane, SECOND + 3_000)]);
    expect(meeting.where('jane')).toBe('gone');
    // The rest of the move and her leaving the waiting room arrive together: no look sees her wait.
    meeting.deliver([
      waiting(jane, SECOND + 3_000, 'putFromMainMeeting'),
      stoppedWaiting(jane, SECOND + 4_000),
    ]);
    expect(meeting.where('jane')).toBe('gone');
    meeting.wait(5_000);
    // She connects again and bypasses the waiting room.
    meeting.arrive([joined(jane, SECOND + 10_000)]);
    expect(meeting.roster.participants.get('jane')).toMatchObject({
      location: 'meeting',
      rejoined: true,
      rejoinedAfterSendBack: true,
    });
    meeting.look();
    meeting.wait(30_000);
    expect(meeting.putBacks).toEqual(['jane']);
    expect(meeting.where('jane')).toBe('waitingRoom');
    expect(meeting.result.state.decisions.sentBack).toHaveProperty('jane');
    expect(meeting.result.state.decisions.admitted).not.toHaveProperty('jane');
    expect(meeting.result.state.allowed).not.toContain('jane');
    expect(meeting.result.problems).toEqual([]);
    expect(lockHeadline(meeting.result.state, meeting.result.problems).kind).toBe('locked');
  });

  it('an admit stands when she left from the main room: her rejoin is let stay', () => {
    const meeting = hostAdmits();
    meeting.deliver([left(jane, SECOND + 3_000)]);
    meeting.wait(5_000);
    meeting.deliver([joined(jane, SECOND + 10_000)]);
    expect(meeting.roster.participants.get('jane')?.rejoinedAfterSendBack).toBeUndefined();
    meeting.wait(30_000);
    expect(meeting.putBacks).toEqual([]);
    expect(meeting.where('jane')).toBe('meeting');
    expect(meeting.result.state.decisions.admitted).toHaveProperty('jane');
  });

  it('an admit after the send-back stands: leaving the main room again clears the mark', () => {
    const meeting = hostAdmits();
    meeting.deliver([
      left(jane, SECOND + 3_000),
      waiting(jane, SECOND + 3_000, 'putFromMainMeeting'),
    ]);
    meeting.wait(1_000);
    expect(meeting.result.state.decisions.sentBack).toHaveProperty('jane');
    // The host admits her again; she drops out of the main room and rejoins straight into it.
    meeting.deliver([stoppedWaiting(jane, SECOND + 5_000), joined(jane, SECOND + 5_000)]);
    meeting.wait(1_000);
    meeting.deliver([left(jane, SECOND + 7_000)]);
    meeting.wait(5_000);
    meeting.deliver([joined(jane, SECOND + 14_000)]);
    expect(meeting.roster.participants.get('jane')?.rejoinedAfterSendBack).toBeUndefined();
    meeting.wait(30_000);
    expect(meeting.putBacks).toEqual([]);
    expect(meeting.where('jane')).toBe('meeting');
    expect(meeting.result.state.decisions.admitted).toHaveProperty('jane');
  });
});
