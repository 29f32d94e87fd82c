import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeMeetingClient } from '../../test/helpers/fake-meeting-client';
import type { FakeMeetingClient } from '../../test/helpers/fake-meeting-client';
import type { AttendanceEvent } from '../domain/attendance';
import type { RollEntry } from '../domain/matching';
import { MemoryStore } from '../persistence/memory-store';
import { createAppStore } from '../store/app-store';
import { createStorageSlot } from '../store/services';
import type { AppStore } from '../store/app-store';
import { bootstrap } from './bootstrap';
import type { FlushScheduler } from './event-batcher';
import { startPersistence } from './persistence-controller';
import type { PersistenceController } from './persistence-controller';

const MEETING = 'meeting-uuid-1';
const nextTask: FlushScheduler = (flush) => {
  const timer = setTimeout(flush, 0);
  return () => clearTimeout(timer);
};
const roll: RollEntry[] = [
  { id: 'r1', name: 'Ann Lee' },
  { id: 'r2', name: 'Bob Stone' },
  { id: 'r3', name: 'Cleo Park' },
];

interface Panel {
  store: AppStore;
  persistence: PersistenceController;
  close: () => void;
}

const open: Panel[] = [];

/** Opens the panel as main.tsx does: persistence first, then bootstrap, over a shared storage. */
async function openPanel(client: FakeMeetingClient, storage: MemoryStore): Promise<Panel> {
  const slot = createStorageSlot();
  const store = createAppStore({ client, storage: slot });
  const persistence = startPersistence(client, store, slot, {
    open: async () => ({ store: storage, problem: null, purged: 0 }),
    lifecycle: null,
    heartbeatMs: 60_000,
  });
  const stop = bootstrap(client, store, { scheduleFlush: nextTask, visibility: null });
  const panel = {
    store,
    persistence,
    close: () => {
      stop();
      persistence.dispose();
    },
  };
  open.push(panel);
  await vi.waitFor(() => expect(store.getState().attendance.phase).toBe('restored'));
  return panel;
}

/** Storage keeps write order; the log is in time order. */
async function expectStored(
  storage: MemoryStore | null | undefined,
  log: readonly AttendanceEvent[],
) {
  const stored = (await storage?.loadEvents(MEETING)) ?? [];
  expect(stored).toHaveLength(log.length);
  expect(stored).toEqual(expect.arrayContaining([...log]));
}

const kinds = (log: readonly AttendanceEvent[], uuid: string) =>
  log.filter((e) => 'participantUUID' in e && e.participantUUID === uuid).map((e) => e.kind);

afterEach(() => {
  for (const panel of open.splice(0)) panel.close();
});

