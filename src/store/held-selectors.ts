import type { HeldEntry, HostMove } from '../domain/lock';
import type { AppState } from './app-store';

/** Why a held person is in the waiting room when it was not their own doing. */
export type HeldMove = 'putBack' | HostMove;

const indexes = new WeakMap<readonly HeldEntry[], ReadonlyMap<string, HeldEntry>>();
const moved = new WeakMap<readonly HeldEntry[], ReadonlySet<string>>();

/** The lock's verdict on someone waiting, or null (unlocked, or not held). */
export function selectHeldEntry(participantUUID: string) {
  return (state: AppState): HeldEntry | null => {
    let index = indexes.get(state.lockHeld);
    if (!index) {
      index = new Map(state.lockHeld.map((entry) => [entry.participantUUID, entry]));
      indexes.set(state.lockHeld, index);
    }
    return index.get(participantUUID) ?? null;
  };
}

/** The moves a held row names: the lock's own put-back, then a host's send-back (or its doubt). */
export function heldMoves(entry: HeldEntry): HeldMove[] {
  const moves: HeldMove[] = [];
  if (entry.bounced) moves.push('putBack');
  if (entry.hostMove) moves.push(entry.hostMove);
  return moves;
}

/** Who waits with a move to name: their rows get a second line, wide enough to say it whole. */
export function selectHeldMovedUUIDs(state: AppState): ReadonlySet<string> {
  let uuids = moved.get(state.lockHeld);
  if (!uuids) {
    uuids = new Set(
      state.lockHeld
        .filter((entry) => heldMoves(entry).length > 0)
        .map((entry) => entry.participantUUID),
    );
    moved.set(state.lockHeld, uuids);
  }
  return uuids;
}
