import type * as ErasureRules from '../domain/erasure';
import { NOTHING_ERASED, type ErasureCount, type ErasureTarget } from '../domain/erasure/types';
import type { AppState, SliceCreator } from './app-store';
import type { AttendanceSlice } from './attendance-slice';
import type { IdentitySlice } from './identity-slice';
import type { LockSlice } from './lock-slice';
import type { MeetingSlice } from './meeting-slice';
import type { PersistenceSlice } from './persistence-slice';
import type { RollCallSlice } from './roll-call-slice';
import { selectMatchByUUID } from './roll-selectors';
import type { RollSlice } from './roll-slice';
import type { AppServices } from './services';

/**
 * counting: the confirmation waits for the store's count. confirm: the host reads what will go.
 * erasing / done / failed: the erasure and its result line.
 */
export type ErasureStatus = 'counting' | 'confirm' | 'erasing' | 'done' | 'failed';

export interface ErasureRequest {
  target: ErasureTarget;
  /** Who, as the host named them in the row (a roll name or a display name). */
  label: string;
  status: ErasureStatus;
  /** What will go (confirm) or went (done): stored data plus this panel's own. */
  count: ErasureCount | null;
  /** They are in the meeting or its waiting room now: what happens from now on is logged again. */
  presentNow: boolean;
  /** The participant ids this panel tied to them, for the controller's held-back leaves. */
  participantUUIDs: readonly string[];
}

export interface ErasureSlice {
  erasure: ErasureRequest | null;
  /** "Forget this person…": counts what would go and opens the confirmation. */
  askToForget: (target: ErasureTarget, label: string) => Promise<void>;
  /** After the confirmation: erases from storage, then from this panel's memory. */
  confirmForget: () => Promise<void>;
  closeForget: () => void;
}

type Reads = AttendanceSlice &
  LockSlice &
  MeetingSlice &
  RollSlice &
  PersistenceSlice &
  IdentitySlice &
  RollCallSlice;

// Erasure is rare: its rules load when the host first asks, not with the panel.
type Rules = typeof ErasureRules;
const loadRules = (): Promise<Rules> => import('../domain/erasure');

/** The loaded roll's entries the target names: the entry itself, or the same person (exact rules). */
function loadedEntryIds(
  { sameRollPerson }: Rules,
  state: Reads,
  target: ErasureTarget,
): Set<string> {
  if (target.kind !== 'rollEntry' || !state.roll) return new Set();
  const saved = state.persistence.savedRoll;
  const isSame = saved?.roll === state.roll && saved.id === target.savedRollId;
  return new Set(
    state.roll.entries
      .filter((entry) =>
        isSame ? entry.id === target.entry.id : sameRollPerson(target.entry, entry),
      )
      .map((entry) => entry.id),
  );
}

/** Everyone this panel ties to the target now: in the log, and in the meeting by their match. */
function participantsNow(rules: Rules, state: Reads, target: ErasureTarget) {
  const entryIds = loadedEntryIds(rules, state, target);
  const uuids = rules.participantsInLog(state.attendance.log, target, entryIds);
  const matches = selectMatchByUUID(state as AppState);
  for (const [uuid, match] of matches)
    if (match.rollId !== null && match.confidence !== 'none' && entryIds.has(match.rollId))
      uuids.add(uuid);
  const present = [...state.roster.participants.keys()].some((uuid) => uuids.has(uuid));
  return { entryIds, uuids, present };
}

/** Adds what only this panel holds (events not stored yet) to the store's count. */
function withMemory(
  rules: Rules,
  stored: ErasureCount,
  state: Reads,
  target: ErasureTarget,
): ErasureCount {
  const { entryIds } = participantsNow(rules, state, target);
  const meetingUUID = state.attendance.meetingUUID;
  // Stored already (restored): the store counted it. Before the restore, the log is all memory.
  if (state.attendance.phase !== 'collecting' || meetingUUID === null) return stored;
  const { removed } = rules.eraseFromLog(state.attendance.log, target, entryIds);
  return removed === 0 ? stored : { ...stored, events: stored.events + removed };
}

