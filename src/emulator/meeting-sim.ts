import { DESKTOP_ONLY_APIS, DESKTOP_ONLY_OTHER_APIS, STRICT_FIDELITY } from './fidelity';
import type { Fidelity } from './fidelity';
import { createRandom, randomParticipantUUID } from './random';
import type { Random } from './random';
import type {
  BreakoutRoom,
  CallRecord,
  EmailConsent,
  EmulatedParticipant,
  EmulatorRole,
  EmulatorStateParticipant,
  EventRecord,
  InjectedFailure,
  JoinOptions,
  NotificationRecord,
} from './types';
import {
  CHAT_MIN_VERSION,
  EXTRA_HOST_APIS,
  EXTRA_HOST_EVENTS,
  EXTRA_OPEN_APIS,
  EXTRA_OPEN_EVENTS,
  MeetingExtras,
} from './meeting-extras';
import { versionAtLeast } from '../domain/meeting/client-version';
import { ERRORS, zoomError } from './zoom-errors';
import type { ZoomErrorReply } from './zoom-errors';

/**
 * The emulated Zoom meeting: people, the waiting room, the app user's role, and the client's answers
 * to SDK requests, as pure state with no timers or DOM. The transport (client-host.ts) feeds it
 * requests and posts what it returns; the control surface and `window.zoomEmulator` drive it.
 */

export interface MeetingSetup {
  topic: string;
  meetingID: string;
  meetingUUID: string;
  me: { screenName: string; role: EmulatorRole };
  waitingRoom: boolean;
  /** People already there when the panel opens (no events are sent for them). */
  participants: JoinOptions[];
  /** What getMeetingJoinUrl answers (default: a link that carries the passcode, as Zoom's often do). */
  joinUrl?: string;
}

/** A request exactly as the SDK posts it (after JSON.parse). */
export interface SdkRequest {
  jsCallId: string;
  apiName: string;
  data?: unknown;
}

/** The `data` of an `apiResponse` message. */
export type SdkReply =
  | { jsCallId: string; result: unknown }
  | { jsCallId: string; errorCode: string; errorMessage: string };

export interface SimEvent {
  name: string;
  data: unknown;
}

export interface MeetingSimOptions {
  seed: number;
  /** Wall clock in ms (tests pass a fake one). */
  now?: () => number;
  /** Runs `callback` after `ms` (default setTimeout): only the e-mail answers are delayed here. */
  schedule?: (callback: () => void, ms: number) => void;
  /** The clientVersion `config` reports (default CLIENT_VERSION); older than 5.16.10: no e-mails. */
  clientVersion?: string;
  /** Profile and strictness switches (default: the strict desktop client). */
  fidelity?: Partial<Fidelity>;
  /**
   * Zoom's authorization server, asked for the code `onAuthorized` delivers once the user approved
   * (see zoom-consent.ts). Without one the code is made up, and no server can exchange it.
   */
  authorizer?: Authorizer;
}

/** What the app asked `authorize` for: the PKCE challenge, and its state. */
export interface AuthorizeRequest {
  codeChallenge: string;
  state?: string;
}

/** A code Zoom's authorization server issued, and the app's OAuth redirect URL it is bound to. */
export interface AuthorizationGrant {
  code: string;
  redirectUri: string;
}

export type Authorizer = (request: AuthorizeRequest) => Promise<AuthorizationGrant>;

/** How long the user takes to approve Zoom's consent prompt, in ms. */
const AUTHORIZE_PROMPT_MS = 500;

/** Zoom's first desktop client with getMeetingParticipantsEmail (sdk.d.ts `@zoomDesktopClientVersion`). */
export const EMAIL_CLIENT_VERSION = '5.16.10';
/** The e-mail APIs, absent from clients older than EMAIL_CLIENT_VERSION. */
const EMAIL_CAPABILITIES = new Set(['getMeetingParticipantsEmail', 'onParticipantEmail']);
/** How long a person takes to answer the consent prompt, in ms (a person reads and clicks). */
const CONSENT_DELAY_MS = { min: 1200, max: 4000 };
/** Zoom answers at once, without a prompt, for someone with no verified e-mail. */
const NO_EMAIL_DELAY_MS = 300;

/**
 * The client version we report: four parts as real clients send them (the typings' example is
 * `5.11.1.8356`), ≥ 6.4.5 so every API Doorkeeper uses exists in it. The build number is made up.
 */
export const CLIENT_VERSION = '6.4.10.59527';

/** APIs any role may call. */
const OPEN_APIS = new Set([
  'getUserContext',
  'getMeetingUUID',
  'getRunningContext',
  'getSupportedJsApis',
  'getAppContext',
  'showNotification',
  // Host, co-host and participant alike (sdk.d.ts); each person's consent is the gate.
  'getMeetingParticipantsEmail',
  // In-client OAuth: the user approves in Zoom's own prompt.
  'authorize',
  'getBreakoutRoomList',
  ...EXTRA_OPEN_APIS,
]);

/** APIs only hosts and co-hosts may call. */
const HOST_APIS = new Set([
  // The typings list "Supported roles: Host, Co-Host" for these two context reads too.
  'getMeetingContext',
  'getRecordingContext',
  'getMeetingParticipants',
  'getWaitingRoomParticipants',
  'getWaitingRoomState',
  'setWaitingRoomState',
  'admitParticipantFromWaitingRoom',
  'putParticipantToWaitingRoom',
  'setParticipantScreenName',
  'removeParticipant',
  ...EXTRA_HOST_APIS,
]);

