import { byParticipant } from '../meeting/by-participant';
import type { MatchFlag, ParticipantMatch } from '../matching/types';
import { canUseHostApis, isStaff } from '../roles';
import {
  countsAsPresent,
  doubtOf,
  memoryOf,
  observe,
  recordSentBack,
  rollIdsInTransit,
  rollIdsOf,
  sentBackByHost,
  type Memory,
} from './decisions';
import { blocks, gaveUp } from './retry';
import type {
  ActionOutcome,
  EnforcementAction,
  EnforcementProblem,
  HeldCategory,
  HeldEntry,
  HostMove,
  LockEffect,
  LockDeparture,
  LockFacts,
  LockParticipant,
  LockResult,
  LockState,
  ParticipantRole,
} from './types';

/** Any of these makes a `sure` match unfit for an automatic admit. */
const DISTRUSTED: readonly MatchFlag[] = [
  'impostor',
  'duplicate',
  'ambiguous',
  'bot',
  'device',
  'dial-in',
];
/** Errors meaning the goal is already reached: nothing to retry, nothing to report. */
const ALREADY_DONE: Record<EnforcementAction, readonly string[]> = {
  putInWaitingRoom: ['already-in-waiting-room'],
  admit: ['not-in-waiting-room'],
  enableWaitingRoom: ['already-in-that-state'],
};
/** Flags that put a name without a roll entry in "check" rather than "not on the roll". */
const NEEDS_A_LOOK: readonly MatchFlag[] = ['duplicate', 'ambiguous'];
export const WAITING_ROOM_KEY = '#waitingRoom';
const NOBODY_VERIFIED: ReadonlySet<string> = new Set();

/** Facts with the iterable read once and the matches indexed. */
export interface NormalisedFacts {
  myRole: ParticipantRole;
  people: readonly LockParticipant[];
  matches: ReadonlyMap<string, ParticipantMatch>;
  waitingRoomEnabled: boolean | null;
  rollIds: readonly string[];
  suspendPutBacks: boolean;
  verified: ReadonlySet<string>;
  /** Zoom's send-back count of each UUID that left both lists (when not 0). */
  departures: ReadonlyMap<string, number>;
}

/** Reads the participant iterable once and indexes the matches. */
export function normaliseFacts(facts: LockFacts | NormalisedFacts): NormalisedFacts {
  if ('people' in facts) return facts;
  return {
    myRole: facts.myRole,
    people: [...facts.participants],
    matches: byParticipant(facts.matches),
    waitingRoomEnabled: facts.waitingRoomEnabled,
    rollIds: facts.rollIds,
    suspendPutBacks: facts.suspendPutBacks === true,
    verified: facts.verified ?? NOBODY_VERIFIED,
    departures: departuresOf(facts.departures),
  };
}

const NO_DEPARTURES: ReadonlyMap<string, number> = new Map();

function departuresOf(
  departures: Iterable<LockDeparture> | undefined,
): ReadonlyMap<string, number> {
  if (!departures) return NO_DEPARTURES;
  const out = new Map<string, number>();
  for (const gone of departures)
    if (gone.putBacks !== undefined && gone.putBacks > 0)
      out.set(gone.participantUUID, gone.putBacks);
  return out.size === 0 ? NO_DEPARTURES : out;
}

/** Whether my role lets the lock act (the roles module decides). */
export function canAct(role: ParticipantRole): boolean {
  return canUseHostApis(role);
}

export { countsAsPresent };

/** A sure, unflagged roll match: the only kind roll-only mode admits by itself. */
export function autoAdmissible(match: ParticipantMatch | undefined): boolean {
  return (
    match?.confidence === 'sure' &&
    match.rollId !== null &&
    !match.flags.some((flag) => DISTRUSTED.includes(flag))
  );
}

