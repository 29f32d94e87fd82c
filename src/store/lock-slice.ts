import {
  cancelCountdown,
  clearFailure,
  correctMeetingStart,
  createLockState,
  extendCountdown,
  lockNow,
  pauseCountdown,
  quietLook,
  recordHostDecision,
  retryAt,
  WAITING_ROOM_KEY,
  restoreLockState,
  rollIdsOf as claimedRollIds,
  withdrawAdmit,
  withRosterMemory,
  resumeCountdown,
  settleAction,
  startCountdown,
  stillQuiet,
  tick,
  unlock,
  updateLockSettings,
} from '../domain/lock';
import type {
  ActionOutcome,
  CountdownStart,
  EnforcementProblem,
  HeldEntry,
  LockEffect,
  LockFacts,
  LockResult,
  LockSettings,
  LockState,
  QuietLook,
  ScheduleSpec,
  UtcOffsetAt,
} from '../domain/lock';
import {
  rememberRoster,
  restoreRosterMemory,
  type RosterMemory,
} from '../domain/meeting/roster-memory';
import { newId } from '../persistence/records';
import type { LoadedRoll } from './roll-slice';
import { isMeetingError, isTransientError } from '../zoom/errors';
import type { SliceCreator } from './app-store';
import type { ConnectionSlice } from './connection-slice';
import type { MeetingSlice } from './meeting-slice';
import type { IdentitySlice } from './identity-slice';
import { selectMyBreakoutRoom, selectPeopleMoving } from './meeting-slice';
import { selectMatchByUUID, selectVerdictByUUID } from './roll-selectors';
import type { RollSlice } from './roll-slice';
import type { AppServices } from './services';

/** What the lock reads besides itself: the connection, the meeting, the roll and its links. */
type LockReads = ConnectionSlice & MeetingSlice & RollSlice & IdentitySlice;

const verifiedSets = new WeakMap<object, ReadonlySet<string>>();

/** Participants whose verified e-mail holds their roll entry now (one Set per verdict map). */
function verifiedOf(state: LockReads): ReadonlySet<string> {
  const verdicts = selectVerdictByUUID(state);
  let set = verifiedSets.get(verdicts);
  if (!set) {
    set = new Set(
      [...verdicts].filter(([, verdict]) => verdict.kind === 'verified').map(([uuid]) => uuid),
    );
    verifiedSets.set(verdicts, set);
  }
  return set;
}

/** Which meeting the lock state belongs to, and whether its saved state has been read yet. */
export interface LockMeeting {
  meetingUUID: string | null;
  /** The first moment Doorkeeper saw this meeting, or the host's correction. */
  startedAt: number | null;
  /** The saved state was read (or there was none): until then the lock does not act. */
  restored: boolean;
}

export interface LockSlice {
  lock: LockState;
  /** Who the lock holds in the waiting room, rejoins first (empty while unlocked). */
  lockHeld: readonly HeldEntry[];
  /** People in the meeting the lock could not put back. */
  lockProblems: readonly EnforcementProblem[];
  lockMeeting: LockMeeting;
  /** This page's id in the roster memory saved with the lock (see `restoreRosterMemory`). */
  lockSession: string;
  /**
   * Loads the saved state of a meeting (null: nothing saved), and gives the roster the memory
   * saved with it. A lock set meanwhile is kept, and then the memory is not given back.
   */
  restoreLock: (meetingUUID: string, startedAt: number, saved: unknown) => void;
  /** One step of the policy: call it on a timer and after roster changes. Returns what it did. */
  lockTick: (now?: number) => LockEffect[];
  lockNow: () => void;
  unlock: () => void;
  updateLockSettings: (patch: Partial<LockSettings>) => void;
  /** Sets the auto-lock; a moment already passed or an invalid one is refused (see the result). */
  startAutoLock: (spec: ScheduleSpec, utcOffsetAt?: UtcOffsetAt) => CountdownStart;
  /** "+5 min" by default. */
  extendAutoLock: (byMs?: number) => void;
  pauseAutoLock: () => void;
  resumeAutoLock: () => void;
  cancelAutoLock: () => void;
  /** The host says the meeting started at another time: "N minutes after the start" moves with it. */
  correctMeetingStart: (startedAt: number) => void;
  /** The host admits them in this panel: the lock must not put them back. */
  lockAllow: (participantUUID: string) => void;
  /** The host sends them back or removes them in this panel: never auto-admitted again. */
  lockDisallow: (participantUUID: string, kind?: 'sendBack' | 'remove') => void;
  /** Zoom refused the panel's admit: it lets nobody in and decides nothing. */
  lockAdmitFailed: (participantUUID: string) => void;
  /** Forgets a failed put-back or admit so the lock tries again. */
  retryLockAction: (participantUUID: string) => void;
  /**
   * "Forget this person", for someone no longer here: the lock's state without them (the erasure
   * passes its scrub, which loads only when used). Saved like any other change.
   */
  forgetInLock: (scrub: (state: LockState) => LockState) => void;
}

