import type {
  BreakoutRoomsResponse,
  AdmitParticipantFromWaitingRoomOptions,
  AuthorizeOptions,
  AllowParticipantToRecordOptions,
  CloudRecordingOptions,
  GetMeetingJoinUrlResponse,
  GetRecordingContextResponse,
  SendMessageToChatOptions,
  SendMessageToChatResponse,
  ConfigOptions,
  ConfigResponse,
  GeneralMessageResponse,
  GenericEventHandler,
  GetMeetingContextResponse,
  GetMeetingParticipantsEmailOptions,
  GetMeetingParticipantsResponse,
  GetMeetingUUIDResponse,
  GetUserContextResponse,
  GetWaitingRoomParticipantsResponse,
  GetWaitingRoomStateResponse,
  NotificationOptions,
  PutParticipantToWaitingRoomOptions,
  RemoveParticipantOptions,
  SetWaitingRoomStateOptions,
  setParticipantScreenNameOptions,
} from '@zoom/appssdk';
import type { SdkLike } from '../sdk-like';

type Handler = (data: unknown) => void;
/** A canned answer: a value to resolve with, an Error to reject with, or a function of the request. */
export type FakeReply = unknown;

/** The config reply of a desktop client where everything is supported. */
export const CONFIG_REPLY: ConfigResponse = {
  runningContext: 'inMeeting',
  unsupportedApis: [],
  clientVersion: '6.4.5',
  browserVersion: 'chromium/125',
  auth: { status: 'authorized', upgradable: false },
  userAgent: 'fake',
  launchContext: { origin: 'App Launcher', openBy: 'user' },
};

const DEFAULT_REPLIES: Record<string, FakeReply> = {
  config: CONFIG_REPLY,
  getUserContext: {
    screenName: 'Hana Host',
    participantUUID: 'me-1',
    participantId: '1',
    role: 'host',
    status: 'authorized',
  },
  getMeetingContext: { meetingTopic: 'Board meeting', meetingID: '81234567890' },
  getMeetingUUID: { meetingUUID: 'meeting-uuid' },
  getMeetingParticipants: { participants: [] },
  getWaitingRoomParticipants: { participants: [] },
  getWaitingRoomState: { waitingRoom: false },
  // The SDK wraps the bare strings a client answers for these in { message } (sdk.es.js).
  setWaitingRoomState: { message: 'Success' },
  admitParticipantFromWaitingRoom: { message: 'Success' },
  putParticipantToWaitingRoom: { message: 'Success' },
  setParticipantScreenName: { message: 'Success' },
  removeParticipant: { message: 'Success' },
  showNotification: { message: 'Success' },
  getMeetingParticipantsEmail: { message: 'Success' },
  authorize: { message: 'Success' },
  getBreakoutRoomList: { rooms: [], state: 'closed' },
  getRecordingContext: { cloudRecordingStatus: 'stopped' },
  cloudRecording: { message: 'Success' },
  allowParticipantToRecord: { message: 'Success' },
  sendMessageToChat: { result: [{ channelId: 'c-1', messageId: 'm-1' }] },
  getMeetingJoinUrl: { joinUrl: 'https://zoom.us/j/81234567890' },
};

/** A recording stand-in for `@zoom/appssdk`: canned replies, manual events, a log of everything. */
export class FakeSdk implements SdkLike {
  readonly calls: { api: string; data: unknown }[] = [];
  readonly removed: { event: string; handler: unknown }[] = [];
  private readonly handlers = new Map<string, Handler[]>();
  private readonly queued = new Map<string, FakeReply[]>();
  private readonly fixed = new Map<string, FakeReply>();

  /** Answer every later call of `api` with `reply`. */
  reply(api: string, reply: FakeReply): this {
    this.fixed.set(api, reply);
    return this;
  }

  /** Answer only the next call of `api` with `reply`. */
  replyOnce(api: string, reply: FakeReply): this {
    this.queued.set(api, [...(this.queued.get(api) ?? []), reply]);
    return this;
  }

  /** Never answer `api` (a client that is not there). */
  hang(api: string): this {
    return this.reply(api, () => new Promise<never>(() => undefined));
  }

  callsOf(api: string): unknown[] {
    return this.calls.filter((call) => call.api === api).map((call) => call.data);
  }

  /** What the client would push as an event (any payload, well-formed or not). */
  emit(event: string, data: unknown): void {
    for (const handler of [...(this.handlers.get(event) ?? [])]) handler(data);
  }

  handlerCount(event?: string): number {
    if (event) return this.handlers.get(event)?.length ?? 0;
    return [...this.handlers.values()].reduce((sum, list) => sum + list.length, 0);
  }

  subscribedEvents(): string[] {
    return [...this.handlers.entries()]
      .filter(([, list]) => list.length > 0)
      .map(([event]) => event);
  }

  handlerFor(event: string): unknown {
    return this.handlers.get(event)?.[0];
  }

  private async answer<T>(api: string, data?: unknown): Promise<T> {
    this.calls.push({ api, data });
    const queue = this.queued.get(api);
    const canned =
      queue && queue.length > 0
        ? queue.shift()
        : this.fixed.has(api)
          ? this.fixed.get(api)
          : DEFAULT_REPLIES[api];
    const value: unknown =
      typeof canned === 'function' ? await (canned as (request: unknown) => unknown)(data) : canned;
    if (value instanceof Error) throw value;
    // Deliberately unchecked: tests feed malformed payloads to prove the adapter copes.
    return value as T;
  }

  private listen(event: string, handler: Handler): void {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
  }

