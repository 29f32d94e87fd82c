import { describe, expect, it } from 'vitest';
import {
  joined,
  left,
  person as rosterPerson,
  stoppedWaiting,
  waiting,
} from '../../../test/helpers/roster-builders';
import type { RosterEvent } from '../meeting/types';
import { host, SECOND, TestMeeting } from './test-meeting';

const priya = rosterPerson('priya', 'Priya Iyer');

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

  function play(batches: RosterEvent[][], snapshotAfterMs: number): TestMeeting {
    const meeting = new TestMeeting([joined(host, SECOND - 60_000)]);
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
        expect(meeting.putBacks).toEqual(['priya']);
        expect(meeting.where('priya')).toBe('meeting');
        expect(meeting.result.state.decisions.admitted).toHaveProperty('priya');
        expect(meeting.result.state.allowed).toContain('priya');
        expect([...meeting.headlines]).toEqual(['locked']);
      },
    );
});

describe('the lookalikes of that admit stay what they are', () => {
  it('a late copy of her first join after she gave up waiting, in that second, is no phantom', () => {
    const meeting = new TestMeeting([joined(host, SECOND - 60_000)]);
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
      const meeting = new TestMeeting([
        joined(host, SECOND - 60_000),
        waiting(priya, SECOND - 30_000),
      ]);
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