function compareHeld(a: HeldEntry, b: HeldEntry): number {
  const rejoin = Number(b.category === 'rejoin') - Number(a.category === 'rejoin');
  if (rejoin !== 0) return rejoin;
  if (a.since !== b.since) return a.since - b.since;
  return a.screenName < b.screenName ? -1 : a.screenName > b.screenName ? 1 : 0;
}

/**
 * Equal as the stored JSON would be (undefined members count as absent), without serialising: a
 * tick with 1,300 people compared two strings of the whole state, the largest part of its cost.
 * Shared sub-objects (the unchanged sightings) are equal by identity.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (!Object.hasOwn(x, key) || x[key] === undefined) continue;
    count += 1;
    if (!Object.hasOwn(y, key) || !sameJson(x[key], y[key])) return false;
  }
  for (const key in y) if (Object.hasOwn(y, key) && y[key] !== undefined) count -= 1;
  return count === 0;
}

function unchanged(before: LockState, after: LockState): LockState {
  return sameJson(before, after) ? before : after;
}

function withMemory(state: LockState, memory: Memory): LockState {
  return {
    ...state,
    allowed: [...memory.allowed],
    allowedRollIds: [...memory.allowedRollIds],
    decisions: memory.decisions,
    unsure: memory.unsure,
  };
}

/** Records a put-back of ours that Zoom never answered (see `LockState.unsure`). */
function doubt(memory: Memory, uuid: string, at: number, rollIds: readonly string[] = []): void {
  if (uuid in memory.unsure || uuid in memory.decisions.sentBack) return;
  memory.unsure = { ...memory.unsure, [uuid]: { at, rollIds: [...rollIds] } };
}

/** Working state of one enforcement pass. */
interface Pass {
  state: LockState;
  now: number;
  facts: NormalisedFacts;
  act: boolean;
  memory: Memory;
  pending: LockState['pending'];
  failures: LockState['failures'];
  bounced: LockState['bounced'];
  effects: LockEffect[];
}

function enforceWaitingRoomSwitch(pass: Pass): void {
  const { facts, pending, failures, now } = pass;
  if (facts.waitingRoomEnabled === true) delete pending[WAITING_ROOM_KEY];
  if (
    pass.act &&
    facts.waitingRoomEnabled === false &&
    !pending[WAITING_ROOM_KEY] &&
    !blocks(failures[WAITING_ROOM_KEY], 'enableWaitingRoom', now)
  ) {
    pass.effects.push({ kind: 'enableWaitingRoom' });
    pending[WAITING_ROOM_KEY] = { action: 'enableWaitingRoom', since: now };
  }
}

