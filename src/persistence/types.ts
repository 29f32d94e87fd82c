import type { AttendanceEvent } from '../domain/attendance/types';
import type { NamePrivacy } from '../domain/export/attendance-table';
import type { MeetingOccurrence } from '../domain/checklist/types';
import type { LockState } from '../domain/lock/types';
import type { ManualDecision, RollEntry } from '../domain/matching/types';
import type { ErasureCount, ErasureTarget } from '../domain/erasure/types';
import type { ErasureOptions } from './erasure-plan';
import type { DroppedValue } from './validate';

/** A named roll in the library. */
export interface SavedRoll {
  id: string;
  name: string;
  entries: RollEntry[];
  createdAt: number;
  updatedAt: number;
  lastUsedAt: number | null;
  /** The host's own opening message for meetings with this roll; null: the preset's text. */
  openingMessage: SavedOpeningMessage | null;
}

/** A host's edit of the opening message, kept with the roll it was written for. */
export interface SavedOpeningMessage {
  text: string;
  savedAt: number;
}

export interface RollDraft {
  /** Omit to create a new roll; give an existing id to replace it. */
  id?: string;
  name: string;
  entries: RollEntry[];
}

/** What Doorkeeper remembers about one meeting instance. */
export interface MeetingRecord {
  meetingUUID: string;
  topic: string;
  /** The first moment Doorkeeper saw this meeting: the SDK reports no start time. */
  firstSeenAt: number;
  /** The start used for lateness and "N minutes after the start": firstSeenAt unless the host corrected it. */
  startedAt: number;
  /** The last moment the panel was known to be running in it (heartbeat): retention counts from here. */
  lastSeenAt: number;
  rollId: string | null;
  lockState: LockState | null;
}

/**
 * The occurrences seen under one meeting ID ("Meeting ID used before"). The ID itself is not kept:
 * `numberKey` is a SHA-256 hash of its digits (see README-privacy.md for what that does and does not hide).
 */
export interface MeetingIdRecord {
  numberKey: string;
  occurrences: MeetingOccurrence[];
}

export interface AppSettings {
  /** Meeting logs untouched for longer than this are deleted when the panel opens. */
  retentionDays: number;
  /** null: follow Zoom's / the browser's language. */
  language: string | null;
  graceMinutes: number;
  warnLeadSeconds: number;
  exportPrivacy: NamePrivacy;
}

export const DEFAULT_SETTINGS: Readonly<AppSettings> = {
  retentionDays: 30,
  language: null,
  graceMinutes: 5,
  warnLeadSeconds: 60,
  exportPrivacy: 'full',
};

export type StorageMode = 'indexeddb' | 'memory';

/**
 * Everything Doorkeeper keeps between panel loads. Two implementations: IndexedDB, and memory (the
 * fallback when storage fails, and for tests). Every method may reject with a StorageError.
 */
export interface DoorkeeperStore {
  readonly mode: StorageMode;

  saveRoll(draft: RollDraft, now: number): Promise<SavedRoll>;
  getRoll(id: string): Promise<SavedRoll | null>;
  /** Newest first; with a topic, the roll last used for that topic comes first. */
  listRolls(topic?: string): Promise<SavedRoll[]>;
  /** Deletes the roll and its manual links. */
  deleteRoll(id: string): Promise<void>;
  /**
   * Keeps the host's opening message with a roll (null: back to the preset's text). False when
   * the roll is not in the library (deleted meanwhile): nothing is kept then.
   */
  saveOpeningMessage(rollId: string, text: string | null, now: number): Promise<boolean>;
  /** Remembers that this roll was used for a meeting topic (and for the meeting, if given). */
  markRollUsed(rollId: string, topic: string, now: number, meetingUUID?: string): Promise<void>;

  /** Keeps a manual link/unlink for a roll; a later decision on the same name and entry replaces it. */
  saveDecision(rollId: string, decision: ManualDecision, now: number): Promise<void>;
  listDecisions(rollId: string): Promise<ManualDecision[]>;
  deleteDecision(rollId: string, decision: ManualDecision): Promise<void>;

  /** Records that the panel is in this meeting now: creates it (first seen = now) or moves lastSeenAt. */
  touchMeeting(meetingUUID: string, topic: string, now: number): Promise<MeetingRecord>;
  getMeeting(meetingUUID: string): Promise<MeetingRecord | null>;
  correctMeetingStart(meetingUUID: string, startedAt: number): Promise<void>;
  saveLockState(meetingUUID: string, state: LockState): Promise<void>;

  /**
   * Notes that the panel is open in this occurrence (meeting UUID) of this meeting ID, and returns
   * every occurrence kept for that ID, this one included. Retention and "Forget this meeting"
   * remove occurrences as they remove meeting logs.
   */
  noteMeetingOccurrence(
    meetingID: string,
    meetingUUID: string,
    now: number,
  ): Promise<MeetingOccurrence[]>;

  /** Appends to the meeting's log. Calls made while a write is under way are batched into one transaction. */
  appendEvents(meetingUUID: string, events: readonly AttendanceEvent[]): Promise<void>;
  /** The meeting's log in the order it was written. */
  loadEvents(meetingUUID: string): Promise<AttendanceEvent[]>;

  getSettings(): Promise<AppSettings>;
  saveSettings(patch: Partial<AppSettings>): Promise<AppSettings>;

  /** Deletes meetings (with their logs and lock state) last seen before `cutoff`; returns how many. */
  purgeMeetingsBefore(cutoff: number): Promise<number>;
  /** "Forget this meeting": its log, lock state and first-seen time. */
  forgetMeeting(meetingUUID: string): Promise<void>;
  /** What `erasePerson` would remove now, without removing anything (for the confirmation). */
  countPerson(target: ErasureTarget, options?: ErasureOptions): Promise<ErasureCount>;
  /**
   * "Forget this person": in one transaction, removes every attendance event about them from every
   * stored meeting, their entry from every saved roll that holds it, their name links, and their
   * ids from stored lock states (not the live meeting's), and appends to each meeting whose log
   * changed one "erasure" event with only the time and how many events went. Returns what it
   * removed; erasing again finds nothing and writes nothing.
   */
  erasePerson(target: ErasureTarget, now: number, options?: ErasureOptions): Promise<ErasureCount>;
  /** "Delete all Doorkeeper data". */
  deleteAll(): Promise<void>;
  /** Values dropped as damaged while reading since the last call (each is reported once). */
  takeDropped(): DroppedValue[];
  close(): void;
}

/** Everything in a store, to carry data from a failing IndexedDB into the memory fallback. */
export interface StoreSnapshot {
  rolls: SavedRoll[];
  topics: Array<{ topicKey: string; rollId: string; usedAt: number }>;
  decisions: Array<{ rollId: string; decision: ManualDecision; at: number }>;
  meetings: MeetingRecord[];
  events: Array<{ meetingUUID: string; event: AttendanceEvent }>;
  settings: AppSettings | null;
  /** Absent in snapshots of a database written before meeting IDs were kept. */
  meetingIds?: MeetingIdRecord[];
}