const OPEN_EVENTS = new Set([
  'onMyUserContextChange',
  'onRunningContextChange',
  'onParticipantEmail',
  'onAuthorized',
  'onBreakoutRoomChange',
  'onMeetingConfigChanged',
  ...EXTRA_OPEN_EVENTS,
]);
/** Refused with 10236 while the app user is in a breakout room (documented for setWaitingRoomState). */
const MAIN_SESSION_APIS = new Set([
  'getWaitingRoomParticipants',
  'getWaitingRoomState',
  'setWaitingRoomState',
  'admitParticipantFromWaitingRoom',
  'putParticipantToWaitingRoom',
]);
const HOST_EVENTS = new Set([
  'onParticipantChange',
  'onWaitingRoomParticipantJoin',
  'onWaitingRoomParticipantLeave',
  'onWaitingRoomStateChange',
  ...EXTRA_HOST_EVENTS,
]);

/** Every API and event the emulated client supports. */
export const SUPPORTED_CAPABILITIES: readonly string[] = [
  ...OPEN_APIS,
  ...HOST_APIS,
  ...OPEN_EVENTS,
  ...HOST_EVENTS,
];

const MAX_LOG = 20_000;

type Outcome = { result: unknown } | ZoomErrorReply;

const isHostish = (role: EmulatorRole): boolean => role === 'host' || role === 'coHost';

/** onParticipantChange spells co-host in lower case (getUserContext says coHost). */
const eventRole = (role: EmulatorRole): string => (role === 'coHost' ? 'cohost' : role);

const SUCCESS = 'Success';

export class MeetingSim {
  private readonly random: Random;
  private readonly now: () => number;
  private readonly schedule: (callback: () => void, ms: number) => void;
  private readonly authorizer: Authorizer | undefined;
  private clientVersion: string;
  /** Bumped when the panel unloads or the meeting resets: late e-mail answers of before are dropped. */
  private emailGeneration = 0;
  private setup: MeetingSetup;
  private participants = new Map<string, EmulatedParticipant>();
  private meUUID = '';
  private nextParticipantId = 16_778_240;
  private waitingRoomOn = false;
  private config: { capabilities: Set<string>; role: EmulatorRole; at: number } | null = null;
  private readonly fidelity: Fidelity;
  /** Open breakout rooms by UUID (name); empty while closed. */
  private rooms = new Map<string, string>();
  private runningContext = 'inMeeting';
  private admitsToLose = 0;
  private pending = new Map<string, { request: SdkRequest; record: CallRecord }>();
  private failures = new Map<string, InjectedFailure[]>();
  private listeners = new Set<() => void>();
  private eventSinks = new Set<(event: SimEvent, record: EventRecord) => void>();
  private extras!: MeetingExtras;
  calls: CallRecord[] = [];
  events: EventRecord[] = [];
  notifications: NotificationRecord[] = [];

  constructor(setup: MeetingSetup, options: MeetingSimOptions) {
    this.setup = setup;
    this.random = createRandom(options.seed);
    this.now = options.now ?? Date.now;
    this.schedule = options.schedule ?? ((callback, ms) => void setTimeout(callback, ms));
    this.authorizer = options.authorizer;
    this.clientVersion = options.clientVersion ?? CLIENT_VERSION;
    this.fidelity = { ...STRICT_FIDELITY, ...options.fidelity };
    this.load();
  }

  // ---- observation -------------------------------------------------------------------------

  /** Call `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Receive every event the panel is sent; returns the unsubscribe function. */
  onEvent(sink: (event: SimEvent, record: EventRecord) => void): () => void {
    this.eventSinks.add(sink);
    return () => this.eventSinks.delete(sink);
  }

  get waitingRoom(): boolean {
    return this.waitingRoomOn;
  }

  get configured(): boolean {
    return this.config !== null;
  }

  get capabilities(): string[] {
    return this.config ? [...this.config.capabilities] : [];
  }

  /** Cloud recording, local recording permissions, chat and sharing (see meeting-extras.ts). */
  get meetingExtras(): MeetingExtras {
    return this.extras;
  }

  get version(): string {
    return this.clientVersion;
  }

  get me(): EmulatorStateParticipant {
    return this.publicView(this.mustGet(this.meUUID));
  }

  get profile(): string {
    return this.fidelity.profile;
  }

  /** The open breakout rooms (none while closed). */
  get breakoutRooms(): BreakoutRoom[] {
    return [...this.rooms].map(([breakoutRoomUUID, name]) => ({ breakoutRoomUUID, name }));
  }

  /** Everyone, in join order. */
  list(): EmulatorStateParticipant[] {
    return [...this.participants.values()].map((p) => this.publicView(p));
  }

  // ---- the SDK side ------------------------------------------------------------------------

  /** Record a request as it arrives; answer it later with `process` (after any latency). */
  receive(request: SdkRequest): void {
    const record: CallRecord = {
      jsCallId: request.jsCallId,
      apiName: request.apiName,
      data: request.data,
      at: this.now(),
      outcome: 'pending',
    };
    this.pushCapped(this.calls, record);
    this.pending.set(request.jsCallId, { request, record });
    this.changed();
  }

  /** Handle a received request now; returns the reply to post, or null when none is due. */
  process(jsCallId: string): SdkReply | null {
    const entry = this.pending.get(jsCallId);
    if (!entry) return null;
    this.pending.delete(jsCallId);
    const { request, record } = entry;
    const injected = this.takeFailure(request.apiName);
    let outcome: Outcome | null;
    if (injected === 'timeout') outcome = null;
    else if (injected !== undefined) outcome = zoomError(injected);
    else outcome = this.answer(request);
    const reply = outcome === null ? null : toReply(jsCallId, outcome);
    record.outcome = reply === null ? 'no-reply' : 'result' in reply ? 'ok' : 'error';
    if (reply && 'errorCode' in reply) record.errorCode = reply.errorCode;
    if (reply) record.repliedAt = this.now();
    this.changed();
    return reply;
  }

