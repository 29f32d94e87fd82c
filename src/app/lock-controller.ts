import { formatCountdown } from '../domain/lock';
import type { LockState } from '../domain/lock';
import type { I18n } from '../i18n/i18n';
import type { DoorkeeperStore } from '../persistence/types';
import type { AppState, AppStore } from '../store/app-store';

/** Often enough that someone slipping into the main room is put back well within a second. */
export const LOCK_TICK_MS = 250;
export const RESTORE_TIMEOUT_MS = 3_000;

export interface LockControllerOptions {
  now?: () => number;
  tickEveryMs?: number;
  /** Where to hear that the panel is visible again; null for nowhere (default: document). */
  visibility?: Pick<
    Document,
    'addEventListener' | 'removeEventListener' | 'visibilityState'
  > | null;
  /** Where the lock state and the meeting's first-seen time are kept; null keeps nothing. */
  storage?: Promise<DoorkeeperStore | null> | DoorkeeperStore | null;
  /** Words for Zoom's own notifications (the controller runs outside React). */
  i18n?: Pick<I18n, 't'> | null;
  /** How long to wait for the saved state before the lock starts without it. */
  restoreTimeoutMs?: number;
  /** Called with storage errors (the lock keeps working in memory). */
  onStorageError?: (error: unknown) => void;
}

/** What makes the lock look again: the people, my role, the roll and its links, the connection. */
function inputsChanged(state: AppState, prev: AppState): boolean {
  return (
    state.roster.participants !== prev.roster.participants ||
    state.me !== prev.me ||
    state.waitingRoomEnabled !== prev.waitingRoomEnabled ||
    state.roll !== prev.roll ||
    state.rollDecisions !== prev.rollDecisions ||
    state.connection.status !== prev.connection.status
  );
}

/**
 * Runs the app-enforced lock and the auto-lock countdown outside React, for the page's life: a
 * wall-clock tick every 250 ms and on visibility, an immediate look after every roster change,
 * the saved state per meeting UUID (so a reload keeps the deadline), and Zoom notifications for
 * the one-minute warning and an automatic lock. Returns a disposer.
 */
export function startLockController(
  store: AppStore,
  options: LockControllerOptions = {},
): () => void {
  const now = options.now ?? Date.now;
  const restoreTimeoutMs = options.restoreTimeoutMs ?? RESTORE_TIMEOUT_MS;
  const visibility =
    options.visibility === undefined
      ? typeof document === 'undefined'
        ? null
        : document
      : options.visibility;
  const storage = Promise.resolve(options.storage ?? null).catch((error: unknown) => {
    options.onStorageError?.(error);
    return null;
  });
  let disposed = false;
  let meetingUUID: string | null = null;
  let saving = false;
  let saveAgain = false;

  const runTick = () => {
    if (!disposed) store.getState().lockTick(now());
  };

  function notify(type: 'info' | 'warning', title: string, message: string): void {
    const client = store.getState().client;
    // A refused notification (do-not-disturb, an old client) costs nothing: the banner says it too.
    client?.notify(type, title, message).catch(() => {});
  }

  /** Tells Zoom about the warning and an automatic lock, whoever ran the tick that caused them. */
  function announce(next: LockState, prev: LockState): void {
    const t = options.i18n?.t;
    if (!t) return;
    const countdown = next.countdown;
    if (countdown?.status === 'running' && countdown.warned && prev.countdown?.warned === false) {
      const remaining = formatCountdown(Math.max(0, countdown.deadline - now()));
      notify('warning', t('lock.notify.warnTitle'), t('lock.notify.warnBody', { remaining }));
    }
    if (next.locked && !prev.locked && next.locked.reason !== 'manual') {
      notify(
        'info',
        t('lock.notify.lockedTitle'),
        t(
          next.locked.reason === 'countdown'
            ? 'lock.notify.lockedBody'
            : 'lock.notify.rollCompleteBody',
        ),
      );
    }
  }

  async function restore(uuid: string, topic: string): Promise<void> {
    const at = now();
    let startedAt = at;
    let saved: unknown = null;
    try {
      const read = (async () => {
        const kept = await storage;
        return kept && uuid ? kept.touchMeeting(uuid, topic, at) : null;
      })();
      // Storage that hangs must not leave the meeting unprotected: the lock starts without it.
      const record = await Promise.race([
        read,
        new Promise<null>((resolve) => setTimeout(() => resolve(null), restoreTimeoutMs)),
      ]);
      if (record) {
        startedAt = record.startedAt;
        saved = record.lockState;
      }
    } catch (error) {
      options.onStorageError?.(error);
    }
    if (disposed || uuid !== meetingUUID) return;
    store.getState().restoreLock(uuid, startedAt, saved);
  }

  async function save(): Promise<void> {
    if (saving) {
      saveAgain = true;
      return;
    }
    saving = true;
    try {
      do {
        saveAgain = false;
        const state = store.getState();
        const uuid = state.lockMeeting.meetingUUID;
        const kept = await storage;
        if (!kept || !uuid || !state.lockMeeting.restored) break;
        await kept.saveLockState(uuid, state.lock);
      } while (saveAgain && !disposed);
    } catch (error) {
      options.onStorageError?.(error);
    } finally {
      saving = false;
    }
  }

  async function saveStart(uuid: string, startedAt: number): Promise<void> {
    try {
      await (await storage)?.correctMeetingStart(uuid, startedAt);
    } catch (error) {
      options.onStorageError?.(error);
    }
  }

  function watchMeeting(state: AppState): void {
    const status = state.connection.status;
    if (status !== 'ready' && status !== 'attendee') return;
    // Without a meeting UUID (getMeeting failed) the lock still works; it just is not kept.
    const uuid = state.meetingInfo?.meetingUUID ?? '';
    if (uuid === meetingUUID) return;
    meetingUUID = uuid;
    void restore(uuid, state.meetingInfo?.topic ?? '');
  }

  const unsubscribe = store.subscribe((state, prev) => {
    if (disposed) return;
    watchMeeting(state);
    if (state.lock !== prev.lock) {
      // A restored state is not news: reopening a locked panel must not say "locked" again.
      if (state.lockMeeting === prev.lockMeeting) announce(state.lock, prev.lock);
      if (state.lockMeeting.restored) void save();
    }
    const meeting = state.lockMeeting;
    if (
      meeting.restored &&
      meeting.meetingUUID &&
      meeting.startedAt !== null &&
      prev.lockMeeting.restored &&
      meeting.meetingUUID === prev.lockMeeting.meetingUUID &&
      meeting.startedAt !== prev.lockMeeting.startedAt
    ) {
      void saveStart(meeting.meetingUUID, meeting.startedAt);
    }
    if (inputsChanged(state, prev)) runTick();
  });

  const onVisibilityChange = () => {
    // A hidden panel's timers are throttled: catch up (an overdue deadline locks at once).
    if (visibility?.visibilityState === 'visible') runTick();
  };
  const timer = setInterval(runTick, options.tickEveryMs ?? LOCK_TICK_MS);
  visibility?.addEventListener('visibilitychange', onVisibilityChange);
  watchMeeting(store.getState());

  return () => {
    disposed = true;
    unsubscribe();
    clearInterval(timer);
    visibility?.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
