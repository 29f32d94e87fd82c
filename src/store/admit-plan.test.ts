import { describe, expect, it } from 'vitest';
import { joined, left, waiting } from '../../test/helpers/roster-builders';
import type { RosterEvent } from '../domain/meeting/types';
import type { Participant } from '../zoom/meeting-client';
import { selectAdmitPlan } from './admit-plan';
import { createAppStore } from './app-store';
import type { AppStore } from './app-store';
import { selectBulkPlan } from './bulk-plan';
import { lockStateToSave } from './lock-slice';
import { selectWaitingGroups } from './waiting-groups';

/*
 * "Admit 2 on the roll" acts on exactly the people the group "On the roll" shows: never on Ann,
 * whom a host sent back (she waits under "Check", "Sent back by a host", for her own row's Admit).
 */

const me: Participant = { participantUUID: 'me', screenName: 'Hannah Host', role: 'host' };
const ann: Participant = { participantUUID: 'ann', screenName: 'Ann Lee', role: 'attendee' };
const john: Participant = { participantUUID: 'john', screenName: 'John Smith', role: 'attendee' };
let now = Date.parse('2025-01-15T18:00:00Z');
const clock = () => now;

/** A host's panel with the roll loaded, its roster as a snapshot shows it. */
function panel(meeting: Participant[], waitingRoom: Participant[]): AppStore {
  const store = createAppStore({ clock });
  const state = store.getState();
  state.setMe(me);
  state.setMeetingInfo({ meetingUUID: 'm1', topic: 'Thursday group' } as never);
  state.reconcileRoster({ takenAt: now, meeting: [me, ...meeting], waitingRoom });
  state.setRoll(
    [
      { id: '1', name: 'Ann Lee' },
      { id: '2', name: 'John Smith' },
    ],
    'group.csv',
    { importedAt: now },
  );
  return store;
}

function deliver(store: AppStore, events: RosterEvent[]): void {
  now += 100;
  store.getState().applyRosterEvents(events.map((event) => ({ event, receivedAt: now })));
  store.getState().lockTick(now);
}

const uuids = (people: readonly { participantUUID: string }[]) =>
  people.map((p) => p.participantUUID);

function onTheRoll(store: AppStore): string[] {
  const groups = selectWaitingGroups('')(store.getState());
  return uuids(groups?.find((group) => group.id === 'onRoll')?.rows ?? []);
}

/** Locked; Ann in the meeting is sent back by a host from Zoom's panel; John waits. */
function annSentBack(): AppStore {
  const store = panel([ann], []);
  store.getState().updateConnection({ status: 'ready' });
  store.getState().restoreLock('m1', now, null);
  store.getState().lockNow();
  deliver(store, [left(ann, now), waiting(ann, now, 'putFromMainMeeting')]);
  deliver(store, [waiting(john, now)]);
  const held = store.getState().lockHeld.find((entry) => entry.participantUUID === 'ann');
  expect(held?.hostMove).toBe('sentBack');
  return store;
}

describe('the roll’s bulk admit', () => {
  it('counts and admits exactly the group "On the roll", not whom a host sent back', () => {
    const store = annSentBack();
    expect(onTheRoll(store)).toEqual(['john']);
    const plan = selectAdmitPlan(store.getState());
    expect(uuids(plan.admitSure)).toEqual(['john']);
    // Nor is she offered among the likely matches to tick.
    expect(uuids(plan.admitLikely)).toEqual([]);
    expect(uuids(selectBulkPlan(store.getState()).admitSure)).toEqual(['john']);
  });

  it('follows the lock’s verdicts as they change, with the same people and matches', () => {
    const store = panel([], [ann, john]);
    store.getState().updateConnection({ status: 'ready' });
    store.getState().restoreLock('m1', now, null);
    expect(uuids(selectBulkPlan(store.getState()).admitSure)).toEqual(['ann', 'john']);
    store.getState().lockNow();
    deliver(store, [joined(ann, now)]);
    deliver(store, [left(ann, now), waiting(ann, now, 'putFromMainMeeting')]);
    expect(uuids(selectBulkPlan(store.getState()).admitSure)).toEqual(['john']);
  });
});

describe('after a reload, before the saved lock state is read', () => {
  it('offers nobody as ready to admit, then groups Ann under Check', () => {
    const before = annSentBack();
    const saved: unknown = JSON.parse(JSON.stringify(lockStateToSave(before.getState(), now)));
    now += 2_000;
    // The roster's snapshot and the roll are in while the panel still loads.
    const after = panel([], [ann, john]);
    expect(after.getState().matchingReady).toBe(true);
    expect(selectWaitingGroups('')(after.getState())).toBeNull();
    expect(selectAdmitPlan(after.getState())).toEqual({ admitSure: [], admitLikely: [] });
    after.getState().updateConnection({ status: 'ready' });
    expect(selectWaitingGroups('')(after.getState())).toBeNull();
    expect(selectAdmitPlan(after.getState()).admitSure).toEqual([]);
    after.getState().restoreLock('m1', now, saved);
    const groups = selectWaitingGroups('')(after.getState());
    expect(groups?.map((group) => [group.id, uuids(group.rows)])).toEqual([
      ['onRoll', ['john']],
      ['check', ['ann']],
    ]);
    expect(uuids(selectAdmitPlan(after.getState()).admitSure)).toEqual(['john']);
  });

  it('groups again once it is read, also when nothing was saved', () => {
    const store = panel([], [ann, john]);
    store.getState().updateConnection({ status: 'ready' });
    expect(selectWaitingGroups('')(store.getState())).toBeNull();
    store.getState().restoreLock('m1', now, null);
    expect(onTheRoll(store)).toEqual(['ann', 'john']);
  });
});