const NO_HELD: readonly HeldEntry[] = [];
const NO_PROBLEMS: readonly EnforcementProblem[] = [];
const rollIdCache = new WeakMap<LoadedRoll, readonly string[]>();

function rollIdsOf(roll: LoadedRoll | null): readonly string[] {
  if (!roll) return [];
  let ids = rollIdCache.get(roll);
  if (!ids) {
    ids = roll.entries.map((entry) => entry.id);
    rollIdCache.set(roll, ids);
  }
  return ids;
}

/**
 * What the policy observes now; null while my role is unknown, the roster is not live, or I am in
 * a breakout room (the roster is that room's, and the waiting room is managed from the main
 * session: the lock holds still until I am back).
 */
/**
 * The identities the lock's facts are built from: while they and the lock state stay the same
 * objects, the facts are the same (see `stillQuiet`).
 */
function factInputs(state: LockReads, facts: LockFacts): readonly unknown[] {
  return [
    state.roster.participants,
    state.roster.tombstones,
    facts.myRole,
    facts.matches,
    facts.waitingRoomEnabled,
    facts.rollIds,
    facts.verified,
    facts.suspendPutBacks,
  ];
}

export function lockFacts(state: LockReads, now = Date.now()): LockFacts | null {
  const status = state.connection.status;
  if (!state.me || (status !== 'ready' && status !== 'attendee')) return null;
  if (selectMyBreakoutRoom(state)) return null;
  return {
    myRole: state.me.role,
    participants: state.roster.participants.values(),
    matches: selectMatchByUUID(state),
    waitingRoomEnabled: state.waitingRoomEnabled,
    rollIds: rollIdsOf(state.roll),
    verified: verifiedOf(state),
    suspendPutBacks: selectPeopleMoving(state, now),
    departures: state.roster.tombstones.values(),
  };
}

/**
 * The lock state as it is saved: with the roster's memory (Zoom's send-back counts, the
 * departures), which the counts in the lock's sightings are counts of. Only while the lock reads
 * this roster: in a breakout room it is that room's, and the lock holds still.
 */
export function lockStateToSave(
  state: LockReads & Pick<LockSlice, 'lock' | 'lockSession'>,
  now: number,
): LockState {
  if (!lockFacts(state, now)) return state.lock;
  // Only of people the lock has a sighting of: it compares counts with nobody else, and someone
  // "Forget this person" took out of the lock stays out of what is saved.
  const tracked = new Set(Object.keys(state.lock.seen));
  return withRosterMemory(
    state.lock,
    rememberRoster(state.roster, now, state.lockSession, tracked),
  );
}

