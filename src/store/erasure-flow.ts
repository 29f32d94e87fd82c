import {
  eraseFromLog,
  erasureEvent,
  lockStateWithout,
  participantsInLog,
  sameRollPerson,
} from '../domain/erasure';
import { NOTHING_ERASED, type ErasureCount, type ErasureTarget } from '../domain/erasure/types';
import type { ErasureOptions } from '../persistence/erasure-plan';
import type { AppState } from './app-store';
import type { ErasureReads, ErasureRequest, ErasureSlice } from './erasure-slice';
import { selectMatchByUUID } from './roll-selectors';
import type { AppServices } from './services';

/*
 * "Forget this person" (issue 15), the work behind the erasure slice's actions. Erasure is rare:
 * this module, and the rules it applies, load when the host first asks, not with the panel.
 */

type State = ErasureReads & ErasureSlice;

export interface ErasureContext {
  get: () => State;
  set: (partial: Partial<ErasureSlice>) => void;
  services: AppServices;
}

/** The loaded roll's entries the target names: the entry itself, or the same person (exact rules). */
function loadedEntryIds(state: State, target: ErasureTarget): Set<string> {
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
function participantsNow(state: State, target: ErasureTarget) {
  const entryIds = loadedEntryIds(state, target);
  const uuids = participantsInLog(state.attendance.log, target, entryIds);
  const matches = selectMatchByUUID(state as unknown as AppState);
  for (const [uuid, match] of matches)
    if (match.rollId !== null && match.confidence !== 'none' && entryIds.has(match.rollId))
      uuids.add(uuid);
  const present = [...state.roster.participants.keys()].some((uuid) => uuids.has(uuid));
  return { entryIds, uuids, present };
}

/** Adds what only this panel holds (events not stored yet) to the store's count. */
function withMemory(stored: ErasureCount, state: State, target: ErasureTarget): ErasureCount {
  const { entryIds, uuids } = participantsNow(state, target);
  // Stored already (restored): the store counted it. Before the restore, the log is all memory.
  if (state.attendance.phase !== 'collecting' || state.attendance.meetingUUID === null)
    return stored;
  const { removed } = eraseFromLog(state.attendance.log, target, entryIds, uuids);
  return removed === 0 ? stored : { ...stored, events: stored.events + removed };
}

/** This meeting's stored log loses what the panel's own copy loses: the same participant ids. */
function currentMeeting(state: State, target: ErasureTarget): ErasureOptions['current'] {
  const meetingUUID = state.attendance.meetingUUID;
  if (meetingUUID === null) return null;
  return { meetingUUID, participantUUIDs: [...participantsNow(state, target).uuids] };
}

/**
 * The meeting whose stored lock state the erasure must leave alone: this one, while the person is
 * here (the lock admitted or holds them; forgetting that would undo a host's decision). Once they
 * are gone, the lock forgets them in storage and in memory alike.
 */
function liveLock(state: State, presentNow: boolean): string | null {
  return presentNow
    ? (state.attendance.meetingUUID ?? state.meetingInfo?.meetingUUID ?? null)
    : null;
}

function patch({ get, set }: ErasureContext, change: Partial<ErasureRequest>): void {
  const current = get().erasure;
  if (current) set({ erasure: { ...current, ...change } });
}

/** This panel's memory, after storage: the log, the roll and its links, verdicts, marks, the lock. */
function eraseInMemory({ get }: ErasureContext, target: ErasureTarget, at: number): Set<string> {
  const state = get();
  const { entryIds, uuids } = participantsNow(state, target);
  const { kept, removed } = eraseFromLog(state.attendance.log, target, entryIds, uuids);
  if (removed > 0) state.replaceAttendanceLog([...kept, erasureEvent(at, removed)]);
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
    state.forgetInLock((lock) => lockStateWithout(lock, uuids, entryIds));
  return uuids;
}

/** Counts what would go (storage, plus what only this panel holds) and opens the confirmation. */
export async function askToForget(
  context: ErasureContext,
  target: ErasureTarget,
  label: string,
): Promise<void> {
  const { get, set, services } = context;
  const { uuids, present } = participantsNow(get(), target);
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
      (await services.storage.get()?.countPerson(target, {
        liveMeetingUUID: liveLock(get(), present),
        current: currentMeeting(get(), target),
      })) ?? NOTHING_ERASED;
    if (get().erasure?.target !== target) return;
    patch(context, { status: 'confirm', count: withMemory(stored, get(), target) });
  } catch {
    if (get().erasure?.target === target) patch(context, { status: 'failed' });
  }
}

/** After the confirmation: erases in storage (one transaction), then in this panel's memory. */
export async function confirmForget(context: ErasureContext): Promise<void> {
  const { get, services } = context;
  const request = get().erasure;
  if (!request || request.status !== 'confirm') return;
  patch(context, { status: 'erasing' });
  const at = services.clock();
  try {
    const done = await services.storage.get()?.erasePerson(request.target, at, {
      liveMeetingUUID: liveLock(get(), request.presentNow),
      current: currentMeeting(get(), request.target),
    });
    const count = done ? withMemory(done, get(), request.target) : request.count;
    const uuids = eraseInMemory(context, request.target, at);
    patch(context, {
      status: 'done',
      count,
      participantUUIDs: [...new Set([...request.participantUUIDs, ...uuids])],
    });
    await get().refreshRollLibrary();
  } catch {
    patch(context, { status: 'failed' });
  }
}
