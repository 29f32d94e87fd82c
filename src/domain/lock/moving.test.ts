import { describe, expect, it } from 'vitest';
import { decide } from './enforce';
import { createLockState } from './lock-state';
import { facts, HOST, person } from './test-fixtures';
import { lockNow } from './tick';

/** People whose UUID Zoom changes under the lock: breakout moves and role changes. */

const T = 1_750_000_000_000;

function lockedWith(...inMeeting: string[]) {
  const people = [HOST, ...inMeeting.map((uuid) => person(uuid))];
  return lockNow(createLockState(), T, facts(people)).state;
}

describe('the lock while people move between breakout rooms', () => {
  it('puts nobody back while people are moving, and keeps them allowed afterwards', () => {
    const state = lockedWith('ann');
    // Ann comes back from a room as "ann-2": a new UUID, never seen by the lock.
    const back = [HOST, person('ann-2')];
    const moving = decide(state, T + 1_000, facts(back, [], { suspendPutBacks: true }));
    expect(moving.effects).toEqual([]);
    const later = decide(moving.state, T + 200_000, facts(back));
    expect(later.effects).toEqual([]);
  });

  it('still puts back a newcomer when nobody is moving', () => {
    const state = lockedWith('ann');
    const result = decide(state, T + 1_000, facts([HOST, person('ann'), person('zed')]));
    expect(result.effects).toEqual([
      expect.objectContaining({ kind: 'putInWaitingRoom', participantUUID: 'zed' }),
    ]);
  });

  it('keeps someone allowed whose UUID Zoom changed with their role', () => {
    const state = lockedWith('carl');
    const demoted = { ...person('carl-2'), formerUUIDs: ['carl'] };
    expect(decide(state, T + 1_000, facts([HOST, demoted])).effects).toEqual([]);
    // A former UUID the lock never allowed proves nothing.
    const stranger = { ...person('zed-2'), formerUUIDs: ['zed'] };
    expect(decide(state, T + 1_000, facts([HOST, stranger])).effects).toHaveLength(1);
  });
});
