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
