import { rollIdsOf } from './decisions';
import {
  canAct,
  countsAsPresent,
  decideWith,
  normaliseFacts,
  type NormalisedFacts,
} from './enforce';
import type { LockEffect, LockFacts, LockReason, LockResult, LockState } from './types';

function everyoneOnRollPresent(facts: NormalisedFacts): boolean {
  // An empty roll is never "complete": locking at once because nobody is expected would surprise.
  if (facts.rollIds.length === 0) return false;
  const here = new Set<string>();
  for (const person of facts.people) {
    if (person.location !== 'meeting') continue;
    const match = facts.matches.get(person.participantUUID);
    if (!match || match.rollId === null || !countsAsPresent(match)) continue;
    here.add(match.rollId);
    for (const extra of match.extraRollIds ?? []) here.add(extra);
  }
  return facts.rollIds.every((rollId) => here.has(rollId));
}

/**
 * Engages the lock. `allowed` is rebuilt from the facts: exactly who is in the main room now may
 * stay, so nobody a host sent back while unlocked slips in as a "rejoin". Host decisions are kept.
 */
function engage(
  state: LockState,
  now: number,
  facts: NormalisedFacts,
  reason: LockReason,
): LockState {
  const allowed = new Set<string>();
  const allowedRollIds = new Set<string>();
  for (const person of facts.people) {
    if (person.location !== 'meeting') continue;
    allowed.add(person.participantUUID);
    const match = facts.matches.get(person.participantUUID);
    if (countsAsPresent(match)) for (const rollId of rollIdsOf(match)) allowedRollIds.add(rollId);
  }
  return {
    ...state,
    locked: { since: now, reason },
    countdown: null,
    allowed: [...allowed],
    allowedRollIds: [...allowedRollIds],
    heldSince: {},
    pending: {},
    failures: {},
  };
}

function withEffects(result: LockResult, before: LockEffect[]): LockResult {
  return { ...result, effects: [...before, ...result.effects] };
}

/**
 * One step of the policy at `now`: pause or resume on my role, fire the warning or the lock when the
 * wall-clock deadline says so (an overdue deadline locks at once, however late the tick), then
 * enforce. Call it on a timer and after every roster change; it is idempotent.
 */
export function tick(
  state: LockState,
  now: number,
  facts: LockFacts | NormalisedFacts,
): LockResult {
  const normalised = normaliseFacts(facts);
  const effects: LockEffect[] = [];
  let next = state;
  const able = canAct(normalised.myRole);
  // Only worth telling the host about when there is a lock or a countdown to pause.
  const armed = next.locked !== null || next.countdown !== null;
  if (!able && !next.pausedForRole) {
    next = { ...next, pausedForRole: { since: now, role: normalised.myRole } };
    if (armed) effects.push({ kind: 'paused', role: normalised.myRole });
  } else if (able && next.pausedForRole) {
    next = { ...next, pausedForRole: null };
    if (armed) effects.push({ kind: 'resumed' });
  }

  const countdown = next.countdown;
  if (able && countdown?.status === 'running' && !next.locked) {
    let reason: LockReason | null = null;
    if (now >= countdown.deadline) reason = 'countdown';
    else if (next.settings.lockWhenRollComplete && everyoneOnRollPresent(normalised))
      reason = 'rollComplete';
    if (reason) {
      next = engage(next, now, normalised, reason);
      effects.push({
        kind: 'lock',
        reason,
        mode: next.settings.mode,
        lateByMs: reason === 'countdown' ? now - countdown.deadline : 0,
      });
    } else if (!countdown.warned && now >= countdown.deadline - next.settings.warnLeadMs) {
      next = { ...next, countdown: { ...countdown, warned: true } };
      effects.push({
        kind: 'warn',
        deadline: countdown.deadline,
        remainingMs: countdown.deadline - now,
      });
    }
  }
  return withEffects(decideWith(next, now, normalised, able), effects);
}

/** "Lock now" (idempotent): engages the lock, drops any countdown, and enforces at once. */
export function lockNow(
  state: LockState,
  now: number,
  facts: LockFacts | NormalisedFacts,
): LockResult {
  const normalised = normaliseFacts(facts);
  const able = canAct(normalised.myRole) && !state.pausedForRole;
  if (state.locked) return decideWith(state, now, normalised, able);
  const next = engage(state, now, normalised, 'manual');
  return withEffects(decideWith(next, now, normalised, able), [
    { kind: 'lock', reason: 'manual', mode: next.settings.mode, lateByMs: 0 },
  ]);
}

/**
 * Restores normal behaviour. Host decisions and sightings are kept (the lock keeps watching who a
 * host sends back while unlocked); `allowed` is rebuilt when the lock engages again.
 */
export function unlock(state: LockState): LockResult {
  if (!state.locked) return { state, effects: [], held: [], problems: [] };
  return {
    state: {
      ...state,
      locked: null,
      heldSince: {},
      pending: {},
      failures: {},
    },
    effects: [{ kind: 'unlock' }],
    held: [],
    problems: [],
  };
}
