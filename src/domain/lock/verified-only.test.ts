import { describe, expect, it } from 'vitest';
import { createLockState } from './lock-state';
import { HOST, facts, person, sure } from './test-fixtures';
import { lockNow, tick } from './tick';

const T0 = Date.parse('2025-01-15T18:00:00Z');

describe('roll-only lock, verified people only', () => {
  const matches = [sure('v', 'R1'), sure('u', 'R2')];
  const waiting = [HOST, person('v', 'waitingRoom'), person('u', 'waitingRoom')];
  const start = (verifiedOnly: boolean) =>
    lockNow(createLockState({ mode: 'rollOnly', verifiedOnly }), T0, facts([HOST], matches)).state;

  it('admits a sure match only when their e-mail was verified; the rest wait for a click', () => {
    const result = tick(start(true), T0 + 1000, {
      ...facts(waiting, matches),
      verified: new Set(['v']),
    });
    expect(result.effects).toEqual([
      { kind: 'admit', participantUUID: 'v', screenName: 'v', reason: 'rollMatch' },
    ]);
    expect(result.held).toMatchObject([{ participantUUID: 'u', category: 'onRoll' }]);
  });

  it('without the option, sure matches are admitted as before', () => {
    const result = tick(start(false), T0 + 1000, facts(waiting, matches));
    expect(result.effects.map((e) => e.kind)).toEqual(['admit', 'admit']);
  });
});