  /** The panel document went away: its configuration and unanswered calls go with it. */
  panelUnloaded(): void {
    this.config = null;
    this.emailGeneration += 1;
    for (const { record } of this.pending.values()) record.outcome = 'dropped';
    this.pending.clear();
    this.changed();
  }

  private answer(request: SdkRequest): Outcome {
    const { apiName } = request;
    if (apiName === 'config') return this.configure(request.data);
    if (!this.config) return ERRORS.notConfigured;
    if (this.configExpired()) return ERRORS.configExpired;
    if (!this.config.capabilities.has(apiName)) return ERRORS.notInCapabilities;
    if (!OPEN_APIS.has(apiName) && !HOST_APIS.has(apiName)) return ERRORS.unsupported;
    if (!this.clientSupports(apiName)) return ERRORS.unsupported;
    if (this.profileLacks(apiName)) return ERRORS.unsupported;
    if (!this.versionSupports(apiName)) return ERRORS.unsupported;
    // The cloudRecording table in the typings gives its own code for a user without the role.
    if (apiName === 'cloudRecording' && !this.mayUseHostCapabilities()) return zoomError(10021);
    if (HOST_APIS.has(apiName) && !this.mayUseHostCapabilities()) return ERRORS.roleNotAllowed;
    if (this.isDenied(apiName)) return ERRORS.roleNotAllowed;
    const myRoom = this.mustGet(this.meUUID).room;
    if (myRoom !== null && MAIN_SESSION_APIS.has(apiName)) return ERRORS.inBreakoutRoom;
    const data = isRecord(request.data) ? request.data : {};
    switch (apiName) {
      case 'getUserContext': {
        const me = this.mustGet(this.meUUID);
        return {
          result: {
            screenName: me.screenName,
            participantId: String(me.participantId),
            participantUUID: me.participantUUID,
            role: me.role,
            status: this.fidelity.profile === 'guestCoHost' ? 'unauthenticated' : 'authorized',
          },
        };
      }
      case 'getMeetingContext':
        return { result: { meetingTopic: this.setup.topic, meetingID: this.setup.meetingID } };
      case 'getMeetingUUID':
        // In a breakout room the room's UUID, and the main meeting's as parentUUID (the guide).
        return {
          result:
            myRoom === null
              ? { meetingUUID: this.setup.meetingUUID }
              : { meetingUUID: myRoom, parentUUID: this.setup.meetingUUID },
        };
      case 'getRunningContext':
        return { result: { context: this.runningContext } };
      case 'getBreakoutRoomList':
        return {
          result: {
            rooms: this.breakoutRooms.map((room) => ({
              breakoutRoomId: room.breakoutRoomUUID,
              name: room.name,
            })),
            state: this.rooms.size > 0 ? 'open' : 'closed',
          },
        };
      case 'getSupportedJsApis':
        return {
          result: {
            supportedApis: SUPPORTED_CAPABILITIES.filter((api) =>
              this.roleMayUse(api, this.mustGet(this.meUUID).role),
            ),
          },
        };
      case 'getAppContext':
        return { result: { context: btoa(`emulator:${this.setup.meetingUUID}:${this.meUUID}`) } };
      case 'showNotification':
        return this.notify(data);
      case 'getMeetingParticipants':
        // Guests may not read the participant list (the typings: "Supports Guest Mode: No").
        if (this.fidelity.profile === 'guestCoHost') return ERRORS.roleNotAllowed;
        // Only the room the app user is in: a breakout room, or the main session (the guide).
        return {
          result: {
            participants: this.inLocation('meeting')
              .filter((p) => p.room === myRoom)
              .map((p) =>
                this.sparse({
                  screenName: p.screenName,
                  participantId: String(p.participantId),
                  participantUUID: p.participantUUID,
                  role: p.role,
                }),
              ),
          },
        };
      case 'getWaitingRoomParticipants':
        if (!this.waitingRoomOn) return ERRORS.waitingRoomUnsupported;
        return {
          result: {
            participants: this.inLocation('waitingRoom').map((p) =>
              this.sparse({
                screenName: p.screenName,
                participantUUID: p.participantUUID,
                role: p.role,
              }),
            ),
          },
        };
      case 'getWaitingRoomState':
        return { result: { waitingRoom: this.waitingRoomOn } };
      case 'setWaitingRoomState':
        if (typeof data.waitingRoom !== 'boolean') return ERRORS.invalidParameters;
        if (data.waitingRoom === this.waitingRoomOn) return ERRORS.waitingRoomAlreadyInState;
        this.applyWaitingRoom(data.waitingRoom);
        return { result: SUCCESS };
      case 'admitParticipantFromWaitingRoom':
        return this.withUUID(data, (uuid) => this.doAdmit(uuid));
      case 'putParticipantToWaitingRoom':
        return this.withUUID(data, (uuid) => this.doPut(uuid));
      case 'setParticipantScreenName':
        if (typeof data.screenName !== 'string' || data.screenName.trim() === '')
          return ERRORS.invalidParameters;
        return this.withUUID(
          data,
          (uuid) =>
            this.waitingRefused(uuid, this.fidelity.allowWaitingRoomRename) ??
            this.doRename(uuid, data.screenName as string),
        );
      case 'removeParticipant':
        return this.withUUID(
          data,
          (uuid) =>
            this.waitingRefused(uuid, this.fidelity.allowWaitingRoomRemove) ?? this.doRemove(uuid),
        );
      case 'getMeetingParticipantsEmail':
        return this.askForEmails(data);
      case 'authorize':
        return this.authorizeApp(data);
      default:
        return this.extras.answer(apiName, data) ?? ERRORS.unsupported;
    }
  }

