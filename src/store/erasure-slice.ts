import type { ErasureCount, ErasureTarget } from '../domain/erasure/types';
import type { AppState, SliceCreator } from './app-store';
import type { AttendanceSlice } from './attendance-slice';
import type { IdentitySlice } from './identity-slice';
import type { LockSlice } from './lock-slice';
import type { MeetingSlice } from './meeting-slice';
import type { PersistenceSlice } from './persistence-slice';
import type { RollCallSlice } from './roll-call-slice';
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

/** What the erasure reads and calls besides itself. */
export type ErasureReads = AttendanceSlice &
  LockSlice &
  MeetingSlice &
  RollSlice &
  PersistenceSlice &
  IdentitySlice &
  RollCallSlice;

// The work loads when the host first asks to forget someone, not with the panel.
const loadFlow = () => import('./erasure-flow');

/** "Forget this person" (issue 15): the confirmation, the erasure, and this panel's own copies. */
export function createErasureSlice(
  services: AppServices,
): SliceCreator<ErasureSlice, ErasureReads> {
  return (set, get) => {
    const context = { get, set: (partial: Partial<ErasureSlice>) => set(partial), services };
    return {
      erasure: null,
      askToForget: async (target, label) => (await loadFlow()).askToForget(context, target, label),
      confirmForget: async () => (await loadFlow()).confirmForget(context),
      closeForget: () => set({ erasure: null }),
    };
  };
}

export const selectErasure = (state: AppState): ErasureRequest | null => state.erasure;
