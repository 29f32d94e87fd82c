import { CAPABILITIES, type SdkApi } from './capabilities';
import { MeetingError } from './errors';
import { notConfiguredError, notInZoomError, toMeetingError } from './error-map';
import { detectZoomHost, type ZoomHost } from './host-environment';
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
  UserContext,
} from './meeting-client';
import {
  breakoutListOf,
  breakoutRoomChangeEvent,
  breakoutRoomOf,
  clientVersionOf,
  configExtrasOf,
  cloudRecordingEvent,
  cloudRecordingStateOf,
  createDuplicateFilter,
  eventTime,
  meetingConfigEvent,
  meetingInfoOf,
  participantChangeEvents,
  participantEmailEvent,
  authorizedEvent,
  runningContextOf,
  shareScreenEvent,
  toParticipants,
  toUserContext,
  unsupportedApisOf,
  waitingRoomJoinEvent,
  waitingRoomLeaveEvent,
  waitingRoomStateEvent,
} from './normalise';
import { loadZoomSdk } from './real-sdk';
import type { SdkLike } from './sdk-like';

/** Zoom's advanced sample re-runs config on a "2 hour timeout for config"; so do we. */
export const RECONFIG_INTERVAL_MS = 2 * 60 * 60 * 1000;
/** After a failed periodic re-config, try again this much sooner. */
export const RECONFIG_RETRY_MS = 60 * 1000;
/** Identical participant events closer than this are one event fired twice (a documented Zoom quirk). */
export const DUPLICATE_WINDOW_MS = 2000;
/** How long a parent frame gets to answer config before we decide it is not a Zoom client. */
export const FRAMED_START_TIMEOUT_MS = 5000;

const SDK_VERSION = '0.16';

/** Starts `callback` after `ms`; returns the cancel function. */
export type SetTimer = (callback: () => void, ms: number) => () => void;

export interface SdkMeetingClientOptions {
  /** The SDK (default: the real `@zoom/appssdk`, loaded by `start`). Tests pass a fake. */
  sdk?: SdkLike;
  /** Our clock in ms, for events without a timestamp and for duplicate suppression. */
  now?: () => number;
  setTimer?: SetTimer;
  /** Where a Zoom client could answer from (default: the same test the SDK makes on `window`). */
  detectHost?: () => ZoomHost;
  /** Framed pages: how long the parent gets to answer config (default 5 s, not the SDK's 10 s). */
  framedStartTimeoutMs?: number;
  /** Failures of background work (periodic re-config, refreshing my context after a change). */
  onBackgroundError?: (error: MeetingError) => void;
}

const defaultSetTimer: SetTimer = (callback, ms) => {
  const id = setTimeout(callback, ms);
  return () => clearTimeout(id);
};

