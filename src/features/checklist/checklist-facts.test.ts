import { describe, expect, it } from 'vitest';
import { createLockState, pauseCountdown, startCountdown } from '../../domain/lock';
import type { LockState } from '../../domain/lock';
import type { RosterParticipant } from '../../domain/meeting/types';
import { createAppStore } from '../../store/app-store';
import { autoLockDeadline, lockFact, participantFacts, waitingRoomFact } from './checklist-facts';

const NOW = Date.UTC(2025, 4, 6, 19, 0);
const MINUTE = 60_000;

function armed(minutes: number): LockState {
  const result = startCountdown(createLockState(), { kind: 'fromNow', minutes }, NOW, {
    meetingStartedAt: NOW,
  });
  if (!result.ok) throw new Error('countdown refused');
  return result.state;
}

describe('checklist facts from the store', () => {
  it.each([
    [true, 'on'],
    [false, 'off'],
    [null, 'unknown'],
  ] as const)('waiting room %s → %s', (enabled, fact) => {
    expect(waitingRoomFact(enabled)).toBe(fact);
  });

  it('reads the lock as the lock module states it', () => {
    const unlocked = createLockState();
    expect(lockFact(unlocked)).toBe('unlocked');
    expect(lockFact({ ...unlocked, locked: { since: NOW, reason: 'manual' } })).toBe('locked');
    expect(
      lockFact({
        ...createLockState({ mode: 'rollOnly' }),
        locked: { since: NOW, reason: 'manual' },
      }),
    ).toBe('lockedRollOnly');
    expect(
      lockFact({
        ...unlocked,
        locked: { since: NOW, reason: 'manual' },
        pausedForRole: { since: NOW, role: 'attendee' },
      }),
    ).toBe('paused');
  });

  it('gives a running auto-lock’s deadline, and none for a paused or no countdown', () => {
    expect(autoLockDeadline(createLockState(), NOW)).toBeNull();
    expect(autoLockDeadline(armed(10), NOW + MINUTE)).toBe(NOW + 10 * MINUTE);
    expect(autoLockDeadline(pauseCountdown(armed(10), NOW + MINUTE), NOW + 2 * MINUTE)).toBeNull();
  });

  it('lists everyone once per roster version, in both places', () => {
    const store = createAppStore();
    const people: RosterParticipant[] = [
      {
        participantUUID: 'a',
        screenName: 'Ann',
        role: 'attendee',
        location: 'meeting',
        joinedAt: 1,
        eventAt: 1,
        seenAt: 1,
        formerUUIDs: [],
      },
      {
        participantUUID: 'w',
        screenName: 'Wu',
        role: 'attendee',
        location: 'waitingRoom',
        joinedAt: 2,
        eventAt: 2,
        seenAt: 2,
        formerUUIDs: [],
      },
    ];
    const map = new Map(people.map((p) => [p.participantUUID, p]));
    const first = participantFacts(map);
    expect(first).toEqual([
      { participantUUID: 'a', screenName: 'Ann', role: 'attendee', location: 'meeting' },
      { participantUUID: 'w', screenName: 'Wu', role: 'attendee', location: 'waitingRoom' },
    ]);
    expect(participantFacts(map)).toBe(first);
    expect(participantFacts(store.getState().roster.participants)).toEqual([]);
  });
});

describe('the checklist slice', () => {
  it('keeps the preset and the manual items ticked, each once', () => {
    const store = createAppStore();
    const state = () => store.getState();
    expect(state().checklistPreset).toBe('general');
    state().setChecklistPreset('class-coaching');
    state().setManualItemChecked('passcode', true);
    state().setManualItemChecked('passcode', true);
    state().setManualItemChecked('chat', true);
    state().setManualItemChecked('passcode', false);
    expect(state().checklistPreset).toBe('class-coaching');
    expect(state().checkedManualItems).toEqual(['chat']);
  });
});
