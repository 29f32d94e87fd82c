import { describe, expect, it } from 'vitest';
import {
  describeRoster,
  joined,
  left,
  person,
  stoppedWaiting,
  waiting,
} from '../../../test/helpers/roster-builders';
import { applyEvent, applyEvents, emptyRoster, reconcile, TOMBSTONE_TTL_MS } from './roster';
import type { RosterEvent, RosterSnapshot, RosterState } from './types';

const ann = person('a', 'Ann Lee');
const bob = person('b', 'Bob Stone');
const annCoHost = person('a2', 'Ann Lee', 'coHost');
const host = person('h', 'Jane Doe', 'host');
const fakeJane = person('x', 'Jane Doe');

function run(events: readonly RosterEvent[], start: RosterState = emptyRoster()): RosterState {
  return events.reduce<RosterState>((state, event) => applyEvent(state, event), start);
}

function countsOf(state: RosterState) {
  const counts = { meeting: 0, waitingRoom: 0 };
  for (const p of state.participants.values()) counts[p.location] += 1;
  return counts;
}

describe('applyEvent: nasty event orders', () => {
  const cases: { name: string; events: RosterEvent[]; expected: Record<string, string> }[] = [
    {
      name: 'a plain join',
      events: [joined(ann, 10)],
      expected: { a: 'meeting:Ann Lee:attendee' },
    },
    {
      name: 'a leave before its own join keeps them out',
      events: [left(ann, 20), joined(ann, 10)],
      expected: {},
    },
    {
      name: 'a duplicated join counts once',
      events: [joined(ann, 10), joined(ann, 10)],
      expected: { a: 'meeting:Ann Lee:attendee' },
    },
    {
      name: 'a duplicated leave is harmless',
      events: [joined(ann, 10), left(ann, 20), left(ann, 20)],
      expected: {},
    },
    {
      name: 'a leave and its duplicated join',
      events: [joined(ann, 10), left(ann, 20), joined(ann, 10)],
      expected: {},
    },
    {
      name: 'a rename arrives as a join with the new name',
      events: [joined(ann, 10), joined({ ...ann, screenName: 'Ann L.' }, 30)],
      expected: { a: 'meeting:Ann L.:attendee' },
    },
    {
      name: 'a late, older name does not undo a rename',
      events: [joined({ ...ann, screenName: 'Ann L.' }, 30), joined(ann, 10)],
      expected: { a: 'meeting:Ann L.:attendee' },
    },
    {
      name: 'an admit: waiting-room leave, then join',
      events: [waiting(ann, 10), stoppedWaiting(ann, 20), joined(ann, 20)],
      expected: { a: 'meeting:Ann Lee:attendee' },
    },
    {
      name: 'an admit whose join arrives before the waiting-room leave',
      events: [waiting(ann, 10), joined(ann, 20), stoppedWaiting(ann, 20)],
      expected: { a: 'meeting:Ann Lee:attendee' },
    },
    {
      name: 'an admit whose waiting-room arrival comes last',
      events: [stoppedWaiting(ann, 20), joined(ann, 20), waiting(ann, 10)],
      expected: { a: 'meeting:Ann Lee:attendee' },
    },
    {
      name: 'someone who gives up waiting',
      events: [waiting(ann, 10), stoppedWaiting(ann, 40)],
      expected: {},
    },
    {
      name: 'sent back to wait: leave first',
      events: [joined(ann, 10), left(ann, 30), waiting(ann, 30, 'putFromMainMeeting')],
      expected: { a: 'waitingRoom:Ann Lee:attendee' },
    },
    {
      name: 'sent back to wait: arrival first',
      events: [joined(ann, 10), waiting(ann, 30, 'putFromMainMeeting'), left(ann, 30)],
      expected: { a: 'waitingRoom:Ann Lee:attendee' },
    },
    {
      name: 'admitted and sent back within one second (Zoom stamps whole seconds)',
      events: [
        waiting(ann, 10),
        stoppedWaiting(ann, 20),
        joined(ann, 20),
        left(ann, 20),
        waiting(ann, 20, 'putFromMainMeeting'),
      ],
      expected: { a: 'waitingRoom:Ann Lee:attendee' },
    },
    {
      name: 'admitted and sent back within one second, the waiting-room arrival reported first',
      events: [
        waiting(ann, 10),
        stoppedWaiting(ann, 20),
        joined(ann, 20),
        waiting(ann, 20, 'putFromMainMeeting'),
        left(ann, 20),
      ],
      expected: { a: 'waitingRoom:Ann Lee:attendee' },
    },
    {
      name: 'a replay of the waiting-room arrival in the second of the admit stays out',
      events: [waiting(ann, 20), stoppedWaiting(ann, 20), joined(ann, 20), waiting(ann, 20)],
      expected: { a: 'meeting:Ann Lee:attendee' },
    },
    {
      name: 'a copy of a send-back, after she was admitted and left in that second, stays out',
      events: [
        joined(ann, 5),
        left(ann, 20),
        waiting(ann, 20, 'putFromMainMeeting'),
        stoppedWaiting(ann, 20),
        joined(ann, 20),
        left(ann, 20),
        waiting(ann, 20, 'putFromMainMeeting'),
      ],
      expected: {},
    },
    {
      name: 'a copy of a send-back, after she gave up waiting in that second, stays out',
      events: [
        joined(ann, 5),
        left(ann, 20),
        waiting(ann, 20, 'putFromMainMeeting'),
        stoppedWaiting(ann, 20),
        waiting(ann, 20, 'putFromMainMeeting'),
      ],
      expected: {},
    },
    {
      name: 'a send-back’s arrival does not bring back someone who gave up waiting',
      events: [waiting(ann, 10), stoppedWaiting(ann, 20), waiting(ann, 20, 'putFromMainMeeting')],
      expected: {},
    },
    {
      name: 'a role change keeping the UUID',
      events: [joined(ann, 10), joined({ ...ann, role: 'coHost' }, 20)],
      expected: { a: 'meeting:Ann Lee:coHost' },
    },
    {
      name: 'a role change with a new UUID (leave, then join)',
      events: [joined(ann, 10), left(ann, 20), joined(annCoHost, 20)],
      expected: { a2: 'meeting:Ann Lee:coHost' },
    },
    {
      name: 'a role change with a new UUID (join, then leave)',
      events: [joined(ann, 10), joined(annCoHost, 20), left(ann, 20)],
      expected: { a2: 'meeting:Ann Lee:coHost' },
    },
    {
      name: 'a stranger with the host’s name never hides the host',
      events: [joined(host, 10), joined(fakeJane, 20)],
      expected: { h: 'meeting:Jane Doe:host', x: 'meeting:Jane Doe:attendee' },
    },
    {
      name: 'a waiting-room leave for someone in the meeting moves nobody',
      events: [joined(ann, 10), stoppedWaiting(ann, 50)],
      expected: { a: 'meeting:Ann Lee:attendee' },
    },
    {
      name: 'a meeting leave for someone waiting moves nobody',
      events: [waiting(ann, 10), left(ann, 50)],
      expected: { a: 'waitingRoom:Ann Lee:attendee' },
    },
    {
      name: 'a rejoin after a leave',
      events: [joined(ann, 10), left(ann, 20), joined(ann, 30)],
      expected: { a: 'meeting:Ann Lee:attendee' },
    },
    {
      name: 'a leave from the last visit arriving after a rejoin',
      events: [joined(ann, 10), joined(ann, 30), left(ann, 20)],
      expected: { a: 'meeting:Ann Lee:attendee' },
    },
    {
      name: 'a late waiting-room arrival after an admit',
      events: [joined(ann, 20), waiting(ann, 10)],
      expected: { a: 'meeting:Ann Lee:attendee' },
    },
    {
      name: 'admitted and gone, with the admit and the leave arriving backwards',
      events: [waiting(ann, 5), left(ann, 30), joined(ann, 20)],
      expected: {},
    },
    {
      name: 'two people, interleaved and shuffled',
      events: [
        left(bob, 40),
        joined(ann, 10),
        waiting(bob, 5),
        stoppedWaiting(bob, 20),
        joined(bob, 20),
        left(ann, 35),
        joined(ann, 36),
      ],
      expected: { a: 'meeting:Ann Lee:attendee' },
    },
  ];

  it.each(cases)('$name', ({ events, expected }) => {
    const state = run(events);
    expect(describeRoster(state)).toEqual(expected);
    expect(state.counts).toEqual(countsOf(state));
  });

  it.each(cases)('$name — the same as one batch', ({ events }) => {
    const batched = applyEvents(
      emptyRoster(),
      events.map((event) => ({ event, receivedAt: event.at })),
    );
    expect(describeRoster(batched)).toEqual(describeRoster(run(events)));
  });
});

