import type {
  ActionFailure,
  Countdown,
  LockMode,
  LockReason,
  LockSettings,
  LockState,
  LockStatus,
  ParticipantLocation,
  ParticipantRole,
  PendingAction,
  ScheduleSpec,
} from './types';

export const DEFAULT_LOCK_SETTINGS: Readonly<LockSettings> = {
  warnLeadMs: 60_000,
  mode: 'all',
  lockWhenRollComplete: false,
  pendingTimeoutMs: 10_000,
};

/** A fresh, unlocked state with no countdown. */
export function createLockState(settings: Partial<LockSettings> = {}): LockState {
  return {
    version: 1,
    settings: { ...DEFAULT_LOCK_SETTINGS, ...settings },
    locked: null,
    pausedForRole: null,
    countdown: null,
    allowed: [],
    allowedRollIds: [],
    lastLocation: {},
    heldSince: {},
    bounced: [],
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

/** Changes settings; the mode applies at once to a running lock. */
export function updateLockSettings(state: LockState, patch: Partial<LockSettings>): LockState {
  return { ...state, settings: { ...state.settings, ...patch } };
}

/**
 * Lets a participant stay in the main room while locked. Call it before sending the admit of a
 * panel click: Zoom may report them in the meeting before the admit call resolves.
 */
export function allowParticipant(state: LockState, participantUUID: string): LockState {
  if (state.allowed.includes(participantUUID)) return state;
  return { ...state, allowed: [...state.allowed, participantUUID] };
}

/** Withdraws the allowance, e.g. when the panel sends someone back to the waiting room. */
export function disallowParticipant(state: LockState, participantUUID: string): LockState {
  if (!state.allowed.includes(participantUUID)) return state;
  return { ...state, allowed: state.allowed.filter((uuid) => uuid !== participantUUID) };
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
const ROLES: readonly ParticipantRole[] = ['host', 'coHost', 'attendee', 'panelist'];
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
  };
}

/**
 * Rebuilds a state from persisted JSON after a reload. Anything malformed falls back to defaults;
 * in-flight actions are dropped because their promises died with the page, so the next tick
 * re-issues whatever is still needed.
 */
export function restoreLockState(json: unknown): LockState {
  const fresh = createLockState();
  if (!isObject(json) || json.version !== 1) return fresh;
  const settings = isObject(json.settings) ? json.settings : {};
  const locked =
    isObject(json.locked) && isNumber(json.locked.since) && oneOf(json.locked.reason, REASONS)
      ? { since: json.locked.since, reason: json.locked.reason }
      : null;
  const paused = json.pausedForRole;
  return {
    ...fresh,
    settings: {
      warnLeadMs:
        isNumber(settings.warnLeadMs) && settings.warnLeadMs >= 0
          ? settings.warnLeadMs
          : DEFAULT_LOCK_SETTINGS.warnLeadMs,
      mode: oneOf(settings.mode, MODES) ? settings.mode : DEFAULT_LOCK_SETTINGS.mode,
      lockWhenRollComplete: settings.lockWhenRollComplete === true,
      pendingTimeoutMs:
        isNumber(settings.pendingTimeoutMs) && settings.pendingTimeoutMs > 0
          ? settings.pendingTimeoutMs
          : DEFAULT_LOCK_SETTINGS.pendingTimeoutMs,
    },
    locked,
    pausedForRole:
      isObject(paused) && isNumber(paused.since) && oneOf(paused.role, ROLES)
        ? { since: paused.since, role: paused.role }
        : null,
    countdown: readCountdown(json.countdown),
    allowed: stringList(json.allowed),
    allowedRollIds: stringList(json.allowedRollIds),
    lastLocation: record(json.lastLocation, (item) => (oneOf(item, LOCATIONS) ? item : null)),
    heldSince: record(json.heldSince, (item) => (isNumber(item) ? item : null)),
    bounced: stringList(json.bounced),
    pending: {} satisfies Record<string, PendingAction>,
    failures: record(json.failures, readFailure),
  };
}
