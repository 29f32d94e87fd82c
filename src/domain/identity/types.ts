/** What one participant answered to the e-mail request (the address is compared, never kept). */
export type EmailAnswer =
  | { kind: 'email'; email: string }
  | { kind: 'error'; errorMessage: string }
  /** The request went out and nothing came back in time (the prompt was ignored or closed). */
  | { kind: 'no-answer' };

/** Why a participant could not be checked: none of these is held against them. */
export type UncheckedReason =
  /** The participant said no in Zoom's consent prompt. */
  | 'declined'
  /** Zoom has no verified address: a guest, a signed-out user, an unverified account. */
  | 'not-signed-in'
  | 'no-answer'
  /** The roll has no e-mail for the entry the name claims, and the address is on no entry. */
  | 'no-roll-email'
  /** The name claims no entry and the address is on none (an unknown person stays unknown). */
  | 'not-on-roll'
  /** The address is on several roll entries and the name picks none of them. */
  | 'shared-email';

/**
 * The verdict on one participant's verified e-mail against the roll.
 * - verified: the address is the e-mail of the entry the name holds, or (`linked`) of exactly one
 *   entry when the name held none ("iPhone");
 * - mismatch: the name claims `claimedRollId` but the address is another entry's (`otherRollId`)
 *   or nobody's on the roll;
 * - unchecked: no comparison was possible, with the reason; no penalty.
 */
export type IdentityVerdict =
  | { kind: 'verified'; rollId: string; linked: boolean }
  | { kind: 'mismatch'; claimedRollId: string; otherRollId: string | null }
  | { kind: 'unchecked'; reason: UncheckedReason };

/** What goes into the attendance log: the verdict's name only, never an address. */
export type LoggedVerdict =
  'verified' | 'mismatch' | 'declined' | 'not-signed-in' | 'no-answer' | 'unchecked';

/** Zoom's first desktop client with `getMeetingParticipantsEmail` and `onParticipantEmail`. */
export const EMAIL_MIN_CLIENT_VERSION = '5.16.10';
