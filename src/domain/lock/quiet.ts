import { ADMIT_GAP_MS, BOUNCE_MEMORY_MS, SIGHTING_TTL_MS } from './decisions';
import { retryAt } from './retry';
import type { LockResult, LockState } from './types';

/**
 * The earliest moment at which a look at the same facts could decide differently from a look now,
 * for a state that such a look left unchanged: every comparison of the policy with the clock
 * (a put-back remembered, someone in transit, a sighting forgotten, an action in flight timing out,
 * a retry's backoff ending, the countdown's warning or deadline) turns at one of these moments.
 * Until then, only a change of the state or of the facts can make the lock act.
 */
export function quietUntil(state: LockState): number {
  let until = Number.POSITIVE_INFINITY;
  const at = (moment: number) => {
    if (moment < until) until = moment;
  };
  const countdown = state.countdown;
  if (countdown?.status === 'running' && !state.locked) {
    if (!countdown.warned) at(countdown.deadline - state.settings.warnLeadMs);
    at(countdown.deadline);
  }
  for (const key in state.bounced) at(state.bounced[key]! + BOUNCE_MEMORY_MS);
  for (const key in state.seen) {
    const goneAt = state.seen[key]!.goneAt;
    if (goneAt === undefined) continue;
    at(goneAt + ADMIT_GAP_MS);
    at(goneAt + SIGHTING_TTL_MS);
  }
  for (const key in state.pending) at(state.pending[key]!.since + state.settings.pendingTimeoutMs);
  for (const key in state.failures) {
    const retry = retryAt(state.failures[key]!);
    if (retry !== null) at(retry);
  }
  return until;
}

/** A look that changed nothing, and what it looked at: see `stillQuiet`. */
export interface QuietLook {
  state: LockState;
  /** The facts as the caller knows them: immutable values compared by identity. */
  inputs: readonly unknown[];
  at: number;
  until: number;
}

/**
 * Remembers a look whose result left the state as it was and asked for nothing, or null when it
 * did something (then the next look must run in full).
 */
export function quietLook(
  before: LockState,
  result: LockResult,
  inputs: readonly unknown[],
  now: number,
): QuietLook | null {
  if (result.state !== before || result.effects.length > 0) return null;
  return { state: before, inputs, at: now, until: quietUntil(before) };
}

/**
 * Whether a look at `now` would only repeat the quiet one: the same state object, the same inputs
 * (by identity), and no moment passed at which the clock changes a decision. The lock's 250 ms
 * timer then costs nothing with any number of people; any arrival, move, role change or settled
 * call changes an input or the state and gets a full look at once.
 */
export function stillQuiet(
  quiet: QuietLook | null,
  state: LockState,
  inputs: readonly unknown[],
  now: number,
): boolean {
  if (!quiet || quiet.state !== state) return false;
  if (now < quiet.at || now >= quiet.until) return false;
  if (quiet.inputs.length !== inputs.length) return false;
  return quiet.inputs.every((input, i) => input === inputs[i]);
}
