import { describe, expect, it } from 'vitest';
import {
  joined,
  left,
  person,
  stoppedWaiting,
  waiting,
} from '../../../test/helpers/roster-builders';
import { applyEvents, emptyRoster, reconcile, TOMBSTONE_TTL_MS } from './roster';
import {
  MAX_SAVED_COUNTS,
  MAX_SAVED_DEPARTURES,
  readRosterMemory,
  rememberRoster,
  restoreRosterMemory,
} from './roster-memory';
import type { RosterEvent, RosterState } from './types';

const T0 = Date.parse('2025-01-15T18:00:00Z');
const jane = person('jane', 'Jane Doe');
const bob = person('bob', 'Bob Kowalski');

function rosterOf(events: RosterEvent[]): RosterState {
  return applyEvents(
    emptyRoster(),
    events.map((event) => ({ event, receivedAt: event.at })),
  );
}

/** Through JSON, as the saved lock state goes. */
const throughJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('rememberRoster', () => {
  it('keeps the counts of people present and the departures with Zoom’s times, and no names', () => {
    const roster = rosterOf([
      joined(jane, T0),
      left(jane, T0 + 1_000),
      waiting(jane, T0 + 1_000, 'putFromMainMeeting'),
      joined(bob, T0 + 2_000),
      left(bob, T0 + 3_000),
      waiting(bob, T0 + 3_000, 'putFromMainMeeting'),
      stoppedWaiting(bob, T0 + 4_000),
    ]);
    const memory = rememberRoster(roster, T0 + 5_000, 'p1');
    expect(memory.counts).toEqual({ jane: 1 });
    expect(memory.departures).toContainEqual({
      participantUUID: 'bob',
      role: 'attendee',
      left: {
        meeting: { at: T0 + 3_000, seenAt: T0 + 3_000 },
        waitingRoom: { at: T0 + 4_000, seenAt: T0 + 4_000 },
      },
      lastLeftAt: T0 + 4_000,
      putBackAt: T0 + 3_000,
      putBacks: 1,
    });
    expect(JSON.stringify(memory)).not.toMatch(/Jane Doe|Bob Kowalski/);
  });

  it('leaves out departures past a tombstone’s lifetime, and caps both lists', () => {
    const events: RosterEvent[] = [];
    const many = MAX_SAVED_DEPARTURES + 50;
    for (let i = 0; i < many; i += 1) {
      const who = person(`p${i}`);
      events.push(joined(who, T0 + i), left(who, T0 + 60_000 + i));
    }
    // One gone long ago (past the lifetime), and one sent back among the oldest leaves.
    const old = person('old');
    events.push(joined(old, T0 - 300_000), left(old, T0 - 299_000));
    const sentBack = person('sent');
    events.push(
      joined(sentBack, T0),
      left(sentBack, T0 + 1),
      waiting(sentBack, T0 + 1, 'putFromMainMeeting'),
      stoppedWaiting(sentBack, T0 + 2),
    );
    const memory = rememberRoster(rosterOf(events), T0 + 90_000, 'p1');
    expect(memory.departures).toHaveLength(MAX_SAVED_DEPARTURES);
    // Departures with a send-back first, then the newest.
    expect(memory.departures[0]?.participantUUID).toBe('sent');
    expect(memory.departures[1]?.participantUUID).toBe(`p${many - 1}`);
    expect(memory.departures.some((gone) => gone.participantUUID === 'old')).toBe(false);

    const present: RosterEvent[] = [];
    for (let i = 0; i < MAX_SAVED_COUNTS + 10; i += 1) {
      const who = person(`w${i}`);
      present.push(joined(who, T0), left(who, T0 + 1), waiting(who, T0 + 1, 'putFromMainMeeting'));
    }
    expect(Object.keys(rememberRoster(rosterOf(present), T0 + 2, 'p1').counts)).toHaveLength(
      MAX_SAVED_COUNTS,
    );
  });
});

describe('readRosterMemory', () => {
  it('reads what rememberRoster wrote, through JSON (a leave a snapshot found has no Zoom time)', () => {
    // Jane's join was never reported: a snapshot showed her, and the next one finds her gone.
    let roster = reconcile(emptyRoster(), { takenAt: T0, meeting: [jane], waitingRoom: [] });
    roster = reconcile(roster, { takenAt: T0 + 5_000, meeting: [], waitingRoom: [] });
    const memory = rememberRoster(roster, T0 + 6_000, 'p1');
    expect(memory.departures[0]?.left.meeting?.at).toBe(-Infinity);
    expect(readRosterMemory(throughJson(memory))).toEqual(memory);
  });

  it('drops what is malformed, and applies the caps again', () => {
    const at = { at: 1, seenAt: 2 };
    const departures = [
      { participantUUID: 'a', role: 'attendee', left: { meeting: at }, putBacks: 1 },
      { participantUUID: 'a', role: 'attendee', left: { meeting: at } },
      { participantUUID: 'b', role: 'king', left: { meeting: at } },
      { participantUUID: 'c', role: 'attendee', left: {} },
      { participantUUID: '', role: 'attendee', left: { meeting: at } },
      { participantUUID: 'd', role: 'attendee', left: { meeting: at }, putBacks: -3 },
      'garbage',
    ];
    const read = readRosterMemory({
      savedAt: 5,
      session: 'p1',
      departures,
      counts: { x: 2, y: 0, z: 1.5, w: 'many' },
    });
    expect(read?.departures.map((gone) => gone.participantUUID)).toEqual(['a', 'd']);
    expect(read?.departures[1]).not.toHaveProperty('putBacks');
    expect(read?.counts).toEqual({ x: 2 });
    expect(readRosterMemory({ savedAt: 5, departures: [], counts: {} })).toBeNull();
    expect(readRosterMemory('garbage')).toBeNull();

    const forged = Array.from({ length: MAX_SAVED_DEPARTURES * 3 }, (_, i) => ({
      participantUUID: `p${i}`,
      role: 'attendee',
      left: { meeting: at },
    }));
    const counts = Object.fromEntries(
      Array.from({ length: MAX_SAVED_COUNTS * 3 }, (_, i) => [`c${i}`, 1]),
    );
    const capped = readRosterMemory({ savedAt: 5, session: 'p1', departures: forged, counts });
    expect(capped?.departures).toHaveLength(MAX_SAVED_DEPARTURES);
    expect(Object.keys(capped?.counts ?? {})).toHaveLength(MAX_SAVED_COUNTS);
  });
});

