/** What went wrong, in terms the app can act on. */
export type MeetingErrorKind =
  | 'not-in-zoom'
  | 'not-configured'
  | 'permission'
  | 'timeout'
  | 'not-in-waiting-room'
  | 'already-in-waiting-room'
  | 'already-in-that-state'
  | 'cannot-move-host'
  | 'waiting-room-unavailable'
  | 'locked-by-admin'
  | 'in-breakout-room'
  | 'unsupported'
  | 'not-found'
  | 'unknown';

/** The one error type every MeetingClient method rejects with. */
export class MeetingError extends Error {
  override readonly name = 'MeetingError';
  constructor(
    readonly kind: MeetingErrorKind,
    /** The SDK API that failed, e.g. 'admitParticipantFromWaitingRoom'. */
    readonly api: string,
    /** A plain-language sentence for the host. */
    message: string,
    /** Zoom's error code, when Zoom gave one. */
    readonly code?: string | number,
  ) {
    super(message);
  }
}

export function isMeetingError(value: unknown): value is MeetingError {
  return value instanceof MeetingError;
}

/**
 * Zoom codes worth asking again by themselves: 10001 (Zoom's generic "ran into an error"), 10150
 * (the meeting is not ready yet), 429 (too many requests).
 */
const TRANSIENT_CODES: ReadonlySet<string> = new Set(['10001', '10150', '429']);

/**
 * Whether a failed call may well succeed if sent again shortly: a time-out, a rate limit, "not
 * ready", or Zoom's generic error. A refusal (permission, not found, unsupported) is permanent.
 */
export function isTransientError(error: unknown): boolean {
  if (!isMeetingError(error)) return false;
  if (error.kind === 'timeout') return true;
  if (error.code !== undefined && TRANSIENT_CODES.has(String(error.code))) return true;
  return error.kind === 'unknown' && /rate limit|too many requests/iu.test(error.message);
}