function sameHeld(a: readonly HeldEntry[], b: readonly HeldEntry[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((entry, i) => {
    const other = b[i]!;
    return (
      entry.participantUUID === other.participantUUID &&
      entry.screenName === other.screenName &&
      entry.category === other.category &&
      entry.since === other.since &&
      entry.rollId === other.rollId &&
      entry.confidence === other.confidence &&
      entry.flags === other.flags &&
      entry.bounced === other.bounced &&
      entry.hostMove === other.hostMove &&
      entry.failure === other.failure
    );
  });
}

function sameProblems(a: readonly EnforcementProblem[], b: readonly EnforcementProblem[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (p, i) =>
        p.participantUUID === b[i]!.participantUUID &&
        p.screenName === b[i]!.screenName &&
        p.failure === b[i]!.failure,
    )
  );
}

export const createLockSlice =
  ({ client, limiter, clock }: AppServices): SliceCreator<LockSlice, LockReads> =>
  (set, get) => {
    /** The last look that changed nothing, so that the timer's next one can be skipped. */
    let quiet: QuietLook | null = null;

    /** Stores a policy result (keeping unchanged lists as they were) and carries out its Zoom calls. */
    function apply(result: LockResult): void {
      const state = get();
      const held = result.held.length === 0 ? NO_HELD : result.held;
      const problems = result.problems.length === 0 ? NO_PROBLEMS : result.problems;
      const patch: Partial<LockSlice> = {};
      if (result.state !== state.lock) patch.lock = result.state;
      if (!sameHeld(held, state.lockHeld)) patch.lockHeld = held;
      if (!sameProblems(problems, state.lockProblems)) patch.lockProblems = problems;
      if (Object.keys(patch).length > 0) set(patch);
      for (const effect of result.effects) carryOut(effect);
    }

    function settle(outcome: ActionOutcome): void {
      const now = clock();
      const lock = settleAction(get().lock, outcome, now);
      set({ lock });
      if (outcome.ok) return;
      // A failure shows at once (the headline must not say "Locked" meanwhile), not at the next tick;
      get().lockTick(now);
      // and a retry goes out when its backoff ends, not up to a tick later.
      const key =
        outcome.action === 'enableWaitingRoom' ? WAITING_ROOM_KEY : outcome.participantUUID;
      const failure = lock.failures[key];
      const at = failure ? retryAt(failure) : null;
      if (at !== null) setTimeout(() => get().lockTick(clock()), Math.max(0, at - now));
    }

    /** A host decision made in this panel, kept by UUID and by the roll entries the person claims. */
    function decided(kind: 'admit' | 'sendBack' | 'remove', participantUUID: string): void {
      const rollIds = claimedRollIds(selectMatchByUUID(get()).get(participantUUID));
      set({ lock: recordHostDecision(get().lock, { kind, participantUUID, rollIds }, clock()) });
    }

    function failureOf(error: unknown): { errorKind: string; message: string; transient: boolean } {
      return {
        errorKind: isMeetingError(error) ? error.kind : 'unknown',
        message: error instanceof Error ? error.message : String(error),
        // 10001, "not ready", time-outs and rate limits: the lock retries them with backoff.
        transient: isTransientError(error),
      };
    }

    function carryOut(effect: LockEffect): void {
      if (!client) return;
      switch (effect.kind) {
        case 'putInWaitingRoom':
        case 'admit': {
          const { participantUUID } = effect;
          const action = effect.kind;
          const run =
            action === 'admit'
              ? () => client.admit(participantUUID)
              : () => client.putInWaitingRoom(participantUUID);
          limiter.run(run, 'urgent').then(
            () => settle({ action, participantUUID, ok: true }),
            (error: unknown) => settle({ action, participantUUID, ok: false, ...failureOf(error) }),
          );
          break;
        }
        case 'enableWaitingRoom':
          limiter
            .run(() => client.setWaitingRoomState(true), 'urgent')
            .then(
              () => {
                get().setWaitingRoomEnabled(true);
                settle({ action: 'enableWaitingRoom', ok: true });
              },
              (error: unknown) =>
                settle({ action: 'enableWaitingRoom', ok: false, ...failureOf(error) }),
            );
          break;
        default:
          // warn, lock, unlock, paused, resumed: state the banner shows; the controller notifies.
          break;
      }
    }

    /** Runs the policy once after a change made by the host, so it applies at once. */
    function enforceNow(): void {
      get().lockTick(clock());
    }

    return {
      lock: createLockState(),
      lockHeld: NO_HELD,
      lockProblems: NO_PROBLEMS,
      lockMeeting: { meetingUUID: null, startedAt: null, restored: false },
      lockSession: newId(),

      restoreLock: (meetingUUID, startedAt, saved) => {
        const { lock: current, lockMeeting, roster } = get();
        const otherMeeting =
          lockMeeting.meetingUUID !== null && lockMeeting.meetingUUID !== meetingUUID;
        // A lock or countdown set in the moment before the saved state arrived wins over it.
        const pristine = current.locked === null && current.countdown === null;
        let restored: LockState | null = null;
        if (otherMeeting) restored = saved == null ? createLockState() : restoreLockState(saved);
        else if (pristine && saved != null) restored = restoreLockState(saved);
        // The roster's memory goes back to the roster with the lock state it was saved with, and
        // only then: the lock's counts are that memory's (a state kept instead counts this roster).
        let lock = current;
        let memory: RosterMemory | undefined;
        if (restored) ({ roster: memory, ...lock } = restored);
        set({
          lock,
          ...(memory
            ? { roster: restoreRosterMemory(roster, memory, clock(), get().lockSession) }
            : {}),
          lockHeld: NO_HELD,
          lockProblems: NO_PROBLEMS,
          lockMeeting: { meetingUUID, startedAt, restored: true },
        });
        enforceNow();
      },

      lockTick: (now = clock()) => {
        const state = get();
        if (!state.lockMeeting.restored) return [];
        const facts = lockFacts(state, now);
        if (!facts) return [];
        const inputs = factInputs(state, facts);
        // The 250 ms timer with nothing new: the last look's result stands, whatever the meeting's size.
        if (stillQuiet(quiet, state.lock, inputs, now)) return [];
        const result = tick(state.lock, now, facts);
        apply(result);
        quiet = quietLook(state.lock, result, inputs, now);
        return result.effects;
      },

      lockNow: () => {
        const state = get();
        const facts = lockFacts(state, clock());
        if (!facts) return;
        apply(lockNow(state.lock, clock(), facts));
      },

      unlock: () => apply(unlock(get().lock)),

      updateLockSettings: (patch) => {
        set({ lock: updateLockSettings(get().lock, patch) });
        enforceNow();
      },

      startAutoLock: (spec, utcOffsetAt) => {
        const state = get();
        const now = clock();
        const meetingStartedAt = state.lockMeeting.startedAt ?? now;
        const result = startCountdown(state.lock, spec, now, { meetingStartedAt, utcOffsetAt });
        if (result.ok) {
          set({ lock: result.state });
          enforceNow();
        }
        return result;
      },

      extendAutoLock: (byMs) => set({ lock: extendCountdown(get().lock, clock(), byMs) }),
      pauseAutoLock: () => set({ lock: pauseCountdown(get().lock, clock()) }),
      resumeAutoLock: () => {
        set({ lock: resumeCountdown(get().lock, clock()) });
        enforceNow();
      },
      cancelAutoLock: () => set({ lock: cancelCountdown(get().lock) }),

      correctMeetingStart: (startedAt) => {
        if (!Number.isFinite(startedAt)) return;
        set((state) => ({
          lock: correctMeetingStart(state.lock, startedAt),
          lockMeeting: { ...state.lockMeeting, startedAt },
        }));
        enforceNow();
      },

      lockAllow: (participantUUID) => decided('admit', participantUUID),
      lockDisallow: (participantUUID, kind = 'sendBack') => decided(kind, participantUUID),
      lockAdmitFailed: (participantUUID) =>
        set({ lock: withdrawAdmit(get().lock, participantUUID) }),
      forgetInLock: (scrub) => {
        set({ lock: scrub(get().lock) });
      },

      retryLockAction: (participantUUID) => {
        set({ lock: clearFailure(get().lock, participantUUID) });
        enforceNow();
      },
    };
  };
