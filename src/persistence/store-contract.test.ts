// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { AttendanceEvent } from '../domain/attendance/types';
import { createLockState, lockNow, withRosterMemory } from '../domain/lock';
import type { RosterMemory } from '../domain/meeting/roster-memory';
import { IdbStore } from './idb-store';
import { MemoryStore } from './memory-store';
import type { ErasureTarget } from '../domain/erasure';
import type { DoorkeeperStore } from './types';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2025-01-15T18:00:00Z');
const join = (uuid: string, at: number): AttendanceEvent => ({
  kind: 'join',
  participantUUID: uuid,
  screenName: `Name ${uuid}`,
  at,
  reconstructed: false,
});
const seen = (
  kind: 'join' | 'waitingRoomJoin' | 'leave',
  uuid: string,
  screenName: string,
  rollId: string | null,
  at: number,
): AttendanceEvent => ({
  kind,
  participantUUID: uuid,
  screenName,
  rollId,
  at,
  reconstructed: false,
});
const entries = [
  { id: '1', name: 'Jane Doe' },
  { id: '2', name: 'Bob Kowalski' },
];

const implementations: Array<[string, () => Promise<DoorkeeperStore>]> = [
  ['MemoryStore', async () => new MemoryStore()],
  ['IdbStore (fake-indexeddb)', () => IdbStore.open({ indexedDB: new IDBFactory() })],
];

