/** A person on the attendance roll, after import and cleaning. */
export interface RollEntry {
  /** The roll's id column when it has one, else the 1-based data-row number as a string. */
  id: string;
  /** Full name as the host wrote it (cleaned of invisible characters). */
  name: string;
  email?: string;
  group?: string;
}

/** One person in the meeting or its waiting room, as the matcher sees them. */
export interface RosterEntry {
  participantUUID: string;
  screenName: string;
}

export type Confidence = 'sure' | 'likely' | 'none';

/**
 * Flags carried by a participant's match.
 * - impostor: the name imitates a roll name (confusable characters, invisible or bidi characters)
 * - duplicate: a second claimant for a roll entry someone else already holds
 * - ambiguous: the name fits several roll entries equally (e.g. a shared first name alone)
 * - bot: a meeting bot or note-taker
 * - dial-in: a phone number as the name
 * - device: a bare device name ("iPhone") with no person in it
 * - manual: the host linked this participant by hand
 */
export type MatchFlag = 'impostor' | 'duplicate' | 'ambiguous' | 'bot' | 'dial-in' | 'device' | 'manual';

export interface ParticipantMatch {
  participantUUID: string;
  rollId: string | null;
  /** Extra roll entries a manual link ties to this participant (a family sharing one device). */
  extraRollIds?: string[];
  confidence: Confidence;
  /** Short human-readable reasons, e.g. 'nickname: Bob → Robert', 'surname typo'. */
  reasons: string[];
  flags: MatchFlag[];
}

/** A host's decision, remembered as an alias for that roll. */
export type ManualDecision =
  | { kind: 'link'; screenName: string; rollId: string }
  | { kind: 'unlink'; screenName: string; rollId: string };
