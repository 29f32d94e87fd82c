import { RosterDraft } from './roster-draft';
import type {
  ReceivedRosterEvent,
  RosterEvent,
  RosterIdentity,
  RosterLocation,
  RosterParticipant,
  RosterSnapshot,
  RosterState,
  Tombstone,
} from './types';

/** How long a departure is remembered: long enough for any late or duplicated event to arrive. */
export const TOMBSTONE_TTL_MS = 120_000;
/** Zoom gives a participant a new UUID when their role changes: a leave and a join this close are one person. */
export const UUID_CHANGE_WINDOW_MS = 10_000;
/**
 * Zoom stamps an admit's waiting-room leave and its join at most a second apart (whole seconds); a
 * client that left needs longer than this to connect again, so a later join is a rejoin.
 */
export const REJOIN_GAP_MS = 2_000;

/** An empty roster. */
export function emptyRoster(): RosterState {
  return { participants: new Map(), tombstones: new Map(), counts: { meeting: 0, waitingRoom: 0 } };
}

/** Applies one event; `receivedAt` is our clock when it arrived (defaults to the event's own time). */
export function applyEvent(
  state: RosterState,
  event: RosterEvent,
  receivedAt = event.at,
): RosterState {
  return applyEvents(state, [{ event, receivedAt }]);
}

/**
 * Applies a batch of events in order. Events are hints, not truth (Zoom sends some twice, late or
 * out of order): an event older than what we know of that person is ignored, and a leave is
 * remembered as a tombstone so that its own late join cannot bring the person back.
 */
export function applyEvents(
  state: RosterState,
  batch: readonly ReceivedRosterEvent[],
): RosterState {
  const draft = new RosterDraft(state);
  for (const { event, receivedAt } of batch) {
    switch (event.type) {
      case 'participantJoined':
        arrive(draft, event.participant, 'meeting', event.at, receivedAt);
        break;
      case 'waitingRoomJoined':
        arrive(
          draft,
          event.participant,
          'waitingRoom',
          event.at,
          receivedAt,
          event.cause === 'putFromMainMeeting',
        );
        break;
      case 'participantLeft':
        depart(draft, event.participant, 'meeting', event.at, receivedAt);
        break;
      case 'waitingRoomLeft': {
        const known =
          draft.participant(event.participantUUID) ?? draft.tombstone(event.participantUUID);
        const identity: RosterIdentity = {
          participantUUID: event.participantUUID,
          screenName: event.screenName,
          // Zoom's waiting-room leave carries no role; keep the one we knew.
          role: known?.role ?? 'attendee',
        };
        depart(draft, identity, 'waitingRoom', event.at, receivedAt);
        break;
      }
    }
  }
  return draft.finish();
}

function arrive(
  draft: RosterDraft,
  who: RosterIdentity,
  location: RosterLocation,
  at: number,
  receivedAt: number,
  movedFromMeeting = false,
): void {
  const uuid = who.participantUUID;
  const current = draft.participant(uuid);
  if (current && at < current.eventAt) return;

  const leftHere = draft.tombstone(uuid)?.left[location];
  if (
    leftHere &&
    at <= leftHere.at &&
    !sentBackInTheSameSecond(draft, current, uuid, at, movedFromMeeting)
  ) {
    // They came here at `at` and left again later: whatever we show elsewhere from before `at` is over too.
    if (current && current.location !== location && current.eventAt < at) {
      removeParticipant(draft, current, current.location, at, receivedAt, leftHere.at);
    }
    return;
  }

  // A send-back's arrival is counted once per stay: a copy of its event, or the event after a
  // snapshot that showed them waiting without a cause, adds nothing more (see `putBacks`).
  const sentBackHere =
    location === 'waitingRoom' &&
    movedFromMeeting &&
    !(current?.location === 'waitingRoom' && current.movedFromMeeting === true);
  if (current) {
    const moved = current.location !== location;
    if (
      !moved &&
      current.screenName === who.screenName &&
      current.role === who.role &&
      current.eventAt === at &&
      current.seenAt >= receivedAt
    ) {
      return;
    }
    draft.putParticipant({
      ...withoutMoveFlags(current, moved),
      screenName: who.screenName,
      role: who.role,
      location,
      joinedAt: moved ? receivedAt : current.joinedAt,
      eventAt: at,
      seenAt: Math.max(current.seenAt, receivedAt),
      // Zoom's cause counts even when a snapshot already showed them waiting.
      ...movedFlag(location, movedFromMeeting || (!moved && current.movedFromMeeting === true)),
      ...(moved && current.location === 'waitingRoom' && location === 'meeting'
        ? { fromWaitingRoom: true }
        : {}),
      ...putBacksField((current.putBacks ?? 0) + (sentBackHere ? 1 : 0)),
    });
    return;
  }

  const former = location === 'meeting' ? findFormerSelf(draft, who, at) : undefined;
  draft.putParticipant({
    participantUUID: uuid,
    screenName: who.screenName,
    role: who.role,
    location,
    joinedAt: former?.joinedAt ?? receivedAt,
    eventAt: at,
    seenAt: receivedAt,
    formerUUIDs: former ? [...former.formerUUIDs, former.participantUUID] : [],
    ...movedFlag(location, movedFromMeeting),
    ...(location === 'waitingRoom' &&
    !movedFromMeeting &&
    rejoinedAfterLeaving(draft, uuid, at) &&
    leftAfterSendBack(draft, uuid)
      ? { returnedAfterSendBack: true }
      : {}),
    ...(location === 'meeting' && rejoinedAfterLeaving(draft, uuid, at)
      ? {
          rejoined: true,
          ...(leftAfterSendBack(draft, uuid) ? { rejoinedAfterSendBack: true } : {}),
        }
      : {}),
    ...(location === 'meeting' && admittedFromWaitingRoom(draft, uuid, at)
      ? { fromWaitingRoom: true }
      : {}),
    ...putBacksField((draft.tombstone(uuid)?.putBacks ?? 0) + (sentBackHere ? 1 : 0)),
  });
}