describe('applyEvent: what is remembered', () => {
  it('keeps the arrival time across a rename and resets it on an admit', () => {
    const renamed = run([joined(ann, 10), joined({ ...ann, screenName: 'Ann L.' }, 30)]);
    expect(renamed.participants.get('a')?.joinedAt).toBe(10);
    const admitted = run([waiting(bob, 10), stoppedWaiting(bob, 25), joined(bob, 25)]);
    expect(admitted.participants.get('b')?.joinedAt).toBe(25);
  });

  it('carries the arrival time and old UUID over a role change that changed the UUID', () => {
    const state = run([joined(ann, 10), left(ann, 50), joined(annCoHost, 51)]);
    expect(state.participants.get('a2')).toMatchObject({ joinedAt: 10, formerUUIDs: ['a'] });
  });

  it('does not link a same-named newcomer long after someone left', () => {
    const state = run([joined(ann, 10), left(ann, 50), joined(annCoHost, 50 + 60_000)]);
    expect(state.participants.get('a2')).toMatchObject({ joinedAt: 60_050, formerUUIDs: [] });
  });

  it('returns the same state when a batch changes nothing', () => {
    const state = run([joined(ann, 10), left(bob, 5)]);
    expect(applyEvent(state, joined(ann, 10))).toBe(state);
    expect(applyEvent(state, joined(ann, 3))).toBe(state);
  });

  it('copies the roster once per batch, not once per event', () => {
    const roster = run(Array.from({ length: 1000 }, (_, i) => joined(person(`m${i}`), i)));
    const arrivals = Array.from({ length: 500 }, (_, i) => ({
      event: joined(person(`n${i}`), 2000 + i),
      receivedAt: 2000 + i,
    }));
    const started = performance.now();
    let state = roster;
    // 500 joins within one second, flushed once per animation frame (about 8 per frame).
    for (let i = 0; i < arrivals.length; i += 8)
      state = applyEvents(state, arrivals.slice(i, i + 8));
    expect(state.counts.meeting).toBe(1500);
    expect(performance.now() - started).toBeLessThan(250);
  });
});

