import { createRandom, randomParticipantUUID } from './random';
import type { Random } from './random';
import type {
  CallRecord,
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
  versionAtLeast,
} from './meeting-extras';
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
}

/** The client version we report: ≥ 6.4.5, so every API Doorkeeper uses exists in it. */
export const CLIENT_VERSION = '6.4.10';

/** APIs any role may call. */
const OPEN_APIS = new Set([
  'getUserContext',
  'getMeetingContext',
  'getMeetingUUID',
  'getRunningContext',
  'getSupportedJsApis',
  'getAppContext',
  'showNotification',
  ...EXTRA_OPEN_APIS,
]);

/** APIs only hosts and co-hosts may call. */
const HOST_APIS = new Set([
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
  ...EXTRA_OPEN_EVENTS,
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
  private readonly setup: MeetingSetup;
  private participants = new Map<string, EmulatedParticipant>();
  private meUUID = '';
  private nextParticipantId = 16_778_240;
  private waitingRoomOn = false;
  private config: { capabilities: Set<string>; role: EmulatorRole } | null = null;
  private pending = new Map<string, { request: SdkRequest; record: CallRecord }>();
  private failures = new Map<string, InjectedFailure[]>();
  private listeners = new Set<() => void>();
  private eventSinks = new Set<(event: SimEvent) => void>();
  private extras!: MeetingExtras;
  private clientVersion = CLIENT_VERSION;
  calls: CallRecord[] = [];
  events: EventRecord[] = [];
  notifications: NotificationRecord[] = [];

  constructor(setup: MeetingSetup, options: MeetingSimOptions) {
    this.setup = setup;
    this.random = createRandom(options.seed);
    this.now = options.now ?? Date.now;
    this.load();
  }

  // ---- observation -------------------------------------------------------------------------

  /** Call `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Receive every event the panel is sent; returns the unsubscribe function. */
  onEvent(sink: (event: SimEvent) => void): () => void {
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
    for (const { record } of this.pending.values()) record.outcome = 'dropped';
    this.pending.clear();
    this.changed();
  }

  private answer(request: SdkRequest): Outcome {
    const { apiName } = request;
    if (apiName === 'config') return this.configure(request.data);
    if (!this.config) return ERRORS.notConfigured;
    if (!this.config.capabilities.has(apiName)) return ERRORS.notInCapabilities;
    if (!OPEN_APIS.has(apiName) && !HOST_APIS.has(apiName)) return ERRORS.unsupported;
    if (!this.versionSupports(apiName)) return ERRORS.unsupported;
    // The cloudRecording table in the typings gives its own code for a user without the role.
    if (apiName === 'cloudRecording' && !this.mayUseHostCapabilities()) return zoomError(10021);
    if (HOST_APIS.has(apiName) && !this.mayUseHostCapabilities()) return ERRORS.roleNotAllowed;
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
            status: 'authorized',
          },
        };
      }
      case 'getMeetingContext':
        return { result: { meetingTopic: this.setup.topic, meetingID: this.setup.meetingID } };
      case 'getMeetingUUID':
        return { result: { meetingUUID: this.setup.meetingUUID } };
      case 'getRunningContext':
        return { result: { context: 'inMeeting' } };
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
        return {
          result: {
            participants: this.inLocation('meeting').map((p) => ({
              screenName: p.screenName,
              participantId: String(p.participantId),
              participantUUID: p.participantUUID,
              role: p.role,
            })),
          },
        };
      case 'getWaitingRoomParticipants':
        if (!this.waitingRoomOn) return ERRORS.waitingRoomUnsupported;
        return {
          result: {
            participants: this.inLocation('waitingRoom').map((p) => ({
              screenName: p.screenName,
              participantUUID: p.participantUUID,
              role: p.role,
            })),
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
        return this.withUUID(data, (uuid) => this.doRename(uuid, data.screenName as string));
      case 'removeParticipant':
        return this.withUUID(data, (uuid) => this.doRemove(uuid));
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
    this.config = { capabilities: new Set(requested), role };
    // Real clients list here what this user may not use, by support and by role.
    const unsupportedApis = requested.filter(
      (api) =>
        !SUPPORTED_CAPABILITIES.includes(api) ||
        !this.roleMayUse(api, role) ||
        !this.versionSupports(api),
    );
    return {
      result: {
        clientVersion: this.clientVersion,
        browserVersion: `chromium/${navigatorVersion()}`,
        userAgent: typeof navigator === 'undefined' ? 'emulator' : navigator.userAgent,
        auth: { status: 'authorized', upgradable: true },
        unsupportedApis,
        runningContext: 'inMeeting',
        product: 'desktop',
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
    const p = this.add(options.screenName, role, toWaitingRoom ? 'waitingRoom' : 'meeting');
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
    p.location = 'meeting';
    this.emitWaitingRoomLeave(p);
    this.emitParticipantChange('join', p);
    this.changed();
    return null;
  }

  private doPut(uuid: string): ZoomErrorReply | null {
    if (!this.waitingRoomOn) return ERRORS.waitingRoomUnsupported;
    const p = this.participants.get(uuid);
    if (!p) return ERRORS.unknownParticipant;
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
    p.screenName = screenName;
    // Zoom reports a rename in the meeting as a participant change carrying the new name. Waiting-room
    // renames have no event: the app sees them in its next snapshot.
    if (p.location === 'meeting') this.emitParticipantChange('join', p);
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

  // ---- events --------------------------------------------------------------------------------

  private emitParticipantChange(status: 'join' | 'leave', p: EmulatedParticipant): void {
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
    this.emit('onWaitingRoomParticipantJoin', {
      timestamp: this.timestamp(),
      participant: { action, screenName: p.screenName, participantUUID: p.participantUUID },
    });
  }

  private emitWaitingRoomLeave(p: EmulatedParticipant): void {
    this.emit('onWaitingRoomParticipantLeave', {
      timestamp: this.timestamp(),
      participant: { screenName: p.screenName, participantUUID: p.participantUUID },
    });
  }

  /** A faithful client only sends events the app listed, and host events only to hosts and co-hosts. */
  private emit(name: string, data: unknown): void {
    if (!this.config || !this.config.capabilities.has(name)) return;
    if (HOST_EVENTS.has(name) && !this.mayUseHostCapabilities()) return;
    const event: SimEvent = { name, data };
    this.pushCapped(this.events, { name, data, at: this.now() });
    for (const sink of this.eventSinks) sink(event);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private load(): void {
    this.participants = new Map();
    this.pending = new Map();
    this.failures = new Map();
    this.config = null;
    this.calls = [];
    this.events = [];
    this.notifications = [];
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
      this.add(spec.screenName, role, waiting ? 'waitingRoom' : 'meeting');
    }
  }

  private add(
    screenName: string,
    role: EmulatorRole,
    location: EmulatedParticipant['location'],
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
    };
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

function toReply(jsCallId: string, outcome: Outcome): SdkReply {
  return 'result' in outcome
    ? { jsCallId, result: outcome.result }
    : { jsCallId, errorCode: outcome.errorCode, errorMessage: outcome.errorMessage };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function navigatorVersion(): string {
  if (typeof navigator === 'undefined') return '0';
  return /Chrom(?:e|ium)\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? '0';
}