  /** sendMessageToChat needs desktop 6.2.5: an older client does not have it. */
  private versionSupports(api: string): boolean {
    return api !== 'sendMessageToChat' || versionAtLeast(this.clientVersion, CHAT_MIN_VERSION);
  }

  private configure(data: unknown): Outcome {
    if (
      !isRecord(data) ||
      !Array.isArray(data.js_api_lists) ||
      !data.js_api_lists.every((c) => typeof c === 'string')
    )
      return ERRORS.invalidParameters;
    const requested = data.js_api_lists as string[];
    const role = this.mustGet(this.meUUID).role;
    this.config = { capabilities: new Set(requested), role, at: this.now() };
    // Real clients list here what this user may not use, by support and by role.
    const unsupportedApis = requested.filter(
      (api) =>
        !SUPPORTED_CAPABILITIES.includes(api) ||
        !this.clientSupports(api) ||
        !this.roleMayUse(api, role) ||
        this.profileLacks(api) ||
        !this.versionSupports(api),
    );
    const guest = this.fidelity.profile === 'guestCoHost';
    return {
      result: {
        clientVersion: this.clientVersion,
        browserVersion: `chromium/${navigatorVersion()}`,
        userAgent: typeof navigator === 'undefined' ? 'emulator' : navigator.userAgent,
        auth: guest
          ? { status: 'unauthenticated', upgradable: true }
          : { status: 'authorized', upgradable: true },
        unsupportedApis,
        runningContext: this.runningContext,
        // The typings' product table: the web client reports 'web' (or 'desktop').
        product: this.fidelity.profile === 'web' ? 'web' : 'desktop',
        launchContext: { origin: 'App Launcher', openBy: 'user' },
      },
    };
  }

  private notify(data: Record<string, unknown>): Outcome {
    const { type, title, message } = data;
    if (typeof type !== 'string' || typeof title !== 'string' || typeof message !== 'string')
      return ERRORS.invalidParameters;
    this.pushCapped(this.notifications, { type, title, message, at: this.now() });
    return { result: SUCCESS };
  }

  private withUUID(
    data: Record<string, unknown>,
    act: (uuid: string) => ZoomErrorReply | null,
  ): Outcome {
    if (typeof data.participantUUID !== 'string') return ERRORS.invalidParameters;
    return act(data.participantUUID) ?? { result: SUCCESS };
  }

  private clientSupports(capability: string): boolean {
    return (
      !EMAIL_CAPABILITIES.has(capability) ||
      versionAtLeast(this.clientVersion, EMAIL_CLIENT_VERSION)
    );
  }

  /**
   * getMeetingParticipantsEmail: everyone else in the meeting (not the waiting room) is asked, and
   * each answer comes as its own onParticipantEmail when that person acts: an address for a grant,
   * an errorMessage for a refusal or for someone not signed in, nothing at all for an ignored prompt.
   */
  private askForEmails(data: Record<string, unknown>): Outcome {
    if (data.reasonForAsking !== undefined && typeof data.reasonForAsking !== 'string')
      return ERRORS.invalidParameters;
    const generation = this.emailGeneration;
    for (const p of this.inLocation('meeting')) {
      if (p.participantUUID === this.meUUID) continue;
      const answer = emailAnswer(p.email, p.consent);
      if (answer === null) continue;
      const delay =
        p.email === undefined
          ? NO_EMAIL_DELAY_MS
          : CONSENT_DELAY_MS.min +
            this.random.next() * (CONSENT_DELAY_MS.max - CONSENT_DELAY_MS.min);
      const uuid = p.participantUUID;
      this.schedule(() => {
        const now = this.participants.get(uuid);
        // Someone who left, or went back to the waiting room, no longer answers.
        if (generation !== this.emailGeneration || now?.location !== 'meeting') return;
        this.emit('onParticipantEmail', {
          participantUUID: uuid,
          ...answer,
          timestamp: this.timestamp(),
        });
        this.changed();
      }, Math.round(delay));
    }
    return { result: SUCCESS };
  }

  /**
   * authorize: answers at once, then (as the user approves Zoom's prompt) sends onAuthorized with a
   * code: one Zoom's authorization server (the `authorizer`) issued for this challenge, or, with no
   * server configured, a made-up one. A server that refuses or cannot be reached ends the round
   * with `result: false` and no code (assumption: Zoom documents no failure event).
   */
  private authorizeApp(data: Record<string, unknown>): Outcome {
    if (typeof data.codeChallenge !== 'string' || data.codeChallenge === '')
      return ERRORS.invalidParameters;
    const generation = this.emailGeneration;
    const request: AuthorizeRequest = {
      codeChallenge: data.codeChallenge,
      ...(typeof data.state === 'string' ? { state: data.state } : {}),
    };
    const send = (grant: AuthorizationGrant | null) => {
      if (generation !== this.emailGeneration) return;
      this.emit('onAuthorized', {
        code: grant?.code ?? '',
        redirectUri: grant?.redirectUri ?? '',
        result: grant !== null,
        ...(request.state === undefined ? {} : { state: request.state }),
        timestamp: this.timestamp(),
      });
      this.changed();
    };
    const authorizer = this.authorizer;
    const madeUp = `emulator-${Math.floor(this.random.next() * 1e12).toString(36)}`;
    this.schedule(() => {
      if (!authorizer) return send({ code: madeUp, redirectUri: '' });
      if (generation !== this.emailGeneration) return;
      authorizer(request).then(send, () => send(null));
    }, AUTHORIZE_PROMPT_MS);
    return { result: SUCCESS };
  }

