// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { AttendanceEvent } from '../domain/attendance/types';
import { createLockState, lockNow } from '../domain/lock';
import { IdbStore } from './idb-store';
import { MemoryStore } from './memory-store';
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

  it('hands out copies: changing what it returned changes nothing stored', async () => {
    const store = await make();
    const roll = await store.saveRoll({ name: 'R', entries: [{ id: '1', name: 'Jane Doe' }] }, T0);
    roll.entries.push({ id: '2', name: 'Intruder' });
    const loaded = await store.getRoll(roll.id);
    loaded?.entries.push({ id: '3', name: 'Intruder' });
    expect((await store.getRoll(roll.id))?.entries).toEqual([{ id: '1', name: 'Jane Doe' }]);
  });
});