describe('reconcile', () => {
  const snapshot = (
    takenAt: number,
    meeting: RosterSnapshot['meeting'],
    waitingRoom: RosterSnapshot['waitingRoom'] = [],
  ): RosterSnapshot => ({ takenAt, meeting, waitingRoom });
  const receivedAt = (event: RosterEvent, at: number) => ({ event, receivedAt: at });

  it('drops someone whose leave we missed and adds someone whose join we missed', () => {
    const state = reconcile(run([joined(ann, 10)]), snapshot(100, [bob]));
    expect(describeRoster(state)).toEqual({ b: 'meeting:Bob Stone:attendee' });
    expect(state.participants.get('b')?.joinedAt).toBe(100);
  });

  it('keeps a join that reached us after the snapshot was requested', () => {
    const state = applyEvents(emptyRoster(), [receivedAt(joined(ann, 110), 110)]);
    expect(describeRoster(reconcile(state, snapshot(100, [])))).toEqual({
      a: 'meeting:Ann Lee:attendee',
    });
  });

  it('does not resurrect someone whose leave reached us after the snapshot was requested', () => {
    const state = applyEvents(emptyRoster(), [
      receivedAt(joined(ann, 10), 10),
      receivedAt(left(ann, 110), 110),
    ]);
    expect(describeRoster(reconcile(state, snapshot(100, [ann])))).toEqual({});
  });

  it('then a late duplicate of the missed join cannot bring them back', () => {
    const state = reconcile(run([joined(ann, 10)]), snapshot(100, []));
    expect(describeRoster(applyEvent(state, joined(ann, 10), 120))).toEqual({});
  });

  it('never weighs Zoom’s clock against ours: events stamped far behind us still apply after a snapshot', () => {
    const state = reconcile(emptyRoster(), snapshot(1_000_000, [ann], [bob]));
    const next = applyEvents(state, [
      receivedAt(left(ann, 5), 1_000_100),
      receivedAt(stoppedWaiting(bob, 6), 1_000_100),
      receivedAt(joined(bob, 6), 1_000_100),
    ]);
    expect(describeRoster(next)).toEqual({ b: 'meeting:Bob Stone:attendee' });
  });

  it('never weighs Zoom’s clock against ours: a rejoin stamped far ahead of us gets back in', () => {
    const seen = applyEvents(emptyRoster(), [receivedAt(joined(ann, 9_000_000), 50)]);
    const removed = reconcile(seen, snapshot(100, []));
    expect(describeRoster(removed)).toEqual({});
    expect(describeRoster(applyEvents(removed, [receivedAt(joined(ann, 9_000_000), 150)]))).toEqual(
      {},
    );
    expect(describeRoster(applyEvents(removed, [receivedAt(joined(ann, 9_000_500), 200)]))).toEqual(
      { a: 'meeting:Ann Lee:attendee' },
    );
  });

  it('moves, renames and re-roles from the snapshot', () => {
    const state = run([joined(ann, 10), waiting(bob, 12)]);
    const next = reconcile(
      state,
      snapshot(100, [{ ...bob, role: 'coHost' }], [{ ...ann, screenName: 'Annie' }]),
    );
    expect(describeRoster(next)).toEqual({
      b: 'meeting:Bob Stone:coHost',
      a: 'waitingRoom:Annie:attendee',
    });
    expect(next.counts).toEqual({ meeting: 1, waitingRoom: 1 });
  });

  it('leaves a place alone when its list could not be read', () => {
    const state = run([joined(ann, 10), waiting(bob, 12)]);
    expect(describeRoster(reconcile(state, snapshot(100, [ann], null)))).toEqual(
      describeRoster(state),
    );
  });

  it('links the newcomer to the vanished person when Zoom changed the UUID without a leave', () => {
    const state = applyEvents(emptyRoster(), [
      receivedAt(joined(ann, 10), 10),
      receivedAt(joined(annCoHost, 90), 90),
    ]);
    const next = reconcile(state, snapshot(100, [annCoHost]));
    expect(describeRoster(next)).toEqual({ a2: 'meeting:Ann Lee:coHost' });
    expect(next.participants.get('a2')).toMatchObject({ joinedAt: 10, formerUUIDs: ['a'] });
  });

  it('links nobody when two vanished people share the name', () => {
    const twin = person('t', 'Ann Lee');
    const next = reconcile(run([joined(ann, 10), joined(twin, 11)]), snapshot(100, [annCoHost]));
    expect(next.participants.get('a2')).toMatchObject({ joinedAt: 100, formerUUIDs: [] });
  });

  it('changes nothing, and returns the same object, when the snapshot agrees', () => {
    const state = run([joined(ann, 10), waiting(bob, 12)]);
    expect(reconcile(state, snapshot(100, [ann], [bob]))).toBe(state);
  });

  it('lists a person once even when the snapshot repeats them', () => {
    const state = reconcile(emptyRoster(), snapshot(100, [ann, ann]));
    expect(state.counts).toEqual({ meeting: 1, waitingRoom: 0 });
  });

  it('forgets tombstones after their time', () => {
    const state = run([joined(ann, 10), left(ann, 20)]);
    expect(reconcile(state, snapshot(1000, [])).tombstones.has('a')).toBe(true);
    expect(reconcile(state, snapshot(20 + TOMBSTONE_TTL_MS + 1, [])).tombstones.has('a')).toBe(
      false,
    );
  });
});