/** Everyone in the main room: allowed, admitted by roll-only, or put back. */
function enforceMainRoom(
  pass: Pass,
  inMeeting: readonly LockParticipant[],
  inTransit: ReadonlySet<string>,
): EnforcementProblem[] {
  const { memory, pending, failures, now, facts } = pass;
  const rollOnly = pass.state.settings.mode === 'rollOnly';
  const problems: EnforcementProblem[] = [];
  for (const person of inMeeting) {
    const uuid = person.participantUUID;
    const match = facts.matches.get(uuid);
    if (pending[uuid]?.action === 'admit') delete pending[uuid];
    const rollIds = rollIdsOf(match);
    const rollOnlyMatch =
      rollOnly &&
      autoAdmissible(match) &&
      !sentBackByHost(memory.decisions, uuid, rollIds) &&
      doubtOf(memory.unsure, uuid, rollIds) === null;
    // The entry's holder vanished a moment ago: that may be a host's send-back whose "left" Zoom
    // reported first, which revokes the entry. Neither let them stay nor put them back until the
    // move is known (ADMIT_GAP_MS at most), as for an admit from the waiting room.
    const entryInTransit = rollOnlyMatch && rollIds.some((id) => inTransit.has(id));
    const mayStay =
      isStaff(person.role) ||
      memory.allowed.has(uuid) ||
      // Back from a breakout room under a new id: they were in the meeting all along, and stay
      // allowed once the rooms have settled.
      facts.suspendPutBacks ||
      (rollOnlyMatch && !entryInTransit);
    if (mayStay) {
      // Staff are remembered too: Zoom may demote a co-host in place, and they must not be bounced.
      memory.allowed.add(uuid);
      if (countsAsPresent(match)) for (const rollId of rollIds) memory.allowedRollIds.add(rollId);
      delete failures[uuid];
      continue;
    }
    const failure = failures[uuid];
    if (failure?.action === 'putInWaitingRoom')
      problems.push({
        participantUUID: uuid,
        screenName: person.screenName,
        failure,
        retrying: !gaveUp(failure),
      });
    const put = pending[uuid];
    // A put-back answered before Zoom's roster showed it stays in flight; but arriving in the main
    // room after we sent it means it is over (they left and came back): act again.
    if (
      put?.action === 'putInWaitingRoom' &&
      !(person.joinedAt !== undefined && person.joinedAt > put.since)
    )
      continue;
    if (blocks(failure, 'putInWaitingRoom', now)) continue;
    if (!pass.act || facts.suspendPutBacks || entryInTransit) continue;
    pass.effects.push({
      kind: 'putInWaitingRoom',
      participantUUID: uuid,
      screenName: person.screenName,
      reason: 'notAdmitted',
    });
    pending[uuid] = { action: 'putInWaitingRoom', since: now };
    pass.bounced[uuid] = now;
  }
  return problems;
}

function categoryOf(
  match: ParticipantMatch | undefined,
  rejoin: boolean,
  hostSentBack: boolean,
  alreadyIn: boolean,
): HeldCategory {
  // A host's send-back outranks everything the name suggests: the host looks again.
  if (hostSentBack) return 'check';
  if (rejoin) return 'rejoin';
  if (match?.flags.includes('impostor')) return 'impostor';
  if (autoAdmissible(match) && !alreadyIn) return 'onRoll';
  // A second claimant or an ambiguous name has no roll entry of its own, yet needs a look.
  if (rollIdsOf(match).length > 0 || match?.flags.some((flag) => NEEDS_A_LOOK.includes(flag)))
    return 'check';
  return 'notOnRoll';
}

/** Everyone waiting: admitted by roll-only, or held with a category. */
function enforceWaitingRoom(
  pass: Pass,
  waiting: readonly LockParticipant[],
  rollIdsInMeeting: ReadonlySet<string>,
  inTransit: ReadonlySet<string>,
  heldSince: LockState['heldSince'],
): HeldEntry[] {
  const { memory, pending, failures, now, facts } = pass;
  const rollOnly = pass.state.settings.mode === 'rollOnly';
  const held: HeldEntry[] = [];
  for (const person of waiting) {
    const uuid = person.participantUUID;
    const match = facts.matches.get(uuid);
    const rollIds = rollIdsOf(match);
    const hostSentBack = sentBackByHost(memory.decisions, uuid, rollIds);
    const doubt = doubtOf(memory.unsure, uuid, rollIds);
    // Until Zoom answers our put-back, we cannot tell whose move brought them here: a host who
    // sent them back first makes Zoom answer "already waiting" (see settleAction). Hold them.
    const ourMoveUnanswered =
      pending[uuid]?.action === 'putInWaitingRoom' && pending[uuid]?.answered !== true;
    if (pending[uuid]?.action === 'putInWaitingRoom' && !ourMoveUnanswered) delete pending[uuid];
    // A host's send-back overrides an admit of ours still awaiting Zoom's roster.
    if (pending[uuid]?.action === 'admit' && hostSentBack) delete pending[uuid];
    if (pending[uuid]?.action === 'admit') continue;

    const alreadyIn = rollIds.some((id) => rollIdsInMeeting.has(id));
    const rejoin =
      !hostSentBack &&
      (memory.allowed.has(uuid) ||
        (countsAsPresent(match) &&
          rollIds.some((id) => memory.allowedRollIds.has(id)) &&
          !alreadyIn));
    const failure = failures[uuid];
    const admissible =
      !hostSentBack &&
      doubt === null &&
      !ourMoveUnanswered &&
      autoAdmissible(match) &&
      !alreadyIn &&
      !rollIds.some((id) => inTransit.has(id)) &&
      (!pass.state.settings.verifiedOnly || facts.verified.has(uuid));
    if (pass.act && rollOnly && admissible && !blocks(failure, 'admit', now)) {
      pass.effects.push({
        kind: 'admit',
        participantUUID: uuid,
        screenName: person.screenName,
        reason: rejoin ? 'rejoin' : 'rollMatch',
      });
      pending[uuid] = { action: 'admit', since: now };
      memory.allowed.add(uuid);
      delete pass.bounced[uuid];
      continue;
    }
    const since = pass.state.heldSince[uuid] ?? now;
    heldSince[uuid] = since;
    held.push({
      participantUUID: uuid,
      screenName: person.screenName,
      category: categoryOf(match, rejoin, hostSentBack || doubt !== null, alreadyIn),
      since,
      rollId: match?.rollId ?? null,
      confidence: match?.confidence ?? 'none',
      flags: match?.flags ?? [],
      bounced: uuid in pass.bounced,
      hostMove: hostMoveOf(
        uuid in memory.decisions.sentBack,
        hostSentBack,
        doubt,
        ourMoveUnanswered,
      ),
      failure: failure ?? null,
    });
  }
  return held;
}

