import type { MatchFlag, ParticipantMatch } from '../matching/types';
import type {
  ActionFailure,
  ActionOutcome,
  EnforcementAction,
  EnforcementProblem,
  HeldCategory,
  HeldEntry,
  LockEffect,
  LockFacts,
  LockParticipant,
  LockResult,
  LockState,
  MatchLookup,
  ParticipantRole,
} from './types';

/** Never put back or held: hosts and co-hosts run the meeting; panelists exist only in webinars, which have no waiting room. */
const PROTECTED_ROLES: ReadonlySet<ParticipantRole> = new Set(['host', 'coHost', 'panelist']);
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
const MAX_TIMEOUT_ATTEMPTS = 2;
export const WAITING_ROOM_KEY = '#waitingRoom';

/** Facts with the iterable read once and the matches indexed. */
export interface NormalisedFacts {
  myRole: ParticipantRole;
  people: readonly LockParticipant[];
  matches: ReadonlyMap<string, ParticipantMatch>;
  waitingRoomEnabled: boolean | null;
  rollIds: readonly string[];
}

function indexMatches(matches: MatchLookup): ReadonlyMap<string, ParticipantMatch> {
  if (!Array.isArray(matches)) return matches as ReadonlyMap<string, ParticipantMatch>;
  return new Map(
    (matches as readonly ParticipantMatch[]).map((match) => [match.participantUUID, match]),
  );
}

export function normaliseFacts(facts: LockFacts | NormalisedFacts): NormalisedFacts {
  if ('people' in facts) return facts;
  return {
    myRole: facts.myRole,
    people: [...facts.participants],
    matches: indexMatches(facts.matches),
    waitingRoomEnabled: facts.waitingRoomEnabled,
    rollIds: facts.rollIds,
  };
}

export function canAct(role: ParticipantRole): boolean {
  return role === 'host' || role === 'coHost';
}

