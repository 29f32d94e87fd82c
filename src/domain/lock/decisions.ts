import type { ParticipantMatch } from '../matching/types';
import { isStaff } from '../roles';
import type {
  HostDecision,
  HostDecisions,
  LockParticipant,
  LockState,
  PendingAction,
  Sighting,
} from './types';

/** How long someone who vanished is remembered: as long as the roster keeps a departure. */
export const SIGHTING_TTL_MS = 120_000;
/**
 * Zoom reports an admit as "left the waiting room" then "joined", milliseconds apart; someone who
 * really left takes longer than this to come back (the client has to connect again). Used for
 * what a snapshot cannot tell (roll entries in transit, a send-back without Zoom's cause); an
 * arrival in the main room is judged by what was known of the person, not by this window.
 */
export const ADMIT_GAP_MS = 2_000;
/** How long a put-back by this lock is remembered, so its own move is not taken for a host's. */
export const BOUNCE_MEMORY_MS = 60_000;

export function emptyDecisions(): HostDecisions {
  return { admitted: {}, sentBack: {}, revokedRollIds: {} };
}

/** The roll entries a participant claims (none for a non-match). */
export function rollIdsOf(match: ParticipantMatch | undefined): string[] {
  if (!match || match.rollId === null || match.confidence === 'none') return [];
  return [match.rollId, ...(match.extraRollIds ?? [])];
}

/** A match good enough to count someone as "that roll member is here". */
export function countsAsPresent(match: ParticipantMatch | undefined): boolean {
  return (
    rollIdsOf(match).length > 0 &&
    !match?.flags.includes('impostor') &&
    !match?.flags.includes('duplicate')
  );
}

/**
 * Roll entries claimed by someone who vanished a moment ago: Zoom reports an admit as a leave and a
 * join, and in between nobody else may be auto-admitted on that entry.
 */
export function rollIdsInTransit(seen: LockState['seen'], now: number): Set<string> {
  const out = new Set<string>();
  for (const sighting of Object.values(seen))
    if (sighting.goneAt !== undefined && now - sighting.goneAt <= ADMIT_GAP_MS)
      for (const rollId of sighting.rollIds ?? []) out.add(rollId);
  return out;
}

/** A host sent this person, or whoever held their roll entry, back: only an explicit admit lets them in. */
export function sentBackByHost(
  decisions: HostDecisions,
  participantUUID: string,
  rollIds: readonly string[],
): boolean {
  return (
    participantUUID in decisions.sentBack ||
    rollIds.some((rollId) => rollId in decisions.revokedRollIds)
  );
}

/** Mutable working copy of the parts of the state that observation changes. */
export interface Memory {
  allowed: Set<string>;
  allowedRollIds: Set<string>;
  decisions: HostDecisions;
  unsure: LockState['unsure'];
}

/**
 * Whether Zoom never answered a put-back of this person ('person') or of someone else who claimed
 * one of their roll entries ('entry'): a host may have sent them back, so roll-only admits neither.
 */
export function doubtOf(
  unsure: LockState['unsure'],
  participantUUID: string,
  rollIds: readonly string[],
): 'person' | 'entry' | null {
  if (participantUUID in unsure) return 'person';
  for (const key in unsure)
    if (unsure[key]!.rollIds.some((rollId) => rollIds.includes(rollId))) return 'entry';
  return null;
}

/** A host decided about this person: whatever the lock could not tell about them is moot. */
function settleDoubt(memory: Memory, uuid: string, vouchedRollIds: readonly string[]): void {
  const { unsure } = memory;
  if (!(uuid in unsure) && vouchedRollIds.length === 0) return;
  const next: LockState['unsure'] = {};
  for (const [key, item] of Object.entries(unsure)) {
    if (key === uuid) continue;
    // A host admitted a claimant of these entries: they are no longer under suspicion.
    const rollIds = item.rollIds.filter((rollId) => !vouchedRollIds.includes(rollId));
    next[key] = rollIds.length === item.rollIds.length ? item : { ...item, rollIds };
  }
  memory.unsure = next;
}

function copyDecisions(decisions: HostDecisions): HostDecisions {
  return {
    admitted: { ...decisions.admitted },
    sentBack: { ...decisions.sentBack },
    revokedRollIds: { ...decisions.revokedRollIds },
  };
}

export function memoryOf(state: LockState): Memory {
  return {
    allowed: new Set(state.allowed),
    allowedRollIds: new Set(state.allowedRollIds),
    decisions: copyDecisions(state.decisions),
    unsure: state.unsure,
  };
}

