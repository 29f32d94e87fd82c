import { readRosterMemory, type RosterMemory } from '../meeting/roster-memory';
import { isRole } from '../roles';
import { emptyDecisions } from './decisions';
import type {
  ActionFailure,
  Countdown,
  EnforcementProblem,
  HostDecisions,
  LockMode,
  LockReason,
  LockSettings,
  LockState,
  LockStatus,
  ParticipantLocation,
  ParticipantRole,
  PendingAction,
  ScheduleSpec,
  Sighting,
} from './types';

export const DEFAULT_LOCK_SETTINGS: Readonly<LockSettings> = {
  warnLeadMs: 60_000,
  mode: 'all',
  lockWhenRollComplete: false,
  verifiedOnly: false,
  pendingTimeoutMs: 10_000,
};

/** A fresh, unlocked state with no countdown. */
export function createLockState(settings: Partial<LockSettings> = {}): LockState {
  return {
    version: 3,
    settings: { ...DEFAULT_LOCK_SETTINGS, ...settings },
    locked: null,
    pausedForRole: null,
    countdown: null,
    allowed: [],
    allowedRollIds: [],
    decisions: emptyDecisions(),
    seen: {},
    heldSince: {},
    bounced: {},
    unsure: {},
    pending: {},
    failures: {},
  };
}

/** The one word the banner needs. */
export function lockStatus(state: LockState): LockStatus {
  if (!state.locked) return 'unlocked';
  if (state.pausedForRole) return 'paused';
  return state.settings.mode === 'rollOnly' ? 'lockedRollOnly' : 'locked';
}

/** What the banner's headline may claim, from the state and the problems of the last look. */
export type LockHeadline =
  | { kind: 'unlocked' }
  | { kind: 'paused'; role: ParticipantRole }
  | { kind: 'locked'; mode: LockMode }
  /** Someone is in the main room who should not be: never "Locked" while this is so. */
  | { kind: 'breach'; problems: readonly EnforcementProblem[] };

/** The headline: a breach outranks "locked", so the banner never claims what is not true. */
export function lockHeadline(
  state: LockState,
  problems: readonly EnforcementProblem[],
): LockHeadline {
  if (!state.locked) return { kind: 'unlocked' };
  if (state.pausedForRole) return { kind: 'paused', role: state.pausedForRole.role };
  if (problems.length > 0) return { kind: 'breach', problems };
  return { kind: 'locked', mode: state.settings.mode };
}

/** Changes settings; the mode applies at once to a running lock. */
export function updateLockSettings(state: LockState, patch: Partial<LockSettings>): LockState {
  return { ...state, settings: { ...state.settings, ...patch } };
}

/** Forgets a failed action so the lock tries it again (the held list's "retry"). */
export function clearFailure(state: LockState, participantUUID: string): LockState {
  if (!(participantUUID in state.failures)) return state;
  const failures = { ...state.failures };
  delete failures[participantUUID];
  return { ...state, failures };
}

// ---- Restoring persisted JSON -------------------------------------------------------------------

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const REASONS: readonly LockReason[] = ['manual', 'countdown', 'rollComplete'];
const MODES: readonly LockMode[] = ['all', 'rollOnly'];
const LOCATIONS: readonly ParticipantLocation[] = ['meeting', 'waitingRoom'];
const ACTIONS: readonly ActionFailure['action'][] = [
  'putInWaitingRoom',
  'admit',
  'enableWaitingRoom',
];

function oneOf<T extends string>(value: unknown, options: readonly T[]): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function record<T>(value: unknown, read: (item: unknown) => T | null): Record<string, T> {
  const out: Record<string, T> = {};
  if (!isObject(value)) return out;
  for (const [key, item] of Object.entries(value)) {
    const parsed = read(item);
    if (parsed !== null) out[key] = parsed;
  }
  return out;
}

