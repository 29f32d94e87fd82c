/**
 * The error replies the emulated client gives. Codes 10xxx and their messages come from the SDK's
 * own typings (sdk.d.ts tables); the 800xx "No Permission" family copies the form real clients
 * send ("No Permission for this API. [code:80012, reason:require_meeting_role]"). Codes travel as
 * strings, as the SDK's NativeApiResponseData type declares.
 */
export interface ZoomErrorReply {
  errorCode: string;
  errorMessage: string;
}

const KNOWN_MESSAGES: Record<string, string> = {
  '10051': 'Invalid user or can’t perform action on this user.',
  '10075': 'The participant ID is error, please get the newest participant ID.',
  '10233': 'Waiting room is locked',
  '10234': 'Waiting room is enabled/disabled already',
  '10235': 'Method is not supported in this meeting',
  '10236': 'Method is not supported inside breakout room',
  '10237': 'Participant is already in the waiting room',
  '10238': 'Participant is not in a waiting room',
  '10239': 'Hosts and co-hosts cannot be put in waiting room',
  '10240': 'Waiting room is not supported for this meeting',
  '10042': 'Not allowed to show notification for do-not-disturb-mode.',
};

function noPermission(code: string, reason: string): ZoomErrorReply {
  return {
    errorCode: code,
    errorMessage: `No Permission for this API. [code:${code}, reason:${reason}]`,
  };
}

/** A reply for any Zoom error code, with Zoom's message when the typings document one. */
export function zoomError(code: number | string): ZoomErrorReply {
  const key = String(code);
  if (key === ERRORS.notConfigured.errorCode) return ERRORS.notConfigured;
  if (key === ERRORS.notInCapabilities.errorCode) return ERRORS.notInCapabilities;
  if (key === ERRORS.roleNotAllowed.errorCode) return ERRORS.roleNotAllowed;
  return { errorCode: key, errorMessage: KNOWN_MESSAGES[key] ?? `Zoom error ${key}` };
}

export const ERRORS = {
  /**
   * No published code: the SDK refuses before sending ("must call zoomSdk.config before using other
   * API methods"), so only a raw postMessage meets this client-side check.
   */
  notConfigured: noPermission('80001', 'config_required'),
  /** An API the app did not list in config (real clients answer app_not_support). */
  notInCapabilities: noPermission('80004', 'app_not_support'),
  /** The user's role may not call this API (seen from real clients for co-hosts and attendees). */
  roleNotAllowed: noPermission('80012', 'require_meeting_role'),
  /** An API the emulator does not implement (a client that does not support it). */
  unsupported: noPermission('80004', 'app_not_support'),
  /**
   * GUESS: Zoom documents no code for an expired config (its advanced sample only re-configures
   * every two hours); we answer as for a missing config.
   */
  configExpired: noPermission('80001', 'config_required'),
  /** Documented for setWaitingRoomState; applied to every waiting-room call (assumption). */
  inBreakoutRoom: zoomErrorConst('10236'),
  /**
   * GUESS: rename and remove of someone in the waiting room; the typings describe both for people
   * in the meeting only, with no code for this case. 10051 is the typings' "can't perform action
   * on this user".
   */
  notInMeeting: { errorCode: '10051', errorMessage: KNOWN_MESSAGES['10051'] ?? '' },
  invalidParameters: { errorCode: '10000', errorMessage: 'Invalid parameters' },
  /** GUESS (documented code, undocumented use): removing the host or yourself. */
  cannotActOnUser: { errorCode: '10051', errorMessage: KNOWN_MESSAGES['10051'] ?? '' },
  /** GUESS (documented code and message, undocumented use): a UUID nobody in this room has. */
  unknownParticipant: { errorCode: '10075', errorMessage: KNOWN_MESSAGES['10075'] ?? '' },
  waitingRoomAlreadyInState: zoomErrorConst('10234'),
  alreadyInWaitingRoom: zoomErrorConst('10237'),
  notInWaitingRoom: zoomErrorConst('10238'),
  cannotMoveHost: zoomErrorConst('10239'),
  waitingRoomUnsupported: zoomErrorConst('10240'),
} satisfies Record<string, ZoomErrorReply>;

function zoomErrorConst(code: string): ZoomErrorReply {
  return { errorCode: code, errorMessage: KNOWN_MESSAGES[code] ?? `Zoom error ${code}` };
}