describe('persistence controller', () => {
  it('writes every event once: batch after batch at the end, and one that lands earlier in the log', async () => {
    const client = createFakeMeetingClient();
    const storage = new MemoryStore();
    const { store, persistence } = await openPanel(client, storage);
    const event = (uuid: string, at: number): AttendanceEvent => ({
      kind: 'join',
      participantUUID: uuid,
      screenName: uuid,
      at,
      reconstructed: false,
    });
    const start = store.getState().attendance.log.at(-1)?.at ?? 0;
    for (let i = 1; i <= 5; i += 1)
      store.getState().logAttendanceEvents([event(`p${i}`, start + i)]);
    // Late: earlier than the log's last moment, so it is inserted before the events above.
    store.getState().logAttendanceEvents([event('late', start)]);
    store.getState().logAttendanceEvents([event('p6', start + 6)]);
    await persistence.flushed();
    const log = store.getState().attendance.log;
    expect(log.map((e) => ('participantUUID' in e ? e.participantUUID : e.kind)).slice(-7)).toEqual(
      ['late', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6'],
    );
    await expectStored(storage, log);
  });

  it('logs arrivals, renames and departures as they happen and writes them to storage', async () => {
    const client = createFakeMeetingClient();
    const storage = new MemoryStore();
    const { store, persistence } = await openPanel(client, storage);
    const bob = client.join('Bob Stone');
    await client.rename(bob.participantUUID, 'Robert Stone');
    client.leave(bob.participantUUID);
    const log = store.getState().attendance.log;
    expect(kinds(log, bob.participantUUID)).toEqual(['join', 'rename', 'leave']);
    expect(log.find((e) => e.kind === 'rename')).toMatchObject({
      screenName: 'Robert Stone',
      previousName: 'Bob Stone',
      reconstructed: false,
    });
    await persistence.flushed();
    await expectStored(storage, log);
  });

  it('after a reload restores the log and pieces together what happened while it was closed', async () => {
    const client = createFakeMeetingClient();
    const storage = new MemoryStore();
    const first = await openPanel(client, storage);
    expect(first.store.getState().attendance).toMatchObject({
      firstOpen: true,
      reconstructedCount: 1,
    });
    const ann = client.join('Ann Lee');
    const bob = client.join('Bob Stone');
    await first.persistence.flushed();
    const before = first.store.getState().attendance.log;
    first.close();

    client.leave(bob.participantUUID);
    const cleo = client.join('Cleo Park');
    const second = await openPanel(client, storage);
    const { log, reconstructedCount } = second.store.getState().attendance;

    expect(reconstructedCount).toBe(2);
    expect(second.store.getState().attendance.firstOpen).toBe(false);
    expect(log.slice(0, before.length)).toEqual(before);
    expect(kinds(log, ann.participantUUID)).toEqual(['join']);
    const bobLeave = log.find(
      (e) =>
        e.kind === 'leave' && 'participantUUID' in e && e.participantUUID === bob.participantUUID,
    );
    // Placed at the last moment the panel saw him, not at the reload: presence is never overstated.
    expect(bobLeave).toMatchObject({ reconstructed: true });
    expect(bobLeave!.at).toBeLessThanOrEqual(before.at(-1)!.at + 1000);
    expect(
      log.find((e) => 'participantUUID' in e && e.participantUUID === cleo.participantUUID),
    ).toMatchObject({ kind: 'join', reconstructed: true });
    await second.persistence.flushed();
    await expectStored(storage, log);
  });

  it('does not take someone who joined while storage was opening for someone who left', async () => {
    const client = createFakeMeetingClient();
    const storage = new MemoryStore();
    const slot = createStorageSlot();
    const store = createAppStore({ client, storage: slot });
    let release = () => {};
    const opened = new Promise<void>((resolve) => (release = resolve));
    const persistence = startPersistence(client, store, slot, {
      open: async () => {
        await opened;
        return { store: storage, problem: null, purged: 0 };
      },
      lifecycle: null,
    });
    const stop = bootstrap(client, store, { scheduleFlush: nextTask, visibility: null });
    open.push({ store, persistence, close: () => (stop(), persistence.dispose()) });
    await vi.waitFor(() => expect(store.getState().connection.status).toBe('ready'));
    // Logged at once, but not in the roster until the next batch: the restore must not see a gap.
    const late = client.join('Late Comer');
    release();
    await vi.waitFor(() => expect(store.getState().attendance.phase).toBe('restored'));
    expect(kinds(store.getState().attendance.log, late.participantUUID)).toEqual(['join']);
    await persistence.flushed();
    await expectStored(storage, store.getState().attendance.log);
  });

  it('saves an imported roll with its links, and loads both again on reload', async () => {
    const client = createFakeMeetingClient();
    const storage = new MemoryStore();
    const first = await openPanel(client, storage);
    const guest = client.join('iPad');
    await vi.waitFor(() =>
      expect(first.store.getState().roster.participants.has(guest.participantUUID)).toBe(true),
    );
    first.store.getState().setRoll(roll, 'Thursday roll');
    first.store.getState().link(guest.participantUUID, 'r3');
    await vi.waitFor(async () => expect(await storage.listRolls()).toHaveLength(1));
    await first.persistence.flushed();
    const [saved] = await storage.listRolls('Thursday group');
    expect(saved).toMatchObject({ name: 'Thursday roll', entries: roll });
    expect(await storage.listDecisions(saved!.id)).toEqual([
      { kind: 'link', screenName: 'iPad', rollId: 'r3' },
    ]);
    expect((await storage.getMeeting(MEETING))?.rollId).toBe(saved!.id);
    first.close();

    const second = await openPanel(client, storage);
    const state = second.store.getState();
    expect(state.roll?.name).toBe('Thursday roll');
    expect(state.rollDecisions).toEqual([{ kind: 'link', screenName: 'iPad', rollId: 'r3' }]);
    expect(state.persistence.savedRoll?.id).toBe(saved!.id);
    expect(state.persistence.rollLibrary.map((r) => r.name)).toEqual(['Thursday roll']);
    await second.persistence.flushed();
    expect(await storage.listRolls()).toHaveLength(1);
  });

  it('takes the same roll imported again for the saved one, links and all', async () => {
    const client = createFakeMeetingClient();
    const storage = new MemoryStore();
    const { store, persistence } = await openPanel(client, storage);
    const guest = client.join('iPad');
    await vi.waitFor(() =>
      expect(store.getState().roster.participants.has(guest.participantUUID)).toBe(true),
    );
    store.getState().setRoll(roll, 'Thursday roll');
    await vi.waitFor(async () => expect(await storage.listRolls()).toHaveLength(1));
    store.getState().link(guest.participantUUID, 'r3');
    await persistence.flushed();
    store.getState().setRoll(
      roll.map((entry) => ({ ...entry })),
      'Thursday roll',
    );
    await vi.waitFor(() => expect(store.getState().rollDecisions).toHaveLength(1));
    await persistence.flushed();
    expect(await storage.listRolls()).toHaveLength(1);
    store.getState().setRoll(roll.slice(0, 2), 'Thursday roll');
    await vi.waitFor(async () => expect(await storage.listRolls()).toHaveLength(2));
    expect(store.getState().rollDecisions).toEqual([]);
  });

  it('logs admits and put-backs this panel made, with who made them', async () => {
    const client = createFakeMeetingClient();
    const { store } = await openPanel(client, new MemoryStore());
    const wu = client.join('Wu Fei', { waitingRoom: true });
    const zed = client.join('Zed');
    await vi.waitFor(() =>
      expect(store.getState().roster.counts).toEqual({ meeting: 2, waitingRoom: 1 }),
    );
    store.getState().admit([wu.participantUUID]);
    store.getState().putInWaitingRoom([zed.participantUUID]);
    await vi.waitFor(() => {
      const log = store.getState().attendance.log;
      expect(log.find((e) => e.kind === 'admit')).toMatchObject({
        participantUUID: wu.participantUUID,
        by: 'panel',
      });
      expect(log.find((e) => e.kind === 'sentToWaitingRoom')).toMatchObject({
        participantUUID: zed.participantUUID,
        by: 'panel',
      });
    });
    expect(kinds(store.getState().attendance.log, wu.participantUUID)).toEqual([
      'waitingRoomJoin',
      'waitingRoomLeave',
      'admit',
      'join',
    ]);
  });

  it('logs the lock and unlock once, even when a reload restores the lock', async () => {
    const client = createFakeMeetingClient();
    const storage = new MemoryStore();
    const first = await openPanel(client, storage);
    first.store.getState().lockNow();
    const locked = first.store.getState().lock;
    expect(locked.locked).not.toBeNull();
    await first.persistence.flushed();
    first.close();

    const second = await openPanel(client, storage);
    second.store.getState().restoreLock(MEETING, Date.now(), locked);
    second.store.getState().unlock();
    const lockKinds = second.store
      .getState()
      .attendance.log.filter((e) => e.kind === 'lock' || e.kind === 'unlock')
      .map((e) => e.kind);
    expect(lockKinds).toEqual(['lock', 'unlock']);
  });

  it('"Forget this meeting" deletes its log and stops logging until asked to resume', async () => {
    const client = createFakeMeetingClient();
    const storage = new MemoryStore();
    const { store, persistence } = await openPanel(client, storage);
    client.join('Ann Lee');
    await persistence.flushed();
    await store.getState().forgetThisMeeting();
    client.join('Bob Stone');
    await persistence.flushed();
    expect(store.getState().attendance).toMatchObject({ phase: 'stopped', log: [] });
    expect(await storage.loadEvents(MEETING)).toEqual([]);
    expect(await storage.getMeeting(MEETING)).toBeNull();

    await vi.waitFor(() => expect(store.getState().roster.counts.meeting).toBe(3));
    store.getState().resumeAttendance();
    await vi.waitFor(() => expect(store.getState().attendance.phase).toBe('restored'));
    // Back from a fresh look at who is here: three people (me included), each seen now.
    expect(store.getState().attendance.log.map((e) => [e.kind, e.reconstructed])).toEqual([
      ['join', true],
      ['join', true],
      ['join', true],
    ]);
  });

  it('goes on in memory when opening storage fails outright', async () => {
    const client = createFakeMeetingClient();
    const slot = createStorageSlot();
    const store = createAppStore({ client, storage: slot });
    const persistence = startPersistence(client, store, slot, {
      open: () => Promise.reject(new Error('disk on fire')),
      lifecycle: null,
    });
    const stop = bootstrap(client, store, { scheduleFlush: nextTask, visibility: null });
    open.push({ store, persistence, close: () => (stop(), persistence.dispose()) });
    await vi.waitFor(() => expect(store.getState().attendance.phase).toBe('restored'));
    expect(store.getState().persistence).toMatchObject({ mode: 'memory', problem: 'unknown' });
    expect(await persistence.storage).toBe(slot.get());
  });

  it('keeps working in memory and says why when the browser refuses storage', async () => {
    const client = createFakeMeetingClient();
    const slot = createStorageSlot();
    const store = createAppStore({ client, storage: slot });
    // jsdom has no IndexedDB, exactly like a browser that refuses it.
    const persistence = startPersistence(client, store, slot, { lifecycle: null });
    const stop = bootstrap(client, store, { scheduleFlush: nextTask, visibility: null });
    open.push({ store, persistence, close: () => (stop(), persistence.dispose()) });
    await vi.waitFor(() => expect(store.getState().attendance.phase).toBe('restored'));
    expect(store.getState().persistence).toMatchObject({ mode: 'memory', problem: 'unavailable' });
    const ann = client.join('Ann Lee');
    expect(kinds(store.getState().attendance.log, ann.participantUUID)).toEqual(['join']);
    await persistence.flushed();
    await expectStored(slot.get() as MemoryStore | null, store.getState().attendance.log);
  });
});