function readSpec(value: unknown): ScheduleSpec | null {
  if (!isObject(value)) return null;
  if ((value.kind === 'afterStart' || value.kind === 'fromNow') && isNumber(value.minutes))
    return { kind: value.kind, minutes: value.minutes };
  if (value.kind === 'atTime' && isNumber(value.hour) && isNumber(value.minute))
    return { kind: 'atTime', hour: value.hour, minute: value.minute };
  return null;
}

function readCountdown(value: unknown): Countdown | null {
  if (!isObject(value)) return null;
  const spec = readSpec(value.spec);
  if (!spec || !isNumber(value.meetingStartedAt)) return null;
  const warned = value.warned === true;
  if (value.status === 'running' && isNumber(value.deadline)) {
    return {
      status: 'running',
      spec,
      meetingStartedAt: value.meetingStartedAt,
      deadline: value.deadline,
      warned,
    };
  }
  if (value.status === 'paused' && isNumber(value.remainingMs)) {
    return {
      status: 'paused',
      spec,
      meetingStartedAt: value.meetingStartedAt,
      remainingMs: Math.max(0, value.remainingMs),
      warned,
    };
  }
  return null;
}

function readFailure(value: unknown): ActionFailure | null {
  if (!isObject(value) || !oneOf(value.action, ACTIONS) || typeof value.errorKind !== 'string')
    return null;
  if (!isNumber(value.attempts) || !isNumber(value.at)) return null;
  return {
    action: value.action,
    errorKind: value.errorKind,
    message: typeof value.message === 'string' ? value.message : value.errorKind,
    attempts: value.attempts,
    at: value.at,
    transient: value.transient === true,
  };
}

function readSighting(value: unknown): Sighting | null {
  if (!isObject(value) || !oneOf(value.where, LOCATIONS) || !isNumber(value.at)) return null;
  // The entries they held and Zoom's send-back count: a departure read after the reload needs both.
  const rollIds = stringList(value.rollIds);
  return {
    where: value.where,
    at: value.at,
    ...(isNumber(value.goneAt) ? { goneAt: value.goneAt } : {}),
    ...(rollIds.length > 0 ? { rollIds } : {}),
    ...(isNumber(value.putBacks) && value.putBacks > 0 ? { putBacks: value.putBacks } : {}),
  };
}

function readDecisions(value: unknown): HostDecisions {
  if (!isObject(value)) return emptyDecisions();
  return {
    admitted: record(value.admitted, (item) => (isNumber(item) ? item : null)),
    sentBack: record(value.sentBack, (item) =>
      isObject(item) && isNumber(item.at)
        ? { at: item.at, rollIds: stringList(item.rollIds) }
        : null,
    ),
    revokedRollIds: record(value.revokedRollIds, (item) => (isNumber(item) ? item : null)),
  };
}

/**
 * Version 1 kept where people were as bare locations; their moves before the reload are past.
 * A sighting's `putBacks` is the count the lock accounted for, of the roster as it was when saved:
 * the roster that starts again after the reload counts only the send-backs Zoom reports since,
 * on top of its saved memory (version 3). A count the memory does not carry (versions 1 and 2
 * saved none; the memory's caps may leave one out) starts again from 0 with the roster, so a
 * send-back after the reload still reads as one more than the lock accounted for.
 */
function readSeen(json: Json, memory: RosterMemory | null): Record<string, Sighting> {
  if (json.version === 1)
    return record(json.lastLocation, (item) =>
      oneOf(item, LOCATIONS) ? { where: item, at: 0 } : null,
    );
  const seen = record(json.seen, readSighting);
  const kept = new Set([
    ...Object.keys(memory?.counts ?? {}),
    ...(memory?.departures ?? []).flatMap((gone) => (gone.putBacks ? [gone.participantUUID] : [])),
  ]);
  for (const [uuid, sighting] of Object.entries(seen)) {
    if (sighting.putBacks === undefined || kept.has(uuid)) continue;
    const rebased = { ...sighting };
    delete rebased.putBacks;
    seen[uuid] = rebased;
  }
  return seen;
}