/** The `putBacks` member, absent while there were none. */
function putBacksField(count: number): { putBacks?: number } {
  return count > 0 ? { putBacks: count } : {};
}

/**
 * A join Zoom stamped within a second or so of a waiting-room leave, with no main-room leave after
 * that leave: Zoom's admit. The lock reads it when no look saw them wait (a host sent them back
 * and admitted them between two looks, or Zoom reported the send-back's "left" first).
 */
function admittedFromWaitingRoom(draft: RosterDraft, uuid: string, at: number): boolean {
  const tombstone = draft.tombstone(uuid);
  const leftWaiting = tombstone?.left.waitingRoom;
  if (!leftWaiting || at < leftWaiting.at || at - leftWaiting.at > REJOIN_GAP_MS) return false;
  const leftMeeting = tombstone.left.meeting;
  return (
    (leftMeeting === undefined || leftWaiting.at >= leftMeeting.at) &&
    !rejoinedAfterLeaving(draft, uuid, at)
  );
}

/**
 * Zoom has no way from the waiting room into the meeting but an admit, and it stamps the admit's
 * join within a second of the waiting-room leave; a join Zoom stamped well after the last leave
 * it reported, with nothing known of them in between, is someone who left Zoom and came back.
 */
function rejoinedAfterLeaving(draft: RosterDraft, uuid: string, at: number): boolean {
  const lastLeftAt = draft.tombstone(uuid)?.lastLeftAt;
  return lastLeftAt !== undefined && at - lastLeftAt > REJOIN_GAP_MS;
}

/**
 * Their last reported leave was from a waiting-room stay that a send-back began after their last
 * stay in the main room (Zoom stamps the send-back's arrival in the second of that stay's end, or
 * later): nobody admitted them since.
 */
function leftAfterSendBack(draft: RosterDraft, uuid: string): boolean {
  const tombstone = draft.tombstone(uuid);
  const leftWaiting = tombstone?.left.waitingRoom;
  const leftMeeting = tombstone?.left.meeting;
  const putBackAt = tombstone?.putBackAt;
  return (
    leftWaiting !== undefined &&
    leftMeeting !== undefined &&
    putBackAt !== undefined &&
    putBackAt >= leftMeeting.at &&
    leftWaiting.at >= putBackAt &&
    tombstone?.lastLeftAt === leftWaiting.at
  );
}

/**
 * Zoom stamps events in whole seconds, so an admit and a send-back made within one second carry the
 * time of the waiting-room leave that began them, and the send-back's waiting-room arrival looks
 * like a replay of the arrival before it. Zoom's own cause (`putFromMainMeeting`) says it is new
 * when a stay in the main room that did not end before that leave is known.
 */
