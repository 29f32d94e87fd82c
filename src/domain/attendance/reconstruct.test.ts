import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendEvents } from './log';
import { lastKnownPresence, reconstructFromSnapshot } from './reconstruct';
import type { AttendanceEvent, PersonEventKind, PresenceLocation, SnapshotEntry } from './types';

const ev = (
  kind: PersonEventKind,
  uuid: string,
  at: number,
  screenName = uuid,
): AttendanceEvent => ({ kind, participantUUID: uuid, screenName, at, reconstructed: false });
const where = (log: AttendanceEvent[]) =>
  Object.fromEntries(
    [...lastKnownPresence(log).people.values()].map((person) => [
      person.participantUUID,
      person.location,
    ]),
  );

describe('lastKnownPresence', () => {
  it.each<[string, AttendanceEvent[], Record<string, PresenceLocation>]>([
    ['join', [ev('join', 'a', 1)], { a: 'meeting' }],
    ['join then leave', [ev('join', 'a', 1), ev('leave', 'a', 2)], {}],
    [
      'waiting, admitted',
      [ev('waitingRoomJoin', 'a', 1), ev('waitingRoomLeave', 'a', 2), ev('join', 'a', 2)],
      { a: 'meeting' },
    ],
    [
      'admitted, events the other way round',
      [ev('waitingRoomJoin', 'a', 1), ev('join', 'a', 2), ev('waitingRoomLeave', 'a', 2)],
      { a: 'meeting' },
    ],
    [
      'put back, leave first',
      [ev('join', 'a', 1), ev('leave', 'a', 2), ev('sentToWaitingRoom', 'a', 2)],
      { a: 'waitingRoom' },
    ],
    [
      'put back, leave last',
      [ev('join', 'a', 1), ev('sentToWaitingRoom', 'a', 2), ev('leave', 'a', 2)],
      { a: 'waitingRoom' },
    ],
  ])('%s', (_name, log, expected) => {
    expect(where(log)).toEqual(expected);
  });

  // Zoom's UUIDs are strings from outside: names of Object.prototype's members are just keys.
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'keys a participant UUID "%s" like any other',
    (uuid) => {
      const people = lastKnownPresence([ev('waitingRoomJoin', uuid, 1), ev('join', 'a', 1)]).people;
      expect([...people.keys()]).toEqual([uuid, 'a']);
      expect(people.get(uuid)).toMatchObject({ participantUUID: uuid, location: 'waitingRoom' });
      const admitted = lastKnownPresence([
        ev('waitingRoomJoin', uuid, 1),
        ev('waitingRoomLeave', uuid, 2),
        ev('join', uuid, 2),
        ev('leave', uuid, 3),
      ]).people;
      expect(admitted.size).toBe(0);
      // First sight: one arrival, and no rename from a "previous name" the prototype made up.
      expect(
        reconstructFromSnapshot(
          lastKnownPresence([]),
          [{ participantUUID: uuid, screenName: 'Jane', location: 'meeting' }],
          1000,
        ),
      ).toMatchObject([{ kind: 'join', participantUUID: uuid, screenName: 'Jane' }]);
    },
  );

  it('is as recent as the last event or the heartbeat, whichever is later', () => {
    expect(lastKnownPresence([ev('join', 'a', 100)]).at).toBe(100);
    expect(lastKnownPresence([ev('join', 'a', 100)], 500).at).toBe(500);
    expect(lastKnownPresence([]).at).toBe(0);
  });
});