describe.each(implementations)('%s', (_name, make) => {
  it('keeps a library of named rolls, newest first, the topic’s last roll on top', async () => {
    const store = await make();
    const a = await store.saveRoll({ name: 'Monday group', entries }, T0);
    const b = await store.saveRoll(
      { name: 'Tuesday group', entries: entries.slice(0, 1) },
      T0 + 1000,
    );
    expect((await store.listRolls()).map((roll) => roll.name)).toEqual([
      'Tuesday group',
      'Monday group',
    ]);
    await store.markRollUsed(a.id, '  Weekly   Check-in ', T0 + 2000);
    expect((await store.listRolls('weekly check-in')).map((roll) => roll.name)).toEqual([
      'Monday group',
      'Tuesday group',
    ]);
    expect((await store.listRolls('another topic'))[0]?.id).toBe(a.id);
    const updated = await store.saveRoll(
      { id: b.id, name: 'Tuesday group (new)', entries },
      T0 + 3000,
    );
    expect(updated).toMatchObject({ id: b.id, createdAt: T0 + 1000, updatedAt: T0 + 3000 });
    expect((await store.getRoll(b.id))?.entries).toEqual(entries);
    expect((await store.listRolls('weekly check-in'))[0]?.id).toBe(a.id);
  });

  it('keeps the host’s opening message with its roll, through a re-import, until reset or deleted', async () => {
    const store = await make();
    const roll = await store.saveRoll({ name: 'Monday group', entries }, T0);
    expect(roll.openingMessage).toBeNull();
    expect(
      await store.saveOpeningMessage(roll.id, 'Welcome back.\nNo recording tonight.', T0 + 1),
    ).toBe(true);
    expect((await store.getRoll(roll.id))?.openingMessage).toEqual({
      text: 'Welcome back.\nNo recording tonight.',
      savedAt: T0 + 1,
    });
    // The same roll saved again (a re-import, a rename) keeps the host's words.
    await store.saveRoll({ id: roll.id, name: 'Monday group', entries }, T0 + 2);
    expect((await store.listRolls())[0]?.openingMessage?.text).toBe(
      'Welcome back.\nNo recording tonight.',
    );
    const other = await store.saveRoll({ name: 'Tuesday group', entries }, T0 + 3);
    expect(other.openingMessage).toBeNull();
    expect(await store.saveOpeningMessage(roll.id, null, T0 + 4)).toBe(true);
    expect((await store.getRoll(roll.id))?.openingMessage).toBeNull();
    await store.saveOpeningMessage(roll.id, 'Again.', T0 + 5);
    await store.deleteRoll(roll.id);
    expect(await store.saveOpeningMessage(roll.id, 'Too late.', T0 + 6)).toBe(false);
    expect(await store.getRoll(roll.id)).toBeNull();
  });

  it('keeps manual links per roll; a later decision on the same name and entry replaces the earlier', async () => {
    const store = await make();
    await store.saveDecision('roll-a', { kind: 'link', screenName: 'JD iPhone', rollId: '1' }, T0);
    await store.saveDecision('roll-a', { kind: 'link', screenName: 'Bobby', rollId: '2' }, T0 + 1);
    await store.saveDecision('roll-b', { kind: 'link', screenName: 'Bobby', rollId: '9' }, T0 + 2);
    await store.saveDecision(
      'roll-a',
      { kind: 'unlink', screenName: 'JD iPhone', rollId: '1' },
      T0 + 3,
    );
    expect(await store.listDecisions('roll-a')).toEqual([
      { kind: 'link', screenName: 'Bobby', rollId: '2' },
      { kind: 'unlink', screenName: 'JD iPhone', rollId: '1' },
    ]);
    await store.deleteDecision('roll-a', { kind: 'link', screenName: 'Bobby', rollId: '2' });
    expect(await store.listDecisions('roll-a')).toHaveLength(1);
    expect(await store.listDecisions('roll-b')).toHaveLength(1);
  });

  it('deleting a roll deletes its links and its topic preference', async () => {
    const store = await make();
    const roll = await store.saveRoll({ name: 'Gone', entries }, T0);
    await store.saveDecision(roll.id, { kind: 'link', screenName: 'x', rollId: '1' }, T0);
    await store.markRollUsed(roll.id, 'topic', T0);
    await store.deleteRoll(roll.id);
    expect(await store.getRoll(roll.id)).toBeNull();
    expect(await store.listDecisions(roll.id)).toEqual([]);
    const other = await store.saveRoll({ name: 'Other', entries }, T0 - 5000);
    expect((await store.listRolls('topic'))[0]?.id).toBe(other.id);
  });

  it('remembers when it first saw a meeting, lets the host correct the start, and keeps the lock state', async () => {
    const store = await make();
    const first = await store.touchMeeting('m1', 'Weekly', T0);
    expect(first).toEqual({
      meetingUUID: 'm1',
      topic: 'Weekly',
      firstSeenAt: T0,
      startedAt: T0,
      lastSeenAt: T0,
      rollId: null,
      lockState: null,
    });
    await store.touchMeeting('m1', 'Weekly', T0 + 60_000);
    await store.correctMeetingStart('m1', T0 - 120_000);
    const roll = await store.saveRoll({ name: 'R', entries }, T0);
    await store.markRollUsed(roll.id, 'Weekly', T0, 'm1');
    const lock = lockNow(createLockState({ mode: 'rollOnly' }), T0, {
      myRole: 'host',
      participants: [
        { participantUUID: 'a', screenName: 'A', role: 'attendee', location: 'meeting' },
      ],
      matches: [],
      waitingRoomEnabled: true,
      rollIds: [],
    }).state;
    await store.saveLockState('m1', lock);
    const record = await store.getMeeting('m1');
    expect(record).toMatchObject({
      firstSeenAt: T0,
      startedAt: T0 - 120_000,
      lastSeenAt: T0 + 60_000,
      rollId: roll.id,
    });
    expect(record?.lockState).toEqual(lock);
    expect(await store.getMeeting('nope')).toBeNull();
  });

  it('keeps the roster’s memory with the lock state, for that meeting only', async () => {
    const store = await make();
    await store.touchMeeting('m1', 'Weekly', T0);
    await store.touchMeeting('m2', 'Weekly', T0);
    const lock = lockNow(createLockState({ mode: 'rollOnly' }), T0, {
      myRole: 'host',
      participants: [
        {
          participantUUID: 'a',
          screenName: 'A',
          role: 'attendee',
          location: 'meeting',
          putBacks: 2,
        },
      ],
      matches: [],
      waitingRoomEnabled: true,
      rollIds: [],
    }).state;
    const memory: RosterMemory = {
      savedAt: T0,
      session: 'page 1',
      departures: [
        {
          participantUUID: 'gone',
          role: 'attendee',
          // Zoom's time of a leave a snapshot found is unknown (-Infinity): it stays unknown.
          left: {
            meeting: { at: -Infinity, seenAt: T0 - 5_000 },
            waitingRoom: { at: T0 - 9_000, seenAt: T0 - 8_000 },
          },
          lastLeftAt: T0 - 9_000,
          putBackAt: T0 - 12_000,
          putBacks: 1,
        },
      ],
      counts: { a: 2 },
    };
    await store.saveLockState('m1', withRosterMemory(lock, memory));
    const saved = (await store.getMeeting('m1'))?.lockState;
    expect(saved?.roster).toEqual(memory);
    expect(saved?.seen.a?.putBacks).toBe(2);
    // Another meeting's record has none of it, and neither has m1's once forgotten.
    expect((await store.getMeeting('m2'))?.lockState).toBeNull();
    await store.forgetMeeting('m1');
    expect((await store.touchMeeting('m1', 'Weekly', T0 + 1_000)).lockState).toBeNull();
  });

  it('appends attendance events per meeting and returns them in write order', async () => {
    const store = await make();
    await store.touchMeeting('m1', 'Weekly', T0);
    const storm = Array.from({ length: 200 }, (_, i) => join(`p${i}`, T0 + i));
    await Promise.all(storm.map((event) => store.appendEvents('m1', [event])));
    await store.appendEvents('m2', [join('x', T0 + 5)]);
    await store.appendEvents('m1', []);
    expect(await store.loadEvents('m1')).toEqual(storm);
    expect(await store.loadEvents('m2')).toEqual([join('x', T0 + 5)]);
    expect(await store.getMeeting('m1')).toMatchObject({ firstSeenAt: T0, lastSeenAt: T0 + 199 });
    // A log written before its meeting record still gets one, so retention can find it.
    expect(await store.getMeeting('m2')).toMatchObject({
      firstSeenAt: T0 + 5,
      lastSeenAt: T0 + 5,
      topic: '',
    });
  });

  it('has settings with defaults, and ignores nonsense values', async () => {
    const store = await make();
    expect(await store.getSettings()).toEqual({
      retentionDays: 30,
      language: null,
      graceMinutes: 5,
      warnLeadSeconds: 60,
      exportPrivacy: 'full',
    });
    expect(await store.saveSettings({ retentionDays: 7, language: 'de' })).toMatchObject({
      retentionDays: 7,
      language: 'de',
    });
    await store.saveSettings({ graceMinutes: -3, exportPrivacy: 'bogus' as never });
    expect(await store.getSettings()).toEqual({
      retentionDays: 7,
      language: 'de',
      graceMinutes: 5,
      warnLeadSeconds: 60,
      exportPrivacy: 'full',
    });
  });

  it('deletes meeting logs past retention, and forgets one meeting on request', async () => {
    const store = await make();
    await store.touchMeeting('old', 'Old', T0 - 40 * DAY);
    await store.appendEvents('old', [join('a', T0 - 40 * DAY)]);
    await store.touchMeeting('recent', 'Recent', T0 - 2 * DAY);
    await store.appendEvents('recent', [join('b', T0 - 2 * DAY)]);
    await store.touchMeeting('today', 'Today', T0);
    await store.appendEvents('today', [join('c', T0)]);
    expect(await store.purgeMeetingsBefore(T0 - 30 * DAY)).toBe(1);
    expect(await store.getMeeting('old')).toBeNull();
    expect(await store.loadEvents('old')).toEqual([]);
    expect(await store.loadEvents('recent')).toHaveLength(1);
    await store.forgetMeeting('recent');
    expect(await store.getMeeting('recent')).toBeNull();
    expect(await store.loadEvents('recent')).toEqual([]);
    expect(await store.loadEvents('today')).toHaveLength(1);
  });

  it('deletes everything on request', async () => {
    const store = await make();
    await store.saveRoll({ name: 'R', entries }, T0);
    await store.saveDecision('r', { kind: 'link', screenName: 'x', rollId: '1' }, T0);
    await store.touchMeeting('m1', 'Weekly', T0);
    await store.appendEvents('m1', [join('a', T0)]);
    await store.saveSettings({ retentionDays: 3 });
    await store.deleteAll();
    expect(await store.listRolls()).toEqual([]);
    expect(await store.listDecisions('r')).toEqual([]);
    expect(await store.getMeeting('m1')).toBeNull();
    expect(await store.loadEvents('m1')).toEqual([]);
    expect((await store.getSettings()).retentionDays).toBe(30);
  });

  it('keeps the occurrences seen under a meeting ID, by a hash of its digits, not the number', async () => {
    const store = await make();
    expect(await store.noteMeetingOccurrence('812 3456 7890', 'week1==', T0)).toEqual([
      { meetingUUID: 'week1==', firstSeenAt: T0, lastSeenAt: T0 },
    ]);
    // The panel opened again in the same occurrence: still one, seen later.
    await store.noteMeetingOccurrence('81234567890', 'week1==', T0 + 60_000);
    const week2 = await store.noteMeetingOccurrence('81234567890', 'week2==', T0 + 7 * DAY);
    expect(week2).toEqual([
      { meetingUUID: 'week1==', firstSeenAt: T0, lastSeenAt: T0 + 60_000 },
      { meetingUUID: 'week2==', firstSeenAt: T0 + 7 * DAY, lastSeenAt: T0 + 7 * DAY },
    ]);
    // Another meeting ID has its own history.
    expect(await store.noteMeetingOccurrence('999 888 7777', 'other==', T0)).toHaveLength(1);
    if (store instanceof IdbStore) {
      const kept = JSON.stringify(await store.snapshot());
      expect(kept).not.toContain('81234567890');
      expect(kept).not.toContain('812 3456 7890');
    }
  });

  it('lets meeting-ID occurrences go with retention, "Forget this meeting" and "Delete all"', async () => {
    const store = await make();
    await store.noteMeetingOccurrence('81234567890', 'old==', T0 - 40 * DAY);
    await store.noteMeetingOccurrence('81234567890', 'recent==', T0 - 2 * DAY);
    await store.noteMeetingOccurrence('5550001111', 'gone==', T0 - 40 * DAY);
    await store.purgeMeetingsBefore(T0 - 30 * DAY);
    expect(
      (await store.noteMeetingOccurrence('81234567890', 'today==', T0)).map((o) => o.meetingUUID),
    ).toEqual(['recent==', 'today==']);
    expect(await store.noteMeetingOccurrence('5550001111', 'new==', T0)).toEqual([
      { meetingUUID: 'new==', firstSeenAt: T0, lastSeenAt: T0 },
    ]);
    await store.forgetMeeting('recent==');
    expect(
      (await store.noteMeetingOccurrence('81234567890', 'today==', T0 + 1)).map(
        (o) => o.meetingUUID,
      ),
    ).toEqual(['today==']);
    await store.deleteAll();
    expect(await store.noteMeetingOccurrence('81234567890', 'later==', T0 + 2)).toHaveLength(1);
  });

  it('hands out copies: changing what it returned changes nothing stored', async () => {
    const store = await make();
    const roll = await store.saveRoll({ name: 'R', entries: [{ id: '1', name: 'Jane Doe' }] }, T0);
    roll.entries.push({ id: '2', name: 'Intruder' });
    const loaded = await store.getRoll(roll.id);
    loaded?.entries.push({ id: '3', name: 'Intruder' });
    expect((await store.getRoll(roll.id))?.entries).toEqual([{ id: '1', name: 'Jane Doe' }]);
  });

  /**
   * Two saved rolls and three meetings. Jane Doe is entry "1" of Monday (jane@example.org) and
   * entry "7" of Tuesday (the same address in capitals). Tuesday's entry "1" is somebody else, as
   * is its other "Jane Doe" (another address), and a stranger who typed "Jane Doe" in a meeting
   * that used no roll.
   */
  async function janeScenario(store: DoorkeeperStore) {
    const monday = await store.saveRoll(
      {
        name: 'Monday',
        entries: [
          { id: '1', name: 'Jane Doe', email: 'jane@example.org' },
          { id: '2', name: 'Bob Kowalski' },
        ],
      },
      T0,
    );
    const tuesday = await store.saveRoll(
      {
        name: 'Tuesday',
        entries: [
          { id: '1', name: 'Carol Ng' },
          { id: '7', name: 'Jane Doe', email: 'JANE@example.org ' },
          { id: '8', name: 'Jane Doe', email: 'other.jane@example.org' },
        ],
      },
      T0,
    );
    await store.saveDecision(monday.id, { kind: 'link', screenName: 'JD iPhone', rollId: '1' }, T0);
    await store.saveDecision(monday.id, { kind: 'link', screenName: 'Bobby', rollId: '2' }, T0);
    await store.saveDecision(tuesday.id, { kind: 'link', screenName: 'JD', rollId: '8' }, T0);
    for (const [uuid, roll] of [
      ['m1', monday],
      ['m2', tuesday],
    ] as const) {
      await store.touchMeeting(uuid, uuid, T0);
      await store.markRollUsed(roll.id, uuid, T0, uuid);
    }
    await store.touchMeeting('m3', 'no roll', T0);
    const m1: AttendanceEvent[] = [
      seen('waitingRoomJoin', 'pJ', 'JD iPhone', null, T0 + 1),
      seen('join', 'pJ', 'JD iPhone', '1', T0 + 2),
      seen('join', 'pB', 'Bobby', '2', T0 + 3),
      { kind: 'lock', at: T0 + 4, reason: 'manual', reconstructed: false },
      {
        kind: 'rename',
        participantUUID: 'pJ',
        screenName: 'Jane D.',
        previousName: 'JD iPhone',
        rollId: '1',
        at: T0 + 5,
        reconstructed: false,
      },
      {
        kind: 'verification',
        participantUUID: 'pJ',
        screenName: 'Jane D.',
        rollId: '1',
        verdict: 'verified',
        at: T0 + 6,
        reconstructed: false,
      },
      seen('leave', 'pJ', 'Jane D.', '1', T0 + 7),
    ];
    const m2 = [
      seen('join', 'pC', 'Carol', '1', T0 + 1),
      seen('join', 'pJ2', 'Jane Doe', '7', T0 + 2),
      seen('join', 'pO', 'Jane Doe', '8', T0 + 3),
    ];
    const m3 = [seen('join', 'pS', 'Jane Doe', '1', T0 + 1)];
    await store.appendEvents('m1', m1);
    await store.appendEvents('m2', m2);
    await store.appendEvents('m3', m3);
    const lock = lockNow(createLockState({ mode: 'rollOnly' }), T0, {
      myRole: 'host',
      participants: ['pJ', 'pB'].map((uuid) => ({
        participantUUID: uuid,
        screenName: uuid,
        role: 'attendee' as const,
        location: 'meeting' as const,
      })),
      matches: [],
      waitingRoomEnabled: true,
      rollIds: [],
    }).state;
    // With the roster's memory: Jane left after a send-back, Bob was sent back once.
    await store.saveLockState(
      'm1',
      withRosterMemory(lock, {
        savedAt: T0,
        session: 'page 1',
        departures: [
          {
            participantUUID: 'pJ',
            role: 'attendee',
            left: { waitingRoom: { at: T0 - 1_000, seenAt: T0 - 900 } },
            putBacks: 1,
          },
        ],
        counts: { pB: 1 },
      }),
    );
    const jane: ErasureTarget = {
      kind: 'rollEntry',
      savedRollId: monday.id,
      entry: { id: '1', name: 'Jane Doe', email: 'jane@example.org' },
    };
    return { monday, tuesday, m1, m2, m3, jane };
  }

  it('forgets a roll entry everywhere: its events, its entries in every roll, its links, its lock traces', async () => {
    const store = await make();
    const { monday, tuesday, m1, m2, m3, jane } = await janeScenario(store);
    const expected = { meetings: 2, events: 6, rolls: ['Monday', 'Tuesday'], entries: 2, links: 1 };
    expect({ ...(await store.countPerson(jane)), rolls: expect.any(Array) }).toEqual({
      ...expected,
      rolls: expect.any(Array),
    });
    expect([...(await store.countPerson(jane)).rolls].sort()).toEqual(expected.rolls);
    // Counting removes nothing.
    expect(await store.loadEvents('m1')).toEqual(m1);

    const done = await store.erasePerson(jane, T0 + 100);
    expect(done.events).toBe(6);
    expect(done.meetings).toBe(2);

    const after1 = await store.loadEvents('m1');
    expect(after1.slice(0, -1)).toEqual([m1[2], m1[3]]);
    expect(after1.at(-1)).toEqual({
      kind: 'erasure',
      at: T0 + 100,
      removed: 5,
      reconstructed: false,
    });
    expect(await store.loadEvents('m2')).toEqual([
      m2[0],
      m2[2],
      { kind: 'erasure', at: T0 + 100, removed: 1, reconstructed: false },
    ]);
    // Another roll's entry "1", and a stranger using her name where no roll said who they were.
    expect(await store.loadEvents('m3')).toEqual(m3);

    expect((await store.getRoll(monday.id))?.entries).toEqual([{ id: '2', name: 'Bob Kowalski' }]);
    expect((await store.getRoll(tuesday.id))?.entries.map((entry) => entry.id)).toEqual(['1', '8']);
    expect(await store.listDecisions(monday.id)).toEqual([
      { kind: 'link', screenName: 'Bobby', rollId: '2' },
    ]);
    expect(await store.listDecisions(tuesday.id)).toHaveLength(1);
    const lock = (await store.getMeeting('m1'))?.lockState;
    expect(lock?.allowed).toEqual(['pB']);
    expect(JSON.stringify(lock)).not.toContain('pJ');

    // The fact is all that is left of her: no name, id, address or roll entry anywhere in the logs.
    const everything = JSON.stringify([
      await store.loadEvents('m1'),
      await store.loadEvents('m2'),
      await store.listRolls(),
      await store.listDecisions(monday.id),
      await store.getMeeting('m1'),
    ]);
    for (const trace of ['pJ', 'JD iPhone', 'Jane D.', '"jane@', 'JANE@'])
      expect(everything).not.toContain(trace);

    // A second erasure finds nothing and writes nothing, not even another erasure event.
    expect(await store.erasePerson(jane, T0 + 200)).toEqual({
      meetings: 0,
      events: 0,
      rolls: [],
      entries: 0,
      links: 0,
    });
    expect(await store.loadEvents('m1')).toEqual(after1);
  });

  it('forgets a participant by their exact ids and display names, and leaves the rolls alone', async () => {
    const store = await make();
    const { monday, m1, m3 } = await janeScenario(store);
    const bob: ErasureTarget = {
      kind: 'participant',
      participantUUIDs: ['pB'],
      screenNames: ['Bobby'],
    };
    expect(await store.countPerson(bob)).toEqual({
      meetings: 1,
      events: 1,
      rolls: [],
      entries: 0,
      links: 1,
    });
    await store.erasePerson(bob, T0 + 100);
    expect(await store.loadEvents('m1')).toEqual([
      ...m1.filter((event) => !('participantUUID' in event) || event.participantUUID !== 'pB'),
      { kind: 'erasure', at: T0 + 100, removed: 1, reconstructed: false },
    ]);
    expect((await store.getRoll(monday.id))?.entries).toHaveLength(2);
    expect(await store.listDecisions(monday.id)).toEqual([
      { kind: 'link', screenName: 'JD iPhone', rollId: '1' },
    ]);
    expect((await store.getMeeting('m1'))?.lockState?.allowed).toEqual(['pJ']);
    expect((await store.getMeeting('m1'))?.lockState?.roster?.counts).toEqual({});
    // "Jane Doe" under another id is not provably the person: nothing of it goes.
    await store.erasePerson(
      { kind: 'participant', participantUUIDs: ['pJ2'], screenNames: ['Jane Doe'] },
      T0 + 300,
    );
    expect(await store.loadEvents('m3')).toEqual(m3);
  });

  it('keeps the live meeting’s lock decisions, and erases nothing when nobody matches', async () => {
    const store = await make();
    const { jane } = await janeScenario(store);
    const before = await store.getMeeting('m1');
    await store.erasePerson(jane, T0 + 100, { liveMeetingUUID: 'm1' });
    expect((await store.getMeeting('m1'))?.lockState).toEqual(before?.lockState);
    const nobody = await store.erasePerson(
      { kind: 'participant', participantUUIDs: ['nobody'], screenNames: ['Nobody'] },
      T0 + 200,
    );
    expect(nobody.events + nobody.links + nobody.entries).toBe(0);
  });
});
