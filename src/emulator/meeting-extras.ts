import { ERRORS, zoomError } from './zoom-errors';
import type { ZoomErrorReply } from './zoom-errors';
import type { ChatRecord, CloudRecordingStatus } from './types';

/*
 * The parts of the emulated client beyond people and the waiting room: cloud recording, local
 * recording permissions, the meeting chat, screen sharing and the join link. Kept apart from
 * meeting-sim.ts so the core stays readable; the sim owns the people and passes in what it knows.
 * Errors and events follow the SDK's typings (cloudRecording, allowParticipantToRecord tables;
 * OnCloudRecordingEvent, OnShareScreenEvent).
 */

/** What the extras need from the meeting: who someone is, the clock, and the event pipe. */
export interface ExtrasContext {
  /** The person with this UUID: their role and where they are, or null if nobody. */
  person(uuid: string): { role: string; location: string } | null;
  meUUID(): string;
  /** Zoom's event timestamp (whole seconds). */
  timestamp(): number;
  now(): number;
  emit(name: string, data: unknown): void;
}

type Outcome = { result: unknown } | ZoomErrorReply;

const SUCCESS = 'Success';
const CLOUD_ACTIONS = new Set(['start', 'stop', 'pause', 'resume']);

/** APIs the extras answer, and who may call them (the typings' "Supported roles"). */
export const EXTRA_HOST_APIS = [
  'getRecordingContext',
  'cloudRecording',
  'allowParticipantToRecord',
  'getMeetingJoinUrl',
] as const;
export const EXTRA_OPEN_APIS = ['sendMessageToChat'] as const;
export const EXTRA_HOST_EVENTS = ['onCloudRecording'] as const;
export const EXTRA_OPEN_EVENTS = ['onShareScreen'] as const;

/** The oldest desktop client with sendMessageToChat (its @zoomDesktopClientVersion). */
export const CHAT_MIN_VERSION = '6.2.5';

export class MeetingExtras {
  private recording: CloudRecordingStatus = 'stopped';
  /** After a pause and resume, getRecordingContext says "resumed" (the typings list it). */
  private resumed = false;
  private readonly recorders = new Set<string>();
  private readonly sharing = new Set<string>();
  chat: ChatRecord[] = [];

  constructor(
    private readonly ctx: ExtrasContext,
    readonly joinUrl: string,
  ) {}

  get cloudRecording(): CloudRecordingStatus {
    return this.recording;
  }

  get localRecorders(): string[] {
    return [...this.recorders];
  }

  get sharers(): string[] {
    return [...this.sharing];
  }

  /** Answer one of the extras' APIs (role and capability checks are the sim's). */
  answer(apiName: string, data: Record<string, unknown>): Outcome | null {
    switch (apiName) {
      case 'getRecordingContext':
        return {
          result: { cloudRecordingStatus: this.resumed ? 'resumed' : this.recording },
        };
      case 'cloudRecording': {
        const action = data.action;
        if (typeof action !== 'string' || !CLOUD_ACTIONS.has(action)) return zoomError(10022);
        return this.cloud(action as 'start' | 'stop' | 'pause' | 'resume') ?? { result: SUCCESS };
      }
      case 'allowParticipantToRecord': {
        const uuid = data.participantUUID;
        if (typeof uuid !== 'string' || (data.action !== 'grant' && data.action !== 'revoke'))
          return ERRORS.invalidParameters;
        return this.permission(uuid, data.action === 'grant') ?? { result: SUCCESS };
      }
      case 'getMeetingJoinUrl':
        return { result: { joinUrl: this.joinUrl } };
      case 'sendMessageToChat': {
        if (typeof data.message !== 'string' || data.message.trim() === '')
          return ERRORS.invalidParameters;
        this.chat.push({ from: this.ctx.meUUID(), message: data.message, at: this.ctx.now() });
        return {
          result: { result: [{ channelId: 'meeting-chat', messageId: `m${this.chat.length}` }] },
        };
      }
      default:
        return null;
    }
  }

  /** Start, stop, pause or resume, from the app or from Zoom's own buttons; null when done. */
  cloud(action: 'start' | 'stop' | 'pause' | 'resume'): ZoomErrorReply | null {
    const from = this.recording;
    const allowed =
      (action === 'start' && from === 'stopped') ||
      (action === 'stop' && from !== 'stopped') ||
      (action === 'pause' && from === 'started') ||
      (action === 'resume' && from === 'paused');
    if (!allowed) return zoomError(10022);
    const at = this.ctx.timestamp();
    if (action === 'start') {
      // Zoom announces "connecting" before a recording starts.
      this.ctx.emit('onCloudRecording', { timestamp: at, action: 'connecting' });
      this.set('started', false, at);
    } else if (action === 'stop') this.set('stopped', false, at);
    else if (action === 'pause') this.set('paused', false, at);
    // OnCloudRecordingEvent has no "resumed": a resume is announced as "started".
    else this.set('started', true, at);
    return null;
  }

  /** Grant or revoke local recording; null when done. */
  permission(uuid: string, grant: boolean): ZoomErrorReply | null {
    const person = this.ctx.person(uuid);
    if (!person || person.location !== 'meeting' || uuid === this.ctx.meUUID())
      return zoomError(10051);
    if (grant && this.recorders.has(uuid)) return zoomError(10050);
    if (!grant && !this.recorders.has(uuid)) return zoomError(10052);
    if (grant) this.recorders.add(uuid);
    else this.recorders.delete(uuid);
    return null;
  }

  /** Someone starts or stops sharing their screen (Zoom's own button). */
  share(uuid: string, sharing: boolean): void {
    const person = this.ctx.person(uuid);
    if (!person || person.location !== 'meeting')
      throw new Error(`share: ${uuid} is not in the meeting`);
    if (this.sharing.has(uuid) === sharing) return;
    if (sharing) this.sharing.add(uuid);
    else this.sharing.delete(uuid);
    this.ctx.emit('onShareScreen', {
      participantUUID: uuid,
      timestamp: this.ctx.timestamp(),
      action: sharing ? 'start' : 'stop',
      withSound: false,
    });
  }

  /** Someone left or went to the waiting room: their share and permission end with it. */
  left(uuid: string): void {
    this.recorders.delete(uuid);
    if (this.sharing.delete(uuid)) {
      this.ctx.emit('onShareScreen', {
        participantUUID: uuid,
        timestamp: this.ctx.timestamp(),
        action: 'stop',
        withSound: false,
      });
    }
  }

  private set(state: CloudRecordingStatus, resumed: boolean, at: number): void {
    this.recording = state;
    this.resumed = resumed;
    this.ctx.emit('onCloudRecording', { timestamp: at, action: state });
  }
}