describe('reconstructFromSnapshot', () => {
  const log = [
    ev('join', 'stays', 10),
    ev('join', 'leaves', 10),
    ev('join', 'sentBack', 10),
    ev('waitingRoomJoin', 'admitted', 20),
    ev('waitingRoomJoin', 'givesUp', 20),
    ev('join', 'renames', 20, 'Jane Doe'),
  ];
  const snapshot: SnapshotEntry[] = [
    { participantUUID: 'stays', screenName: 'stays', location: 'meeting' },
    { participantUUID: 'sentBack', screenName: 'sentBack', location: 'waitingRoom' },
    { participantUUID: 'admitted', screenName: 'admitted', location: 'meeting', rollId: 'R9' },
    { participantUUID: 'renames', screenName: 'Jane D.', location: 'meeting' },
    { participantUUID: 'new', screenName: 'new', location: 'meeting' },
    { participantUUID: 'newWaiting', screenName: 'newWaiting', location: 'waitingRoom' },
  ];
  const lastKnown = lastKnownPresence(log, 100);
  const events = reconstructFromSnapshot(lastKnown, snapshot, 1000);

  it('infers what happened while the panel was closed, at the bound that claims the least presence', () => {
    expect(
      events.map((event) => [
        event.kind,
        'participantUUID' in event ? event.participantUUID : '',
        event.at,
      ]),
    ).toEqual([
      ['sentToWaitingRoom', 'sentBack', 100],
      ['leave', 'leaves', 100],
      ['waitingRoomLeave', 'givesUp', 100],
      ['waitingRoomLeave', 'admitted', 1000],
      ['join', 'admitted', 1000],
      ['rename', 'renames', 1000],
      ['join', 'new', 1000],
      ['waitingRoomJoin', 'newWaiting', 1000],
    ]);
    expect(
      events.every(
        (event) => event.reconstructed && event.window?.from === 100 && event.window.to === 1000,
      ),
    ).toBe(true);
    expect(events.find((event) => event.kind === 'rename')).toMatchObject({
      screenName: 'Jane D.',
      previousName: 'Jane Doe',
    });
    expect(
      events.find((event) => event.kind === 'join' && event.participantUUID === 'admitted'),
    ).toMatchObject({ rollId: 'R9' });
  });

  it('brings the log into agreement with the snapshot', () => {
    expect(where(appendEvents(log, events))).toEqual(
      Object.fromEntries(snapshot.map((entry) => [entry.participantUUID, entry.location])),
    );
  });

  it('on first sight of a meeting, places everyone at now with no window into the past', () => {
    const first = reconstructFromSnapshot(
      lastKnownPresence([]),
      [{ participantUUID: 'a', screenName: 'a', location: 'meeting' }],
      1000,
    );
    expect(first).toMatchObject([{ kind: 'join', at: 1000, window: { from: 1000, to: 1000 } }]);
  });

  it('adds nothing when nothing changed', () => {
    const same = [...lastKnown.people.values()].map(
      ({ participantUUID, screenName, location }) => ({ participantUUID, screenName, location }),
    );
    expect(reconstructFromSnapshot(lastKnown, same, 1000)).toEqual([]);
  });

  it('always brings any log into agreement with any snapshot (property)', () => {
    const uuid = fc.constantFrom('a', 'b', 'c', 'd');
    const kind = fc.constantFrom<PersonEventKind>(
      'join',
      'leave',
      'waitingRoomJoin',
      'waitingRoomLeave',
      'sentToWaitingRoom',
      'admit',
    );
    const place = fc.constantFrom<PresenceLocation | null>('meeting', 'waitingRoom', null);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(kind, uuid, fc.integer({ min: 0, max: 100 }))),
        fc.array(fc.tuple(uuid, place, fc.boolean()), { maxLength: 4 }),
        (raw, snap) => {
          const history = appendEvents(
            [],
            raw.map(([k, u, at]) => ev(k, u, at)),
          );
          const entries = new Map<string, SnapshotEntry>();
          for (const [u, location, renamed] of snap)
            if (location && !entries.has(u))
              entries.set(u, { participantUUID: u, screenName: renamed ? `${u}!` : u, location });
          const fixed = appendEvents(
            history,
            reconstructFromSnapshot(lastKnownPresence(history), [...entries.values()], 200),
          );
          const after = lastKnownPresence(fixed).people;
          expect(
            Object.fromEntries(
              [...after.values()].map((p) => [p.participantUUID, [p.location, p.screenName]]),
            ),
          ).toEqual(
            Object.fromEntries(
              [...entries.values()].map((e) => [e.participantUUID, [e.location, e.screenName]]),
            ),
          );
        },
      ),
      // Enough runs to reach the rare same-millisecond orderings that once broke appendEvents.
      { numRuns: 3000 },
    );
  });
});
