import { applyEvents, emptyRoster, reconcile } from '../domain/meeting/roster';
import type { ReceivedRosterEvent, RosterSnapshot, RosterState } from '../domain/meeting/types';
import type { BreakoutInfo, ClientInfo, MeetingInfo, UserContext } from '../zoom/meeting-client';
import type { SliceCreator } from './app-store';

/**
 * After breakout rooms close (or I come back to the main session), people keep arriving from the
 * rooms for a while: Zoom's closing countdown defaults to 60 s and each person must accept the move.
 */
export const BREAKOUT_SETTLE_MS = 120_000;

export interface BreakoutState extends BreakoutInfo {
  /** Until when (our clock) people may still be coming back from the rooms; null when not. */
  settlingUntil: number | null;
}

const NO_BREAKOUT: BreakoutState = {
  roomUUID: null,
  roomName: null,
  roomsOpen: null,
  settlingUntil: null,
};

export interface MeetingSlice {
  roster: RosterState;
  /** Who I am in this meeting and my role (null until Zoom told us). */
  me: UserContext | null;
  meetingInfo: MeetingInfo | null;
  /** Whether the meeting's waiting room is on (null when unknown). */
  waitingRoomEnabled: boolean | null;
  /** Breakout rooms: where I am, whether rooms are open, and the settling time after they close. */
  breakout: BreakoutState;
  /** APIs Zoom refused me although I am host or co-host (80012), since my role last changed. */
  deniedApis: readonly string[];
  noteDeniedApi: (api: string) => void;
  /** A refused API went through after all (a passing refusal): it is no longer listed. */
  noteAllowedApi: (api: string) => void;
  clearDeniedApis: () => void;
  /** Applies a batch of events as one store update (one render for a burst of joins). */
  applyRosterEvents: (batch: readonly ReceivedRosterEvent[]) => void;
  reconcileRoster: (snapshot: RosterSnapshot) => void;
  setMe: (me: UserContext | null) => void;
  setMeetingInfo: (info: MeetingInfo | null) => void;
  setWaitingRoomEnabled: (enabled: boolean | null) => void;
  /** What Zoom said about breakout rooms at `now` (our clock); a partial update keeps the rest. */
  setBreakout: (info: Partial<BreakoutInfo>, now: number) => void;
}

const active = (b: BreakoutInfo): boolean => b.roomsOpen === true || b.roomUUID !== null;

export const createMeetingSlice: SliceCreator<MeetingSlice> = (set, get) => ({
  roster: emptyRoster(),
  me: null,
  meetingInfo: null,
  waitingRoomEnabled: null,
  breakout: NO_BREAKOUT,
  deniedApis: [],
  noteDeniedApi: (api) => {
    if (!get().deniedApis.includes(api)) set({ deniedApis: [...get().deniedApis, api] });
  },
  noteAllowedApi: (api) => {
    if (get().deniedApis.includes(api))
      set({ deniedApis: get().deniedApis.filter((denied) => denied !== api) });
  },
  clearDeniedApis: () => {
    if (get().deniedApis.length > 0) set({ deniedApis: [] });
  },
  applyRosterEvents: (batch) => {
    const current = get().roster;
    const next = applyEvents(current, batch);
    if (next !== current) set({ roster: next });
  },
  reconcileRoster: (snapshot) => {
    const current = get().roster;
    const next = reconcile(current, snapshot);
    if (next !== current) set({ roster: next });
  },
  setMe: (me) => set({ me }),
  setMeetingInfo: (meetingInfo) => set({ meetingInfo }),
  setWaitingRoomEnabled: (waitingRoomEnabled) => set({ waitingRoomEnabled }),
  setBreakout: (info, now) => {
    const current = get().breakout;
    const merged: BreakoutInfo = {
      roomUUID: info.roomUUID !== undefined ? info.roomUUID : current.roomUUID,
      roomName: info.roomName !== undefined ? info.roomName : current.roomName,
      roomsOpen: info.roomsOpen !== undefined ? info.roomsOpen : current.roomsOpen,
    };
    if (merged.roomUUID === null) merged.roomName = null;
    let settlingUntil = current.settlingUntil;
    if (active(merged)) settlingUntil = null;
    else if (active(current)) settlingUntil = now + BREAKOUT_SETTLE_MS;
    const next: BreakoutState = { ...merged, settlingUntil };
    if (
      next.roomUUID !== current.roomUUID ||
      next.roomName !== current.roomName ||
      next.roomsOpen !== current.roomsOpen ||
      next.settlingUntil !== current.settlingUntil
    )
      set({ breakout: next });
  },
});

/**
 * People are moving between rooms: rooms are open, I am in one, or they closed less than
 * BREAKOUT_SETTLE_MS ago. Zoom gives movers new ids, so a "new" face in the main session may be
 * someone coming back (see the lock's `suspendPutBacks`).
 */
export function selectPeopleMoving(state: Pick<MeetingSlice, 'breakout'>, now: number): boolean {
  const b = state.breakout;
  return active(b) || (b.settlingUntil !== null && now < b.settlingUntil);
}

/** The breakout room I am in (its UUID and name), or null in the main session. */
export const selectMyBreakoutRoom = (
  state: Pick<MeetingSlice, 'breakout'>,
): { roomUUID: string; roomName: string | null } | null =>
  state.breakout.roomUUID === null
    ? null
    : { roomUUID: state.breakout.roomUUID, roomName: state.breakout.roomName };

/** The waiting-room controls, in the order a host would name them. */
const WAITING_ROOM_APIS = [
  'getWaitingRoomParticipants',
  'admitParticipantFromWaitingRoom',
  'putParticipantToWaitingRoom',
  'setWaitingRoomState',
  'getWaitingRoomState',
] as const;

export interface MeetingLimits {
  /** The client is Zoom's web client, or lists the waiting-room APIs as unsupported. */
  webClient: boolean;
  /** Signed out of Zoom (a guest). */
  guest: boolean;
  /** APIs refused to my role although the docs allow them, in a host's order. */
  denied: readonly string[];
  /** The lock cannot put anyone back: Zoom will not let Doorkeeper send people to the waiting room. */
  cannotEnforce: boolean;
}

/** What this client and account do not let Doorkeeper do (empty limits for a normal desktop host). */
export function selectMeetingLimits(
  state: Pick<MeetingSlice, 'deniedApis'> & { connection: { clientInfo: ClientInfo | null } },
): MeetingLimits {
  return meetingLimitsOf(state.connection.clientInfo, state.deniedApis);
}

/** selectMeetingLimits from its two inputs (for components that memoise). */
export function meetingLimitsOf(
  info: ClientInfo | null,
  deniedApis: readonly string[],
): MeetingLimits {
  const state = { deniedApis };
  const unsupported = new Set(info?.unsupportedApis ?? []);
  const webClient =
    info?.product === 'web' || WAITING_ROOM_APIS.some((api) => unsupported.has(api));
  const denied = [
    ...(state.deniedApis.includes('getMeetingParticipants') ? ['getMeetingParticipants'] : []),
    ...WAITING_ROOM_APIS.filter((api) => state.deniedApis.includes(api)),
  ];
  const cannotPut =
    unsupported.has('putParticipantToWaitingRoom') ||
    state.deniedApis.includes('putParticipantToWaitingRoom') ||
    unsupported.has('getWaitingRoomParticipants') ||
    state.deniedApis.includes('getWaitingRoomParticipants');
  return { webClient, guest: info?.guest === true, denied, cannotEnforce: cannotPut };
}
