/**
 * Types of the Zoom client emulator and of its scripting surface, `window.zoomEmulator`.
 * Tests import these (type-only) to drive the emulator from Playwright; keep them stable.
 */

/** Roles as Zoom's getUserContext spells them (the emulator has no webinar panelists). */
export type EmulatorRole = 'host' | 'coHost' | 'attendee';

export type ParticipantLocation = 'meeting' | 'waitingRoom';

/** A breakout room while rooms are open. */
export interface BreakoutRoom {
  breakoutRoomUUID: string;
  name: string;
}

export type Theme = 'light' | 'dark';

/** Someone in the emulated meeting or its waiting room (the app's user included). */
export interface EmulatedParticipant {
  participantUUID: string;
  /** Zoom's deprecated numeric id, still sent for fidelity. */
  participantId: number;
  screenName: string;
  role: EmulatorRole;
  location: ParticipantLocation;
  /** The verified e-mail of a signed-in Zoom user; undefined: not signed in (a guest). */
  email?: string;
  /** What they do with the e-mail consent prompt. */
  consent: EmailConsent;
  /** The breakout room they are in (null: the main session or the waiting room). */
  room: string | null;
}

/** A participant's answer to Zoom's e-mail consent prompt; `ignore` never answers. */
export type EmailConsent = 'grant' | 'deny' | 'ignore';

/** One SDK request received from the panel, and what became of it. */
export interface CallRecord {
  jsCallId: string;
  apiName: string;
  data: unknown;
  /** When the request arrived (ms since the epoch). */
  at: number;
  /** `no-reply` is a call that failNext(api, 'timeout') swallowed; `dropped` arrived before the panel reloaded. */
  outcome: 'pending' | 'ok' | 'error' | 'no-reply' | 'dropped';
  errorCode?: string;
  /** When the reply was posted (ms since the epoch). */
  repliedAt?: number;
}

/** One event posted to the panel. */
export interface EventRecord {
  name: string;
  data: unknown;
  at: number;
  /** Still on its way when the panel went away (realistic delivery): the panel never got it. */
  dropped?: true;
}

/** A native toast the panel asked for with showNotification. */
export interface NotificationRecord {
  type: string;
  title: string;
  message: string;
  at: number;
}

/** Cloud recording as the emulated client holds it. */
export type CloudRecordingStatus = 'stopped' | 'started' | 'paused';

/** A message the panel posted to the meeting chat. */
export interface ChatRecord {
  from: string;
  message: string;
  at: number;
}

export interface JoinOptions {
  screenName: string;
  /** Defaults to attendee. Co-hosts skip the waiting room, as Zoom lets them. */
  role?: 'coHost' | 'attendee';
  /** Defaults to "whatever the waiting room setting says". `true` while the waiting room is off throws. */
  waitingRoom?: boolean;
  /** A verified account e-mail: the person is signed in to Zoom. Without it, they are not. */
  email?: string;
  /** Their answer to the e-mail consent prompt (default `grant`; without an e-mail it is moot). */
  consent?: EmailConsent;
}

/** A failure to inject: a Zoom error code, or `'timeout'` for a call that is never answered. */
export type InjectedFailure = number | string;

export interface EmulatorStateParticipant {
  participantUUID: string;
  screenName: string;
  role: EmulatorRole;
  location: ParticipantLocation;
  /** The breakout room's UUID, or null for the main session (and the waiting room). */
  room: string | null;
}

/** A snapshot of the emulator, returned by `zoomEmulator.state()`. Plain data (structured-clonable). */
export interface EmulatorState {
  participants: EmulatorStateParticipant[];
  waitingRoom: boolean;
  calls: CallRecord[];
  events: EventRecord[];
  notifications: NotificationRecord[];
  cloudRecording: CloudRecordingStatus;
  /** Participants allowed to record locally. */
  localRecorders: string[];
  /** Participants sharing their screen. */
  sharers: string[];
  chat: ChatRecord[];
  clientVersion: string;
  me: EmulatorStateParticipant;
  /** The panel has called config since it last loaded. */
  configured: boolean;
  /** Capabilities listed in the panel's last config. */
  capabilities: string[];
  latencyMs: number;
  theme: Theme;
  panelWidth: number;
  scenario: string;
  seed: number;
  /** The breakout rooms while they are open (empty when closed). */
  rooms: BreakoutRoom[];
  /** The client profile (`?profile=`). */
  profile: string;
  /** How events reach the panel: `realistic` (after the reply, delayed) or `instant`. */
  delivery: string;
}