describe('movedFromMeeting: why someone waits, for the lock', () => {
  const sentBack = (at: number): RosterEvent => ({
    type: 'waitingRoomJoined',
    at,
    participant: ann,
    cause: 'putFromMainMeeting',
  });

  it('is set when Zoom moved them from the main meeting, even with its "left" reported first', () => {
    const state = run([joined(ann, 10), left(ann, 20), sentBack(21)]);
    expect(state.participants.get('a')).toMatchObject({
      location: 'waitingRoom',
      movedFromMeeting: true,
    });
  });

  it('is not set for someone who joined the meeting into the waiting room', () => {
    expect(run([waiting(ann, 10)]).participants.get('a')?.movedFromMeeting).toBeUndefined();
  });

  it('is set when the admit and the send-back come in one batch, stamped in one second', () => {
    const state = applyEvents(
      run([waiting(ann, 10)]),
      [stoppedWaiting(ann, 20), joined(ann, 20), left(ann, 20), sentBack(20)].map((event) => ({
        event,
        receivedAt: 25,
      })),
    );
    expect(state.participants.get('a')).toMatchObject({
      location: 'waitingRoom',
      joinedAt: 25,
      movedFromMeeting: true,
    });
  });

  it('is dropped once they are admitted again', () => {
    const state = run([joined(ann, 10), sentBack(20), stoppedWaiting(ann, 30), joined(ann, 31)]);
    expect(state.participants.get('a')?.movedFromMeeting).toBeUndefined();
  });
});

