import { describe, expect, it } from 'vitest';
import {
  joined,
  left,
  person as rosterPerson,
  stoppedWaiting,
  waiting,
} from '../../../test/helpers/roster-builders';
import { applyEvents, emptyRoster, reconcile } from '../meeting/roster';
import type { RosterEvent, RosterIdentity, RosterState } from '../meeting/types';
import { settleAction } from './enforce';
import { createLockState, lockHeadline } from './lock-state';
import { facts } from './test-fixtures';
import { lockNow, tick } from './tick';
import type { LockResult } from './types';

/*
 * The real roster reducer and the real lock policy together, as the panel runs them: Zoom's events
 * reach the roster in batches, the lock looks after each batch and on a timer, and a snapshot heals
 * the roster whenever it comes (late on a loaded machine).
 */

const T0 = Date.parse('2025-01-15T18:00:00Z');
/** Zoom stamps events in whole seconds. */
const SECOND = Math.floor(T0 / 1000) * 1000;
const host = rosterPerson('host', 'Host', 'host');
const priya = rosterPerson('priya', 'Priya Iyer');

class Meeting {
  roster: RosterState;
  result: LockResult;
  now = T0;
  /** The lock's put-backs of Priya, and every headline it gave. */
  putBacks = 0;
  headlines = new Set<string>();

  constructor(start: readonly RosterEvent[]) {
    this.roster = applyEvents(
      emptyRoster(),
      start.map((event) => ({ event, receivedAt: T0 - 10_000 })),
    );
    this.result = lockNow(createLockState(), T0, this.facts());
  }

  facts() {
    return facts([...this.roster.participants.values()]);
  }

  look(): LockResult {
    this.result = tick(this.result.state, this.now, this.facts());
    for (const effect of this.result.effects) {
      if (effect.kind !== 'putInWaitingRoom' && effect.kind !== 'admit') continue;
      if (effect.kind === 'putInWaitingRoom' && effect.participantUUID === 'priya')
        this.putBacks += 1;
      // Zoom answers the call at once; its events follow (the test sends them).
      this.result = {
        ...this.result,
        state: settleAction(
          this.result.state,
          { action: effect.kind, participantUUID: effect.participantUUID, ok: true },
          this.now + 20,
        ),
      };
    }
    this.headlines.add(lockHeadline(this.result.state, this.result.problems).kind);
    return this.result;
  }

  deliver(batch: readonly RosterEvent[]): void {
    this.now += 60;
    this.roster = applyEvents(
      this.roster,
      batch.map((event) => ({ event, receivedAt: this.now })),
    );
    this.look();
  }

  /** The timer's looks, 250 ms apart, for `ms`. */
  wait(ms: number): void {
    const until = this.now + ms;
    while (this.now + 250 <= until) {
      this.now += 250;
      this.look();
    }
  }

  snapshot(meeting: RosterIdentity[], waitingRoom: RosterIdentity[]): void {
    this.now += 100;
    this.roster = reconcile(this.roster, { takenAt: this.now - 50, meeting, waitingRoom });
    this.look();
  }

  where(uuid: string): string {
    return this.roster.participants.get(uuid)?.location ?? 'gone';
  }
}

describe('a host admits in the same Zoom second as the lock’s put-back', () => {
  // Priya slipped into the main room without an admit; the lock puts her back, and the host,
  // watching Zoom's panel, admits her again at once: four events stamped in one second.
  const putBack = [left(priya, SECOND), waiting(priya, SECOND, 'putFromMainMeeting')];
  const hostAdmit = [stoppedWaiting(priya, SECOND), joined(priya, SECOND)];
  const deliveries: Array<[string, RosterEvent[][]]> = [
    ['in one batch', [[...putBack, ...hostAdmit]]],
    ['a look sees her waiting in between', [putBack, hostAdmit]],
    ['the put-back’s events reordered', [[putBack[1]!, putBack[0]!], hostAdmit]],
    ['the admit’s join before its waiting-room leave', [putBack, [hostAdmit[1]!, hostAdmit[0]!]]],
    ['split across four looks', [[putBack[0]!], [putBack[1]!], [hostAdmit[0]!], [hostAdmit[1]!]]],
  ];

  function play(batches: RosterEvent[][], snapshotAfterMs: number): Meeting {
    const meeting = new Meeting([joined(host, SECOND - 60_000)]);
    meeting.now += 250;
    meeting.deliver([joined(priya, SECOND)]);
    expect(meeting.result.effects).toMatchObject([
      { kind: 'putInWaitingRoom', participantUUID: 'priya' },
    ]);
    for (const batch of batches) meeting.deliver(batch);
    meeting.wait(snapshotAfterMs);
    meeting.snapshot([host, priya], []);
    meeting.wait(30_000);
    return meeting;
  }

  for (const snapshotAfterMs of [500, 5_000, 30_000])
    it.each(deliveries)(
      `%s, the snapshot ${snapshotAfterMs} ms later: the admit stands`,
      (_, batches) => {
        const meeting = play(batches, snapshotAfterMs);
        // The first put-back was the lock's own, before the host's admit; none reverses it.
        expect(meeting.putBacks).toBe(1);
        expect(meeting.where('priya')).toBe('meeting');
        expect(meeting.result.state.decisions.admitted).toHaveProperty('priya');
        expect(meeting.result.state.allowed).toContain('priya');
        expect([...meeting.headlines]).toEqual(['locked']);
      },
    );
});

describe('the lookalikes of that admit stay what they are', () => {
  it('a late copy of her first join after she gave up waiting, in that second, is no phantom', () => {
    const meeting = new Meeting([joined(host, SECOND - 60_000)]);
    meeting.now += 250;
    meeting.deliver([joined(priya, SECOND)]);
    meeting.deliver([
      left(priya, SECOND),
      waiting(priya, SECOND, 'putFromMainMeeting'),
      stoppedWaiting(priya, SECOND),
    ]);
    meeting.deliver([joined(priya, SECOND)]);
    expect(meeting.where('priya')).toBe('gone');
    meeting.wait(5_000);
    meeting.snapshot([host], []);
    meeting.wait(30_000);
    expect(meeting.where('priya')).toBe('gone');
    expect(meeting.result.state.decisions.admitted).not.toHaveProperty('priya');
    expect([...meeting.headlines]).toEqual(['locked']);
  });

  it.each([
    ['as it happens', false],
    ['all reported at once, late', true],
  ])(
    'someone who stops waiting and rejoins straight into the meeting is put back (%s)',
    (_, late) => {
      // The same UUID (Zoom keeps it across a brief loss of connection), a bypass setting or a
      // shortcut rejoin: no host decision let her in.
      const meeting = new Meeting([joined(host, SECOND - 60_000), waiting(priya, SECOND - 30_000)]);
      const gaveUp = stoppedWaiting(priya, SECOND);
      const back = joined(priya, SECOND + 8_000);
      if (late) {
        meeting.wait(9_000);
        meeting.deliver([gaveUp, back]);
      } else {
        meeting.deliver([gaveUp]);
        meeting.wait(8_000);
        meeting.deliver([back]);
      }
      expect(meeting.result.effects).toMatchObject([
        { kind: 'putInWaitingRoom', participantUUID: 'priya' },
      ]);
      expect(meeting.result.state.decisions.admitted).not.toHaveProperty('priya');
    },
  );
});
