import { renameRequestTargets } from '../domain/chat/rename-request';
import type { RenameRequestTargets } from '../domain/chat/rename-request';
import { shareAlerts } from '../domain/sharing/share-alerts';
import type { ShareAlert } from '../domain/sharing/share-alerts';
import type { AppState, SliceCreator } from './app-store';
import { selectMatchByUUID } from './roll-selectors';

export interface SharingSlice {
  /** participantUUID → when they started sharing their screen (onShareScreen, our clock). */
  sharers: ReadonlyMap<string, number>;
  /** Someone started or stopped sharing, or is gone (a leave ends a share). */
  setSharing: (participantUUID: string, sharing: boolean, at: number) => void;
}

/** Who is sharing their screen now, as Zoom announced it (Zoom has no call to ask). */
export function createSharingSlice(): SliceCreator<SharingSlice> {
  return (set, get) => ({
    sharers: new Map(),
    setSharing: (participantUUID, sharing, at) => {
      const current = get().sharers;
      if (current.has(participantUUID) === sharing) return;
      const next = new Map(current);
      if (sharing) next.set(participantUUID, at);
      else next.delete(participantUUID);
      set({ sharers: next });
    },
  });
}

const NO_ALERTS: readonly ShareAlert[] = [];
let lastAlerts: { inputs: readonly unknown[]; value: readonly ShareAlert[] } | null = null;

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** Matches count only once the matcher has run: before that everyone would look unknown. */
function matchesReady(state: AppState): boolean {
  return state.roll !== null && state.matchingReady;
}

/** Screen shares the host should look at now (the same array until something changes). */
export function selectShareAlerts(state: AppState): readonly ShareAlert[] {
  const matches = selectMatchByUUID(state);
  const meUUID = state.me?.participantUUID ?? null;
  const ready = matchesReady(state);
  const inputs = [state.sharers, state.roster.participants, matches, ready, meUUID];
  if (lastAlerts && same(lastAlerts.inputs, inputs)) return lastAlerts.value;
  const alerts =
    state.sharers.size === 0
      ? NO_ALERTS
      : shareAlerts({
          sharers: state.sharers,
          participants: state.roster.participants,
          matches,
          rollLoaded: ready,
          meUUID,
        });
  lastAlerts = { inputs, value: alerts.length > 0 ? alerts : NO_ALERTS };
  return lastAlerts.value;
}

const NO_TARGETS: RenameRequestTargets = { contactDetails: [], notOnRoll: [] };
let lastTargets: { inputs: readonly unknown[]; value: RenameRequestTargets } | null = null;

/** The people a "please rename" chat message concerns (the same object until something changes). */
export function selectRenameRequestTargets(state: AppState): RenameRequestTargets {
  const matches = selectMatchByUUID(state);
  const meUUID = state.me?.participantUUID ?? null;
  const ready = matchesReady(state);
  const inputs = [state.roster.participants, matches, ready, meUUID];
  if (lastTargets && same(lastTargets.inputs, inputs)) return lastTargets.value;
  const targets = renameRequestTargets({
    participants: state.roster.participants,
    matches,
    rollLoaded: ready,
    meUUID,
  });
  const empty = targets.contactDetails.length === 0 && targets.notOnRoll.length === 0;
  lastTargets = { inputs, value: empty ? NO_TARGETS : targets };
  return lastTargets.value;
}
