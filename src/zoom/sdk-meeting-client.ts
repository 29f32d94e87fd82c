import { CAPABILITIES, type SdkApi } from './capabilities';
import { MeetingError } from './errors';
import { notConfiguredError, notInZoomError, toMeetingError } from './error-map';
import { detectZoomHost, type ZoomHost } from './host-environment';
import type {
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
  clientVersionOf,
  cloudRecordingEvent,
  cloudRecordingStateOf,
  createDuplicateFilter,
  eventTime,
  meetingInfoOf,
  participantChangeEvents,
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

  async function call<T>(api: SdkApi | 'config', run: (zoom: SdkLike) => Promise<T>): Promise<T> {
    const zoom = sdk;
    if (!zoom) throw notConfiguredError(api);
    try {
      return await run(zoom);
    } catch (error) {
      throw toMeetingError(error, api, {
        unsupportedApis: clientInfo?.unsupportedApis,
        role: me?.role,
      });
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

    zoom.onParticipantChange(onParticipantChange);
    zoom.onWaitingRoomParticipantJoin(onWaitingRoomParticipantJoin);
    zoom.onWaitingRoomParticipantLeave(onWaitingRoomParticipantLeave);
    zoom.onWaitingRoomStateChange(onWaitingRoomStateChange);
    zoom.onMyUserContextChange(onMyUserContextChange);
    zoom.onRunningContextChange(onRunningContextChange);
    zoom.onCloudRecording(onCloudRecording);
    zoom.onShareScreen(onShareScreen);
    removeSdkListeners = () => {
      zoom.removeEventListener('onParticipantChange', onParticipantChange);
      zoom.removeEventListener('onWaitingRoomParticipantJoin', onWaitingRoomParticipantJoin);
      zoom.removeEventListener('onWaitingRoomParticipantLeave', onWaitingRoomParticipantLeave);
      zoom.removeEventListener('onWaitingRoomStateChange', onWaitingRoomStateChange);
      zoom.removeEventListener('onMyUserContextChange', onMyUserContextChange);
      zoom.removeEventListener('onRunningContextChange', onRunningContextChange);
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
