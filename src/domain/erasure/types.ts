import type { RollEntry } from '../matching/types';

/**
 * Whom "Forget this person" erases. Matching is exact throughout: ids as stored, display names as
 * the exact stored string, e-mail addresses ignoring case only. Nothing fuzzy: an erasure must
 * never reach a different person silently.
 */
export type ErasureTarget =
  | {
      kind: 'rollEntry';
      /** The saved roll the entry belongs to (null: the roll was never saved). */
      savedRollId: string | null;
      entry: RollEntry;
    }
  | {
      kind: 'participant';
      /** Every Zoom participant id the panel saw for them (Zoom changes it with a role). */
      participantUUIDs: readonly string[];
      /** Their display names, exactly as shown: name links are remembered by exact display name. */
      screenNames: readonly string[];
    };

/** A roll entry in the library: which saved roll, and the entry's id in it. */
export interface EntryRef {
  savedRollId: string;
  entryId: string;
}

/** What an erasure removes (the confirmation shows it first; the result repeats it). */
export interface ErasureCount {
  /** Stored meetings whose log held the person. */
  meetings: number;
  /** Attendance events removed, over all of them. */
  events: number;
  /** Saved rolls that held the entry (by name, for the confirmation). */
  rolls: readonly string[];
  /** Roll entries removed from those rolls. */
  entries: number;
  /** Name links (manual link or unlink decisions) removed. */
  links: number;
}

export const NOTHING_ERASED: ErasureCount = {
  meetings: 0,
  events: 0,
  rolls: [],
  entries: 0,
  links: 0,
};
