import type {
  CloudRecordingState,
  MeetingEvent,
  Participant,
  Role,
  UserContext,
} from './meeting-client';

/*
 * SDK payloads are read as `unknown`: the typings promise more than clients deliver (waiting-room
 * entries without a UUID, `cohost` vs `coHost`, a missing role), so every field is checked once here
 * and the rest of the app only ever sees the port's shapes.
 */

type Fields = Record<string, unknown>;

function fields(value: unknown): Fields {
  return typeof value === 'object' && value !== null ? (value as Fields) : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function nonEmptyText(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** One role spelling: Zoom says `coHost` in getUserContext and `cohost` in onParticipantChange. */
export function normaliseRole(raw: unknown): Role {
  const role = typeof raw === 'string' ? raw.toLowerCase().replace(/[\s_-]/g, '') : '';
  switch (role) {
    case 'host':
      return 'host';
    case 'cohost':
      return 'coHost';
    case 'panelist':
      return 'panelist';
    default:
      // Unknown or missing roles get the least privilege: never treat a stranger as a host.
      return 'attendee';
  }
}

/** A participant entry, or null when it has no UUID (nothing can be done with it). */
export function toParticipant(raw: unknown): Participant | null {
  const entry = fields(raw);
  const participantUUID = nonEmptyText(entry.participantUUID);
  if (participantUUID === undefined) return null;
  return {
    participantUUID,
    screenName: text(entry.screenName) ?? '',
    role: normaliseRole(entry.role),
  };
}

/** The `participants` list of a getMeetingParticipants / getWaitingRoomParticipants reply. */
export function toParticipants(raw: unknown): Participant[] {
  const list = fields(raw).participants;
  if (!Array.isArray(list)) return [];
  const participants: Participant[] = [];
  for (const entry of list) {
    const participant = toParticipant(entry);
    if (participant) participants.push(participant);
  }
  return participants;
}

/** A getUserContext reply (or an onMyUserContextChange payload merged over what we knew). */
export function toUserContext(raw: unknown, previous?: UserContext): UserContext {
  const context = fields(raw);
  return {
    participantUUID: nonEmptyText(context.participantUUID) ?? previous?.participantUUID ?? '',
    screenName: text(context.screenName) ?? previous?.screenName ?? '',
    role: context.role === undefined && previous ? previous.role : normaliseRole(context.role),
  };
}

/** Seconds below this are treated as seconds: 1e12 ms is September 2001, 1e12 s is year 33658. */
const SECONDS_LIMIT = 1e12;

/**
 * An event timestamp in ms since the epoch. Zoom's typings show seconds (`1614831950`) and some
 * clients send ms, so the magnitude decides; a missing or nonsense value becomes our clock.
 */
export function eventTime(raw: unknown, now: number): number {
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return now;
  return value < SECONDS_LIMIT ? Math.round(value * 1000) : Math.round(value);
}

/** onParticipantChange → one event per participant listed (one payload can carry several). */
export function participantChangeEvents(raw: unknown, now: number): MeetingEvent[] {
  const payload = fields(raw);
  const at = eventTime(payload.timestamp, now);
  const list = Array.isArray(payload.participants) ? payload.participants : [];
  const events: MeetingEvent[] = [];
  for (const entry of list) {
    const participant = toParticipant(entry);
    const status = fields(entry).status;
    if (!participant) continue;
    if (status === 'join') events.push({ type: 'participantJoined', at, participant });
    else if (status === 'leave') events.push({ type: 'participantLeft', at, participant });
  }
  return events;
}

/** onWaitingRoomParticipantJoin → waitingRoomJoined, or null without a UUID. */
export function waitingRoomJoinEvent(raw: unknown, now: number): MeetingEvent | null {
  const payload = fields(raw);
  const entry = fields(payload.participant);
  const participant = toParticipant({ ...entry, role: entry.role ?? 'attendee' });
  if (!participant) return null;
  const cause = entry.action === 'putFromMainMeeting' ? 'putFromMainMeeting' : 'joinMeeting';
  return { type: 'waitingRoomJoined', at: eventTime(payload.timestamp, now), participant, cause };
}

/** onWaitingRoomParticipantLeave → waitingRoomLeft, or null without a UUID. */
export function waitingRoomLeaveEvent(raw: unknown, now: number): MeetingEvent | null {
  const payload = fields(raw);
  const entry = fields(payload.participant);
  const participantUUID = nonEmptyText(entry.participantUUID);
  if (participantUUID === undefined) return null;
  return {
    type: 'waitingRoomLeft',
    at: eventTime(payload.timestamp, now),
    participantUUID,
    screenName: text(entry.screenName) ?? '',
  };
}

/** onWaitingRoomStateChange → waitingRoomStateChanged, or null when the flag is missing. */
export function waitingRoomStateEvent(raw: unknown, now: number): MeetingEvent | null {
  const payload = fields(raw);
  if (typeof payload.waitingRoom !== 'boolean') return null;
  return {
    type: 'waitingRoomStateChanged',
    at: eventTime(payload.timestamp, now),
    enabled: payload.waitingRoom,
  };
}

/**
 * onParticipantEmail → participantEmail, or null without a UUID. An address that is blank or has no
 * `@` counts as no address; a payload with neither field is an answer with no reason given.
 */
export function participantEmailEvent(raw: unknown, now: number): MeetingEvent | null {
  const payload = fields(raw);
  const participantUUID = nonEmptyText(payload.participantUUID);
  if (participantUUID === undefined) return null;
  const address = text(payload.participantEmail)?.trim() ?? '';
  const email = address.includes('@') ? address : null;
  return {
    type: 'participantEmail',
    at: eventTime(payload.timestamp, now),
    participantUUID,
    email,
    errorMessage: email === null ? (text(payload.errorMessage) ?? '') : null,
  };
}

/** onAuthorized → authorized; the code only when Zoom says it succeeded, and the state it echoes. */
export function authorizedEvent(raw: unknown, now: number): MeetingEvent {
  const payload = fields(raw);
  const code = payload.result === true ? nonEmptyText(payload.code) : undefined;
  return {
    type: 'authorized',
    at: eventTime(payload.timestamp, now),
    code: code ?? null,
    state: nonEmptyText(payload.state) ?? null,
  };
}

/** onBreakoutRoomChange → breakoutChanged (joinedRoom / leftRoom). */
export function breakoutRoomChangeEvent(raw: unknown, now: number): MeetingEvent {
  const payload = fields(raw);
  const at = eventTime(payload.timestamp, now);
  const change =
    payload.action === 'join' ? 'joinedRoom' : payload.action === 'leave' ? 'leftRoom' : 'changed';
  const roomUUID = nonEmptyText(payload.breakoutRoomUUID);
  return { type: 'breakoutChanged', at, change, ...(roomUUID !== undefined ? { roomUUID } : {}) };
}

/** onMeetingConfigChanged → breakoutChanged (rooms opened, closed, or otherwise changed). */
export function meetingConfigEvent(raw: unknown, now: number): MeetingEvent {
  const payload = fields(raw);
  const at = eventTime(payload.timestamp, now);
  // Clients before 5.11 send the one string 'breakoutRoomOpened | breakoutRoomClosed' (the typings'
  // table): that says something changed, not what, so it is only 'changed'.
  const change =
    payload.change === 'breakoutRoomOpened'
      ? 'roomsOpened'
      : payload.change === 'breakoutRoomClosed'
        ? 'roomsClosed'
        : 'changed';
  return { type: 'breakoutChanged', at, change };
}

/** A getMeetingUUID reply → the breakout room I am in (a parentUUID other than meetingUUID), or null. */
export function breakoutRoomOf(uuid: unknown): string | null {
  const ids = fields(uuid);
  const room = nonEmptyText(ids.meetingUUID);
  const parent = nonEmptyText(ids.parentUUID);
  return room !== undefined && parent !== undefined && room !== parent ? room : null;
}

/** A getBreakoutRoomList reply → whether rooms are open (null: not said), and the room names by UUID. */
export function breakoutListOf(raw: unknown): {
  roomsOpen: boolean | null;
  names: Map<string, string>;
} {
  const reply = fields(raw);
  const names = new Map<string, string>();
  if (Array.isArray(reply.rooms)) {
    for (const room of reply.rooms) {
      const entry = fields(room);
      const id = nonEmptyText(entry.breakoutRoomId) ?? nonEmptyText(entry.breakoutRoomUUID);
      const name = text(entry.name);
      if (id !== undefined && name !== undefined) names.set(id, name);
    }
  }
  const roomsOpen = reply.state === 'open' ? true : reply.state === 'closed' ? false : null;
  return { roomsOpen, names };
}

const RECORDING_STATES: Readonly<Record<string, CloudRecordingState>> = {
  stopped: 'stopped',
  connecting: 'connecting',
  started: 'started',
  // getRecordingContext may say "resumed" after a pause: it is recording again.
  resumed: 'started',
  paused: 'paused',
};

/** getRecordingContext's cloudRecordingStatus (or an event's action) → our state; null if unknown. */
export function cloudRecordingStateOf(raw: unknown): CloudRecordingState | null {
  const value = text(raw);
  return value === undefined ? null : (RECORDING_STATES[value] ?? null);
}

/** onCloudRecording → cloudRecordingChanged, or null for an action we do not know. */
export function cloudRecordingEvent(raw: unknown, now: number): MeetingEvent | null {
  const payload = fields(raw);
  const state = cloudRecordingStateOf(payload.action);
  if (state === null) return null;
  return { type: 'cloudRecordingChanged', at: eventTime(payload.timestamp, now), state };
}

/** onShareScreen → shareScreenChanged, or null without a participant or a known action. */
export function shareScreenEvent(raw: unknown, now: number): MeetingEvent | null {
  const payload = fields(raw);
  const participantUUID = nonEmptyText(payload.participantUUID);
  if (participantUUID === undefined) return null;
  if (payload.action !== 'start' && payload.action !== 'stop') return null;
  return {
    type: 'shareScreenChanged',
    at: eventTime(payload.timestamp, now),
    participantUUID,
    sharing: payload.action === 'start',
  };
}

/** The runningContext named by a config reply or onRunningContextChange payload ('' if none). */
export function runningContextOf(raw: unknown): string {
  return text(fields(raw).runningContext) ?? '';
}

/** The unsupportedApis of a config reply, keeping only strings. */
export function unsupportedApisOf(raw: unknown): string[] {
  const list = fields(raw).unsupportedApis;
  return Array.isArray(list) ? list.filter((api): api is string => typeof api === 'string') : [];
}

/** The product and guest status of a config reply, when it says. */
export function configExtrasOf(raw: unknown): { product?: string; guest?: boolean } {
  const reply = fields(raw);
  const product = nonEmptyText(reply.product);
  const status = fields(reply.auth).status;
  return {
    ...(product !== undefined ? { product } : {}),
    ...(typeof status === 'string' ? { guest: status === 'unauthenticated' } : {}),
  };
}

/** The clientVersion of a config reply ('' if none). */
export function clientVersionOf(raw: unknown): string {
  return text(fields(raw).clientVersion) ?? '';
}

/** The topic and ID of a getMeetingContext reply, and the UUID to key stored data by. */
export function meetingInfoOf(
  context: unknown,
  uuid: unknown,
): { meetingUUID: string; meetingID: string; topic: string } {
  const ids = fields(uuid);
  const meeting = fields(context);
  return {
    // In a breakout room meetingUUID names the room; parentUUID is the meeting we key data by.
    meetingUUID: nonEmptyText(ids.parentUUID) ?? text(ids.meetingUUID) ?? '',
    meetingID:
      text(meeting.meetingID) ??
      (typeof meeting.meetingID === 'number' ? String(meeting.meetingID) : ''),
    topic: text(meeting.meetingTopic) ?? '',
  };
}

/**
 * Drops a participant event identical to the last one seen for the same person within `windowMs`.
 * Only consecutive repeats are dropped, so a quick join → leave → join still arrives in full.
 */
export function createDuplicateFilter(
  windowMs: number,
): (event: MeetingEvent, now: number) => boolean {
  const lastSeen = new Map<string, { key: string; seenAt: number }>();
  return (event, now) => {
    if (event.type !== 'participantJoined' && event.type !== 'participantLeft') return true;
    for (const [uuid, entry] of lastSeen) {
      if (now - entry.seenAt > windowMs) lastSeen.delete(uuid);
    }
    const { participantUUID, screenName, role } = event.participant;
    const key = `${event.type}\u0000${role}\u0000${screenName}`;
    const previous = lastSeen.get(participantUUID);
    lastSeen.set(participantUUID, { key, seenAt: now });
    return previous?.key !== key;
  };
}