function admitted(
  memory: Memory,
  uuid: string,
  match: ParticipantMatch | undefined,
  now: number,
): void {
  const { decisions } = memory;
  decisions.admitted[uuid] = now;
  delete decisions.sentBack[uuid];
  // The host vouched for this claimant: the entry is no longer under suspicion.
  for (const rollId of rollIdsOf(match)) delete decisions.revokedRollIds[rollId];
  memory.allowed.add(uuid);
  if (countsAsPresent(match))
    for (const rollId of rollIdsOf(match)) memory.allowedRollIds.add(rollId);
  settleDoubt(memory, uuid, rollIdsOf(match));
}

/** Records a host's send-back in the working memory (exported for Zoom's "already waiting" answer). */
export function recordSentBack(
  memory: Memory,
  uuid: string,
  rollIds: readonly string[],
  now: number,
): void {
  sentBack(memory, uuid, rollIds, now);
}

function sentBack(memory: Memory, uuid: string, rollIds: readonly string[], now: number): void {
  const { decisions } = memory;
  decisions.sentBack[uuid] = { at: now, rollIds: [...rollIds] };
  for (const rollId of rollIds) {
    decisions.revokedRollIds[rollId] = now;
    memory.allowedRollIds.delete(rollId);
  }
  delete decisions.admitted[uuid];
  memory.allowed.delete(uuid);
  settleDoubt(memory, uuid, []);
}

/** The earlier sighting of this person, under this UUID or one Zoom took away with a role change. */
function previousSighting(seen: LockState['seen'], person: LockParticipant): Sighting | undefined {
  const own = seen[person.participantUUID];
  if (own) return own;
  for (const former of person.formerUUIDs ?? []) if (seen[former]) return seen[former];
  return undefined;
}

/** Carries allowances and decisions over to the UUID Zoom gave the same person with a new role. */
function inherit(memory: Memory, person: LockParticipant): void {
  const uuid = person.participantUUID;
  const { decisions } = memory;
  for (const former of person.formerUUIDs ?? []) {
    if (memory.allowed.has(former)) memory.allowed.add(uuid);
    const back = decisions.sentBack[former];
    if (back && !(uuid in decisions.sentBack)) decisions.sentBack[uuid] = back;
    const at = decisions.admitted[former];
    if (at !== undefined && !(uuid in decisions.admitted)) decisions.admitted[uuid] = at;
  }
}

/** What `observe` reads of one look's facts (the normalised facts). */
export interface ObservedFacts {
  people: readonly LockParticipant[];
  matches: ReadonlyMap<string, ParticipantMatch>;
  /** Zoom's send-back count of each UUID that left both lists (when not 0). */
  departures: ReadonlyMap<string, number>;
}

/**
 * Zoom counted more send-backs of this UUID than the lock's last sighting of it and its own
 * put-back account for: a host sent them back, though no look saw it (Zoom reported the "left"
 * first and they left the waiting room, or were admitted again, before the next look). A put-back
 * of ours accounts for one, and only one made during the stay in the main room that sighting is
 * of: the lock puts back only people it sees there, a look that saw the arrival counted it
 * already, and an older put-back was over when that stay began.
 */
function unseenSendBack(
  own: Sighting | undefined,
  putBacks: number,
  state: LockState,
  bounced: LockState['bounced'],
  uuid: string,
): boolean {
  if (own === undefined) return false;
  const asked = state.pending[uuid];
  const ours = Math.max(
    asked?.action === 'putInWaitingRoom' ? asked.since : -Infinity,
    bounced[uuid] ?? -Infinity,
  );
  const explained = (own.putBacks ?? 0) + (own.where === 'meeting' && ours >= own.at ? 1 : 0);
  return putBacks > explained;
}

export interface Observation {
  seen: LockState['seen'];
  bounced: LockState['bounced'];
  /** People a host moved since the last look: whatever the lock had in flight for them is void. */
  superseded: Set<string>;
}

/**
 * Reads who moved since the last look and records the host decisions among the moves, locked or
 * not: from the waiting room into the main room without an admit of ours is a host's admit; from
 * the main room to the waiting room without a put-back of ours is a host's send-back. Zoom's
 * `putFromMainMeeting` cause tells a send-back apart even when its "left" arrived first.
 */