  /**
   * The web client has no waiting-room APIs (the typings mark them `product: desktop`); nothing the
   * app was not given on the Marketplace works (assumption: listed as unsupported, refused 80004).
   */
  private profileLacks(capability: string): boolean {
    const market = this.fidelity.marketplaceApis;
    if (market !== null && !market.includes(capability)) return true;
    return (
      this.fidelity.profile === 'web' &&
      (DESKTOP_ONLY_APIS.includes(capability) || DESKTOP_ONLY_OTHER_APIS.includes(capability))
    );
  }

  /** A co-host refused an API the docs allow (forum thread: 80012 require_meeting_role). */
  private isDenied(apiName: string): boolean {
    return (
      this.fidelity.profile === 'coHostDenied' &&
      this.mustGet(this.meUUID).role === 'coHost' &&
      this.fidelity.deniedApis.includes(apiName)
    );
  }

  private configExpired(): boolean {
    const lifetime = this.fidelity.configExpiresAfterMs;
    return this.config !== null && lifetime !== null && this.now() - this.config.at >= lifetime;
  }

  /** Rename and remove are documented for people in the meeting only: refused for waiting people. */
  private waitingRefused(uuid: string, allowed: boolean): ZoomErrorReply | null {
    const p = this.participants.get(uuid);
    return p?.location === 'waitingRoom' && !allowed ? ERRORS.notInMeeting : null;
  }

  /** Optional fields now and then missing, when the `sparse` switch is on. */
  private sparse<T extends Record<string, unknown>>(entry: T): Partial<T> {
    if (!this.fidelity.dropOptionalFields || !this.random.chance(0.25)) return entry;
    const copy: Partial<T> = { ...entry };
    delete copy[this.random.pick(['screenName', 'role', 'participantId'] as const)];
    return copy;
  }

  private roleMayUse(capability: string, role: EmulatorRole): boolean {
    return !(HOST_APIS.has(capability) || HOST_EVENTS.has(capability)) || isHostish(role);
  }

  /** Permissions follow the role at the last config and the role now: a promoted user must re-config. */
  private mayUseHostCapabilities(): boolean {
    return (
      this.config !== null &&
      isHostish(this.config.role) &&
      isHostish(this.mustGet(this.meUUID).role)
    );
  }

  // ---- the meeting side (people and Zoom's own UI) -------------------------------------------

  /** A person joins; returns their participantUUID. */
  join(options: JoinOptions): string {
    const role = options.role ?? 'attendee';
    if (typeof options.screenName !== 'string') throw new Error('join needs a screenName');
    if (role !== 'attendee' && role !== 'coHost')
      throw new Error(`join: role must be attendee or coHost, not ${String(role)}`);
    if (options.waitingRoom === true && !this.waitingRoomOn)
      throw new Error('join: the waiting room is off');
    if (options.waitingRoom === true && role === 'coHost')
      throw new Error('join: co-hosts skip the waiting room');
    const toWaitingRoom = role === 'attendee' && (options.waitingRoom ?? this.waitingRoomOn);
    if (
      options.email !== undefined &&
      (typeof options.email !== 'string' || !options.email.includes('@'))
    )
      throw new Error('join: email must be an address');
    if (options.consent !== undefined && !['grant', 'deny', 'ignore'].includes(options.consent))
      throw new Error(
        `join: consent must be grant, deny or ignore, not ${String(options.consent)}`,
      );
    const p = this.add(
      options.screenName,
      role,
      toWaitingRoom ? 'waitingRoom' : 'meeting',
      options,
    );
    if (toWaitingRoom) this.emitWaitingRoomJoin(p, 'joinMeeting');
    else this.emitParticipantChange('join', p);
    this.changed();
    return p.participantUUID;
  }

  leave(participantUUID: string): void {
    if (participantUUID === this.meUUID)
      throw new Error('leave: the app user cannot leave the emulated meeting');
    this.orThrow(this.doRemove(participantUUID, true));
  }

  rename(participantUUID: string, screenName: string): void {
    if (typeof screenName !== 'string') throw new Error('rename needs a screenName');
    this.orThrow(this.doRename(participantUUID, screenName));
  }

  admit(participantUUID: string): void {
    this.orThrow(this.doAdmit(participantUUID));
  }

  putInWaitingRoom(participantUUID: string): void {
    this.orThrow(this.doPut(participantUUID));
  }

  setWaitingRoom(on: boolean): void {
    if (on !== this.waitingRoomOn) this.applyWaitingRoom(on);
  }

  setMyRole(role: EmulatorRole): void {
    if (role !== 'host' && role !== 'coHost' && role !== 'attendee')
      throw new Error(`setMyRole: unknown role ${String(role)}`);
    const me = this.mustGet(this.meUUID);
    if (me.role === role) return;
    me.role = role;
    this.emit('onMyUserContextChange', {
      timestamp: this.timestamp(),
      role,
      screenName: me.screenName,
    });
    this.changed();
  }

  /** Another person's role (Zoom's UI: Make co-host / Withdraw permission); returns their UUID after it. */
  setRole(participantUUID: string, role: 'attendee' | 'coHost'): string {
    if (role !== 'attendee' && role !== 'coHost')
      throw new Error(`setRole: attendee or coHost, not ${String(role)}`);
    if (participantUUID === this.meUUID) throw new Error('setRole: use setMyRole for the app user');
    const p = this.participants.get(participantUUID);
    if (!p) throw new Error(`setRole: no participant ${participantUUID}`);
    if (p.location !== 'meeting') throw new Error('setRole: only people in the meeting have roles');
    if (p.role === 'host') throw new Error('setRole: the host keeps the host role');
    if (p.role === role) return participantUUID;
    // The typings: onParticipantChange fires on a role change, sometimes twice, and "the
    // participantUUID of the user might change when the role changes".
    if (this.fidelity.newUUIDOnRoleChange) {
      this.emitParticipantChange('leave', p);
      this.rekey(p);
      p.role = role;
      this.emitParticipantChange('join', p);
      if (this.fidelity.doubleRoleEvents) this.emitParticipantChange('join', p);
    } else {
      p.role = role;
      this.emitParticipantChange('join', p);
      if (this.fidelity.doubleRoleEvents) this.emitParticipantChange('join', p);
    }
    this.changed();
    return p.participantUUID;
  }

