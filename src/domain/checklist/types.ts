import type { Role } from '../roles';
import type { ParticipantMatch } from '../matching/types';

/*
 * Input types are declared here rather than imported from src/zoom/ or the lock module, but they
 * mirror domain/lock's spellings (LockStatus, LockMode, ScheduleSpec, MatchLookup) structurally so
 * the store can pass the lock's state and the matcher's output in as they are.
 */

export type WaitingRoomFact = 'on' | 'off' | 'unknown';

/** Doorkeeper's own lock (issue 4): 'paused' means it cannot enforce because our role dropped. */
export type LockFact = 'unlocked' | 'locked' | 'lockedRollOnly' | 'paused';

/**
 * Cloud recording as the SDK reports it. Zoom apps cannot see local recordings at all, which is
 * why "no recording" also appears as a manual item.
 */
export type RecordingFact = 'recording' | 'not-recording' | 'unknown';

export type ParticipantRole = Role;

export interface ParticipantFact {
  participantUUID: string;
  screenName: string;
  role: ParticipantRole;
  location: 'meeting' | 'waitingRoom';
}

/** Matches by participant UUID, or the matcher's list as it is. */
export type MatchLookup = ReadonlyMap<string, ParticipantMatch> | readonly ParticipantMatch[];

/** Everything Doorkeeper can read live, gathered by the store. */
export interface MeetingFacts {
  /** Wall-clock time of the evaluation, ms since the epoch. */
  now: number;
  waitingRoom: WaitingRoomFact;
  lock: LockFact;
  /** The armed auto-lock deadline (ms since the epoch), or null when none is armed. */
  autoLockDeadline: number | null;
  /** When Doorkeeper first saw this meeting (the SDK gives no start time), or null when unknown. */
  meetingStartedAt: number | null;
  recording: RecordingFact;
  /** Without a roll nobody can be called unknown or an impostor. */
  rollLoaded: boolean;
  /** Everyone in the meeting and in its waiting room. */
  participants: readonly ParticipantFact[];
  /** Roll matches; a participant with none counts as not on the roll. */
  matches: MatchLookup;
  /** The meeting topic (null: not read). */
  topic?: string | null;
  /** The join link from getMeetingJoinUrl (null: not read, e.g. not a host). */
  joinUrl?: string | null;
  /** The client version config reported (null: not known yet). */
  clientVersion?: string | null;
  /** This occurrence's meeting UUID (null: not known yet). */
  meetingUUID?: string | null;
  /**
   * Other occurrences (meeting UUIDs) Doorkeeper saw under this meeting's ID, as kept on this
   * computer, this one included or not; null or absent: not known (no ID read, no storage yet).
   */
  meetingHistory?: readonly MeetingOccurrence[] | null;
  /** Participants whose permission to record locally Doorkeeper revoked in this meeting. */
  localRecordingRevoked?: readonly string[];
  /** Manual items the host has ticked as done for this meeting. */
  confirmedManualItems?: readonly ManualItemId[];
}

/** One occurrence of a meeting ID as Doorkeeper kept it: its UUID and when the panel saw it. */
export interface MeetingOccurrence {
  meetingUUID: string;
  firstSeenAt: number;
  lastSeenAt: number;
}

export type LiveItemId =
  | 'waitingRoom'
  | 'lock'
  | 'recording'
  | 'localRecording'
  | 'unknownPeople'
  | 'impostors'
  | 'exposedContacts'
  | 'privacyNames'
  | 'sensitiveTopic'
  | 'joinLink'
  | 'clientVersion'
  | 'meetingReuse';

export type ManualItemId =
  | 'passcode'
  | 'screenSharing'
  | 'chat'
  | 'joinBeforeHost'
  | 'fileTransfer'
  | 'zoomLock'
  | 'noRecording'
  | 'namesNotEmails';

export type ChecklistItemId = LiveItemId | ManualItemId;

export type ItemStatus = 'ok' | 'warn' | 'fail' | 'manual' | 'unknown';

/** How much an item matters in a preset: a missed `critical` item fails, anything else warns. */
export type Severity = 'critical' | 'important' | 'advisory';

/** 'all': nobody gets in without a click. 'rollOnly': `sure` roll matches are admitted automatically. */
export type LockMode = 'all' | 'rollOnly';

/** An auto-lock time, in the lock module's ScheduleSpec terms. */
export type AutoLockSpec =
  { kind: 'afterStart'; minutes: number } | { kind: 'fromNow'; minutes: number };

/** An i18n key and its interpolation values; `count` selects the plural form. */
export interface Message {
  key: string;
  params?: Readonly<Record<string, string | number>>;
}

/** A one-click fix Doorkeeper can perform itself, as data for the UI to dispatch. */
export type Fix =
  | { kind: 'enableWaitingRoom' }
  | { kind: 'lockNow'; mode: LockMode }
  | { kind: 'armAutoLock'; spec: AutoLockSpec; mode: LockMode }
  | { kind: 'stopCloudRecording' }
  | { kind: 'revokeLocalRecording'; participantUUIDs: readonly string[] }
  | { kind: 'privacyRename'; participantUUIDs: readonly string[] }
  | { kind: 'reviewUnknown'; participantUUIDs: readonly string[] }
  | { kind: 'reviewImpostors'; participantUUIDs: readonly string[] };

export type Surface = 'webPortal' | 'inMeeting' | 'invitation';

/** Where a manual setting lives; `key` names the menu path in the catalog (Zoom localises its menus too). */
export interface Where {
  surface: Surface;
  key: string;
}

export interface ChecklistItem {
  id: ChecklistItemId;
  kind: 'live' | 'manual';
  status: ItemStatus;
  severity: Severity;
  title: Message;
  message: Message;
  fix?: Fix;
  where?: readonly Where[];
}

/** What "no recording" means for a preset. */
export type RecordingPolicy = 'forbidden' | 'discouraged' | 'allowed';

/** The five guidance documents Doorkeeper grew from (issue 15 names them so). */
export type GuidanceDocument =
  | 'recovery-ministry-zoom-settings'
  | 'hiv-sexual-health-charity-guide'
  | 'uk-cabinet-office-gds-guidance'
  | 'university-privacy-notes'
  | 'coaching-firm-session-protocol';

export type PresetId =
  'general' | 'anonymous-support-group' | 'confidential-service' | 'class-coaching';

export interface Preset {
  id: PresetId;
  name: Message;
  description: Message;
  /** Applicable items in display order, each with its severity in this preset. */
  items: readonly { id: ChecklistItemId; severity: Severity }[];
  /** What "apply preset" sets on the lock: the mode, and minutes after the start (null: lock by hand). */
  lock: { mode: LockMode; autoLockMinutes: number | null };
  privacyRenames: boolean;
  recording: RecordingPolicy;
  /** The guidance this preset follows. */
  documents: readonly GuidanceDocument[];
  /** Whether participants may share their screens (else the manual item asks for host-only). */
  participantScreenSharing: boolean;
  /** Exports name people by initials only unless the host chooses otherwise. */
  initialsOnlyExport: boolean;
  /** "Rename to the roll name" is offered (it can reveal a surname: not in anonymous groups). */
  rollNameRenames: boolean;
  /**
   * Whether "Verify e-mails" is offered. Off where members stay anonymous: the host can still
   * turn it on, knowingly, for one meeting.
   */
  emailVerification: boolean;
}
