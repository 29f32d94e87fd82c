import { describe, expect, it } from 'vitest';
import {
  joined,
  left,
  person as rosterPerson,
  stoppedWaiting,
  waiting,
} from '../../../test/helpers/roster-builders';
import { applyEvents, emptyRoster } from '../meeting/roster';
import type { RosterEvent, RosterState } from '../meeting/types';
import { settleAction } from './enforce';
import { createLockState, lockHeadline } from './lock-state';
import { facts } from './test-fixtures';
import { lockNow, tick } from './tick';
import type { LockResult } from './types';

/*
 * The model test's counterexample (seed -1764406853), with the real roster and the real policy:
 * locked, a host admits Jane, then sends her back from Zoom's own panel with Zoom reporting the
 * "left" first; she leaves the waiting room before any look sees her there and rejoins straight
 * into the main room. The lock never saw the send-back; only Zoom's events tell it, and the
 * host's latest decision was that send-back, not the admit before it.
 */

const T0 = Date.parse('2025-01-15T18:00:00Z');
const SECOND = Math.floor(T0 / 1000) * 1000;
const host = rosterPerson('host', 'Host', 'host');
const jane = rosterPerson('jane', 'Jane Doe');

class Meeting {
  roster: RosterState;
  result: LockResult;
  now = T0;
  putBacks = 0;
  /** Zoom's time of the newest event delivered. */
  lastStamp = SECOND;

  constructor() {
    this.roster = applyEvents(emptyRoster(), [
      { event: joined(host, SECOND - 60_000), receivedAt: T0 - 60_000 },
      { event: waiting(jane, SECOND - 30_000), receivedAt: T0 - 30_000 },
    ]);
    this.result = lockNow(createLockState(), T0, this.facts());
  }

  facts() {
    return facts([...this.roster.participants.values()]);
  }

  look(): void {
    this.result = tick(this.result.state, this.now, this.facts());
    for (const effect of this.result.effects) {
      if (effect.kind !== 'putInWaitingRoom') continue;
      this.putBacks += 1;
      this.result = {
        ...this.result,
        state: settleAction(
          this.result.state,
          { action: 'putInWaitingRoom', participantUUID: effect.participantUUID, ok: true },
          this.now + 20,
        ),
      };
      // Zoom stamps the put-back after everything it reported before.
      const at = this.lastStamp + 1_000;
      this.deliver([left(jane, at), waiting(jane, at, 'putFromMainMeeting')]);
    }
  }

  deliver(batch: readonly RosterEvent[]): void {
    this.arrive(batch);
    this.look();
  }

  /** Zoom's events reach the roster; the lock has not looked yet. */
  arrive(batch: readonly RosterEvent[]): void {
    this.now += 60;
    for (const event of batch) this.lastStamp = Math.max(this.lastStamp, event.at);
    this.roster = applyEvents(
      this.roster,
      batch.map((event) => ({ event, receivedAt: this.now })),
    );
  }

  wait(ms: number): void {
    const until = this.now + ms;
    while (this.now + 250 <= until) {
      this.now += 250;
      this.look();
    }
  }

  where(uuid: string): string {
    return this.roster.participants.get(uuid)?.location ?? 'gone';
  }

  /** A host admits Jane from Zoom's panel; the lock reads it and lets her in. */
  hostAdmits(): void {
    this.deliver([stoppedWaiting(jane, SECOND + 1_000), joined(jane, SECOND + 1_000)]);
    this.wait(1_000);
    expect(this.where('jane')).toBe('meeting');
    expect(this.result.state.decisions.admitted).toHaveProperty('jane');
  }
}

describe('a send-back the lock never saw, then a rejoin straight into the main room', () => {
  it('the send-back stands: she is put back and it is recorded as the host’s', () => {
    const meeting = new Meeting();
    meeting.hostAdmits();
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
    expect(meeting.putBacks).toBe(1);
    expect(meeting.where('jane')).toBe('waitingRoom');
    expect(meeting.result.state.decisions.sentBack).toHaveProperty('jane');
    expect(meeting.result.state.decisions.admitted).not.toHaveProperty('jane');
    expect(meeting.result.state.allowed).not.toContain('jane');
    expect(meeting.result.problems).toEqual([]);
    expect(lockHeadline(meeting.result.state, meeting.result.problems).kind).toBe('locked');
  });

  it('an admit stands when she left from the main room: her rejoin is let stay', () => {
    const meeting = new Meeting();
    meeting.hostAdmits();
    meeting.deliver([left(jane, SECOND + 3_000)]);
    meeting.wait(5_000);
    meeting.deliver([joined(jane, SECOND + 10_000)]);
    expect(meeting.roster.participants.get('jane')?.rejoinedAfterSendBack).toBeUndefined();
    meeting.wait(30_000);
    expect(meeting.putBacks).toBe(0);
    expect(meeting.where('jane')).toBe('meeting');
    expect(meeting.result.state.decisions.admitted).toHaveProperty('jane');
  });

  it('an admit after the send-back stands: leaving the main room again clears the mark', () => {
    const meeting = new Meeting();
    meeting.hostAdmits();
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
    expect(meeting.putBacks).toBe(0);
    expect(meeting.where('jane')).toBe('meeting');
    expect(meeting.result.state.decisions.admitted).toHaveProperty('jane');
  });
});