/**
 * The host's move a held row names: this person sent back, their entry revoked through someone
 * else, or either in doubt (Zoom never answered the lock's put-back). While that answer may still
 * come, the put-back is not yet in doubt.
 */
function hostMoveOf(
  sentBackThemselves: boolean,
  entrySentBack: boolean,
  doubt: ReturnType<typeof doubtOf>,
  ourMoveUnanswered: boolean,
): HostMove | null {
  if (sentBackThemselves) return 'sentBack';
  if (entrySentBack) return 'entrySentBack';
  if (doubt === 'person') return ourMoveUnanswered ? null : 'maybeSentBack';
  return doubt === 'entry' ? 'entryMaybeSentBack' : null;
}

/**
 * One look at the meeting: records the host decisions among the moves since the last look (locked
 * or not), then, while locked, decides who must be put back, who roll-only may admit, and who is
 * held and why. With `act` false (my role is attendee) it only classifies. The state it returns
 * is the same object when nothing changed, so a store can skip a re-render.
 */
export function decideWith(
  state: LockState,
  now: number,
  facts: NormalisedFacts,
  act: boolean,
): LockResult {
  const memory = memoryOf(state);
  const observation = observe(state, now, facts, memory);
  if (!state.locked) {
    const next = {
      ...withMemory(state, memory),
      seen: observation.seen,
      bounced: observation.bounced,
    };
    return { state: unchanged(state, next), effects: [], held: [], problems: [] };
  }

  const present = new Set(facts.people.map((person) => person.participantUUID));
  const pending: LockState['pending'] = {};
  // Kept while absent too: Zoom may report a put-back's "left the meeting" a moment before its
  // "joined the waiting room", and the call must not be sent again in between.
  for (const [key, entry] of Object.entries(state.pending)) {
    if (observation.superseded.has(key)) continue;
    if (now - entry.since < state.settings.pendingTimeoutMs) pending[key] = entry;
    // Zoom never answered our put-back: whose move a stay in the waiting room is stays unknown.
    else if (entry.action === 'putInWaitingRoom' && entry.answered !== true)
      doubt(memory, key, entry.since, observation.seen[key]?.rollIds);
  }
  const failures: LockState['failures'] = {};
  for (const [key, failure] of Object.entries(state.failures))
    if (key === WAITING_ROOM_KEY || present.has(key)) failures[key] = failure;

  const pass: Pass = {
    state,
    now,
    facts,
    act,
    memory,
    pending,
    failures,
    bounced: observation.bounced,
    effects: [],
  };
  const inMeeting = facts.people.filter((person) => person.location === 'meeting');
  const waiting = facts.people.filter((person) => person.location === 'waitingRoom');
  const rollIdsInMeeting = new Set(
    inMeeting.flatMap((person) => {
      const match = facts.matches.get(person.participantUUID);
      return countsAsPresent(match) ? rollIdsOf(match) : [];
    }),
  );
  const inTransit = rollIdsInTransit(observation.seen, now);
  // Entries claimed by someone waiting whose put-back Zoom has not answered: if a host moved them
  // first, Zoom's answer makes it a send-back that revokes the entry, so roll-only admits nobody
  // else on it until then.
  const onHold = new Set(inTransit);
  for (const person of waiting) {
    const put = pending[person.participantUUID];
    if (put?.action === 'putInWaitingRoom' && put.answered !== true)
      for (const id of rollIdsOf(facts.matches.get(person.participantUUID))) onHold.add(id);
  }

  enforceWaitingRoomSwitch(pass);
  const problems = enforceMainRoom(pass, inMeeting, inTransit);
  const heldSince: LockState['heldSince'] = {};
  const held = enforceWaitingRoom(pass, waiting, rollIdsInMeeting, onHold, heldSince);

  const next: LockState = {
    ...withMemory(state, memory),
    seen: observation.seen,
    heldSince,
    bounced: pass.bounced,
    pending,
    failures,
  };
  return {
    state: unchanged(state, next),
    effects: pass.effects,
    held: held.sort(compareHeld),
    problems,
  };
}

