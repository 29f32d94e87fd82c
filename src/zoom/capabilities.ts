import type { Apis } from '@zoom/appssdk';

/** SDK methods the adapter calls (besides `config` itself, which is never a capability). */
export const CAPABILITY_APIS = [
  'getUserContext',
  'getMeetingContext',
  'getMeetingUUID',
  'getMeetingParticipants',
  'getWaitingRoomParticipants',
  'getWaitingRoomState',
  'setWaitingRoomState',
  'admitParticipantFromWaitingRoom',
  'putParticipantToWaitingRoom',
  'setParticipantScreenName',
  'removeParticipant',
  'showNotification',
  'getMeetingParticipantsEmail',
  'authorize',
  // Whether breakout rooms are open, and the names of the rooms (Zoom's breakout-rooms guide).
  'getBreakoutRoomList',
  'getRecordingContext',
  'cloudRecording',
  'allowParticipantToRecord',
  'sendMessageToChat',
  'getMeetingJoinUrl',
] as const satisfies readonly Apis[];

/** SDK events the adapter listens to. */
export const CAPABILITY_EVENTS = [
  'onParticipantChange',
  'onWaitingRoomParticipantJoin',
  'onWaitingRoomParticipantLeave',
  'onWaitingRoomStateChange',
  'onMyUserContextChange',
  'onRunningContextChange',
  'onParticipantEmail',
  'onAuthorized',
  // The app user moved into or out of a breakout room (the guide: re-read participants then).
  'onBreakoutRoomChange',
  // Rooms opened or closed while the app user stays in the main session.
  'onMeetingConfigChanged',
  'onCloudRecording',
  'onShareScreen',
] as const satisfies readonly Apis[];

/**
 * Exactly what `zoomSdk.config` is asked for, and what the Marketplace manifest must list: some
 * clients reject the whole `config` when asked for more, so nothing unused belongs here.
 */
export const CAPABILITIES = [...CAPABILITY_APIS, ...CAPABILITY_EVENTS] as const;

export type SdkApi = (typeof CAPABILITY_APIS)[number];
export type SdkEvent = (typeof CAPABILITY_EVENTS)[number];
export type Capability = (typeof CAPABILITIES)[number];
