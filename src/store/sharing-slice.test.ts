import { describe, expect, it } from 'vitest';
import { joined, left, person } from '../../test/helpers/roster-builders';
import { createAppStore } from './app-store';
import { selectRenameRequestTargets, selectShareAlerts } from './sharing-slice';

function meeting() {
  const store = createAppStore();
  store.getState().applyRosterEvents(
    [joined(person('a', 'Ann Lee'), 1), joined(person('g', 'Gate Crasher'), 2)].map((event) => ({
      event,
      receivedAt: event.at,
    })),
  );
  return store;
}

describe('sharing slice', () => {
  it('alerts about a stranger sharing only once the roll is matched, and keeps the same array', async () => {
    const store = meeting();
    store.getState().setSharing('g', true, 10);
    store.getState().setSharing('a', true, 11);
    expect(selectShareAlerts(store.getState())).toEqual([]);
    store.getState().setRoll([{ id: '1', name: 'Ann Lee' }], 'roll.csv', { importedAt: 1 });
    await store.getState().loadMatching();
    const alerts = selectShareAlerts(store.getState());
    expect(alerts.map((a) => [a.participantUUID, a.reason])).toEqual([['g', 'notOnRoll']]);
    store.getState().setWaitingRoomEnabled(false);
    expect(selectShareAlerts(store.getState())).toBe(alerts);
  });

  it('a stop or a leave ends it; a repeated start keeps the first start time', async () => {
    const store = meeting();
    store.getState().setRoll([{ id: '1', name: 'Ann Lee' }], 'roll.csv', { importedAt: 1 });
    await store.getState().loadMatching();
    store.getState().setSharing('g', true, 10);
    store.getState().setSharing('g', true, 20);
    expect(selectShareAlerts(store.getState()).map((a) => a.since)).toEqual([10]);
    store.getState().setSharing('g', false, 30);
    expect(selectShareAlerts(store.getState())).toEqual([]);
    store.getState().setSharing('g', true, 40);
    store
      .getState()
      .applyRosterEvents([{ event: left(person('g', 'Gate Crasher'), 50), receivedAt: 50 }]);
    expect(selectShareAlerts(store.getState())).toEqual([]);
  });

  it('names who a rename request concerns, the same object until the roster changes', async () => {
    const store = meeting();
    store
      .getState()
      .applyRosterEvents([{ event: joined(person('e', 'e@example.org'), 3), receivedAt: 3 }]);
    const targets = selectRenameRequestTargets(store.getState());
    expect(targets).toEqual({ contactDetails: ['e'], notOnRoll: [] });
    store.getState().setSharing('g', true, 10);
    expect(selectRenameRequestTargets(store.getState())).toBe(targets);
    store.getState().setRoll([{ id: '1', name: 'Ann Lee' }], 'roll.csv', { importedAt: 1 });
    await store.getState().loadMatching();
    expect(selectRenameRequestTargets(store.getState())).toEqual({
      contactDetails: ['e'],
      notOnRoll: ['g'],
    });
  });
});