describe('restoreRosterMemory', () => {
  /** Jane sent back once and gone; Bob, sent back once, still waiting: saved at T0 + 5 s. */
  const before = rosterOf([
    joined(jane, T0),
    left(jane, T0 + 1_000),
    waiting(jane, T0 + 1_000, 'putFromMainMeeting'),
    stoppedWaiting(jane, T0 + 2_000),
    joined(bob, T0),
    left(bob, T0 + 3_000),
    waiting(bob, T0 + 3_000, 'putFromMainMeeting'),
  ]);
  const memory = readRosterMemory(throughJson(rememberRoster(before, T0 + 5_000, 'page 1')))!;

  it('adds the saved counts to what the roster counted since, and brings back the departures', () => {
    // After the reload: a snapshot shows Bob waiting (no cause, no count); then a host admits him
    // and sends him back again.
    let after = reconcile(emptyRoster(), { takenAt: T0 + 8_000, meeting: [], waitingRoom: [bob] });
    after = restoreRosterMemory(after, memory, T0 + 8_500, 'page 2');
    expect(after.participants.get('bob')?.putBacks).toBe(1);
    expect(after.tombstones.get('jane')).toMatchObject({ putBacks: 1, lastLeftAt: T0 + 2_000 });
    after = applyEvents(after, [
      { event: stoppedWaiting(bob, T0 + 9_000), receivedAt: T0 + 9_000 },
      { event: joined(bob, T0 + 9_000), receivedAt: T0 + 9_000 },
      { event: left(bob, T0 + 10_000), receivedAt: T0 + 10_000 },
      { event: waiting(bob, T0 + 10_000, 'putFromMainMeeting'), receivedAt: T0 + 10_000 },
    ]);
    expect(after.participants.get('bob')?.putBacks).toBe(2);
    // Jane rejoins straight into the meeting, long after she left: a rejoin, after a send-back.
    after = applyEvents(after, [{ event: joined(jane, T0 + 30_000), receivedAt: T0 + 30_000 }]);
    expect(after.participants.get('jane')).toMatchObject({
      putBacks: 1,
      rejoined: true,
      rejoinedAfterSendBack: true,
    });
  });

  it('adds to a count made since the reload, and keeps someone gone meanwhile for a tombstone’s life', () => {
    // Before the memory came back: Jane came back, was sent back and left again.
    let after = applyEvents(emptyRoster(), [
      { event: waiting(jane, T0 + 20_000), receivedAt: T0 + 20_000 },
      { event: stoppedWaiting(jane, T0 + 21_000), receivedAt: T0 + 21_000 },
      { event: joined(jane, T0 + 21_000), receivedAt: T0 + 21_000 },
      { event: left(jane, T0 + 22_000), receivedAt: T0 + 22_000 },
      { event: waiting(jane, T0 + 22_000, 'putFromMainMeeting'), receivedAt: T0 + 22_000 },
      { event: stoppedWaiting(jane, T0 + 23_000), receivedAt: T0 + 23_000 },
    ]);
    expect(after.tombstones.get('jane')?.putBacks).toBe(1);
    after = restoreRosterMemory(after, memory, T0 + 24_000, 'page 2');
    expect(after.tombstones.get('jane')?.putBacks).toBe(2);
    // Bob, waiting when it was saved, is nowhere now: gone while the panel was closed, dated by
    // the save (T0 + 5 s) for a tombstone's life.
    expect(after.tombstones.get('bob')).toMatchObject({ putBacks: 1 });
    const gone = { meeting: [], waitingRoom: [] };
    const later = reconcile(after, { takenAt: T0 + 5_000 + TOMBSTONE_TTL_MS - 1, ...gone });
    expect(later.tombstones.get('bob')?.putBacks).toBe(1);
    const past = reconcile(after, { takenAt: T0 + 5_000 + TOMBSTONE_TTL_MS + 1, ...gone });
    expect(past.tombstones.has('bob')).toBe(false);
    // A snapshot asked for after the reload, answered after the memory came back, still shows him
    // (the tombstone is older than it), with his count.
    const shown = reconcile(after, { takenAt: T0 + 7_000, meeting: [], waitingRoom: [bob] });
    expect(shown.participants.get('bob')).toMatchObject({ location: 'waitingRoom', putBacks: 1 });
  });

  it('leaves out departures past a tombstone’s lifetime when the panel comes back', () => {
    const late = T0 + 5_000 + TOMBSTONE_TTL_MS + 1;
    const after = restoreRosterMemory(emptyRoster(), memory, late, 'page 2');
    expect(after.tombstones.size).toBe(0);
  });

  it('changes nothing in the roster of the page that took it', () => {
    expect(restoreRosterMemory(before, memory, T0 + 6_000, 'page 1')).toBe(before);
  });
});