export function observe(
  state: LockState,
  now: number,
  { people, matches, departures }: ObservedFacts,
  memory: Memory,
): Observation {
  const seen: LockState['seen'] = {};
  const bounced: LockState['bounced'] = {};
  const superseded = new Set<string>();
  for (const [uuid, at] of Object.entries(state.bounced))
    if (now - at < BOUNCE_MEMORY_MS) bounced[uuid] = at;

  for (const person of people) {
    const uuid = person.participantUUID;
    const match = matches.get(uuid);
    const before = previousSighting(state.seen, person);
    inherit(memory, person);
    let ours: PendingAction | undefined = state.pending[uuid];
    const own = state.seen[uuid];
    const putBacks = person.putBacks ?? 0;
    if (!isStaff(person.role) && unseenSendBack(own, putBacks, state, bounced, uuid)) {
      // Recorded before anything this look reads of their way in: an admit after it still stands,
      // and is a host's (whatever we had in flight moved them before that send-back, if at all).
      const claimed = [...new Set([...rollIdsOf(match), ...(own?.rollIds ?? [])])];
      sentBack(memory, uuid, claimed, now);
      delete bounced[uuid];
      superseded.add(uuid);
      ours = undefined;
    }
    const doubted = memory.unsure[uuid];
    if (
      doubted &&
      person.location === 'meeting' &&
      person.joinedAt !== undefined &&
      person.joinedAt <= doubted.at
    ) {
      // Still in the stay our unanswered put-back was for: nobody moved them, ours or a host.
      const unsure = { ...memory.unsure };
      delete unsure[uuid];
      memory.unsure = unsure;
    }
    if (person.location === 'meeting') {
      // Zoom has no way from the waiting room into the main room but an admit: a host's (admit,
      // admit all, the waiting room switched off) or ours. Whoever was last seen waiting and is
      // now inside was admitted, however late the roster learnt it (a snapshot long after the
      // events), unless Zoom's clock says they left and joined again.
      const fromWaiting = before?.where === 'waitingRoom';
      // Back in the main room after a put-back (ours or a host's), though no look saw them wait:
      // Zoom's events came in one batch, or between two looks, or Zoom's join was set aside as a
      // copy (stamped in the put-back's second) until a snapshot showed them. The same rule: only
      // an admit does that, unless they left and came back.
      const movedOutAt = bounced[uuid] ?? memory.decisions.sentBack[uuid]?.at;
      const joinedAt = person.joinedAt;
      const backAfterPutBack =
        before?.where === 'meeting' &&
        movedOutAt !== undefined &&
        joinedAt !== undefined &&
        joinedAt > before.at &&
        joinedAt > movedOutAt;
      // Zoom's events showed the way in: from the waiting room, on an arrival newer than our last
      // look (a host sent them back and admitted them between two looks, or the send-back's
      // "left" came first, so no look saw them wait). A put-back of ours that failed explains
      // no such move, and a quick reconnect does not pass through the waiting room.
      const throughWaitingRoom =
        person.fromWaitingRoom === true &&
        joinedAt !== undefined &&
        (before === undefined || joinedAt > before.at);
      // Back by a rejoin from a waiting-room stay that a send-back began, on an arrival newer
      // than our last look: someone moved them out of the main room after whatever let them in,
      // and not this lock (its put-back takes the allowance away). A host's send-back the lock
      // never saw (Zoom reported the "left" first and they left before a look): it is the
      // host's latest decision, so the allowance from before it is void.
      const sentBackUnseen =
        person.rejoined === true &&
        person.rejoinedAfterSendBack === true &&
        joinedAt !== undefined &&
        (before === undefined || joinedAt > before.at) &&
        memory.allowed.has(uuid) &&
        !isStaff(person.role) &&
        !(uuid in bounced) &&
        ours === undefined;
      if (sentBackUnseen) {
        const claimed = [...new Set([...rollIdsOf(match), ...(before?.rollIds ?? [])])];
        sentBack(memory, uuid, claimed, now);
        superseded.add(uuid);
      }
      if (
        (fromWaiting || backAfterPutBack || throughWaitingRoom) &&
        person.rejoined !== true &&
        ours?.action !== 'admit'
      ) {
        admitted(memory, uuid, match, now);
        delete bounced[uuid];
        superseded.add(uuid);
      }
      if (isStaff(person.role)) memory.allowed.add(uuid);
    } else {
      // A new stay in the waiting room since our last look (joinedAt after it), even if that
      // look saw them waiting too: they were admitted and sent back in between.
      const newStay =
        before !== undefined && person.joinedAt !== undefined && person.joinedAt > before.at;
      // Without Zoom's cause (a snapshot got there first), a stay in the main room that ended
      // moments ago still reads as a send-back: a real rejoin takes longer than ADMIT_GAP_MS.
      const fromMeeting =
        (before?.where !== 'waitingRoom' || newStay) &&
        (person.movedFromMeeting === true ||
          // Back through the waiting room after leaving a send-back's stay no look saw. A stay
          // the lock knew of (it saw it, or Zoom's send-back count told it) was judged then: its
          // own put-back's, or a host's send-back already recorded.
          (person.returnedAfterSendBack === true && before?.where !== 'waitingRoom') ||
          (before?.where === 'meeting' &&
            (before.goneAt === undefined || now - before.goneAt <= ADMIT_GAP_MS)));
      // Our put-back explains their first arrival in the waiting room after it, not a later one.
      const byLock =
        ours?.action === 'putInWaitingRoom' || (uuid in bounced && before?.where !== 'waitingRoom');
      if (fromMeeting && !byLock) {
        // The entry they claimed in the main room too: a rename on the way out changes nothing.
        const claimed = [...new Set([...rollIdsOf(match), ...(before?.rollIds ?? [])])];
        sentBack(memory, uuid, claimed, now);
        superseded.add(uuid);
      }
    }
    const claims = rollIdsOf(match);
    // A stay that began after our last look (they moved and came back in between) is a new
    // sighting: the move is read once, not again on every later look.
    const sameStay =
      own !== undefined &&
      own.where === person.location &&
      own.goneAt === undefined &&
      !(person.joinedAt !== undefined && person.joinedAt > own.at);
    // The same object while nothing moved, so an idle look leaves the state unchanged.
    seen[uuid] =
      own &&
      sameStay &&
      (own.putBacks ?? 0) === putBacks &&
      (own.rollIds ?? []).join('\u001f') === claims.join('\u001f')
        ? own
        : {
            where: person.location,
            at: own && sameStay ? own.at : now,
            ...(claims.length > 0 ? { rollIds: claims } : {}),
            ...(putBacks > 0 ? { putBacks } : {}),
          };
  }
  for (const [uuid, sighting] of Object.entries(state.seen)) {
    if (uuid in seen) continue;
    const goneAt = sighting.goneAt ?? now;
    if (now - goneAt > SIGHTING_TTL_MS) continue;
    const putBacks = departures.get(uuid);
    if (putBacks === undefined || putBacks === (sighting.putBacks ?? 0)) {
      seen[uuid] = sighting.goneAt === undefined ? { ...sighting, goneAt } : sighting;
      continue;
    }
    // Gone, after a send-back no look saw: the roll entry they held is revoked, so roll-only
    // admits nobody else on it (another participant may claim it next).
    if (unseenSendBack(sighting, putBacks, state, bounced, uuid)) {
      sentBack(memory, uuid, sighting.rollIds ?? [], now);
      delete bounced[uuid];
      superseded.add(uuid);
    }
    // Zoom's count says their last place was the waiting room (so a put-back of ours is spent).
    seen[uuid] =
      putBacks > (sighting.putBacks ?? 0)
        ? { ...sighting, where: 'waitingRoom', goneAt, putBacks }
        : { ...sighting, goneAt, putBacks };
  }
  return { seen, bounced, superseded };
}

