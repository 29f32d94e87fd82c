import { MeetingError, type MeetingErrorKind } from './errors';
import { canUseHostApis, type Role } from '../domain/roles';

interface ErrorRule {
  kind: MeetingErrorKind;
  sentence: string;
}

const ASK_FOR_CO_HOST =
  'Only the host or a co-host can do this. Ask the host to make you a co-host.';

/**
 * Zoom's error codes for the calls Doorkeeper makes. 10233–10240 come from the waiting-room
 * typings in @zoom/appssdk 0.16; 10001, 10042, 10049, 10051, 10061, 10075, 10150 and 10151 from
 * other tables in the same typings. The 800xx family is what clients send as "No Permission for
 * this API. [code:…, reason:…]": 80012 require_meeting_role (seen from desktop clients for co-hosts
 * and attendees), 80001 config_required and 80004 app_not_support (an API missing from config).
 * 403 ("Permission denied") is the code Zoom's roles-and-permissions guide documents.
 */
export const ZOOM_ERROR_CODES: Readonly<Record<number, ErrorRule>> = {
  10001: { kind: 'unknown', sentence: 'Zoom ran into an error doing this. Try again.' },
  // Recording (cloudRecording, allowParticipantToRecord tables in the same typings).
  10021: {
    kind: 'permission',
    sentence: 'You do not have the privilege to start a cloud recording.',
  },
  10022: { kind: 'unsupported', sentence: 'Zoom refused this recording action.' },
  10040: {
    kind: 'unsupported',
    sentence: 'A local recording is in progress, so a cloud recording cannot start.',
  },
  10048: { kind: 'unknown', sentence: 'Zoom could not change this person’s recording permission.' },
  10050: {
    kind: 'already-in-that-state',
    sentence: 'This person already has permission to record locally.',
  },
  10052: {
    kind: 'already-in-that-state',
    sentence: 'This person has no permission to record locally: there is nothing to revoke.',
  },
  10055: {
    kind: 'locked-by-admin',
    sentence: 'Local recording is turned off in the Zoom web settings.',
  },
  10042: {
    kind: 'unsupported',
    sentence: 'Zoom did not show the notification because Do Not Disturb is on.',
  },
  10049: { kind: 'permission', sentence: ASK_FOR_CO_HOST },
  10051: {
    kind: 'not-found',
    sentence:
      'Zoom cannot do this for that person: they may have left or rejoined. Refresh and try again.',
  },
  10061: { kind: 'permission', sentence: 'Only the host can do this.' },
  10075: {
    kind: 'not-found',
    sentence:
      'Zoom no longer knows that person by this ID: they may have left or rejoined. Refresh and try again.',
  },
  10150: { kind: 'unknown', sentence: 'The meeting is not ready yet. Try again in a moment.' },
  10151: { kind: 'unsupported', sentence: 'Zoom Apps are turned off in this meeting.' },
  10233: {
    kind: 'locked-by-admin',
    sentence: 'Your Zoom admin has locked the waiting room setting, so it cannot be changed here.',
  },
  10234: { kind: 'already-in-that-state', sentence: 'The waiting room is already set that way.' },
  10235: { kind: 'unsupported', sentence: 'Zoom does not support this in this meeting.' },
  10236: {
    kind: 'in-breakout-room',
    sentence: 'This cannot be done from a breakout room. Return to the main meeting and try again.',
  },
  10237: {
    kind: 'already-in-waiting-room',
    sentence: 'This person is already in the waiting room.',
  },
  10238: {
    kind: 'not-in-waiting-room',
    sentence: 'This person is no longer in the waiting room: they were admitted or left.',
  },
  10239: {
    kind: 'cannot-move-host',
    sentence: 'Hosts and co-hosts cannot be sent to the waiting room.',
  },
  10240: {
    kind: 'waiting-room-unavailable',
    sentence: 'This meeting has no waiting room, or Zoom does not support one here.',
  },
  80001: {
    kind: 'not-configured',
    sentence: 'Doorkeeper is not connected to Zoom yet. Reload the app.',
  },
  80004: {
    kind: 'not-configured',
    sentence: "Zoom has not enabled this for Doorkeeper: the app's Zoom settings need updating.",
  },
  80012: { kind: 'permission', sentence: ASK_FOR_CO_HOST },
  403: { kind: 'permission', sentence: ASK_FOR_CO_HOST },
};

/** What a host would call each SDK call, for sentences about codes we do not know. */
const ACTIONS: Readonly<Record<string, string>> = {
  config: 'connect to the meeting',
  getUserContext: 'read your role',
  getMeetingContext: 'read the meeting details',
  getMeetingUUID: 'read the meeting details',
  getMeetingParticipants: 'read the participant list',
  getWaitingRoomParticipants: 'read the waiting room',
  getWaitingRoomState: 'read the waiting room setting',
  setWaitingRoomState: 'change the waiting room setting',
  admitParticipantFromWaitingRoom: 'admit this person',
  putParticipantToWaitingRoom: 'send this person to the waiting room',
  setParticipantScreenName: 'rename this person',
  removeParticipant: 'remove this person',
  showNotification: 'show a notification',
  getRecordingContext: 'read the recording state',
  cloudRecording: 'change the cloud recording',
  allowParticipantToRecord: 'change this person’s recording permission',
  sendMessageToChat: 'post to the meeting chat',
  getMeetingJoinUrl: 'read the join link',
};