  /** A brief network drop: a leave and a join under the same UUID (the typings: it persists). */
  reconnect(participantUUID: string): void {
    const p = this.participants.get(participantUUID);
    if (!p || participantUUID === this.meUUID)
      throw new Error(`reconnect: no other participant ${participantUUID}`);
    if (p.location === 'meeting') {
      this.emitParticipantChange('leave', p);
      p.participantId = this.nextParticipantId++;
      this.emitParticipantChange('join', p);
    } else {
      this.emitWaitingRoomLeave(p);
      this.emitWaitingRoomJoin(p, 'joinMeeting');
    }
    this.changed();
  }

  /** Opens breakout rooms: `{ roomName: [participantUUID, …] }`; returns each room's UUID by name. */
  openBreakoutRooms(assignments: Record<string, string[]>): Record<string, string> {
    if (this.rooms.size > 0) throw new Error('openBreakoutRooms: rooms are already open');
    const names = Object.keys(assignments);
    if (names.length === 0) throw new Error('openBreakoutRooms: at least one room');
    for (const uuids of Object.values(assignments))
      for (const uuid of uuids) {
        const p = this.participants.get(uuid);
        if (!p || p.location !== 'meeting')
          throw new Error(`openBreakoutRooms: ${uuid} is not in the meeting`);
      }
    const byName: Record<string, string> = {};
    for (const name of names) {
      const roomUUID = randomRoomUUID(this.random);
      this.rooms.set(roomUUID, name);
      byName[name] = roomUUID;
    }
    this.emit('onMeetingConfigChanged', {
      timestamp: this.timestamp(),
      change: 'breakoutRoomOpened',
    });
    for (const [name, uuids] of Object.entries(assignments))
      for (const uuid of uuids) this.moveTo(uuid, byName[name] ?? null);
    this.changed();
    return byName;
  }

  /** Moves someone (the app user too) to a room by name, or back to the main session; returns their UUID. */
  moveToRoom(participantUUID: string, roomName: string | null): string {
    let target: string | null = null;
    if (roomName !== null) {
      target = [...this.rooms].find(([, name]) => name === roomName)?.[0] ?? null;
      if (target === null) throw new Error(`moveToRoom: no open room called ${roomName}`);
    }
    const p = this.participants.get(participantUUID);
    if (!p || p.location !== 'meeting')
      throw new Error(`moveToRoom: ${participantUUID} is not in the meeting`);
    const uuid = this.moveTo(participantUUID, target);
    this.changed();
    return uuid;
  }

  /** Closes the rooms: everyone comes back to the main session (with new ids). */
  closeBreakoutRooms(): void {
    if (this.rooms.size === 0) throw new Error('closeBreakoutRooms: no rooms are open');
    // The app user first, as Zoom brings the whole room back together.
    if (this.mustGet(this.meUUID).room !== null) this.moveTo(this.meUUID, null);
    for (const p of [...this.participants.values()])
      if (p.room !== null) this.moveTo(p.participantUUID, null);
    this.rooms.clear();
    this.emit('onMeetingConfigChanged', {
      timestamp: this.timestamp(),
      change: 'breakoutRoomClosed',
    });
    this.changed();
  }

  /** The running context changes (e.g. the app is opened in immersive mode): onRunningContextChange. */
  setRunningContext(context: string): void {
    if (typeof context !== 'string' || context === '')
      throw new Error('setRunningContext needs a context');
    this.runningContext = context;
    this.emit('onRunningContextChange', { timestamp: this.timestamp(), runningContext: context });
    this.changed();
  }

  /** The panel's config expires now: every call fails until it configures again. */
  expireConfig(): void {
    if (this.config) this.config.at = -Infinity;
    this.changed();
  }

  /** The next admit succeeds, and the person leaves before they reach the meeting. */
  loseNextAdmit(): void {
    this.admitsToLose++;
  }

  /** Zoom's own Record / Pause / Stop buttons. */
  recordToCloud(action: 'start' | 'stop' | 'pause' | 'resume'): void {
    this.orThrow(this.extras.cloud(action));
    this.changed();
  }

  /** The host grants or revokes local recording in Zoom's participant menu. */
  allowLocalRecording(participantUUID: string, allowed: boolean): void {
    this.orThrow(this.extras.permission(participantUUID, allowed));
    this.changed();
  }

  /** Someone starts or stops sharing their screen. */
  shareScreen(participantUUID: string, sharing: boolean): void {
    this.extras.share(participantUUID, sharing);
    this.changed();
  }

  /** The client version the next config reports (an older one lacks newer APIs). */
  setClientVersion(version: string): void {
    if (!/^\d+(\.\d+)*$/.test(version))
      throw new Error(`setClientVersion: not a version: ${version}`);
    this.clientVersion = version;
    this.changed();
  }

  /** The next call of `apiName` fails with `code` ('timeout': is never answered). */
  failNext(apiName: string, code: InjectedFailure): void {
    if (typeof apiName !== 'string' || apiName === '')
      throw new Error('failNext needs an API name');
    const queue = this.failures.get(apiName) ?? [];
    queue.push(code);
    this.failures.set(apiName, queue);
  }

  /**
   * The meeting ended and starts again under the same meeting ID: a new occurrence, with a new
   * meeting UUID (as Zoom gives every instance of a recurring or personal meeting ID), and
   * everything else back to the scenario's start, as `reset`. Returns the new UUID.
   */
  newOccurrence(): string {
    let meetingUUID = randomRoomUUID(this.random);
    while (meetingUUID === this.setup.meetingUUID) meetingUUID = randomRoomUUID(this.random);
    this.setup = { ...this.setup, meetingUUID };
    this.reset();
    return meetingUUID;
  }