/** The roster's memory saved with the state, with the lock state it belongs to (`restoreLockState`). */
export function withRosterMemory(state: LockState, memory: RosterMemory): LockState {
  return { ...state, roster: memory };
}

function readBounced(json: Json): Record<string, number> {
  if (json.version !== 1) return record(json.bounced, (item) => (isNumber(item) ? item : null));
  // Version 1 kept no times: its put-backs are long settled after a reload.
  return {};
}

/**
 * The saved doubts, and every put-back that was still waiting for Zoom's answer when the page
 * went: that answer is lost, so whose move brought the person to the waiting room (ours, or a
 * host's send-back first) can no longer be told.
 */
function readUnsure(json: Json, seen: LockState['seen']): LockState['unsure'] {
  const unsure = record(json.unsure, (item) =>
    isObject(item) && isNumber(item.at) ? { at: item.at, rollIds: stringList(item.rollIds) } : null,
  );
  const pending = isObject(json.pending) ? json.pending : {};
  for (const [uuid, item] of Object.entries(pending)) {
    if (!isObject(item) || item.action !== 'putInWaitingRoom' || item.answered === true) continue;
    if (uuid in unsure || !isNumber(item.since)) continue;
    unsure[uuid] = { at: item.since, rollIds: seen[uuid]?.rollIds ?? [] };
  }
  return unsure;
}

/**
 * Rebuilds a state from persisted JSON after a reload (version 1, 2 or 3), host decisions
 * included, and with version 3 the roster's memory saved with it (`roster`: the caller hands it
 * to the roster that starts again, together with this state or not at all). Anything malformed
 * falls back to defaults; in-flight actions are dropped because their promises died with the
 * page, so the next tick re-issues whatever is still needed.
 */
export function restoreLockState(json: unknown): LockState {
  const fresh = createLockState();
  if (!isObject(json) || (json.version !== 1 && json.version !== 2 && json.version !== 3))
    return fresh;
  const settings = isObject(json.settings) ? json.settings : {};
  const locked =
    isObject(json.locked) && isNumber(json.locked.since) && oneOf(json.locked.reason, REASONS)
      ? { since: json.locked.since, reason: json.locked.reason }
      : null;
  const paused = json.pausedForRole;
  const memory = json.version === 3 ? readRosterMemory(json.roster) : null;
  const seen = readSeen(json, memory);
  return {
    ...fresh,
    settings: {
      warnLeadMs:
        isNumber(settings.warnLeadMs) && settings.warnLeadMs >= 0
          ? settings.warnLeadMs
          : DEFAULT_LOCK_SETTINGS.warnLeadMs,
      mode: oneOf(settings.mode, MODES) ? settings.mode : DEFAULT_LOCK_SETTINGS.mode,
      lockWhenRollComplete: settings.lockWhenRollComplete === true,
      verifiedOnly: settings.verifiedOnly === true,
      pendingTimeoutMs:
        isNumber(settings.pendingTimeoutMs) && settings.pendingTimeoutMs > 0
          ? settings.pendingTimeoutMs
          : DEFAULT_LOCK_SETTINGS.pendingTimeoutMs,
    },
    locked,
    pausedForRole:
      isObject(paused) && isNumber(paused.since) && isRole(paused.role)
        ? { since: paused.since, role: paused.role }
        : null,
    countdown: readCountdown(json.countdown),
    allowed: stringList(json.allowed),
    allowedRollIds: stringList(json.allowedRollIds),
    decisions: readDecisions(json.decisions),
    seen,
    heldSince: record(json.heldSince, (item) => (isNumber(item) ? item : null)),
    bounced: readBounced(json),
    unsure: readUnsure(json, seen),
    pending: {} satisfies Record<string, PendingAction>,
    failures: record(json.failures, readFailure),
    ...(memory ? { roster: memory } : {}),
  };
}