describe('movedFromMeeting after a snapshot', () => {
  it('is set by Zoom’s event even when a snapshot showed them waiting first', () => {
    const seen = reconcile(run([joined(ann, 10)]), {
      takenAt: 15,
      meeting: [],
      waitingRoom: [ann],
    });
    const state = applyEvent(seen, waiting(ann, 20, 'putFromMainMeeting'), 16);
    expect(state.participants.get('a')?.movedFromMeeting).toBe(true);
  });
});

describe('rejoined: how someone came into the meeting, for the lock', () => {
  // Zoom's clock in ms, stamped in whole seconds.
  const S = 1_700_000_000_000;
  const flag = (state: RosterState) => state.participants.get('a')?.rejoined;

  it('is not set on an admit, its two events stamped in one second or the next', () => {
    expect(
      flag(run([waiting(ann, S), stoppedWaiting(ann, S + 5_000), joined(ann, S + 5_000)])),
    ).toBeUndefined();
    expect(
      flag(run([waiting(ann, S), stoppedWaiting(ann, S + 5_000), joined(ann, S + 6_000)])),
    ).toBeUndefined();
  });

  it('is not set on the admit after a put-back in that same second (a snapshot brings it)', () => {
    const events = [joined(ann, S), left(ann, S), waiting(ann, S, 'putFromMainMeeting')];
    const admitted = run([...events, stoppedWaiting(ann, S), joined(ann, S)]);
    const healed = reconcile(admitted, { takenAt: S + 30_000, meeting: [ann], waitingRoom: [] });
    expect(healed.participants.get('a')).toMatchObject({ location: 'meeting' });
    expect(flag(healed)).toBeUndefined();
  });

  it('is set on a join stamped seconds after they stopped waiting', () => {
    const state = run([waiting(ann, S), stoppedWaiting(ann, S + 5_000), joined(ann, S + 13_000)]);
    expect(state.participants.get('a')).toMatchObject({ location: 'meeting', rejoined: true });
  });

  it('is set on a join stamped seconds after they left the meeting', () => {
    expect(flag(run([joined(ann, S), left(ann, S + 5_000), joined(ann, S + 9_000)]))).toBe(true);
  });

  it('is not set when the admit’s join comes before its waiting-room leave', () => {
    expect(
      flag(run([waiting(ann, S), joined(ann, S + 60_000), stoppedWaiting(ann, S + 60_000)])),
    ).toBeUndefined();
  });

  it('is not set after a snapshot found them gone: it does not say when they left', () => {
    // The snapshot read the meeting before the host's admit and the waiting room after it.
    const raced = reconcile(run([joined(ann, S), left(ann, S + 1_000), waiting(ann, S + 2_000)]), {
      takenAt: 3,
      meeting: [],
      waitingRoom: [],
    });
    expect(flag(applyEvent(raced, joined(ann, S + 60_000), 4))).toBeUndefined();
  });

  it('is dropped when they move to the waiting room, and kept through a rename', () => {
    const back = run([joined(ann, S), left(ann, S + 5_000), joined(ann, S + 9_000)]);
    expect(flag(applyEvent(back, joined({ ...ann, screenName: 'Ann L.' }, S + 10_000)))).toBe(true);
    const sent = applyEvent(back, waiting(ann, S + 11_000, 'putFromMainMeeting'));
    expect(sent.participants.get('a')).toMatchObject({ location: 'waitingRoom' });
    expect(flag(sent)).toBeUndefined();
  });
});