  /** Back to the setup: people, waiting room, role; logs, failures and configuration cleared. */
  reset(): void {
    this.load();
    this.changed();
  }

  // ---- shared moves --------------------------------------------------------------------------

  private doAdmit(uuid: string): ZoomErrorReply | null {
    if (!this.waitingRoomOn) return ERRORS.waitingRoomUnsupported;
    const p = this.participants.get(uuid);
    if (!p || p.location !== 'waitingRoom') return ERRORS.notInWaitingRoom;
    this.emitWaitingRoomLeave(p);
    if (this.admitsToLose > 0) {
      // A waiting-room leave carries no reason: this one looks exactly like the admit Zoom answered.
      this.admitsToLose--;
      this.participants.delete(uuid);
    } else {
      p.location = 'meeting';
      this.emitParticipantChange('join', p);
    }
    this.changed();
    return null;
  }

  private doPut(uuid: string): ZoomErrorReply | null {
    if (!this.waitingRoomOn) return ERRORS.waitingRoomUnsupported;
    const p = this.participants.get(uuid);
    // Someone in another breakout room is not in this "meeting" for the app (guessed code).
    if (!p || (p.location === 'meeting' && p.room !== this.mustGet(this.meUUID).room))
      return ERRORS.unknownParticipant;
    if (p.location === 'waitingRoom') return ERRORS.alreadyInWaitingRoom;
    if (isHostish(p.role) || uuid === this.meUUID) return ERRORS.cannotMoveHost;
    p.location = 'waitingRoom';
    this.extras.left(uuid);
    this.emitParticipantChange('leave', p);
    this.emitWaitingRoomJoin(p, 'putFromMainMeeting');
    this.changed();
    return null;
  }

  private doRename(uuid: string, screenName: string): ZoomErrorReply | null {
    const p = this.participants.get(uuid);
    if (!p) return ERRORS.unknownParticipant;
    // A waiting person is refused before this, unless `allow=waitingRoomRename` (waitingRefused).
    p.screenName = screenName;
    // Zoom reports a rename in the meeting as a participant change carrying the new name.
    this.emitParticipantChange('join', p);
    this.changed();
    return null;
  }

  private doRemove(uuid: string, leaving = false): ZoomErrorReply | null {
    const p = this.participants.get(uuid);
    if (!p) return ERRORS.unknownParticipant;
    if (!leaving && (uuid === this.meUUID || p.role === 'host')) return ERRORS.cannotActOnUser;
    this.participants.delete(uuid);
    this.extras.left(uuid);
    if (p.location === 'meeting') this.emitParticipantChange('leave', p);
    else this.emitWaitingRoomLeave(p);
    this.changed();
    return null;
  }

  private applyWaitingRoom(on: boolean): void {
    this.waitingRoomOn = on;
    this.emit('onWaitingRoomStateChange', { waitingRoom: on, timestamp: this.timestamp() });
    // Turning the waiting room off lets everyone waiting in, as Zoom does.
    if (!on) {
      for (const p of this.inLocation('waitingRoom')) {
        p.location = 'meeting';
        this.emitWaitingRoomLeave(p);
        this.emitParticipantChange('join', p);
      }
    }
    this.changed();
  }

  /**
   * Moves someone between the main session and a room. The app user hears onBreakoutRoomChange;
   * whoever is in the room the app user is in hears the leave or join. Ids change with every move
   * (the guide: "the participant id changes in all methods"); UUIDs too unless `roomUUIDs=keep`.
   */
  private moveTo(uuid: string, room: string | null): string {
    const p = this.mustGet(uuid);
    if (p.room === room) return uuid;
    const from = p.room;
    if (uuid === this.meUUID) {
      if (from !== null)
        this.emit('onBreakoutRoomChange', {
          action: 'leave',
          breakoutRoomUUID: from,
          timestamp: this.timestamp(),
        });
      this.rekeyForMove(p);
      p.room = room;
      if (room !== null)
        this.emit('onBreakoutRoomChange', {
          action: 'join',
          breakoutRoomUUID: room,
          timestamp: this.timestamp(),
        });
      return p.participantUUID;
    }
    this.emitParticipantChange('leave', p);
    this.rekeyForMove(p);
    p.room = room;
    this.emitParticipantChange('join', p);
    return p.participantUUID;
  }

  private rekeyForMove(p: EmulatedParticipant): void {
    p.participantId = this.nextParticipantId++;
    if (this.fidelity.newUUIDOnRoomMove) this.rekey(p);
  }

  /** A new participantUUID for the same person (kept in join order). */
  private rekey(p: EmulatedParticipant): void {
    const old = p.participantUUID;
    let next = randomParticipantUUID(this.random);
    while (this.participants.has(next)) next = randomParticipantUUID(this.random);
    const entries = [...this.participants].map(([key, value]): [string, EmulatedParticipant] =>
      key === old ? [next, value] : [key, value],
    );
    p.participantUUID = next;
    if (old === this.meUUID) this.meUUID = next;
    this.participants = new Map(entries);
  }

  // ---- events --------------------------------------------------------------------------------

  private emitParticipantChange(status: 'join' | 'leave', p: EmulatedParticipant): void {
    // Each room is its own meeting for the app (the guide): only moves in the app user's room count.
    if (p.room !== this.mustGet(this.meUUID).room) return;
    this.emit('onParticipantChange', {
      timestamp: this.timestamp(),
      participants: [
        {
          status,
          screenName: p.screenName,
          participantId: p.participantId,
          participantUUID: p.participantUUID,
          role: eventRole(p.role),
        },
      ],
    });
  }

