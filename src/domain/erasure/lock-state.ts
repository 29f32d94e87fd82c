import type { HostDecisions, LockState } from '../lock/types';

function without<T>(
  items: Readonly<Record<string, T>>,
  gone: ReadonlySet<string>,
): Record<string, T> {
  return Object.fromEntries(Object.entries(items).filter(([key]) => !gone.has(key)));
}

/**
 * A stored meeting's lock state without the person: their participant ids and roll entries go
 * from every list and map. Only for meetings whose lock is not running: a live lock needs its
 * host decisions (see the README's erasure limits).
 */
export function lockStateWithout(
  state: LockState,
  uuids: ReadonlySet<string>,
  rollEntryIds: ReadonlySet<string>,
): LockState {
  const keepRoll = (ids: readonly string[]) => ids.filter((id) => !rollEntryIds.has(id));
  const decisions: HostDecisions = {
    admitted: without(state.decisions.admitted, uuids),
    sentBack: Object.fromEntries(
      Object.entries(without(state.decisions.sentBack, uuids)).map(([uuid, item]) => [
        uuid,
        { ...item, rollIds: keepRoll(item.rollIds) },
      ]),
    ),
    revokedRollIds: without(state.decisions.revokedRollIds, rollEntryIds),
  };
  return {
    ...state,
    allowed: state.allowed.filter((uuid) => !uuids.has(uuid)),
    allowedRollIds: keepRoll(state.allowedRollIds),
    decisions,
    seen: Object.fromEntries(
      Object.entries(without(state.seen, uuids)).map(([uuid, sighting]) => [
        uuid,
        sighting.rollIds ? { ...sighting, rollIds: keepRoll(sighting.rollIds) } : sighting,
      ]),
    ),
    heldSince: without(state.heldSince, uuids),
    bounced: without(state.bounced, uuids),
    unsure: Object.fromEntries(
      Object.entries(without(state.unsure, uuids)).map(([uuid, item]) => [
        uuid,
        { ...item, rollIds: keepRoll(item.rollIds) },
      ]),
    ),
    pending: without(state.pending, uuids),
    failures: without(state.failures, uuids),
    // The roster's memory saved with it: their departures and Zoom's count of their send-backs.
    ...(state.roster
      ? {
          roster: {
            ...state.roster,
            departures: state.roster.departures.filter((gone) => !uuids.has(gone.participantUUID)),
            counts: without(state.roster.counts, uuids),
          },
        }
      : {}),
  };
}

/** Whether the lock state mentions any of these participant ids or roll entries. */
export function lockStateMentions(
  state: LockState,
  uuids: ReadonlySet<string>,
  rollEntryIds: ReadonlySet<string>,
): boolean {
  return JSON.stringify(lockStateWithout(state, uuids, rollEntryIds)) !== JSON.stringify(state);
}