function sentBackInTheSameSecond(
  draft: RosterDraft,
  current: RosterParticipant | undefined,
  uuid: string,
  at: number,
  movedFromMeeting: boolean,
): boolean {
  const tombstone = draft.tombstone(uuid);
  const leftWaiting = tombstone?.left.waitingRoom;
  if (!movedFromMeeting || !leftWaiting || at !== leftWaiting.at) return false;
  // Zoom re-sent a send-back whose stay is over (she left, or was admitted, in that second). A
  // second real send-back in that second (three moves in one second) waits for the next snapshot.
  if (tombstone.putBackAt !== undefined && at <= tombstone.putBackAt) return false;
  // Zoom reported the arrival before the main room's "left".
  if (current) return current.location === 'meeting' && current.eventAt >= leftWaiting.at;
  const leftMeeting = tombstone.left.meeting;
  return leftMeeting !== undefined && leftMeeting.at >= leftWaiting.at;
}

/** Drops why they waited; on a move, also how they came into the meeting. */
function withoutMoveFlags(participant: RosterParticipant, moved: boolean): RosterParticipant {
  if (
    !participant.movedFromMeeting &&
    !(
      moved &&
      (participant.rejoined || participant.fromWaitingRoom || participant.returnedAfterSendBack)
    )
  )
    return participant;
  const copy = { ...participant };
  delete copy.movedFromMeeting;
  if (moved) {
    delete copy.rejoined;
    delete copy.rejoinedAfterSendBack;
    delete copy.returnedAfterSendBack;
    delete copy.fromWaitingRoom;
  }
  return copy;
}

/** Set only while they wait after Zoom moved them from the main meeting (the lock reads it). */
function movedFlag(location: RosterLocation, moved: boolean): { movedFromMeeting?: true } {
  return location === 'waitingRoom' && moved ? { movedFromMeeting: true } : {};
}

/** The tombstone of the same person under the UUID Zoom took away with their role change, if any. */
function findFormerSelf(
  draft: RosterDraft,
  who: RosterIdentity,
  at: number,
): Tombstone | undefined {
  for (const tombstone of draft.allTombstones().values()) {
    const left = tombstone.left.meeting;
    if (
      left &&
      tombstone.participantUUID !== who.participantUUID &&
      tombstone.screenName === who.screenName &&
      tombstone.role !== who.role &&
      Math.abs(at - left.at) <= UUID_CHANGE_WINDOW_MS
    ) {
      return tombstone;
    }
  }
  return undefined;
}

function depart(
  draft: RosterDraft,
  who: RosterIdentity,
  location: RosterLocation,
  at: number,
  receivedAt: number,
): void {
  const current = draft.participant(who.participantUUID);
  // A leave from the other place is a move (an admit, or sent back to wait), never a reason to hide someone.
  if (current && current.location === location && at >= current.eventAt) {
    removeParticipant(draft, current, location, at, receivedAt, at);
    return;
  }
  remember(draft, current ?? who, location, at, receivedAt, at);
}

/** `reportedAt`: Zoom's time of the leave when Zoom reported it (a snapshot does not say when). */
function removeParticipant(
  draft: RosterDraft,
  who: RosterParticipant,
  location: RosterLocation,
  at: number,
  seenAt: number,
  reportedAt?: number,
): void {
  draft.deleteParticipant(who.participantUUID);
  remember(draft, who, location, at, seenAt, reportedAt);
}

function remember(
  draft: RosterDraft,
  who: RosterIdentity | RosterParticipant,
  location: RosterLocation,
  at: number,
  seenAt: number,
  reportedAt?: number,
): void {
  const previous = draft.tombstone(who.participantUUID);
  const before = previous?.left[location];
  const joinedAt = 'joinedAt' in who ? who.joinedAt : (previous?.joinedAt ?? seenAt);
  const formerUUIDs = 'formerUUIDs' in who ? who.formerUUIDs : (previous?.formerUUIDs ?? []);
  const putBackAt =
    'movedFromMeeting' in who && who.movedFromMeeting && location === 'waitingRoom'
      ? Math.max(previous?.putBackAt ?? who.eventAt, who.eventAt)
      : previous?.putBackAt;
  draft.putTombstone({
    participantUUID: who.participantUUID,
    screenName: who.screenName,
    role: who.role,
    joinedAt,
    formerUUIDs,
    left: {
      ...previous?.left,
      [location]: {
        at: Math.max(before?.at ?? at, at),
        seenAt: Math.max(before?.seenAt ?? seenAt, seenAt),
      },
    },
    ...(reportedAt === undefined
      ? {}
      : { lastLeftAt: Math.max(previous?.lastLeftAt ?? reportedAt, reportedAt) }),
    ...(putBackAt === undefined ? {} : { putBackAt }),
    ...putBacksField(
      Math.max(previous?.putBacks ?? 0, 'putBacks' in who ? (who.putBacks ?? 0) : 0),
    ),
  });
}

