/**
 * The one place that says what each Zoom meeting role may do and what may be done to it.
 *
 * Panelists exist only in webinars. Zoom lets apps use the host APIs (admit, waiting room, rename,
 * remove) as host or co-host only, so a panelist cannot run Doorkeeper. Yet a panelist is part of
 * the event's staff, invited by the host to present: Doorkeeper never holds, puts back, removes or
 * flags one as an unknown person (webinars have no waiting room, so there is nothing to hold them in
 * anyway). Every folder asks these functions instead of spelling the roles out again.
 */
export type Role = 'host' | 'coHost' | 'attendee' | 'panelist';

export const ROLES: readonly Role[] = ['host', 'coHost', 'attendee', 'panelist'];

/** Runs the meeting: never put back, held, removed or counted as an unknown person. */
export function isStaff(role: Role): boolean {
  return role === 'host' || role === 'coHost' || role === 'panelist';
}

/** May call Zoom's host APIs, and so use Doorkeeper and enforce its lock. */
export function canUseHostApis(role: Role): boolean {
  return role === 'host' || role === 'coHost';
}

/** Whether a value read from storage or the wire is a role. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
