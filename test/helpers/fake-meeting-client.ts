import { MeetingError } from '../../src/zoom/errors';
import type {
  BreakoutInfo,
  ClientInfo,
  CloudRecordingAction,
  CloudRecordingState,
  MeetingClient,
  MeetingEvent,
  MeetingEventListener,
  MeetingInfo,
  NotificationType,
  Participant,
  Role,
  UserContext,
} from '../../src/zoom/meeting-client';

/** The port's methods, by name (what `calls`, `failNext` and `hold` speak of). */
export type FakeApi = Exclude<keyof MeetingClient, 'subscribe' | 'dispose'>;

export interface FakeMeetingState {
  me: UserContext;
  meeting: MeetingInfo;
  /** Everyone in the main meeting, me included. */
  participants: Participant[];
  waitingRoom: Participant[];
  waitingRoomEnabled: boolean;
  /** Opened outside Zoom: `start()` rejects with kind 'not-in-zoom'. */
  notInZoom: boolean;
  breakout: BreakoutInfo;
  cloudRecording: CloudRecordingState;
  /** Participants allowed to record locally. */
  localRecording: Set<string>;
  /** Messages posted to the meeting chat, in order. */
  chat: string[];
  joinUrl: string;
  clientVersion: string;
  /** What `config` lists as unsupported in this client (the web client's rename, removal…). */
  unsupportedApis: string[];
}

export interface FakeCall {
  api: FakeApi;
  args: unknown[];
}

/** An in-memory MeetingClient for tests: a tiny meeting that behaves as Zoom does and records calls. */
export interface FakeMeetingClient extends MeetingClient {
  readonly state: FakeMeetingState;
  readonly calls: FakeCall[];
  /** Delivers an event as the adapter would (without touching `state`). */
  emit: (event: MeetingEvent) => void;
  /** The next call to `api` rejects with `error` instead of doing anything. */
  failNext: (api: FakeApi, error: MeetingError) => void;
  /** Calls to `api` wait until the returned function is called (for loading states). */
  hold: (api: FakeApi) => () => void;
  /** Someone arrives (in the waiting room when asked); updates `state` and emits the event. */
  join: (
    screenName: string,
    options?: { role?: Role; waitingRoom?: boolean; uuid?: string },
  ) => Participant;
  /** Someone leaves the meeting or the waiting room. */
  leave: (participantUUID: string) => void;
  /** The host (elsewhere) changes my role: emits myContextChanged, as the adapter does after re-config. */
  setMyRole: (role: Role) => void;
  listenerCount: () => number;
}

const HOST_ONLY: ReadonlySet<FakeApi> = new Set<FakeApi>([
  'getParticipants',
  'getWaitingRoomParticipants',
  'getWaitingRoomState',
  'setWaitingRoomState',
  'admit',
  'putInWaitingRoom',
  'rename',
  'remove',
  'getCloudRecording',
  'cloudRecording',
  'setLocalRecordingAllowed',
  'getJoinUrl',
]);

const RECORDING_AFTER: Record<CloudRecordingAction, CloudRecordingState> = {
  start: 'started',
  stop: 'stopped',
  pause: 'paused',
  resume: 'started',
};

let nextId = 1;