/**
 * Brings the roster in line with a snapshot. The snapshot wins over what we knew before it was
 * requested; anything an event told us after `takenAt` is newer than the snapshot and is kept.
 * Someone who vanished and a newcomer with the same name and another role are linked as one
 * person whose UUID changed.
 */
export function reconcile(state: RosterState, snapshot: RosterSnapshot): RosterState {
  const draft = new RosterDraft(state);
  const vanished: RosterParticipant[] = [];
  reconcilePlace(draft, 'meeting', snapshot.meeting, snapshot.takenAt, vanished);
  reconcilePlace(draft, 'waitingRoom', snapshot.waitingRoom, snapshot.takenAt, vanished);
  linkChangedUUIDs(draft, vanished);
  pruneTombstones(draft, snapshot.takenAt - TOMBSTONE_TTL_MS);
  return draft.finish();
}

function reconcilePlace(
  draft: RosterDraft,
  location: RosterLocation,
  listed: readonly RosterIdentity[] | null,
  takenAt: number,
  vanished: RosterParticipant[],
): void {
  if (!listed) return;
  const seen = new Set<string>();
  for (const who of listed) {
    const uuid = who.participantUUID;
    if (seen.has(uuid)) continue;
    seen.add(uuid);
    const current = draft.participant(uuid);
    if (current && current.seenAt > takenAt) continue;
    const leftHere = draft.tombstone(uuid)?.left[location];
    if (!current && leftHere && leftHere.seenAt > takenAt) continue;

    // Snapshots carry no Zoom timestamps: `eventAt` keeps what events told us (or nothing), so
    // Zoom's clock and ours are never compared.
    if (!current) {
      draft.putParticipant({
        ...pick(who),
        location,
        joinedAt: takenAt,
        eventAt: -Infinity,
        seenAt: takenAt,
        formerUUIDs: [],
        ...putBacksField(draft.tombstone(uuid)?.putBacks ?? 0),
      });
    } else if (current.location !== location) {
      // A snapshot does not say why they moved: the lock is told nothing it cannot know.
      draft.putParticipant({
        ...withoutMoveFlags(current, true),
        ...pick(who),
        location,
        joinedAt: takenAt,
        seenAt: takenAt,
      });
    } else if (current.screenName !== who.screenName || current.role !== who.role) {
      draft.putParticipant({ ...current, ...pick(who), seenAt: takenAt });
    }
  }

  for (const participant of [...draft.allParticipants().values()]) {
    if (participant.location !== location || seen.has(participant.participantUUID)) continue;
    if (participant.seenAt > takenAt) continue;
    // Remembered as leaving at their last event: replays of that event stay out, anything newer gets in.
    removeParticipant(draft, participant, location, participant.eventAt, takenAt);
    vanished.push(participant);
  }
}

function pick(who: RosterIdentity): RosterIdentity {
  return { participantUUID: who.participantUUID, screenName: who.screenName, role: who.role };
}

function linkChangedUUIDs(draft: RosterDraft, vanished: readonly RosterParticipant[]): void {
  const byName = new Map<string, RosterParticipant | null>();
  for (const gone of vanished) {
    if (gone.location !== 'meeting') continue;
    // Two vanished people with one name: we cannot tell which is which, so link neither.
    byName.set(gone.screenName, byName.has(gone.screenName) ? null : gone);
  }
  if (byName.size === 0) return;
  for (const present of [...draft.allParticipants().values()]) {
    const gone = present.location === 'meeting' ? byName.get(present.screenName) : undefined;
    if (!gone || gone.role === present.role || present.joinedAt < gone.joinedAt) continue;
    if (present.joinedAt < gone.seenAt - UUID_CHANGE_WINDOW_MS) continue;
    byName.delete(present.screenName);
    draft.putParticipant({
      ...present,
      joinedAt: gone.joinedAt,
      formerUUIDs: [...gone.formerUUIDs, gone.participantUUID, ...present.formerUUIDs],
    });
  }
}

function pruneTombstones(draft: RosterDraft, olderThan: number): void {
  for (const tombstone of [...draft.allTombstones().values()]) {
    const newest = Math.max(
      tombstone.left.meeting?.seenAt ?? -Infinity,
      tombstone.left.waitingRoom?.seenAt ?? -Infinity,
    );
    if (newest < olderThan) draft.deleteTombstone(tombstone.participantUUID);
  }
}
