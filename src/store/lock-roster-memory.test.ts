import { describe, expect, it } from 'vitest';
import { joined, left, stoppedWaiting, waiting } from '../../test/helpers/roster-builders';
import type { RosterEvent } from '../domain/meeting/types';
import type { Participant } from '../zoom/meeting-client';
import { createAppStore } from './app-store';
import type { AppStore } from './app-store';
import { lockStateToSave } from './lock-slice';
import { lockStateWithout } from '../domain/erasure';

/*
 * The roster's memory (Zoom's send-back counts, the departures) is saved with the lock state and
 * given back to the roster with it, on a reload: the lock's saved counts are counts of that memory.
 */

const me: Participant = { participantUUID: 'me', screenName: 'Hannah Host', role: 'host' };
const jane: Participant = { participantUUID: 'jane', screenName: 'Jane Doe', role: 'attendee' };
let now = Date.parse('2025-01-15T18:00:00Z');
const clock = () => now;

/** A host's panel, live in the meeting, with the roster as a snapshot shows it. */
function panel(): AppStore {
  const store = createAppStore({ clock });
  const state = store.getState();
  state.setMe(me);
  state.updateConnection({ status: 'ready' });
  state.reconcileRoster({ takenAt: now, meeting: [me], waitingRoom: [] });
  return store;
}

function deliver(store: AppStore, events: RosterEvent[]): void {
  now += 100;
  store.getState().applyRosterEvents(events.map((event) => ({ event, receivedAt: now })));
  store.getState().lockTick(now);
}

/** Jane joins, a host sends her back, she leaves the waiting room: Zoom counted one send-back. */
function janeSentBackAndGone(): { before: AppStore; saved: unknown } {
  const before = panel();
  before.getState().restoreLock('m1', now, null);
  deliver(before, [joined(jane, now)]);
  deliver(before, [left(jane, now), waiting(jane, now, 'putFromMainMeeting')]);
  deliver(before, [stoppedWaiting(jane, now + 1_000)]);
  expect(before.getState().roster.tombstones.get('jane')?.putBacks).toBe(1);
  expect(before.getState().lock.seen.jane?.putBacks).toBe(1);
  // As the lock controller saves it, through storage that keeps JSON.
  const saved: unknown = JSON.parse(JSON.stringify(lockStateToSave(before.getState(), now)));
  return { before, saved };
}

describe('the roster memory saved with the lock', () => {
  it('is saved with the lock state, and the reloaded roster takes it back with that state', () => {
    const { saved } = janeSentBackAndGone();
    expect(saved).toMatchObject({
      version: 3,
      roster: { departures: [{ participantUUID: 'jane' }] },
    });
    // No display name is kept in it.
    expect(JSON.stringify((saved as { roster: unknown }).roster)).not.toContain('Jane Doe');
    now += 2_000;
    const after = panel();
    after.getState().restoreLock('m1', now, saved);
    expect(after.getState().roster.tombstones.get('jane')).toMatchObject({ putBacks: 1 });
    expect(after.getState().lock.seen.jane?.putBacks).toBe(1);
    // The live lock state never carries it.
    expect(after.getState().lock).not.toHaveProperty('roster');
    // Jane back under the same UUID: the roster counts on from 1.
    deliver(after, [waiting(jane, now)]);
    expect(after.getState().roster.participants.get('jane')?.putBacks).toBe(1);
  });

  it('is not applied when a lock set before the saved state arrived is kept instead', () => {
    const { saved } = janeSentBackAndGone();
    now += 2_000;
    const after = panel();
    after.getState().lockNow();
    after.getState().restoreLock('m1', now, saved);
    expect(after.getState().lock.locked?.reason).toBe('manual');
    // That lock counted this roster from 0: a count from before would read as a host's send-back.
    expect(after.getState().roster.tombstones.has('jane')).toBe(false);
  });

  it('a page never takes back its own memory twice (a meeting restored again in one page)', () => {
    const { before, saved } = janeSentBackAndGone();
    before.getState().restoreLock('m2', now, null);
    before.getState().restoreLock('m1', now, saved);
    expect(before.getState().roster.tombstones.get('jane')?.putBacks).toBe(1);
  });

  it('keeps nobody the lock forgot ("Forget this person")', () => {
    const { before } = janeSentBackAndGone();
    before.getState().forgetInLock((lock) => lockStateWithout(lock, new Set(['jane']), new Set()));
    expect(JSON.stringify(lockStateToSave(before.getState(), now))).not.toContain('jane');
  });

  it('is not saved while the lock does not read the roster (a breakout room’s)', () => {
    const { before } = janeSentBackAndGone();
    before.getState().setBreakout({ roomUUID: 'room-1', roomName: 'Room 1' }, now);
    expect(lockStateToSave(before.getState(), now)).not.toHaveProperty('roster');
  });
});