/** A fake meeting: by default I am the host, alone, with the waiting room on. */
export function createFakeMeetingClient(
  initial: Partial<FakeMeetingState> = {},
): FakeMeetingClient {
  const me: UserContext = initial.me ?? {
    participantUUID: 'me',
    screenName: 'Hannah Host',
    role: 'host',
  };
  const state: FakeMeetingState = {
    me,
    meeting: initial.meeting ?? {
      meetingUUID: 'meeting-uuid-1',
      meetingID: '123 456 7890',
      topic: 'Thursday group',
    },
    // Copies: the fake mutates its lists, and tests often share the arrays they pass in.
    participants: (initial.participants ?? [me]).map((p) => ({ ...p })),
    waitingRoom: (initial.waitingRoom ?? []).map((p) => ({ ...p })),
    waitingRoomEnabled: initial.waitingRoomEnabled ?? true,
    notInZoom: initial.notInZoom ?? false,
    breakout: initial.breakout ?? { roomUUID: null, roomName: null, roomsOpen: false },
    cloudRecording: initial.cloudRecording ?? 'stopped',
    localRecording: new Set(initial.localRecording ?? []),
    chat: [],
    joinUrl: initial.joinUrl ?? 'https://zoom.us/j/12345678901',
    clientVersion: initial.clientVersion ?? '6.4.5',
    unsupportedApis: initial.unsupportedApis ?? [],
  };
  const calls: FakeCall[] = [];
  const listeners = new Set<MeetingEventListener>();
  const failures = new Map<FakeApi, MeetingError>();
  const holds = new Map<FakeApi, Promise<void>>();
  let clock = Date.now();
  const at = () => ++clock;

  const emit = (event: MeetingEvent) => {
    for (const listener of [...listeners]) listener(event);
  };

  async function call<T>(api: FakeApi, args: unknown[], body: () => T): Promise<T> {
    calls.push({ api, args });
    await holds.get(api);
    const failure = failures.get(api);
    if (failure) {
      failures.delete(api);
      throw failure;
    }
    if (api !== 'start' && state.notInZoom)
      throw new MeetingError('not-configured', api, 'Not configured');
    if (HOST_ONLY.has(api) && state.me.role !== 'host' && state.me.role !== 'coHost') {
      throw new MeetingError('permission', api, 'Only the host and co-hosts can do this.', 10001);
    }
    return body();
  }

  const find = (list: Participant[], uuid: string) =>
    list.findIndex((p) => p.participantUUID === uuid);

  function take(list: Participant[], uuid: string, api: string): Participant {
    const index = find(list, uuid);
    if (index < 0) throw new MeetingError('not-found', api, 'That person is not there.');
    return list.splice(index, 1)[0]!;
  }

  const client: FakeMeetingClient = {
    state,
    calls,
    emit,
    start: () =>
      call('start', [], (): ClientInfo => {
        if (state.notInZoom)
          throw new MeetingError('not-in-zoom', 'config', 'Doorkeeper is not running inside Zoom.');
        return {
          clientVersion: state.clientVersion,
          runningContext: 'inMeeting',
          unsupportedApis: [...state.unsupportedApis],
        };
      }),
    getUserContext: () => call('getUserContext', [], () => ({ ...state.me })),
    getMeeting: () => call('getMeeting', [], () => ({ ...state.meeting })),
    getParticipants: () =>
      call('getParticipants', [], () => state.participants.map((p) => ({ ...p }))),
    getWaitingRoomParticipants: () =>
      call('getWaitingRoomParticipants', [], () => state.waitingRoom.map((p) => ({ ...p }))),
    getWaitingRoomState: () => call('getWaitingRoomState', [], () => state.waitingRoomEnabled),
    getBreakout: () => call('getBreakout', [], () => ({ ...state.breakout })),
    setWaitingRoomState: (enabled) =>
      call('setWaitingRoomState', [enabled], () => {
        state.waitingRoomEnabled = enabled;
        emit({ type: 'waitingRoomStateChanged', at: at(), enabled });
      }),
    admit: (uuid) =>
      call('admit', [uuid], () => {
        if (find(state.waitingRoom, uuid) < 0)
          throw new MeetingError('not-in-waiting-room', 'admit', 'Not in the waiting room.', 10238);
        const who = take(state.waitingRoom, uuid, 'admit');
        state.participants.push(who);
        const time = at();
        emit({
          type: 'waitingRoomLeft',
          at: time,
          participantUUID: uuid,
          screenName: who.screenName,
        });
        emit({ type: 'participantJoined', at: time, participant: { ...who } });
      }),
    putInWaitingRoom: (uuid) =>
      call('putInWaitingRoom', [uuid], () => {
        const who = take(state.participants, uuid, 'putInWaitingRoom');
        state.waitingRoom.push(who);
        const time = at();
        emit({ type: 'participantLeft', at: time, participant: { ...who } });
        emit({
          type: 'waitingRoomJoined',
          at: time,
          participant: { ...who },
          cause: 'putFromMainMeeting',
        });
      }),
    rename: (uuid, screenName) =>
      call('rename', [uuid, screenName], () => {
        const who = state.participants.find((p) => p.participantUUID === uuid);
        if (!who)
          throw new MeetingError('not-found', 'rename', 'That person is not in the meeting.');
        who.screenName = screenName;
        emit({ type: 'participantJoined', at: at(), participant: { ...who } });
      }),
    remove: (uuid) =>
      call('remove', [uuid], () => {
        const who = take(state.participants, uuid, 'remove');
        emit({ type: 'participantLeft', at: at(), participant: { ...who } });
      }),
    notify: (type: NotificationType, title: string, message: string) =>
      call('notify', [type, title, message], () => undefined),
    // Answers arrive later, as `emit`ted participantEmail events, the way Zoom sends them.
    requestEmails: (reason: string) => call('requestEmails', [reason], () => undefined),
    authorize: (challenge: string, state: string) =>
      call('authorize', [challenge, state], () => undefined),
    getCloudRecording: () => call('getCloudRecording', [], () => state.cloudRecording),
    cloudRecording: (action) =>
      call('cloudRecording', [action], () => {
        state.cloudRecording = RECORDING_AFTER[action];
        emit({ type: 'cloudRecordingChanged', at: at(), state: state.cloudRecording });
      }),
    setLocalRecordingAllowed: (uuid, allowed) =>
      call('setLocalRecordingAllowed', [uuid, allowed], () => {
        if (state.localRecording.has(uuid) === allowed) {
          const code = allowed ? 10050 : 10052;
          throw new MeetingError(
            'already-in-that-state',
            'allowParticipantToRecord',
            'Already so.',
            code,
          );
        }
        if (allowed) state.localRecording.add(uuid);
        else state.localRecording.delete(uuid);
      }),
    sendChatMessage: (message) =>
      call('sendChatMessage', [message], () => {
        state.chat.push(message);
      }),
    getJoinUrl: () => call('getJoinUrl', [], () => state.joinUrl),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: () => listeners.clear(),
    failNext: (api, error) => failures.set(api, error),
    hold: (api) => {
      let release = () => {};
      holds.set(api, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        holds.delete(api);
        release();
      };
    },
    join: (screenName, options = {}) => {
      const who: Participant = {
        participantUUID: options.uuid ?? `fake-${nextId++}`,
        screenName,
        role: options.role ?? 'attendee',
      };
      if (options.waitingRoom) {
        state.waitingRoom.push(who);
        emit({
          type: 'waitingRoomJoined',
          at: at(),
          participant: { ...who },
          cause: 'joinMeeting',
        });
      } else {
        state.participants.push(who);
        emit({ type: 'participantJoined', at: at(), participant: { ...who } });
      }
      return who;
    },
    leave: (uuid) => {
      if (find(state.waitingRoom, uuid) >= 0) {
        const who = take(state.waitingRoom, uuid, 'leave');
        emit({
          type: 'waitingRoomLeft',
          at: at(),
          participantUUID: uuid,
          screenName: who.screenName,
        });
      } else {
        const who = take(state.participants, uuid, 'leave');
        emit({ type: 'participantLeft', at: at(), participant: { ...who } });
      }
    },
    setMyRole: (role) => {
      state.me = { ...state.me, role };
      const mine = state.participants.find((p) => p.participantUUID === state.me.participantUUID);
      if (mine) mine.role = role;
      emit({ type: 'myContextChanged', at: at(), user: { ...state.me } });
    },
    listenerCount: () => listeners.size,
  };
  return client;
}
