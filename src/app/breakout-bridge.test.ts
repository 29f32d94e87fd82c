import { describe, expect, it } from 'vitest';
import { BreakoutBridge } from './breakout-bridge';

describe('BreakoutBridge', () => {
  it('links a return under a new UUID by roll entry, then by name, and only when unambiguous', () => {
    const bridge = new BreakoutBridge();
    bridge.hold({ participantUUID: 'a1', screenName: 'Ann Lee', rollId: 'r1', leftAt: 10 });
    bridge.hold({ participantUUID: 'b1', screenName: 'Sam', rollId: null, leftAt: 11 });
    bridge.hold({ participantUUID: 'c1', screenName: 'Sam', rollId: null, leftAt: 12 });
    expect(bridge.returning('a2', 'A. Lee', 'r1')?.participantUUID).toBe('a1');
    // Two people called Sam went to rooms: a returning Sam cannot be told apart.
    expect(bridge.returning('s2', 'Sam', null)).toBeNull();
    expect(bridge.returning('x', 'Nobody', null)).toBeNull();
    expect(
      bridge
        .flush()
        .map((e) => e.participantUUID)
        .sort(),
    ).toEqual(['b1', 'c1']);
    expect(bridge.size).toBe(0);
  });

  it('a return under the same UUID takes its own entry back', () => {
    const bridge = new BreakoutBridge();
    bridge.hold({ participantUUID: 'a1', screenName: 'Ann Lee', rollId: null, leftAt: 10 });
    expect(bridge.returning('a1', 'Ann Lee', null)?.participantUUID).toBe('a1');
    expect(bridge.take('a1')).toBeNull();
  });
});