/** The MeetingClient backed by the Zoom Apps SDK: the only code that talks to Zoom. */
export function createSdkMeetingClient(options: SdkMeetingClientOptions = {}): MeetingClient {
  let sdk: SdkLike | undefined = options.sdk;
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? defaultSetTimer;
  const detectHost = options.detectHost ?? (() => detectZoomHost());
  const framedStartTimeoutMs = options.framedStartTimeoutMs ?? FRAMED_START_TIMEOUT_MS;
  const reportBackground = options.onBackgroundError ?? (() => undefined);

  const listeners = new Set<MeetingEventListener>();
  const isNew = createDuplicateFilter(DUPLICATE_WINDOW_MS);
  let clientInfo: ClientInfo | undefined;
  let me: UserContext | undefined;
  let cancelReconfig: (() => void) | undefined;
  let removeSdkListeners: (() => void) | undefined;
  let contextWork: Promise<void> = Promise.resolve();
  let disposed = false;
  // APIs refused with a permission error: one that later goes through is reported allowed again,
  // so the panel does not go on saying Zoom refuses it.
  const deniedApis = new Set<string>();

  async function call<T>(api: SdkApi | 'config', run: (zoom: SdkLike) => Promise<T>): Promise<T> {
    const zoom = sdk;
    if (!zoom) throw notConfiguredError(api);
    const context = { unsupportedApis: clientInfo?.unsupportedApis, role: me?.role };
    // The client said it cannot do this for us (a web client's waiting room, an attendee's host
    // APIs): asking anyway only earns an error code that says less.
    if (api !== 'config' && clientInfo?.unsupportedApis.includes(api))
      throw toMeetingError(new Error('listed in unsupportedApis'), api, context);
    try {
      const result = await run(zoom);
      if (deniedApis.delete(api)) emit({ type: 'apiAllowed', at: now(), api });
      return result;
    } catch (error) {
      const failure = toMeetingError(error, api, {
        unsupportedApis: clientInfo?.unsupportedApis,
        role: me?.role,
      });
      // A co-host can be refused what the docs allow them (a forum thread shows 80012): say which.
      if (
        failure.kind === 'permission' &&
        api !== 'config' &&
        (me?.role === 'host' || me?.role === 'coHost')
      ) {
        deniedApis.add(api);
        emit({ type: 'apiDenied', at: now(), api });
      }
      // A config that ran out (Zoom's sample re-configures every two hours; the client says
      // config_required): configure again once and repeat the call.
      if (
        failure.kind !== 'not-configured' ||
        Number(failure.code) !== 80001 ||
        api === 'config' ||
        !clientInfo
      )
        throw failure;
      await configure();
      try {
        return await run(zoom);
      } catch (again) {
        throw toMeetingError(again, api, {
          unsupportedApis: clientInfo?.unsupportedApis,
          role: me?.role,
        });
      }
    }
  }

  async function configure(deadlineMs?: number): Promise<ClientInfo> {
    const reply = await call('config', (zoom) =>
      withDeadline(
        zoom.config({ capabilities: [...CAPABILITIES], version: SDK_VERSION }),
        deadlineMs,
      ),
    );
    clientInfo = {
      clientVersion: clientVersionOf(reply),
      runningContext: runningContextOf(reply),
      unsupportedApis: unsupportedApisOf(reply),
      ...configExtrasOf(reply),
    };
    scheduleReconfig(RECONFIG_INTERVAL_MS);
    return clientInfo;
  }

  function withDeadline<T>(promise: Promise<T>, deadlineMs: number | undefined): Promise<T> {
    if (deadlineMs === undefined) return promise;
    return new Promise<T>((resolve, reject) => {
      const cancel = setTimer(() => reject(notInZoomError()), deadlineMs);
      promise.then(
        (value) => {
          cancel();
          resolve(value);
        },
        (error: unknown) => {
          cancel();
          reject(error);
        },
      );
    });
  }

  function scheduleReconfig(ms: number): void {
    cancelReconfig?.();
    if (disposed) return;
    cancelReconfig = setTimer(() => {
      cancelReconfig = undefined;
      configure().catch((error: unknown) => {
        scheduleReconfig(RECONFIG_RETRY_MS);
        reportBackground(toMeetingError(error, 'config'));
      });
    }, ms);
  }

  function emit(event: MeetingEvent): void {
    if (disposed) return;
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        // One broken listener must not starve the others; surface it without unwinding this loop.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  async function fetchUserContext(): Promise<UserContext> {
    const reply = await call('getUserContext', (zoom) => zoom.getUserContext());
    me = toUserContext(reply);
    return me;
  }

  /** After a role or running-context change Zoom's permissions change: re-config, then re-read me. */
  function refreshContext(
    at: number,
    fallback: () => UserContext | undefined,
    before?: MeetingEvent,
  ): void {
    contextWork = contextWork.then(async () => {
      if (disposed) return;
      await configure().catch((error: unknown) =>
        reportBackground(toMeetingError(error, 'config')),
      );
      if (before) emit(before);
      const user = await fetchUserContext().catch((error: unknown) => {
        reportBackground(toMeetingError(error, 'getUserContext'));
        return fallback();
      });
      if (user) {
        me = user;
        emit({ type: 'myContextChanged', at, user });
      }
    });
  }

  function listenToSdk(zoom: SdkLike): void {
    if (removeSdkListeners) return;
    // One named handler per event: the SDK's removeEventListener drops a handler from *every* event.
    const onParticipantChange = (data: unknown) => {
      const at = now();
      for (const event of participantChangeEvents(data, at)) {
        if (isNew(event, at)) emit(event);
      }
    };
    const onWaitingRoomParticipantJoin = (data: unknown) => {
      const event = waitingRoomJoinEvent(data, now());
      if (event) emit(event);
    };
    const onWaitingRoomParticipantLeave = (data: unknown) => {
      const event = waitingRoomLeaveEvent(data, now());
      if (event) emit(event);
    };
    const onWaitingRoomStateChange = (data: unknown) => {
      const event = waitingRoomStateEvent(data, now());
      if (event) emit(event);
    };
    const onParticipantEmail = (data: unknown) => {
      const event = participantEmailEvent(data, now());
      if (event) emit(event);
    };
    const onAuthorized = (data: unknown) => emit(authorizedEvent(data, now()));
    const onMyUserContextChange = (data: unknown) => {
      const at = eventTime((data as { timestamp?: unknown } | null)?.timestamp, now());
      refreshContext(at, () => (me ? toUserContext(data, me) : undefined));
    };
    const onRunningContextChange = (data: unknown) => {
      const at = eventTime((data as { timestamp?: unknown } | null)?.timestamp, now());
      const runningContext = runningContextOf(data);
      refreshContext(at, () => me, { type: 'runningContextChanged', at, runningContext });
    };
    const onCloudRecording = (data: unknown) => {
      const event = cloudRecordingEvent(data, now());
      if (event) emit(event);
    };
    const onShareScreen = (data: unknown) => {
      const event = shareScreenEvent(data, now());
      if (event) emit(event);
    };

    const onBreakoutRoomChange = (data: unknown) => emit(breakoutRoomChangeEvent(data, now()));
    const onMeetingConfigChanged = (data: unknown) => emit(meetingConfigEvent(data, now()));

    zoom.onParticipantChange(onParticipantChange);
    zoom.onBreakoutRoomChange(onBreakoutRoomChange);
    zoom.onMeetingConfigChanged(onMeetingConfigChanged);
    zoom.onWaitingRoomParticipantJoin(onWaitingRoomParticipantJoin);
    zoom.onWaitingRoomParticipantLeave(onWaitingRoomParticipantLeave);
    zoom.onWaitingRoomStateChange(onWaitingRoomStateChange);
    zoom.onParticipantEmail(onParticipantEmail);
    zoom.onAuthorized(onAuthorized);
    zoom.onMyUserContextChange(onMyUserContextChange);
    zoom.onRunningContextChange(onRunningContextChange);
    zoom.onCloudRecording(onCloudRecording);
    zoom.onShareScreen(onShareScreen);
    removeSdkListeners = () => {
      zoom.removeEventListener('onParticipantChange', onParticipantChange);
      zoom.removeEventListener('onWaitingRoomParticipantJoin', onWaitingRoomParticipantJoin);
      zoom.removeEventListener('onWaitingRoomParticipantLeave', onWaitingRoomParticipantLeave);
      zoom.removeEventListener('onWaitingRoomStateChange', onWaitingRoomStateChange);
      zoom.removeEventListener('onParticipantEmail', onParticipantEmail);
      zoom.removeEventListener('onAuthorized', onAuthorized);
      zoom.removeEventListener('onMyUserContextChange', onMyUserContextChange);
      zoom.removeEventListener('onRunningContextChange', onRunningContextChange);
      zoom.removeEventListener('onBreakoutRoomChange', onBreakoutRoomChange);
      zoom.removeEventListener('onMeetingConfigChanged', onMeetingConfigChanged);
      zoom.removeEventListener('onCloudRecording', onCloudRecording);
      zoom.removeEventListener('onShareScreen', onShareScreen);
    };
  }

  return {
    async start(): Promise<ClientInfo> {
      if (disposed) {
        throw new MeetingError(
          'not-configured',
          'config',
          'This connection to Zoom was closed. Reload the app.',
        );
      }
      const host = detectHost();
      if (host === 'none') throw notInZoomError();
      if (!sdk) {
        try {
          sdk = (await loadZoomSdk()).sdk;
        } catch (error) {
          throw toMeetingError(error, 'config');
        }
      }
      const zoom = sdk;
      let info: ClientInfo;
      try {
        info = await configure(host === 'iframe' ? framedStartTimeoutMs : undefined);
      } catch (error) {
        // Nobody answered config at all: whatever is out there is not a Zoom client.
        if (error instanceof MeetingError && error.kind === 'timeout') throw notInZoomError();
        throw error;
      }
      if (!disposed) listenToSdk(zoom);
      return info;
    },

    getUserContext: fetchUserContext,

    async getMeeting(): Promise<MeetingInfo> {
      const [context, uuid] = await Promise.all([
        call('getMeetingContext', (zoom) => zoom.getMeetingContext()),
        call('getMeetingUUID', (zoom) => zoom.getMeetingUUID()),
      ]);
      return meetingInfoOf(context, uuid);
    },

    async getParticipants(): Promise<Participant[]> {
      return toParticipants(
        await call('getMeetingParticipants', (zoom) => zoom.getMeetingParticipants()),
      );
    },

    async getWaitingRoomParticipants(): Promise<Participant[]> {
      return toParticipants(
        await call('getWaitingRoomParticipants', (zoom) => zoom.getWaitingRoomParticipants()),
      );
    },

    async getWaitingRoomState(): Promise<boolean> {
      const reply = await call('getWaitingRoomState', (zoom) => zoom.getWaitingRoomState());
      return (reply as { waitingRoom?: unknown } | null)?.waitingRoom === true;
    },

    async getBreakout(): Promise<BreakoutInfo> {
      const [ids, list] = await Promise.all([
        call('getMeetingUUID', (zoom) => zoom.getMeetingUUID()).catch(() => null),
        call('getBreakoutRoomList', (zoom) => zoom.getBreakoutRoomList()).then(
          (reply) => breakoutListOf(reply),
          // 10092 "Breakout Rooms are not open" (the typings); anything else says nothing.
          (error: unknown) => ({
            roomsOpen: error instanceof MeetingError && Number(error.code) === 10092 ? false : null,
            names: new Map<string, string>(),
          }),
        ),
      ]);
      const roomUUID = breakoutRoomOf(ids);
      return {
        roomUUID,
        roomName: roomUUID === null ? null : (list.names.get(roomUUID) ?? null),
        // Being in a room means rooms are open, whatever the list said.
        roomsOpen: roomUUID !== null ? true : list.roomsOpen,
      };
    },

    async setWaitingRoomState(enabled: boolean): Promise<void> {
      await call('setWaitingRoomState', (zoom) =>
        zoom.setWaitingRoomState({ waitingRoom: enabled }),
      );
    },

    async admit(participantUUID: string): Promise<void> {
      await call('admitParticipantFromWaitingRoom', (zoom) =>
        zoom.admitParticipantFromWaitingRoom({ participantUUID }),
      );
    },

    async putInWaitingRoom(participantUUID: string): Promise<void> {
      await call('putParticipantToWaitingRoom', (zoom) =>
        zoom.putParticipantToWaitingRoom({ participantUUID }),
      );
    },

    async rename(participantUUID: string, screenName: string): Promise<void> {
      await call('setParticipantScreenName', (zoom) =>
        zoom.setParticipantScreenName({ participantUUID, screenName }),
      );
    },

    async remove(participantUUID: string): Promise<void> {
      await call('removeParticipant', (zoom) => zoom.removeParticipant({ participantUUID }));
    },

    async notify(type: NotificationType, title: string, message: string): Promise<void> {
      await call('showNotification', (zoom) => zoom.showNotification({ type, title, message }));
    },

    async requestEmails(reasonForAsking: string): Promise<void> {
      await call('getMeetingParticipantsEmail', (zoom) =>
        zoom.getMeetingParticipantsEmail({ reasonForAsking }),
      );
    },

    async authorize(codeChallenge: string, state: string): Promise<void> {
      await call('authorize', (zoom) => zoom.authorize({ codeChallenge, state }));
    },

    async getCloudRecording(): Promise<CloudRecordingState> {
      const reply = await call('getRecordingContext', (zoom) => zoom.getRecordingContext());
      const state = cloudRecordingStateOf(
        (reply as { cloudRecordingStatus?: unknown } | null)?.cloudRecordingStatus,
      );
      if (state === null) {
        throw new MeetingError(
          'unknown',
          'getRecordingContext',
          'Zoom answered with a recording state Doorkeeper does not know.',
        );
      }
      return state;
    },

    async cloudRecording(action: CloudRecordingAction): Promise<void> {
      await call('cloudRecording', (zoom) => zoom.cloudRecording({ action }));
    },

    async setLocalRecordingAllowed(participantUUID: string, allowed: boolean): Promise<void> {
      await call('allowParticipantToRecord', (zoom) =>
        zoom.allowParticipantToRecord({ participantUUID, action: allowed ? 'grant' : 'revoke' }),
      );
    },

    async sendChatMessage(message: string): Promise<void> {
      await call('sendMessageToChat', (zoom) => zoom.sendMessageToChat({ message }));
    },

    async getJoinUrl(): Promise<string> {
      const reply = await call('getMeetingJoinUrl', (zoom) => zoom.getMeetingJoinUrl());
      const url = (reply as { joinUrl?: unknown } | null)?.joinUrl;
      return typeof url === 'string' ? url : '';
    },

    subscribe(listener: MeetingEventListener): () => void {
      if (disposed) return () => undefined;
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    dispose(): void {
      if (disposed) return;
      disposed = true;
      cancelReconfig?.();
      cancelReconfig = undefined;
      removeSdkListeners?.();
      listeners.clear();
    },
  };
}