function rollIdsOf(match: ParticipantMatch | undefined): string[] {
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

function autoAdmissible(match: ParticipantMatch | undefined): boolean {
  return (
    match?.confidence === 'sure' &&
    match.rollId !== null &&
    !match.flags.some((flag) => DISTRUSTED.includes(flag))
  );
}

/** Whether a recorded failure forbids sending the action again (a time-out may be retried once). */
function blocks(
  failure: ActionFailure | undefined,
  action: EnforcementAction,
): failure is ActionFailure {
  if (!failure || failure.action !== action) return false;
  return !(failure.errorKind === 'timeout' && failure.attempts < MAX_TIMEOUT_ATTEMPTS);
}

function compareHeld(a: HeldEntry, b: HeldEntry): number {
  const rejoin = Number(b.category === 'rejoin') - Number(a.category === 'rejoin');
  if (rejoin !== 0) return rejoin;
  if (a.since !== b.since) return a.since - b.since;
  return a.screenName < b.screenName ? -1 : a.screenName > b.screenName ? 1 : 0;
}

function unchanged(before: LockState, after: LockState): LockState {
  return JSON.stringify(before) === JSON.stringify(after) ? before : after;
}

/**
 * Enforcement while locked, from one observation: who must be put back, who may be admitted, who is
 * held and why. With `act` false (my role is attendee) it only classifies. The state it returns is
 * the same object when nothing changed, so a store can skip a re-render.
 */
export function decideWith(
  state: LockState,
  now: number,
  facts: NormalisedFacts,
  act: boolean,
): LockResult {
  if (!state.locked) return { state, effects: [], held: [], problems: [] };
  const present = new Set(facts.people.map((person) => person.participantUUID));
  const allowed = new Set(state.allowed);
  const allowedRollIds = new Set(state.allowedRollIds);
  const lastLocation: LockState['lastLocation'] = {};
  const heldSince: LockState['heldSince'] = {};
  const pending: LockState['pending'] = {};
  const failures: LockState['failures'] = {};
  // Kept while absent too: Zoom may report a put-back's "left the meeting" a moment before its
  // "joined the waiting room", and the call must not be sent again in between.
  for (const [key, entry] of Object.entries(state.pending))
    if (now - entry.since < state.settings.pendingTimeoutMs) pending[key] = entry;
  const bounced = new Set(state.bounced.filter((uuid) => present.has(uuid) || uuid in pending));
  for (const [key, failure] of Object.entries(state.failures))
    if (key === WAITING_ROOM_KEY || present.has(key)) failures[key] = failure;

  const effects: LockEffect[] = [];
  const held: HeldEntry[] = [];
  const problems: EnforcementProblem[] = [];
  const rollOnly = state.settings.mode === 'rollOnly';
  const inMeeting = facts.people.filter((person) => person.location === 'meeting');
  const waiting = facts.people.filter((person) => person.location === 'waitingRoom');
  const rollIdsInMeeting = new Set(
    inMeeting.flatMap((person) =>
      countsAsPresent(facts.matches.get(person.participantUUID))
        ? rollIdsOf(facts.matches.get(person.participantUUID))
        : [],
    ),
  );

  if (facts.waitingRoomEnabled === true) delete pending[WAITING_ROOM_KEY];
  if (
    act &&
    facts.waitingRoomEnabled === false &&
    !pending[WAITING_ROOM_KEY] &&
    !blocks(failures[WAITING_ROOM_KEY], 'enableWaitingRoom')
  ) {
    effects.push({ kind: 'enableWaitingRoom' });
    pending[WAITING_ROOM_KEY] = { action: 'enableWaitingRoom', since: now };
  }

  for (const person of inMeeting) {
    const uuid = person.participantUUID;
    const match = facts.matches.get(uuid);
    lastLocation[uuid] = 'meeting';
    if (pending[uuid]?.action === 'admit') delete pending[uuid];
    if (
      PROTECTED_ROLES.has(person.role) ||
      allowed.has(uuid) ||
      (rollOnly && autoAdmissible(match))
    ) {
      // Remembering staff too: Zoom gives a demoted co-host a new role and they must not be bounced.
      allowed.add(uuid);
      if (countsAsPresent(match)) for (const rollId of rollIdsOf(match)) allowedRollIds.add(rollId);
      continue;
    }
    if (pending[uuid]?.action === 'putInWaitingRoom') continue;
    const failure = failures[uuid];
    if (blocks(failure, 'putInWaitingRoom')) {
      problems.push({ participantUUID: uuid, screenName: person.screenName, failure });
      continue;
    }
    if (!act) continue;
    effects.push({
      kind: 'putInWaitingRoom',
      participantUUID: uuid,
      screenName: person.screenName,
      reason: 'notAdmitted',
    });
    pending[uuid] = { action: 'putInWaitingRoom', since: now };
    bounced.add(uuid);
  }

  for (const person of waiting) {
    const uuid = person.participantUUID;
    const match = facts.matches.get(uuid);
    const before = state.lastLocation[uuid];
    lastLocation[uuid] = 'waitingRoom';
    if (pending[uuid]?.action === 'putInWaitingRoom') delete pending[uuid];
    // Straight from the main room to the waiting room, not by us: a host sent them back on purpose,
    // so neither their UUID nor their roll entry may walk back in as a "rejoin".
    else if (before === 'meeting' && allowed.has(uuid) && !bounced.has(uuid)) {
      allowed.delete(uuid);
      for (const rollId of rollIdsOf(match)) allowedRollIds.delete(rollId);
    }
    if (pending[uuid]?.action === 'admit') continue;

    const rollIds = rollIdsOf(match);
    const sameUUIDRejoin = allowed.has(uuid);
    const rollRejoin =
      countsAsPresent(match) &&
      rollIds.some((id) => allowedRollIds.has(id)) &&
      !rollIds.some((id) => rollIdsInMeeting.has(id));
    const alreadyIn = rollIds.some((id) => rollIdsInMeeting.has(id));
    const failure = failures[uuid];
    const admissible = sameUUIDRejoin || (autoAdmissible(match) && !alreadyIn);
    if (act && rollOnly && admissible && !blocks(failure, 'admit')) {
      effects.push({
        kind: 'admit',
        participantUUID: uuid,
        screenName: person.screenName,
        reason: sameUUIDRejoin || rollRejoin ? 'rejoin' : 'rollMatch',
      });
      pending[uuid] = { action: 'admit', since: now };
      allowed.add(uuid);
      continue;
    }
    let category: HeldCategory;
    if (sameUUIDRejoin || rollRejoin) category = 'rejoin';
    else if (match?.flags.includes('impostor')) category = 'impostor';
    else if (autoAdmissible(match) && !alreadyIn) category = 'onRoll';
    // A second claimant or an ambiguous name has no roll entry of its own, yet needs a look.
    else if (rollIds.length > 0 || match?.flags.some((flag) => NEEDS_A_LOOK.includes(flag)))
      category = 'check';
    else category = 'notOnRoll';
    const since = state.heldSince[uuid] ?? now;
    heldSince[uuid] = since;
    held.push({
      participantUUID: uuid,
      screenName: person.screenName,
      category,
      since,
      rollId: match?.rollId ?? null,
      confidence: match?.confidence ?? 'none',
      flags: match?.flags ?? [],
      bounced: bounced.has(uuid),
      failure: failure ?? null,
    });
  }

  const next: LockState = {
    ...state,
    allowed: [...allowed],
    allowedRollIds: [...allowedRollIds],
    lastLocation,
    heldSince,
    bounced: [...bounced],
    pending,
    failures,
  };
  return { state: unchanged(state, next), effects, held: held.sort(compareHeld), problems };
}

/** Enforcement only (no countdown, no role check beyond `act`): see `tick` for the full step. */
export function decide(state: LockState, now: number, facts: LockFacts): LockResult {
  const normalised = normaliseFacts(facts);
  return decideWith(state, now, normalised, canAct(normalised.myRole) && !state.pausedForRole);
}

/**
 * Records how an effect went. Benign "already so" errors count as success; a host that cannot be
 * moved is allowed; a time-out is retried once by a later tick; anything else stays as a failure
 * (shown in the held list or as a problem) until `clearFailure`.
 */
export function settleAction(state: LockState, outcome: ActionOutcome, now: number): LockState {
  const key = outcome.action === 'enableWaitingRoom' ? WAITING_ROOM_KEY : outcome.participantUUID;
  const pending = { ...state.pending };
  delete pending[key];
  const failures = { ...state.failures };
  if (outcome.ok || ALREADY_DONE[outcome.action].includes(outcome.errorKind)) {
    delete failures[key];
    // Zoom's reply can beat its own roster events: until the roster shows the move (or the
    // pending timeout passes), the call stays "in flight" so a tick in between does not resend it.
    const previous = state.pending[key];
    if (outcome.action !== 'enableWaitingRoom' && previous)
      pending[key] = { action: previous.action, since: now };
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
  const previous = failures[key];
  // The admit did not happen: they must not pass for someone we let in (and so for a rejoin).
  const allowed =
    outcome.action === 'admit' ? state.allowed.filter((uuid) => uuid !== key) : state.allowed;
  failures[key] = {
    action: outcome.action,
    errorKind: outcome.errorKind,
    message: outcome.message ?? outcome.errorKind,
    attempts: (previous?.action === outcome.action ? previous.attempts : 0) + 1,
    at: now,
  };
  return { ...state, pending, failures, allowed };
}
