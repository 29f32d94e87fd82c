import { useShallow } from 'zustand/react/shallow';
import { WAITING_ROOM_KEY, lockHeadline, lockStatus } from '../../domain/lock';
import { canUseHostApis } from '../../domain/roles';
import { useAppStore } from '../../store/store-context';
import { selectLockStateRead } from '../../store/waiting-groups';

/** What the lock banner and toolbar show. */
export function useLock() {
  return useAppStore(
    useShallow((state) => ({
      status: lockStatus(state.lock),
      /**
       * The lock state saved for this meeting has been read: before that an unlocked state is only
       * the store's default, and a panel reloaded while locked would offer "Lock now".
       */
      read: selectLockStateRead(state),
      /** When this lock was turned on: each lock is a new one (null while unlocked). */
      lockedSince: state.lock.locked?.since ?? null,
      headline: lockHeadline(state.lock, state.lockProblems).kind,
      mode: state.lock.settings.mode,
      pausedRole: state.lock.pausedForRole?.role ?? null,
      held: state.lockHeld.length,
      bounced: state.lockHeld.filter((entry) => entry.bounced).length,
      problems: state.lockProblems,
      waitingRoomFailure: state.lock.failures[WAITING_ROOM_KEY] ?? null,
      live: state.connection.status === 'ready' || state.connection.status === 'attendee',
      canAct: state.me ? canUseHostApis(state.me.role) : false,
    })),
  );
}