  config(options: ConfigOptions): Promise<ConfigResponse> {
    return this.answer('config', options);
  }
  getUserContext(): Promise<GetUserContextResponse> {
    return this.answer('getUserContext');
  }
  getMeetingContext(): Promise<GetMeetingContextResponse> {
    return this.answer('getMeetingContext');
  }
  getMeetingUUID(): Promise<GetMeetingUUIDResponse> {
    return this.answer('getMeetingUUID');
  }
  getMeetingParticipants(): Promise<GetMeetingParticipantsResponse> {
    return this.answer('getMeetingParticipants');
  }
  getWaitingRoomParticipants(): Promise<GetWaitingRoomParticipantsResponse> {
    return this.answer('getWaitingRoomParticipants');
  }
  getWaitingRoomState(): Promise<GetWaitingRoomStateResponse> {
    return this.answer('getWaitingRoomState');
  }
  setWaitingRoomState(options: SetWaitingRoomStateOptions): Promise<GeneralMessageResponse> {
    return this.answer('setWaitingRoomState', options);
  }
  admitParticipantFromWaitingRoom(
    options: AdmitParticipantFromWaitingRoomOptions,
  ): Promise<GeneralMessageResponse> {
    return this.answer('admitParticipantFromWaitingRoom', options);
  }
  putParticipantToWaitingRoom(
    options: PutParticipantToWaitingRoomOptions,
  ): Promise<GeneralMessageResponse> {
    return this.answer('putParticipantToWaitingRoom', options);
  }
  setParticipantScreenName(
    options: setParticipantScreenNameOptions,
  ): Promise<GeneralMessageResponse> {
    return this.answer('setParticipantScreenName', options);
  }
  removeParticipant(options: RemoveParticipantOptions): Promise<GeneralMessageResponse> {
    return this.answer('removeParticipant', options);
  }
  showNotification(options: NotificationOptions): Promise<GeneralMessageResponse> {
    return this.answer('showNotification', options);
  }
  getMeetingParticipantsEmail(
    options?: GetMeetingParticipantsEmailOptions,
  ): Promise<GeneralMessageResponse> {
    return this.answer('getMeetingParticipantsEmail', options);
  }
  getBreakoutRoomList(): Promise<BreakoutRoomsResponse> {
    return this.answer('getBreakoutRoomList');
  }
  getRecordingContext(): Promise<GetRecordingContextResponse> {
    return this.answer('getRecordingContext');
  }
  cloudRecording(options: CloudRecordingOptions): Promise<GeneralMessageResponse> {
    return this.answer('cloudRecording', options);
  }
  allowParticipantToRecord(
    options: AllowParticipantToRecordOptions,
  ): Promise<GeneralMessageResponse> {
    return this.answer('allowParticipantToRecord', options);
  }
  sendMessageToChat(options: SendMessageToChatOptions): Promise<SendMessageToChatResponse> {
    return this.answer('sendMessageToChat', options);
  }
  getMeetingJoinUrl(): Promise<GetMeetingJoinUrlResponse> {
    return this.answer('getMeetingJoinUrl');
  }

  onParticipantChange(handler: GenericEventHandler<never>): void {
    this.listen('onParticipantChange', handler as Handler);
  }
  onWaitingRoomParticipantJoin(handler: GenericEventHandler<never>): void {
    this.listen('onWaitingRoomParticipantJoin', handler as Handler);
  }
  onWaitingRoomParticipantLeave(handler: GenericEventHandler<never>): void {
    this.listen('onWaitingRoomParticipantLeave', handler as Handler);
  }
  onWaitingRoomStateChange(handler: GenericEventHandler<never>): void {
    this.listen('onWaitingRoomStateChange', handler as Handler);
  }
  onMyUserContextChange(handler: GenericEventHandler<never>): void {
    this.listen('onMyUserContextChange', handler as Handler);
  }
  onRunningContextChange(handler: GenericEventHandler<never>): void {
    this.listen('onRunningContextChange', handler as Handler);
  }
  onParticipantEmail(handler: GenericEventHandler<never>): void {
    this.listen('onParticipantEmail', handler as Handler);
  }
  onAuthorized(handler: GenericEventHandler<never>): void {
    this.listen('onAuthorized', handler as Handler);
  }
  authorize(options: AuthorizeOptions): Promise<GeneralMessageResponse> {
    return this.answer('authorize', options);
  }
  onBreakoutRoomChange(handler: GenericEventHandler<never>): void {
    this.listen('onBreakoutRoomChange', handler as Handler);
  }
  onMeetingConfigChanged(handler: GenericEventHandler<never>): void {
    this.listen('onMeetingConfigChanged', handler as Handler);
  }

  onCloudRecording(handler: GenericEventHandler<never>): void {
    this.listen('onCloudRecording', handler as Handler);
  }
  onShareScreen(handler: GenericEventHandler<never>): void {
    this.listen('onShareScreen', handler as Handler);
  }

  removeEventListener(event: string, handler: unknown): void {
    this.removed.push({ event, handler });
    this.handlers.set(
      event,
      (this.handlers.get(event) ?? []).filter((registered) => registered !== handler),
    );
  }
}

/** A rejection shaped like the SDK's ZoomApiError (message, code, requestId). */
export function zoomApiError(code: number | string, message: string): Error {
  return Object.assign(new Error(message), { code, requestId: 'req-1' });
}

/** The plain Error the SDK rejects with when the client never answers. */
export function sdkTimeout(api: string): Error {
  return new Error(`${api} took longer than 10000ms to respond.\n requestId: id0123`);
}