/** "Forget this person" (issue 15): the confirmation, the erasure, and this panel's own copies. */
export function createErasureSlice(services: AppServices): SliceCreator<ErasureSlice, Reads> {
  return (set, get) => {
    const patch = (change: Partial<ErasureRequest>) => {
      const current = get().erasure;
      if (current) set({ erasure: { ...current, ...change } });
    };
    /**
     * The meeting whose stored lock state the erasure must leave alone: this one, while the person
     * is here (the lock admitted or holds them; forgetting that would undo a host's decision).
     * Once they are gone, the lock forgets them in storage and in memory alike.
     */
    const liveLock = (presentNow: boolean) =>
      presentNow ? (get().attendance.meetingUUID ?? get().meetingInfo?.meetingUUID ?? null) : null;

    /** This panel's memory, after storage: the log, the roll and its links, verdicts, roll-call marks. */
    const eraseInMemory = (rules: Rules, target: ErasureTarget, at: number) => {
      const state = get();
      const { entryIds, uuids } = participantsNow(rules, state, target);
      const { kept, removed } = rules.eraseFromLog(state.attendance.log, target, entryIds);
      if (removed > 0) state.replaceAttendanceLog([...kept, rules.erasureEvent(at, removed)]);
      const roll = state.roll;
      const decisions = state.rollDecisions.filter((decision) =>
        target.kind === 'participant'
          ? !target.screenNames.includes(decision.screenName)
          : !entryIds.has(decision.rollId),
      );
      if (roll && (entryIds.size > 0 || decisions.length !== state.rollDecisions.length)) {
        const saved = state.persistence.savedRoll;
        state.setRoll(
          roll.entries.filter((entry) => !entryIds.has(entry.id)),
          roll.name,
          { importedAt: roll.importedAt, decisions },
        );
        const next = get().roll;
        // Storage already holds this roll without them: the controller must not save a copy.
        if (next && saved?.roll === roll)
          state.updatePersistence({ savedRoll: { ...saved, roll: next } });
        if (next) state.forgetVerdicts(uuids, roll, next);
      } else state.forgetVerdicts(uuids, null, null);
      for (const rollId of entryIds) state.forgetRollMark(rollId);
      // Someone still here keeps the lock's decisions about them (see `liveLock`).
      if (!get().erasure?.presentNow)
        state.forgetInLock((lock) => rules.lockStateWithout(lock, uuids, entryIds));
      return uuids;
    };

    return {
      erasure: null,

      askToForget: async (target, label) => {
        const rules = await loadRules();
        const { uuids, present } = participantsNow(rules, get(), target);
        set({
          erasure: {
            target,
            label,
            status: 'counting',
            count: null,
            presentNow: present,
            participantUUIDs: [...uuids],
          },
        });
        try {
          const stored =
            (await services.storage
              .get()
              ?.countPerson(target, { liveMeetingUUID: liveLock(present) })) ?? NOTHING_ERASED;
          if (get().erasure?.target !== target) return;
          patch({ status: 'confirm', count: withMemory(rules, stored, get(), target) });
        } catch {
          if (get().erasure?.target === target) patch({ status: 'failed' });
        }
      },

      confirmForget: async () => {
        const request = get().erasure;
        if (!request || request.status !== 'confirm') return;
        patch({ status: 'erasing' });
        const at = services.clock();
        try {
          const rules = await loadRules();
          const done = await services.storage
            .get()
            ?.erasePerson(request.target, at, { liveMeetingUUID: liveLock(request.presentNow) });
          const count = done ? withMemory(rules, done, get(), request.target) : request.count;
          const uuids = eraseInMemory(rules, request.target, at);
          patch({
            status: 'done',
            count,
            participantUUIDs: [...new Set([...request.participantUUIDs, ...uuids])],
          });
          await get().refreshRollLibrary();
        } catch {
          patch({ status: 'failed' });
        }
      },

      closeForget: () => set({ erasure: null }),
    };
  };
}

export const selectErasure = (state: AppState): ErasureRequest | null => state.erasure;
