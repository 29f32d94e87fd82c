import type { MatchReason } from './reasons';

/** A person on the attendance roll, after import and cleaning. */
export interface RollEntry {
  /** The roll's id column when it has one, else the 1-based data-row number as a string. */
  id: string;
  /** Full name as the host wrote it (cleaned of invisible characters). */
  name: string;
  email?: string;
  group?: string;
  /** The family name, when the roll has a column for it (the name then holds every part). */
  family?: string;
  /** The roll's other columns (header → cell), kept for exports that join back to the source. */
  extra?: Readonly<Record<string, string>>;
}

/** One person in the meeting or its waiting room, as the matcher sees them. */
export interface RosterEntry {
  participantUUID: string;
  screenName: string;
  /** The participant's e-mail when Zoom shared it (getMeetingParticipantsEmail): far stronger than a name. */
  email?: string;
  /** In the waiting room, not admitted yet (reasons that name this person say where they are). */
  waiting?: boolean;
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
export type MatchFlag =
  'impostor' | 'duplicate' | 'ambiguous' | 'bot' | 'dial-in' | 'device' | 'manual';

export interface ParticipantMatch {
  participantUUID: string;
  rollId: string | null;
  /** Extra roll entries a manual link ties to this participant (a family sharing one device). */
  extraRollIds?: string[];
  confidence: Confidence;
  /** Why, as codes with parameters (the panel translates them; reasonText() gives English). */
  reasons: MatchReason[];
  flags: MatchFlag[];
  /**
   * Roll entries the name fits but was not given, best first: the entries an ambiguous name fits,
   * the entry a duplicate already holds, the entry an impostor imitates.
   */
  candidates?: string[];
  /** For a duplicate: the participant who holds the entry it wanted. */
  heldBy?: string;
}

/** A host's decision, remembered as an alias for that roll. */
export type ManualDecision =
  | { kind: 'link'; screenName: string; rollId: string }
  | { kind: 'unlink'; screenName: string; rollId: string };

/** The result of matching a roster against the roll. */
export interface MatchReport {
  /** One per roster entry, in roster order. */
  participants: ParticipantMatch[];
  /** 'present' when some participant holds the roll entry (sure, likely or by a manual link). */
  rollStatus: Record<string, 'present' | 'absent'>;
  /** rollId → participantUUIDs holding it: manual links first, then join order. Absent ids are not keys. */
  claims: Record<string, string[]>;
}

/** What matchOne needs to know about the meeting so far. */
export interface MatchState {
  /** Who already holds which roll entry (MatchReport.claims). */
  claims: Readonly<Record<string, readonly string[]>>;
  decisions?: readonly ManualDecision[];
  /**
   * Everyone visible (meeting and waiting room): lets a newcomer with the better claim take an
   * entry, and a newcomer copying someone's display name be flagged.
   */
  participants?: readonly RosterEntry[];
}

export interface MatcherOptions {
  /** Accept listed nicknames and short forms of the given name (default true). */
  nicknames?: boolean;
  /** Accept one typo in a long word as a `likely` match (default true). */
  typos?: boolean;
}

/** A matcher bound to one roll: the index is built once, matching is cheap. */
export interface Matcher {
  /** Matches every participant; roster order is join order (it decides who is the duplicate). */
  matchAll(roster: readonly RosterEntry[], decisions?: readonly ManualDecision[]): MatchReport;
  /** Matches one newcomer against the current state: the same answer matchAll gives a participant who joined last. */
  matchOne(entry: RosterEntry, state?: MatchState): ParticipantMatch;
}