describe('rejoinedAfterSendBack: a rejoin after leaving a send-back’s stay, for the lock', () => {
  const S = 1_700_000_000_000;
  const flag = (state: RosterState) => state.participants.get('a')?.rejoinedAfterSendBack;
  const sentBack = [
    joined(ann, S),
    left(ann, S + 1_000),
    waiting(ann, S + 1_000, 'putFromMainMeeting'),
  ];

  it('is set when they left the waiting room a send-back put them in, then rejoined', () => {
    const state = run([...sentBack, stoppedWaiting(ann, S + 3_000), joined(ann, S + 9_000)]);
    expect(state.participants.get('a')).toMatchObject({
      location: 'meeting',
      rejoined: true,
      rejoinedAfterSendBack: true,
    });
  });

  it('is not set when their last stay was in the main room or a waiting room they joined', () => {
    expect(
      flag(run([joined(ann, S), left(ann, S + 1_000), joined(ann, S + 9_000)])),
    ).toBeUndefined();
    const admittedSince = [...sentBack, stoppedWaiting(ann, S + 2_000), joined(ann, S + 2_000)];
    expect(
      flag(run([...admittedSince, left(ann, S + 4_000), joined(ann, S + 12_000)])),
    ).toBeUndefined();
    const waitedSince = [...admittedSince, left(ann, S + 4_000), waiting(ann, S + 8_000)];
    expect(
      flag(run([...waitedSince, stoppedWaiting(ann, S + 9_000), joined(ann, S + 20_000)])),
    ).toBeUndefined();
  });

  it('is not set on an admit out of that stay, and is dropped on a move', () => {
    expect(
      flag(run([...sentBack, stoppedWaiting(ann, S + 3_000), joined(ann, S + 3_000)])),
    ).toBeUndefined();
    const back = run([...sentBack, stoppedWaiting(ann, S + 3_000), joined(ann, S + 9_000)]);
    expect(flag(applyEvent(back, waiting(ann, S + 11_000, 'putFromMainMeeting')))).toBeUndefined();
  });
});