  private emitWaitingRoomJoin(
    p: EmulatedParticipant,
    action: 'joinMeeting' | 'putFromMainMeeting',
  ): void {
    if (this.mustGet(this.meUUID).room !== null) return;
    this.emit('onWaitingRoomParticipantJoin', {
      timestamp: this.timestamp(),
      participant: { action, screenName: p.screenName, participantUUID: p.participantUUID },
    });
  }

  private emitWaitingRoomLeave(p: EmulatedParticipant): void {
    if (this.mustGet(this.meUUID).room !== null) return;
    this.emit('onWaitingRoomParticipantLeave', {
      timestamp: this.timestamp(),
      participant: { screenName: p.screenName, participantUUID: p.participantUUID },
    });
  }

  /**
   * A faithful client only sends events the app listed and it supports (it said which it does
   * not, in `unsupportedApis`), and host events only to hosts and co-hosts.
   */
  private emit(name: string, data: unknown): void {
    if (!this.config || !this.config.capabilities.has(name) || this.profileLacks(name)) return;
    if (HOST_EVENTS.has(name) && !this.mayUseHostCapabilities()) return;
    const event: SimEvent = { name, data };
    const record: EventRecord = { name, data, at: this.now() };
    this.pushCapped(this.events, record);
    for (const sink of this.eventSinks) sink(event, record);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private load(): void {
    this.emailGeneration += 1;
    this.participants = new Map();
    this.pending = new Map();
    this.failures = new Map();
    this.config = null;
    this.calls = [];
    this.events = [];
    this.notifications = [];
    this.rooms = new Map();
    this.runningContext = 'inMeeting';
    this.admitsToLose = 0;
    this.waitingRoomOn = this.setup.waitingRoom;
    this.extras = new MeetingExtras(
      {
        person: (uuid) => this.participants.get(uuid) ?? null,
        meUUID: () => this.meUUID,
        timestamp: () => this.timestamp(),
        now: () => this.now(),
        emit: (name, data) => this.emit(name, data),
      },
      this.setup.joinUrl ??
        `https://zoom.us/j/${this.setup.meetingID.replace(/\D/g, '')}?pwd=emulatorPasscode1`,
    );
    this.meUUID = this.add(this.setup.me.screenName, this.setup.me.role, 'meeting').participantUUID;
    for (const spec of this.setup.participants) {
      const role = spec.role ?? 'attendee';
      const waiting = role === 'attendee' && this.waitingRoomOn && (spec.waitingRoom ?? false);
      this.add(spec.screenName, role, waiting ? 'waitingRoom' : 'meeting', spec);
    }
  }

  private add(
    screenName: string,
    role: EmulatorRole,
    location: EmulatedParticipant['location'],
    identity: Pick<JoinOptions, 'email' | 'consent'> = {},
  ): EmulatedParticipant {
    let participantUUID = randomParticipantUUID(this.random);
    while (this.participants.has(participantUUID))
      participantUUID = randomParticipantUUID(this.random);
    const p: EmulatedParticipant = {
      participantUUID,
      participantId: this.nextParticipantId++,
      screenName,
      role,
      location,
      consent: identity.consent ?? 'grant',
      room: null,
    };
    if (identity.email !== undefined) p.email = identity.email;
    this.participants.set(participantUUID, p);
    return p;
  }

  private inLocation(location: EmulatedParticipant['location']): EmulatedParticipant[] {
    return [...this.participants.values()].filter((p) => p.location === location);
  }

  private mustGet(uuid: string): EmulatedParticipant {
    const p = this.participants.get(uuid);
    if (!p) throw new Error(`no participant ${uuid}`);
    return p;
  }

  private publicView(p: EmulatedParticipant): EmulatorStateParticipant {
    return {
      participantUUID: p.participantUUID,
      screenName: p.screenName,
      role: p.role,
      location: p.location,
      room: p.room,
    };
  }

  private takeFailure(apiName: string): InjectedFailure | undefined {
    const queue = this.failures.get(apiName);
    const failure = queue?.shift();
    if (queue && queue.length === 0) this.failures.delete(apiName);
    return failure;
  }

  private orThrow(error: ZoomErrorReply | null): void {
    if (error) throw new Error(`${error.errorMessage} (${error.errorCode})`);
  }

  /** Zoom's event timestamps are whole seconds since the epoch (see the typings' examples). */
  private timestamp(): number {
    return Math.floor(this.now() / 1000);
  }

  private pushCapped<T>(log: T[], item: T): void {
    log.push(item);
    if (log.length > MAX_LOG) log.splice(0, log.length - MAX_LOG);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The onParticipantEmail fields for one person, or null when they never answer. */
function emailAnswer(
  email: string | undefined,
  consent: EmailConsent,
): { participantEmail: string } | { errorMessage: string } | null {
  // The texts are ours: Zoom does not document its errorMessage values.
  if (email === undefined) return { errorMessage: 'The participant is not signed in to Zoom.' };
  if (consent === 'ignore') return null;
  if (consent === 'deny') return { errorMessage: 'The participant declined to share their email.' };
  return { participantEmail: email };
}

function toReply(jsCallId: string, outcome: Outcome): SdkReply {
  return 'result' in outcome
    ? { jsCallId, result: outcome.result }
    : { jsCallId, errorCode: outcome.errorCode, errorMessage: outcome.errorMessage };
}

function randomRoomUUID(random: Random): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  return `${Array.from({ length: 22 }, () => alphabet.charAt(random.int(64))).join('')}==`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function navigatorVersion(): string {
  if (typeof navigator === 'undefined') return '0';
  return /Chrom(?:e|ium)\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? '0';
}