const NOT_IN_ZOOM =
  'Doorkeeper runs inside a Zoom meeting. Open it from Apps in the Zoom client, or run the emulator (npm start).';

/** The error for "no Zoom client can answer here". */
export function notInZoomError(api = 'config'): MeetingError {
  return new MeetingError('not-in-zoom', api, NOT_IN_ZOOM);
}

/** The error for "asked before the SDK was configured". */
export function notConfiguredError(api: string): MeetingError {
  return new MeetingError(
    'not-configured',
    api,
    `Doorkeeper is not connected to Zoom yet, so it could not ${actionOf(api)}. Reload the app.`,
  );
}

function actionOf(api: string): string {
  return ACTIONS[api] ?? `run ${api}`;
}

/** What the adapter knows when a call fails, to read codes it has no rule for. */
export interface ErrorContext {
  /** APIs the client said (in answer to config) it does not support for this user. */
  unsupportedApis?: readonly string[];
  role?: Role;
}

/** Turns anything an SDK call rejected with into the one MeetingError, with a plain sentence. */
export function toMeetingError(
  error: unknown,
  api: string,
  context: ErrorContext = {},
): MeetingError {
  if (error instanceof MeetingError) return error;
  const { code, message } = readError(error);
  const numeric =
    typeof code === 'number'
      ? code
      : typeof code === 'string' && /^\d+$/.test(code)
        ? Number(code)
        : undefined;
  const rule = numeric === undefined ? undefined : ZOOM_ERROR_CODES[numeric];
  const keptCode = numeric ?? code;
  if (rule) return new MeetingError(rule.kind, api, rule.sentence, keptCode);

  const action = actionOf(api);
  // The SDK's own time-out is a plain Error: "<api> took longer than 10000ms to respond. requestId: …".
  if (/took longer than \d+\s*ms to respond/i.test(message)) {
    return new MeetingError(
      'timeout',
      api,
      `Zoom did not answer in time when asked to ${action}. Try again.`,
      keptCode,
    );
  }
  if (/not supported by this browser/i.test(message)) return notInZoomError(api);
  if (/must call zoomSdk\.config|not (been )?configured|capabilit/i.test(message)) {
    return new MeetingError('not-configured', api, notConfiguredError(api).message, keptCode);
  }
  const reason = /reason:\s*([a-z_]+)/i.exec(message)?.[1]?.toLowerCase();
  if (reason === 'config_required' || reason === 'app_not_support') {
    return new MeetingError('not-configured', api, notConfiguredError(api).message, keptCode);
  }
  if (/no permission|permission denied|not permitted|privilege/i.test(message)) {
    return new MeetingError('permission', api, ASK_FOR_CO_HOST, keptCode);
  }
  if (/requires client version/i.test(message)) {
    return new MeetingError(
      'unsupported',
      api,
      `This Zoom client is too old to ${action}. Update Zoom and try again.`,
      keptCode,
    );
  }
  if (context.unsupportedApis?.includes(api)) {
    // Zoom listed this API as unavailable for us when we configured: for a non-host that is a role limit.
    const isHost = context.role !== undefined && canUseHostApis(context.role);
    return isHost
      ? new MeetingError('unsupported', api, `This Zoom client cannot ${action}.`, keptCode)
      : new MeetingError('permission', api, ASK_FOR_CO_HOST, keptCode);
  }
  const detail = [keptCode === undefined ? '' : `error ${keptCode}`, message]
    .filter(Boolean)
    .join(': ');
  return new MeetingError(
    'unknown',
    api,
    `Zoom could not ${action}${detail ? ` (${detail})` : ''}.`,
    keptCode,
  );
}

const MAX_DETAIL = 200;

function readError(error: unknown): { code: string | number | undefined; message: string } {
  if (typeof error === 'string') return { code: undefined, message: clip(error) };
  if (typeof error !== 'object' || error === null) return { code: undefined, message: '' };
  const { code, message, errorCode, errorMessage } = error as Record<string, unknown>;
  const anyCode = code ?? errorCode;
  const anyMessage = message ?? errorMessage;
  return {
    code:
      typeof anyCode === 'number' || (typeof anyCode === 'string' && anyCode !== '')
        ? anyCode
        : undefined,
    message: typeof anyMessage === 'string' ? clip(anyMessage) : '',
  };
}

function clip(message: string): string {
  // The SDK's time-out message carries a newline and a request ID: keep the sentence on one line.
  const oneLine = message.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_DETAIL ? `${oneLine.slice(0, MAX_DETAIL - 1)}…` : oneLine;
}