describe('fromWaitingRoom: an admit the events show, for the lock', () => {
  const S = 1_700_000_000_000;
  const flag = (state: RosterState) => state.participants.get('a')?.fromWaitingRoom;

  it('is set on an admit, in either order of its two events', () => {
    expect(
      flag(run([waiting(ann, S), stoppedWaiting(ann, S + 5_000), joined(ann, S + 6_000)])),
    ).toBe(true);
    expect(
      flag(run([waiting(ann, S), joined(ann, S + 5_000), stoppedWaiting(ann, S + 5_000)])),
    ).toBe(true);
  });

  it('is set on an admit just after a send-back whose stay no look saw', () => {
    const sentBack = [
      joined(ann, S),
      left(ann, S + 1_000),
      waiting(ann, S + 1_000, 'putFromMainMeeting'),
    ];
    expect(flag(run([...sentBack, stoppedWaiting(ann, S + 2_000), joined(ann, S + 2_000)]))).toBe(
      true,
    );
  });

  it('is not set on a bypass, a quick reconnect or a rejoin', () => {
    expect(flag(run([joined(ann, S)]))).toBeUndefined();
    expect(
      flag(run([joined(ann, S), left(ann, S + 1_000), joined(ann, S + 2_000)])),
    ).toBeUndefined();
    // Gave up waiting, came back straight into the meeting seconds later.
    expect(
      flag(run([waiting(ann, S), stoppedWaiting(ann, S + 5_000), joined(ann, S + 13_000)])),
    ).toBeUndefined();
    // A waiting-room stay that ended before their last stay in the meeting explains nothing.
    const earlier = [waiting(ann, S), stoppedWaiting(ann, S + 1_000), joined(ann, S + 1_000)];
    expect(flag(run([...earlier, left(ann, S + 3_000), joined(ann, S + 4_000)]))).toBeUndefined();
  });

  it('is not set when a snapshot brings the join it set aside (it says nothing of how)', () => {
    const events = [joined(ann, S), left(ann, S), waiting(ann, S, 'putFromMainMeeting')];
    const admitted = run([...events, stoppedWaiting(ann, S), joined(ann, S)]);
    const healed = reconcile(admitted, { takenAt: S + 30_000, meeting: [ann], waitingRoom: [] });
    expect(healed.participants.get('a')).toMatchObject({ location: 'meeting' });
    expect(flag(healed)).toBeUndefined();
  });

  it('is dropped when they move again, and kept through a rename', () => {
    const admitted = run([waiting(ann, S), stoppedWaiting(ann, S + 5_000), joined(ann, S + 5_000)]);
    expect(flag(applyEvent(admitted, joined({ ...ann, screenName: 'Ann L.' }, S + 7_000)))).toBe(
      true,
    );
    const sent = applyEvent(admitted, waiting(ann, S + 8_000, 'putFromMainMeeting'));
    expect(flag(sent)).toBeUndefined();
  });
});

describe('putBacks: Zoom’s send-backs of one UUID, counted for the lock', () => {
  const S = 1_700_000_000_000;
  const count = (state: RosterState) =>
    state.participants.get('a')?.putBacks ?? state.tombstones.get('a')?.putBacks ?? 0;

  it('counts each send-back once, in either order of its two events, across leaves', () => {
    const once = run([
      joined(ann, S),
      left(ann, S + 1_000),
      waiting(ann, S + 1_000, 'putFromMainMeeting'),
    ]);
    expect(count(once)).toBe(1);
    // A copy of the arrival, and the arrival before the main room's "left".
    expect(count(applyEvent(once, waiting(ann, S + 1_000, 'putFromMainMeeting')))).toBe(1);
    const arrivalFirst = run([
      joined(ann, S),
      waiting(ann, S + 1_000, 'putFromMainMeeting'),
      left(ann, S + 1_000),
    ]);
    expect(count(arrivalFirst)).toBe(1);
    // Admitted and sent back again, then gone: the tombstone keeps the count.
    const twice = run(
      [
        stoppedWaiting(ann, S + 2_000),
        joined(ann, S + 2_000),
        left(ann, S + 3_000),
        waiting(ann, S + 3_000, 'putFromMainMeeting'),
        stoppedWaiting(ann, S + 4_000),
      ],
      once,
    );
    expect(twice.participants.has('a')).toBe(false);
    expect(count(twice)).toBe(2);
    // A rejoin starts from it.
    expect(run([joined(ann, S + 20_000)], twice).participants.get('a')?.putBacks).toBe(2);
  });

  it('does not count a join through the waiting room, a leave, or a snapshot’s move', () => {
    expect(
      count(run([waiting(ann, S), stoppedWaiting(ann, S + 1_000), joined(ann, S + 1_000)])),
    ).toBe(0);
    const inside = run([joined(ann, S)]);
    const moved = reconcile(inside, { takenAt: S + 5_000, meeting: [], waitingRoom: [ann] });
    expect(moved.participants.get('a')?.location).toBe('waitingRoom');
    expect(count(moved)).toBe(0);
    // Zoom's cause arriving after the snapshot still counts that send-back, once.
    const caused = applyEvent(moved, waiting(ann, S + 5_000, 'putFromMainMeeting'), S + 6_000);
    expect(count(caused)).toBe(1);
    expect(
      count(applyEvent(caused, waiting(ann, S + 5_000, 'putFromMainMeeting'), S + 7_000)),
    ).toBe(1);
  });
});
