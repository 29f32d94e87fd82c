import { describe, expect, it } from 'vitest';
import { joined, person } from '../../test/helpers/roster-builders';
import type { AttendanceEvent } from '../domain/attendance';
import { createLockState } from '../domain/lock';
import { MemoryStore } from '../persistence/memory-store';
import { createAppStore } from './app-store';
import { createStorageSlot } from './services';

const T0 = Date.parse('2026-12-07T10:00:00Z');
const join = (uuid: string, name: string): AttendanceEvent => ({
  kind: 'join',
  participantUUID: uuid,
  screenName: name,
  rollId: null,
  at: T0,
  reconstructed: false,
});

/** Two people not on any roll in today's meeting: Dee (uuid d) and Eve (uuid e), both seen by the lock. */
async function meeting(deeStillHere: boolean) {
  const storage = new MemoryStore();
  const log = [join('d', 'Dee'), join('e', 'Eve')];
  await storage.touchMeeting('today', 'Group', T0);
  await storage.appendEvents('today', log);
  const lock = {
    ...createLockState(),
    allowed: ['d', 'e'],
    seen: { d: { where: 'meeting' as const, at: T0 }, e: { where: 'meeting' as const, at: T0 } },
  };
  await storage.saveLockState('today', lock);
  const store = createAppStore({ storage: createStorageSlot(storage), clock: () => T0 + 1000 });
  store.setState({
    meetingInfo: { meetingUUID: 'today', meetingID: '1', topic: 'Group' },
    attendance: {
      meetingUUID: 'today',
      phase: 'restored',
      log,
      meetingStart: T0,
      reconstructedCount: 0,
      firstOpen: false,
    },
    lock,
  });
  const here = deeStillHere ? [person('d', 'Dee'), person('e', 'Eve')] : [person('e', 'Eve')];
  store
    .getState()
    .applyRosterEvents(here.map((who) => ({ event: joined(who, T0), receivedAt: T0 })));
  await store
    .getState()
    .askToForget({ kind: 'participant', participantUUIDs: ['d'], screenNames: ['Dee'] }, 'Dee');
  return { storage, store };
}

describe('forget this person (store)', () => {
  it('someone who has left: the log, the stored lock and the live lock all forget them; Eve stays', async () => {
    const { storage, store } = await meeting(false);
    expect(store.getState().erasure).toMatchObject({ status: 'confirm', presentNow: false });
    await store.getState().confirmForget();
    expect(store.getState().erasure).toMatchObject({ status: 'done', count: { events: 1 } });
    expect(JSON.stringify(store.getState().lock)).not.toContain('"d"');
    expect(store.getState().lock.allowed).toEqual(['e']);
    expect((await storage.getMeeting('today'))?.lockState?.allowed).toEqual(['e']);
    expect(store.getState().attendance.log.map((event) => event.kind)).toEqual(['join', 'erasure']);
    expect(await storage.loadEvents('today')).toEqual([
      join('e', 'Eve'),
      { kind: 'erasure', at: T0 + 1000, removed: 1, reconstructed: false },
    ]);
  });

  it('someone still here: the log forgets them, the lock keeps its decisions about them, and the result says they are here', async () => {
    const { storage, store } = await meeting(true);
    expect(store.getState().erasure).toMatchObject({ status: 'confirm', presentNow: true });
    await store.getState().confirmForget();
    expect(store.getState().erasure).toMatchObject({ status: 'done', presentNow: true });
    expect(store.getState().lock.allowed).toEqual(['d', 'e']);
    expect((await storage.getMeeting('today'))?.lockState?.allowed).toEqual(['d', 'e']);
    expect(await storage.loadEvents('today')).toHaveLength(2);
    expect(JSON.stringify(await storage.loadEvents('today'))).not.toContain('Dee');
  });
});
