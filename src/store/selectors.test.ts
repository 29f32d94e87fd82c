import { describe, expect, it } from 'vitest';
import { joined, person, waiting } from '../../test/helpers/roster-builders';
import { createAppStore } from './app-store';
import { selectMeetingRows, selectWaitingRows } from './selectors';

function storeWith() {
  const store = createAppStore();
  store
    .getState()
    .applyRosterEvents(
      [
        joined(person('b', 'Bea'), 1),
        joined(person('a', 'Abe'), 2),
        waiting(person('w', 'Wes'), 3),
      ].map((event) => ({ event, receivedAt: event.at })),
    );
  return store;
}

describe('roster selectors', () => {
  it('return the same array until the roster or query changes', () => {
    const store = storeWith();
    const first = selectMeetingRows('')(store.getState());
    store.getState().setWaitingRoomEnabled(false);
    expect(selectMeetingRows('')(store.getState())).toBe(first);
    store.getState().applyRosterEvents([{ event: joined(person('c', 'Cy'), 4), receivedAt: 4 }]);
    expect(selectMeetingRows('')(store.getState())).not.toBe(first);
  });

  it('keep one result per query, so two searches never evict each other', () => {
    const store = storeWith();
    const all = selectMeetingRows('')(store.getState());
    const bea = selectMeetingRows('bea')(store.getState());
    expect(selectMeetingRows('')(store.getState())).toBe(all);
    expect(selectMeetingRows('bea')(store.getState())).toBe(bea);
    expect(bea.map((p) => p.participantUUID)).toEqual(['b']);
  });

  it('list me first in the meeting, then by name; the waiting room apart', () => {
    const store = storeWith();
    expect(selectMeetingRows('')(store.getState()).map((p) => p.participantUUID)).toEqual([
      'a',
      'b',
    ]);
    store.getState().setMe({ participantUUID: 'b', screenName: 'Bea', role: 'host' });
    expect(selectMeetingRows('')(store.getState()).map((p) => p.participantUUID)).toEqual([
      'b',
      'a',
    ]);
    expect(selectWaitingRows('')(store.getState()).map((p) => p.participantUUID)).toEqual(['w']);
  });
});
