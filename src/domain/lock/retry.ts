import type { ActionFailure, EnforcementAction } from './types';

/**
 * Bounded backoff for transient Zoom errors: the lock tries again after 250 ms, 0.5 s, 1 s, 2 s and
 * 4 s, six attempts in all (about 8 s), then stops and asks for a click. Permanent errors stop at
 * once with their reason.
 */
export const RETRY_POLICY = { firstDelayMs: 250, maxDelayMs: 4_000, maxAttempts: 6 } as const;

/** The longest a transient error can delay a put-back, not counting the calls themselves. */
export const RETRY_BUDGET_MS = (() => {
  let total = 0;
  for (let attempt = 1; attempt < RETRY_POLICY.maxAttempts; attempt += 1)
    total += delayAfter(attempt);
  return total;
})();

function delayAfter(attempts: number): number {
  return Math.min(RETRY_POLICY.maxDelayMs, RETRY_POLICY.firstDelayMs * 2 ** (attempts - 1));
}

/** When the failed action may be sent again, or null when the lock has given up on it. */
export function retryAt(failure: ActionFailure): number | null {
  if (!failure.transient || failure.attempts >= RETRY_POLICY.maxAttempts) return null;
  return failure.at + delayAfter(failure.attempts);
}

/** The lock stopped trying by itself: only Retry (or the problem going away) sends it again. */
export function gaveUp(failure: ActionFailure): boolean {
  return retryAt(failure) === null;
}

/** Whether a recorded failure forbids sending `action` again at `now`. */
export function blocks(
  failure: ActionFailure | undefined,
  action: EnforcementAction,
  now: number,
): failure is ActionFailure {
  if (!failure || failure.action !== action) return false;
  const at = retryAt(failure);
  return at === null || now < at;
}
