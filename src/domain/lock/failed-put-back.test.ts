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
import { recordHostDecision } from './decisions';
import { settleAction } from './enforce';
import { createLockState, lockHeadline } from './lock-state';
import { facts } from './test-fixtures';
import { lockNow, tick } from './tick';
import type { ActionOutcome, LockResult } from './types';

/*
 * The model test's shrunk counterexample (seed 2029408047), with the real roster and the real
 * policy: the lock's put-back of someone who bypassed the waiting room fails (Zoom: 10001), a
 * host sends her back from Zoom's own panel and admits her again, and Zoom reports the send-back's
 * "left" a look before the rest, so no look ever sees her wait. Only Zoom's events tell that
 * she came in from the waiting room, which nothing but an admit does.
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
  headlines = new Set<string>();
  /** Zoom's answer to the lock's next put-back calls (10001 first, then success). */
  failNext = 0;

  constructor() {
    this.roster = applyEvents(emptyRoster(), [
      { event: joined(host, SECOND - 60_000), receivedAt: T0 - 60_000 },
    ]);
    this.result = lockNow(createLockState(), T0, this.facts());
  }

  facts() {
    return facts([...this.roster.participants.values()]);
  }

  look(): void {
    this.result = tick(this.result.state, this.now, this.facts());
    this.headlines.add(lockHeadline(this.result.state, this.result.problems).kind);
    for (const effect of this.result.effects) {
      if (effect.kind !== 'putInWaitingRoom') continue;
      this.putBacks += 1;
      const failed = this.failNext > 0;
      this.failNext -= 1;
      const outcome: ActionOutcome = failed
        ? {
            action: 'putInWaitingRoom',
            participantUUID: effect.participantUUID,
            ok: false,
            errorKind: 'unknown',
            transient: true,
          }
        : { action: 'putInWaitingRoom', participantUUID: effect.participantUUID, ok: true };
      this.result = {
        ...this.result,
        state: settleAction(this.result.state, outcome, this.now + 20),
      };
      // A put-back that worked: Zoom moves her (not needed by these tests' paths).
      if (!failed)
        this.deliver([
          left(jane, SECOND + 30_000),
          waiting(jane, SECOND + 30_000, 'putFromMainMeeting'),
        ]);
    }
  }

  deliver(batch: readonly RosterEvent[]): void {
    this.now += 60;
    this.roster = applyEvents(
      this.roster,
      batch.map((event) => ({ event, receivedAt: this.now })),
    );
    this.look();
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

  /** Jane bypasses the waiting room; the lock's put-back fails once with a transient error. */
  bypassAndFailedPutBack(): void {
    this.failNext = 1;
    this.deliver([joined(jane, SECOND)]);
    expect(this.putBacks).toBe(1);
    expect(this.result.state.failures).toHaveProperty('jane');
  }
}

describe('a host sends back and admits someone whose put-back failed', () => {
  it('the admit stands though no look saw her wait (the shrunk model case)', () => {
    const meeting = new Meeting();
    meeting.bypassAndFailedPutBack();
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
    expect(meeting.putBacks).toBe(1);
    expect(meeting.result.state.decisions.admitted).toHaveProperty('jane');
    expect(meeting.result.state.allowed).toContain('jane');
    expect(meeting.result.problems).toEqual([]);
    expect(lockHeadline(meeting.result.state, meeting.result.problems).kind).toBe('locked');
  });

  it('the admit is read once: a later send-back from this panel is not undone by the next look', () => {
    const meeting = new Meeting();
    meeting.bypassAndFailedPutBack();
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
    const meeting = new Meeting();
    meeting.bypassAndFailedPutBack();
    // A brief loss of connection: Zoom keeps the UUID, and nothing passes the waiting room.
    meeting.deliver([left(jane, SECOND + 1_000), joined(jane, SECOND + 2_000)]);
    expect(meeting.where('jane')).toBe('meeting');
    meeting.wait(30_000);
    expect(meeting.putBacks).toBeGreaterThan(1);
    expect(meeting.where('jane')).toBe('waitingRoom');
    expect(meeting.result.state.decisions.admitted).not.toHaveProperty('jane');
  });
});
