/**
 * How closely the emulated client follows real Zoom where the two could differ: the client profile
 * (desktop, web client, guest co-host, co-host with a deny list) and the switches for behaviour
 * Zoom documents only loosely. Defaults are the strict side of each question (see the fidelity
 * table in README.md): a panel that works here works against the less kind Zoom.
 */

/** Which client the panel runs in, chosen with `?profile=`. */
export type ClientProfile = 'desktop' | 'web' | 'guestCoHost' | 'coHostDenied';

export const CLIENT_PROFILES: readonly ClientProfile[] = [
  'desktop',
  'web',
  'guestCoHost',
  'coHostDenied',
];

export interface Fidelity {
  profile: ClientProfile;
  /** APIs that answer 80012 require_meeting_role for the `coHostDenied` profile. */
  deniedApis: readonly string[];
  /** A move into or out of a breakout room gives the person a new participantUUID too. */
  newUUIDOnRoomMove: boolean;
  /** setRole gives the person a new participantUUID (a leave under the old, a join under the new). */
  newUUIDOnRoleChange: boolean;
  /** setRole's onParticipantChange is sent twice. */
  doubleRoleEvents: boolean;
  /** setParticipantScreenName works on someone in the waiting room. */
  allowWaitingRoomRename: boolean;
  /** removeParticipant works on someone in the waiting room. */
  allowWaitingRoomRemove: boolean;
  /** `config` stops working this long (scenario time, ms) after it was answered; null: never. */
  configExpiresAfterMs: number | null;
  /** Optional reply fields (role, screenName, participantId) are left out now and then. */
  dropOptionalFields: boolean;
  /**
   * The APIs and events added to the app on the Marketplace (`marketplace=a,b`); null: all of
   * them. Anything else the panel asks `config` for is unsupported for it.
   */
  marketplaceApis: readonly string[] | null;
}

/**
 * The waiting-room APIs the typings mark `*product*: desktop` (sdk.d.ts, Waiting Room category),
 * and so the ones a web client lists in `unsupportedApis`.
 */
export const DESKTOP_ONLY_APIS: readonly string[] = [
  'getWaitingRoomParticipants',
  'getWaitingRoomState',
  'setWaitingRoomState',
  'admitParticipantFromWaitingRoom',
  'putParticipantToWaitingRoom',
  'onWaitingRoomParticipantJoin',
  'onWaitingRoomParticipantLeave',
  'onWaitingRoomStateChange',
];

/**
 * Other APIs Doorkeeper uses that the typings mark for desktop (and Zoom Rooms or mobile) but not
 * web: onShareScreen ("Product: desktop, zoomRoomController"), sendMessageToChat, setParticipant-
 * ScreenName and getMeetingParticipantsEmail ("product: desktop"), removeParticipant ("product:
 * desktop, mobile"). Kept apart from the waiting-room list, which is also the co-host deny list's
 * default.
 */
export const DESKTOP_ONLY_OTHER_APIS: readonly string[] = [
  'onShareScreen',
  'sendMessageToChat',
  'setParticipantScreenName',
  'getMeetingParticipantsEmail',
  'removeParticipant',
];

/** The co-host deny list when `?deny=` is not given: the waiting-room APIs (as in forum thread 80012). */
export const DEFAULT_DENIED_APIS: readonly string[] = DESKTOP_ONLY_APIS.filter(
  (api) => !api.startsWith('on'),
);

/** Zoom's advanced sample re-configures on a "2 hour timeout for config". */
export const CONFIG_LIFETIME_MS = 2 * 60 * 60 * 1000;

export const STRICT_FIDELITY: Fidelity = {
  profile: 'desktop',
  deniedApis: DEFAULT_DENIED_APIS,
  newUUIDOnRoomMove: true,
  newUUIDOnRoleChange: true,
  doubleRoleEvents: true,
  allowWaitingRoomRename: false,
  allowWaitingRoomRemove: false,
  configExpiresAfterMs: CONFIG_LIFETIME_MS,
  dropOptionalFields: false,
  marketplaceApis: null,
};

const flag = (value: string | null, fallback: boolean): boolean =>
  value === null ? fallback : value === '1' || value === 'true' || value === 'on';

/**
 * Fidelity from the emulator's URL: `profile=web|guestCoHost|coHostDenied|desktop`,
 * `deny=api1,api2`, `allow=waitingRoomRename,waitingRoomRemove`, `roomUUIDs=keep`,
 * `roleUUIDs=keep`, `roleEvents=once`, `configExpiry=ms|never`, `sparse=1`, `marketplace=a,b`.
 */
export function fidelityFromParams(params: URLSearchParams): Fidelity {
  const profile = params.get('profile');
  const allow = new Set((params.get('allow') ?? '').split(',').filter(Boolean));
  const deny = (params.get('deny') ?? '').split(',').filter(Boolean);
  const expiry = params.get('configExpiry');
  const expiryMs = expiry === null ? NaN : Number(expiry);
  return {
    profile: CLIENT_PROFILES.includes(profile as ClientProfile)
      ? (profile as ClientProfile)
      : 'desktop',
    deniedApis: deny.length > 0 ? deny : DEFAULT_DENIED_APIS,
    newUUIDOnRoomMove: params.get('roomUUIDs') !== 'keep',
    newUUIDOnRoleChange: params.get('roleUUIDs') !== 'keep',
    doubleRoleEvents: params.get('roleEvents') !== 'once',
    allowWaitingRoomRename: allow.has('waitingRoomRename'),
    allowWaitingRoomRemove: allow.has('waitingRoomRemove'),
    configExpiresAfterMs:
      expiry === 'never'
        ? null
        : Number.isFinite(expiryMs) && expiryMs > 0
          ? expiryMs
          : CONFIG_LIFETIME_MS,
    dropOptionalFields: flag(params.get('sparse'), false),
    marketplaceApis:
      params.get('marketplace') === null
        ? null
        : (params.get('marketplace') ?? '').split(',').filter(Boolean),
  };
}
