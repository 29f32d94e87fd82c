import { describe, expect, it } from 'vitest';
import { joined, left, stoppedWaiting, waiting } from '../../../test/helpers/roster-builders';
import { recordHostDecision } from './decisions';
import { lockHeadline } from './lock-state';
import { host, jane, SECOND, TestMeeting } from './test-meeting';

/*
 * The model test's shrunk counterexample (seed 2029408047), with the real roster and the real
 * policy: the lock's put-back of someone who bypassed the waiting room fails (Zoom: 10001), a
 * host sends her back from Zoom's own panel and admits her again, and Zoom reports the send-back's
 * "left" a look before the rest, so no look ever sees her wait. Only Zoom's events tell that
 * she came in from the waiting room, which nothing but an admit does.
 */

/** Jane bypasses the waiting room; the lock's put-back fails once with a transient error. */
function bypassAndFailedPutBack(): TestMeeting {
  const meeting = new TestMeeting([joined(host, SECOND - 60_000)], { reportsPutBacks: true });
  meeting.failNext = 1;
  meeting.deliver([joined(jane, SECOND)]);
  expect(meeting.putBacks).toEqual(['jane']);
  expect(meeting.result.state.failures).toHaveProperty('jane');
  return meeting;
}

describe('a host sends back and admits someone whose put-back failed', () => {
  it('the admit stands though no look saw her wait (the shrunk model case)', () => {
    const meeting = bypassAndFailedPutBack();
    // The host, in Zoom's panel: send back, then admit a moment later (the next Zoom second).
    meeting.now += 200;
    meeting.deliver([left(jane, SECOND + 1_000)]);
    expect(meeting.where('jane')).toBe('gone');
    meeting.deliver([
      waiting(jane, SECOND + 1_000, 'putFromMainMeeting'),
      stoppedWaiting(jane, SECOND + 2_000),
      joined(jane, SECOND + 2_000),
    ]);
    expect(meeting.where('jane')).toBe('meeting');
    meeting.wait(30_000);
    // Only the lock's first (failed) put-back: the host's admit is never reversed.
    expect(meeting.putBacks).toEqual(['jane']);
    expect(meeting.result.state.decisions.admitted).toHaveProperty('jane');
    expect(meeting.result.state.allowed).toContain('jane');
    expect(meeting.result.problems).toEqual([]);
    expect(lockHeadline(meeting.result.state, meeting.result.problems).kind).toBe('locked');
  });

  it('the admit is read once: a later send-back from this panel is not undone by the next look', () => {
    const meeting = bypassAndFailedPutBack();
    meeting.deliver([
      left(jane, SECOND + 1_000),
      waiting(jane, SECOND + 1_000, 'putFromMainMeeting'),
      stoppedWaiting(jane, SECOND + 2_000),
      joined(jane, SECOND + 2_000),
    ]);
    meeting.wait(1_000);
    const idle = meeting.result.state;
    meeting.wait(1_000);
    expect(meeting.result.state).toBe(idle);
    meeting.result = {
      ...meeting.result,
      state: recordHostDecision(
        meeting.result.state,
        { kind: 'sendBack', participantUUID: 'jane', rollIds: [] },
        meeting.now,
      ),
    };
    meeting.wait(1_000);
    expect(meeting.result.state.decisions.sentBack).toHaveProperty('jane');
    expect(meeting.result.state.decisions.admitted).not.toHaveProperty('jane');
  });

  it('a quick reconnect after the failed put-back is no admit: she is put back', () => {
    const meeting = bypassAndFailedPutBack();
    // A brief loss of connection: Zoom keeps the UUID, and nothing passes the waiting room.
    meeting.deliver([left(jane, SECOND + 1_000), joined(jane, SECOND + 2_000)]);
    expect(meeting.where('jane')).toBe('meeting');
    meeting.wait(30_000);
    expect(meeting.putBacks.length).toBeGreaterThan(1);
    expect(meeting.where('jane')).toBe('waitingRoom');
    expect(meeting.result.state.decisions.admitted).not.toHaveProperty('jane');
  });
});
