/**
 * The port between Doorkeeper and the Zoom client. Everything outside src/zoom/ talks to Zoom
 * through this interface only; the SDK implementation (sdk-meeting-client.ts) converts SDK payloads
 * once, and tests use an in-memory fake. Shapes here are already normalised: one role spelling,
 * every optional SDK field filled or the entry dropped.
 */

/** Zoom says `coHost` in getUserContext and `cohost` in onParticipantChange: we say `coHost`. */
export type { Role } from '../domain/roles';
import type { Role } from '../domain/roles';

export type Location = 'meeting' | 'waitingRoom';

export interface Participant {
  participantUUID: string;
  screenName: string;
  role: Role;
}

export interface UserContext {
  participantUUID: string;
  screenName: string;
  role: Role;
}

export interface MeetingInfo {
  /** The meeting instance UUID (stable for one occurrence of a meeting): our key for stored data. */
  meetingUUID: string;
  meetingID: string;
  topic: string;
}

export type NotificationType = 'info' | 'warning' | 'error';

/**
 * Cloud recording as Zoom reports it. `connecting` comes before `started`; Zoom's
 * getRecordingContext may also say `resumed`, which we read as `started`.
 */
export type CloudRecordingState = 'stopped' | 'connecting' | 'started' | 'paused';

export type CloudRecordingAction = 'start' | 'stop' | 'pause' | 'resume';

/** What the client told us in answer to `config`. */
export interface ClientInfo {
  clientVersion: string;
  runningContext: string;
  /** Capabilities the client said it does not support: features that need them degrade. */
  unsupportedApis: readonly string[];
  /** The client's product ('desktop', 'web', 'mobile'…) when it said. */
  product?: string;
  /** Not signed in to Zoom (config's auth.status 'unauthenticated'): a guest. */
  guest?: boolean;
}

/** Where the app user is in a meeting with breakout rooms. */
export interface BreakoutInfo {
  /** The breakout room I am in (getMeetingUUID's meetingUUID when a parentUUID comes with it), else null. */
  roomUUID: string | null;
  /** Its name when Zoom listed it, else null. */
  roomName: string | null;
  /** Whether breakout rooms are open; null when Zoom would not say. */
  roomsOpen: boolean | null;
}

/** Events, already normalised. `at` is the client's timestamp in ms since the epoch (or our clock when absent). */
export type MeetingEvent =
  | { type: 'participantJoined'; at: number; participant: Participant }
  | { type: 'participantLeft'; at: number; participant: Participant }
  | {
      type: 'waitingRoomJoined';
      at: number;
      participant: Participant;
      /** `putFromMainMeeting` when a host sent them back, `joinMeeting` for a new arrival. */
      cause: 'joinMeeting' | 'putFromMainMeeting';
    }
  | { type: 'waitingRoomLeft'; at: number; participantUUID: string; screenName: string }
  | { type: 'waitingRoomStateChanged'; at: number; enabled: boolean }
  /** My role or status changed (the client re-configured already); refresh snapshots. */
  | { type: 'myContextChanged'; at: number; user: UserContext }
  | { type: 'runningContextChanged'; at: number; runningContext: string }
  /**
   * One participant's answer to `requestEmails`: `email` when they consented and are signed in
   * with a verified address, else `errorMessage` (declined, not signed in, unverified). The
   * address is for comparing at once: nothing may keep it.
   */
  | {
      type: 'participantEmail';
      at: number;
      participantUUID: string;
      email: string | null;
      errorMessage: string | null;
    }
  /** The host's answer to `authorize`: the OAuth code (null when they declined). */
  | { type: 'authorized'; at: number; code: string | null; state: string | null }
  /** Zoom refused this API to my role although I am host or co-host (80012 require_meeting_role). */
  | { type: 'apiDenied'; at: number; api: string }
  /** A call Zoom refused before (apiDenied) went through: the refusal no longer holds. */
  | { type: 'apiAllowed'; at: number; api: string }
  /**
   * Breakout rooms: I joined or left a room (onBreakoutRoomChange), or rooms opened or closed
   * (onMeetingConfigChanged); `changed` is any other change to the rooms. Re-read where I am.
   */
  | {
      type: 'breakoutChanged';
      at: number;
      change: 'joinedRoom' | 'leftRoom' | 'roomsOpened' | 'roomsClosed' | 'changed';
      /** The room joined or left (onBreakoutRoomChange), when Zoom named it. */
      roomUUID?: string;
    }
  /** A cloud recording started, paused or stopped (in Zoom's UI or through the app). */
  | { type: 'cloudRecordingChanged'; at: number; state: CloudRecordingState }
  /** Someone started or stopped sharing their screen. */
  | { type: 'shareScreenChanged'; at: number; participantUUID: string; sharing: boolean };

export type MeetingEventListener = (event: MeetingEvent) => void;

/** The port. Every method rejects with a MeetingError (see errors.ts), never anything else. */
export interface MeetingClient {
  /** Configure the SDK with exactly the capabilities the app uses. Rejects with kind 'not-in-zoom' outside Zoom. */
  start(): Promise<ClientInfo>;
  getUserContext(): Promise<UserContext>;
  getMeeting(): Promise<MeetingInfo>;
  getParticipants(): Promise<Participant[]>;
  /** Entries without a UUID are dropped; a missing name becomes '' and a missing role 'attendee'. */
  getWaitingRoomParticipants(): Promise<Participant[]>;
  getWaitingRoomState(): Promise<boolean>;
  /** Am I in a breakout room, and are rooms open? Never rejects: what Zoom would not say is null. */
  getBreakout(): Promise<BreakoutInfo>;
  setWaitingRoomState(enabled: boolean): Promise<void>;
  admit(participantUUID: string): Promise<void>;
  putInWaitingRoom(participantUUID: string): Promise<void>;
  rename(participantUUID: string, screenName: string): Promise<void>;
  remove(participantUUID: string): Promise<void>;
  notify(type: NotificationType, title: string, message: string): Promise<void>;
  /**
   * Ask everyone in the meeting for their verified e-mail (`getMeetingParticipantsEmail`, desktop
   * 5.16.10+): Zoom shows each person `reasonForAsking` in a consent prompt; answers arrive one
   * by one as `participantEmail` events, or never.
   */
  requestEmails(reasonForAsking: string): Promise<void>;
  /**
   * In-client OAuth with PKCE: Zoom asks the user to authorise the app; the code arrives as an
   * `authorized` event, for the server to exchange with the verifier behind `codeChallenge`.
   */
  authorize(codeChallenge: string, state: string): Promise<void>;
  /** Host and co-host: the meeting's cloud recording state. */
  getCloudRecording(): Promise<CloudRecordingState>;
  /** Host and co-host: start, stop, pause or resume the cloud recording. */
  cloudRecording(action: CloudRecordingAction): Promise<void>;
  /** Host and co-host: grant or revoke one participant's permission to record locally. */
  setLocalRecordingAllowed(participantUUID: string, allowed: boolean): Promise<void>;
  /** Post a message to the meeting chat (desktop 6.2.5 or later). */
  sendChatMessage(message: string): Promise<void>;
  /** Host and co-host: the meeting's join link. */
  getJoinUrl(): Promise<string>;
  /** Subscribe to all events; returns the unsubscribe function. */
  subscribe(listener: MeetingEventListener): () => void;
  /** Remove every SDK listener and timer. */
  dispose(): void;
}