/** Enforcement only (no countdown, no role check beyond `act`): see `tick` for the full step. */
export function decide(state: LockState, now: number, facts: LockFacts): LockResult {
  const normalised = normaliseFacts(facts);
  return decideWith(state, now, normalised, canAct(normalised.myRole) && !state.pausedForRole);
}

/**
 * Records how an effect went. Benign "already so" errors count as success; a host that cannot be
 * moved is allowed; a transient error is retried by later ticks with bounded backoff; anything
 * else stays as a failure (shown in the held list or as a breach) until `clearFailure`.
 */
export function settleAction(state: LockState, outcome: ActionOutcome, now: number): LockState {
  const key = outcome.action === 'enableWaitingRoom' ? WAITING_ROOM_KEY : outcome.participantUUID;
  const pending = { ...state.pending };
  delete pending[key];
  const failures = { ...state.failures };
  if (
    !outcome.ok &&
    outcome.action === 'putInWaitingRoom' &&
    outcome.errorKind === 'already-in-waiting-room' &&
    state.pending[key]?.action === 'putInWaitingRoom' &&
    state.pending[key]?.answered !== true &&
    !(key in state.failures)
  )
    return sentBackBeforeUs(state, key, pending, now);
  const seenNow = state.seen[key];
  const ours = state.pending[key];
  if (
    !outcome.ok &&
    outcome.action === 'putInWaitingRoom' &&
    !ALREADY_DONE.putInWaitingRoom.includes(outcome.errorKind) &&
    outcome.errorKind !== 'timeout' &&
    ours?.action === 'putInWaitingRoom' &&
    seenNow?.where === 'waitingRoom' &&
    seenNow.goneAt === undefined &&
    seenNow.at >= ours.since
  ) {
    // Zoom says our put-back did not happen, yet a look since our call saw them arrive in the
    // waiting room: someone else moved them, and only a host can. (A time-out may have moved them.)
    const memory = memoryOf(state);
    recordSentBack(memory, key, seenNow.rollIds ?? [], now);
    const bounced = { ...state.bounced };
    delete bounced[key];
    delete failures[key];
    return { ...withMemory(state, memory), pending, failures, bounced };
  }
  if (outcome.ok || ALREADY_DONE[outcome.action].includes(outcome.errorKind)) {
    delete failures[key];
    // Zoom's reply can beat its own roster events: until the roster shows the move (or the
    // pending timeout passes), the call stays "in flight" so a tick in between does not resend it.
    const previous = state.pending[key];
    if (outcome.action !== 'enableWaitingRoom' && previous)
      pending[key] = { action: previous.action, since: now, answered: true };
    return { ...state, pending, failures };
  }
  if (outcome.action === 'putInWaitingRoom' && outcome.errorKind === 'cannot-move-host') {
    delete failures[key];
    return {
      ...state,
      pending,
      failures,
      allowed: state.allowed.includes(key) ? state.allowed : [...state.allowed, key],
    };
  }
  const sighting = state.seen[key];
  if (outcome.action === 'admit' && sighting?.where === 'meeting' && sighting.goneAt === undefined)
    return admittedBeforeUs(state, key, pending, failures, now);
  const previous = failures[key];
  // A put-back that timed out may have moved them all the same: neither the lock's for sure nor
  // not, so its move stays explained and roll-only holds them (see `LockState.unsure`).
  const asked = state.pending[key];
  const timedOut =
    outcome.action === 'putInWaitingRoom' &&
    outcome.errorKind === 'timeout' &&
    asked?.action === 'putInWaitingRoom';
  const unsure =
    timedOut && !(key in state.unsure) && !(key in state.decisions.sentBack)
      ? { ...state.unsure, [key]: { at: asked.since, rollIds: state.seen[key]?.rollIds ?? [] } }
      : state.unsure;
  // The admit did not happen: they must not pass for someone we let in (and so for a rejoin),
  // unless a host admitted them meanwhile.
  const allowed =
    outcome.action === 'admit' && !(key in state.decisions.admitted)
      ? state.allowed.filter((uuid) => uuid !== key)
      : state.allowed;
  // A put-back that did not happen explains no move to the waiting room.
  const bounced = { ...state.bounced };
  if (outcome.action === 'putInWaitingRoom' && !timedOut) delete bounced[key];
  failures[key] = {
    action: outcome.action,
    errorKind: outcome.errorKind,
    message: outcome.message ?? outcome.errorKind,
    attempts: (previous?.action === outcome.action ? previous.attempts : 0) + 1,
    at: now,
    transient: outcome.transient ?? outcome.errorKind === 'timeout',
  };
  return { ...state, pending, failures, allowed, bounced, unsure };
}