/**
 * `window.zoomEmulator`: drive the emulated meeting as the people in it and Zoom's own UI would.
 * Actions take effect at once and send the panel the events Zoom would (only those it listed in
 * `config`, and only those its role may receive). Invalid actions throw an Error.
 *
 * - `join({ screenName, role?, waitingRoom? })` → participantUUID. With the waiting room on, an
 *   attendee lands there (`onWaitingRoomParticipantJoin`, action `joinMeeting`), else in the meeting
 *   (`onParticipantChange` join).
 * - `leave(uuid)`, `rename(uuid, name)`, `admit(uuid)`, `putInWaitingRoom(uuid)`.
 * - `setMyRole(role)`: the app user's role (`onMyUserContextChange`; the app must re-config).
 * - `setWaitingRoom(on)`: turning it off admits everyone waiting, as Zoom does.
 * - `failNext(apiName, code)`: the next call of that API fails with that Zoom error code, or is
 *   never answered with `'timeout'` (the SDK rejects it after 10 s). Queued per API.
 * - `recordToCloud('start'|'stop'|'pause'|'resume')`: Zoom's own recording buttons
 *   (`onCloudRecording`: connecting + started, paused, started again, stopped); an action that
 *   does not fit the state throws (Zoom's 10022).
 * - `allowLocalRecording(uuid, allowed)`: the host's grant/revoke in Zoom's menu.
 * - `shareScreen(uuid, sharing)`: someone starts or stops sharing (`onShareScreen`).
 * - `setClientVersion(v)`: the version the next config reports (below 6.2.5 there is no
 *   sendMessageToChat); reload the panel to apply it.
 * - `setLatency(ms)`: delay before each SDK request is handled and answered.
 * - `reset()`: back to the scenario's start; clears logs, failures and latency; reloads the panel.
 * - `newOccurrence()`: the meeting ends and starts again under the same meeting ID with a new
 *   meeting UUID (a recurring or personal meeting ID used again); otherwise as `reset()`. Resolves
 *   to the new UUID once the panel has reloaded.
 * - `reloadPanel()`: reload the panel iframe (the app must config again); resolves once it loaded.
 * - `setTheme('light'|'dark')`, `setPanelWidth(px)`.
 * - `whenConfigured(timeoutMs?)`: resolves once the panel has called config.
 * - `state()`: a snapshot (see EmulatorState).
 * - `openBreakoutRooms({ name: [uuid, …] })` → room UUIDs by name; the people listed move there
 *   (the app user too, if listed). `moveToRoom(uuid, name | null)`; `closeBreakoutRooms()` brings
 *   everyone back. Moves give new participant ids (and, by default, new UUIDs). Returns the
 *   participants' UUIDs after the move where they change: read `state()`.
 * - `setRole(uuid, 'attendee' | 'coHost')`: another person's role (onParticipantChange, possibly
 *   twice and under a new UUID, per the fidelity switches).
 * - `reconnect(uuid)`: a brief drop: a leave and a join under the same UUID.
 * - `setRunningContext(context)`: onRunningContextChange.
 * - `expireConfig()`: the panel's config expires now (calls fail until it configures again).
 * - `loseNextAdmit()`: the next admit succeeds, but the person gives up before arriving.
 * - `setDelivery({ mode, maxDelayMs?, reorder?, doubleEvery? })`: how events are delivered.
 */
export interface ZoomEmulator {
  join(options: JoinOptions): string;
  leave(participantUUID: string): void;
  rename(participantUUID: string, screenName: string): void;
  admit(participantUUID: string): void;
  putInWaitingRoom(participantUUID: string): void;
  setMyRole(role: EmulatorRole): void;
  setWaitingRoom(on: boolean): void;
  failNext(apiName: string, code: InjectedFailure): void;
  setLatency(ms: number): void;
  recordToCloud(action: 'start' | 'stop' | 'pause' | 'resume'): void;
  allowLocalRecording(participantUUID: string, allowed: boolean): void;
  shareScreen(participantUUID: string, sharing: boolean): void;
  setClientVersion(version: string): void;
  reset(): Promise<void>;
  newOccurrence(): Promise<string>;
  reloadPanel(): Promise<void>;
  setTheme(theme: Theme): void;
  setPanelWidth(px: number): void;
  whenConfigured(timeoutMs?: number): Promise<void>;
  state(): EmulatorState;
  openBreakoutRooms(assignments: Record<string, string[]>): Record<string, string>;
  moveToRoom(participantUUID: string, roomName: string | null): string;
  closeBreakoutRooms(): void;
  setRole(participantUUID: string, role: 'attendee' | 'coHost'): string;
  reconnect(participantUUID: string): void;
  setRunningContext(context: string): void;
  expireConfig(): void;
  loseNextAdmit(): void;
  setDelivery(options: DeliveryOptions): void;
}

/** How the emulated client posts events (see client-host.ts). */
export interface DeliveryOptions {
  /** `instant`: events synchronously, before the reply. `realistic`: the reply first, events later. */
  mode: 'instant' | 'realistic';
  /** Each event waits a seeded random delay in [0, maxDelayMs] (realistic; default 120). */
  maxDelayMs?: number;
  /** Events may overtake each other (realistic; default false). */
  reorder?: boolean;
  /** Every Nth event is posted twice (0: never). */
  doubleEvery?: number;
}

declare global {
  interface Window {
    zoomEmulator?: ZoomEmulator;
  }
}
