export { createSdkMeetingClient } from './sdk-meeting-client';
export type { SdkMeetingClientOptions, SetTimer } from './sdk-meeting-client';
export { CAPABILITIES, CAPABILITY_APIS, CAPABILITY_EVENTS } from './capabilities';
export type { Capability, SdkApi, SdkEvent } from './capabilities';
export { MeetingError, isMeetingError } from './errors';
export type { MeetingErrorKind } from './errors';
export { ZOOM_ERROR_CODES, toMeetingError } from './error-map';
export { detectZoomHost } from './host-environment';
export type { ZoomHost } from './host-environment';
export type { SdkLike } from './sdk-like';
export type {
  ClientInfo,
  Location,
  MeetingClient,
  MeetingEvent,
  MeetingEventListener,
  MeetingInfo,
  NotificationType,
  Participant,
  Role,
  UserContext,
} from './meeting-client';