/**
 * Zoom answered our first try at a put-back with "already waiting": someone else moved them
 * first, and only a host can. That move was a host's send-back, however it looked to the roster.
 */
function sentBackBeforeUs(
  state: LockState,
  uuid: string,
  pending: LockState['pending'],
  now: number,
): LockState {
  const memory = memoryOf(state);
  recordSentBack(memory, uuid, state.seen[uuid]?.rollIds ?? [], now);
  const bounced = { ...state.bounced };
  delete bounced[uuid];
  // In flight until the roster shows them waiting, so a look in between does not call again.
  const inFlight = {
    ...pending,
    [uuid]: { action: 'putInWaitingRoom' as const, since: now, answered: true },
  };
  return { ...withMemory(state, memory), pending: inFlight, bounced };
}

/**
 * Our admit failed, yet they are already in the main room: someone else admitted them, and only a
 * host can. That admit stands like any other host's.
 */
function admittedBeforeUs(
  state: LockState,
  uuid: string,
  pending: LockState['pending'],
  failures: LockState['failures'],
  now: number,
): LockState {
  delete failures[uuid];
  return {
    ...state,
    pending,
    failures,
    allowed: state.allowed.includes(uuid) ? state.allowed : [...state.allowed, uuid],
    decisions: {
      ...state.decisions,
      admitted: { ...state.decisions.admitted, [uuid]: now },
    },
  };
}