/**
 * Records a decision a host made in this panel (admit, send back, remove), before its Zoom call:
 * Zoom may report the move before the call resolves, and the decision must stand either way.
 */
export function recordHostDecision(
  state: LockState,
  decision: HostDecision,
  now: number,
): LockState {
  const memory = memoryOf(state);
  const uuid = decision.participantUUID;
  if (decision.kind === 'admit') {
    memory.decisions.admitted[uuid] = now;
    delete memory.decisions.sentBack[uuid];
    for (const rollId of decision.rollIds) delete memory.decisions.revokedRollIds[rollId];
    memory.allowed.add(uuid);
    settleDoubt(memory, uuid, decision.rollIds);
  } else {
    sentBack(memory, uuid, decision.rollIds, now);
  }
  const bounced = { ...state.bounced };
  delete bounced[uuid];
  // The host's decision supersedes whatever the lock had in flight for them: the move Zoom
  // reports next is the host's, not ours.
  const pending = { ...state.pending };
  delete pending[uuid];
  const failures = { ...state.failures };
  delete failures[uuid];
  return {
    ...state,
    allowed: [...memory.allowed],
    allowedRollIds: [...memory.allowedRollIds],
    decisions: memory.decisions,
    unsure: memory.unsure,
    bounced,
    pending,
    failures,
  };
}

/** A panel admit that Zoom refused: it never happened, so it lets nobody in and decides nothing. */
export function withdrawAdmit(state: LockState, participantUUID: string): LockState {
  if (!state.allowed.includes(participantUUID) && !(participantUUID in state.decisions.admitted))
    return state;
  const admitted = { ...state.decisions.admitted };
  delete admitted[participantUUID];
  return {
    ...state,
    allowed: state.allowed.filter((uuid) => uuid !== participantUUID),
    decisions: { ...state.decisions, admitted },
  };
}
