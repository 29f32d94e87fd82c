import { formatCountdown } from '../domain/lock';
import type { LockState } from '../domain/lock';
import type { I18n } from '../i18n/i18n';
import type { AppState, AppStore } from '../store/app-store';
import { lockStateToSave } from '../store/lock-slice';
import { sameItems, watch } from '../store/watch';
import type { MeetingClient } from '../zoom/meeting-client';

/** Often enough that someone slipping into the main room is put back well within a second. */
export const LOCK_TICK_MS = 250;
export const RESTORE_TIMEOUT_MS = 3_000;

/**
 * The lock's inputs kept in the meeting's record, handed over by the persistence controller, which
 * owns that record (`lockRecordsOver`).
 */
export interface LockRecords {
  /** Marks the meeting seen now; its first-seen time and saved lock state, or null if nothing is kept. */
  open(
    meetingUUID: string,
    topic: string,
    at: number,
  ): Promise<{ startedAt: number; lockState: unknown } | null>;
  saveLock(meetingUUID: string, state: LockState): Promise<void>;
  saveStart(meetingUUID: string, startedAt: number): Promise<void>;
}

export interface LockControllerOptions {
  now?: () => number;
  /** Where Zoom's own notifications go (the warning, an automatic lock); null sends none. */
  client?: MeetingClient | null;
  tickEveryMs?: number;
  /** Where to hear that the panel is visible again; null for nowhere (default: document). */
  visibility?: Pick<
    Document,
    'addEventListener' | 'removeEventListener' | 'visibilityState'
  > | null;
  /** Where the lock state and the meeting's first-seen time are kept; null keeps nothing. */
  records?: LockRecords | null;
  /** Words for Zoom's own notifications (the controller runs outside React). */
  i18n?: Pick<I18n, 't'> | null;
  /** How long to wait for the saved state before the lock starts without it. */
  restoreTimeoutMs?: number;
  /** Called with storage errors (the lock keeps working in memory). */
  onStorageError?: (error: unknown) => void;
}

/** What makes the lock look again: the people, my role, the roll and its links, the connection. */
const lockInputs = (state: AppState) =>
  [
    state.roster.participants,
    // A departure after a send-back no look saw changes only the tombstones.
    state.roster.tombstones,
    state.me,
    state.waitingRoomEnabled,
    state.roll,
    state.rollDecisions,
    state.connection.status,
  ] as const;

/** The meeting the lock belongs to, once the panel is live (null before: nothing to restore yet). */
function liveMeeting(state: AppState): string | null {
  const status = state.connection.status;
  if (status !== 'ready' && status !== 'attendee') return null;
  // Without a meeting UUID (getMeeting failed) the lock still works; it just is not kept.
  return state.meetingInfo?.meetingUUID ?? '';
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
  const records = options.records ?? null;
  let disposed = false;
  let meetingUUID: string | null = null;
  let saving = false;
  let saveAgain = false;

  const runTick = () => {
    if (!disposed) store.getState().lockTick(now());
  };

  function notify(type: 'info' | 'warning', title: string, message: string): void {
    const client = options.client;
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
      const read = records && uuid ? records.open(uuid, topic, at) : Promise.resolve(null);
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
        if (!records || !uuid || !state.lockMeeting.restored) break;
        // With the roster's memory, which the lock's saved counts are counts of.
        await records.saveLock(uuid, lockStateToSave(state, now()));
      } while (saveAgain && !disposed);
    } catch (error) {
      options.onStorageError?.(error);
    } finally {
      saving = false;
    }
  }

  async function saveStart(uuid: string, startedAt: number): Promise<void> {
    try {
      await records?.saveStart(uuid, startedAt);
    } catch (error) {
      options.onStorageError?.(error);
    }
  }

  function watchMeeting(uuid: string | null): void {
    if (uuid === null || uuid === meetingUUID) return;
    meetingUUID = uuid;
    void restore(uuid, store.getState().meetingInfo?.topic ?? '');
  }

  function onLockChanged(
    [lock, meeting]: readonly [LockState, AppState['lockMeeting']],
    [prevLock, prevMeeting]: readonly [LockState, AppState['lockMeeting']],
  ): void {
    if (lock !== prevLock) {
      // A restored state is not news: reopening a locked panel must not say "locked" again.
      if (meeting === prevMeeting) announce(lock, prevLock);
      if (meeting.restored) void save();
    }
    if (
      meeting.restored &&
      meeting.meetingUUID &&
      meeting.startedAt !== null &&
      prevMeeting.restored &&
      meeting.meetingUUID === prevMeeting.meetingUUID &&
      meeting.startedAt !== prevMeeting.startedAt
    ) {
      void saveStart(meeting.meetingUUID, meeting.startedAt);
    }
  }

  // What this controller reacts to, in this order on each update.
  const unwatch = [
    watch(store, liveMeeting, (uuid) => !disposed && watchMeeting(uuid)),
    watch(
      store,
      (state) => [state.lock, state.lockMeeting] as const,
      (next, prev) => !disposed && onLockChanged(next, prev),
      sameItems,
    ),
    watch(store, lockInputs, runTick, sameItems),
  ];

  const onVisibilityChange = () => {
    // A hidden panel's timers are throttled: catch up (an overdue deadline locks at once).
    if (visibility?.visibilityState === 'visible') runTick();
  };
  const timer = setInterval(runTick, options.tickEveryMs ?? LOCK_TICK_MS);
  visibility?.addEventListener('visibilitychange', onVisibilityChange);
  watchMeeting(liveMeeting(store.getState()));

  return () => {
    disposed = true;
    for (const stop of unwatch) stop();
    clearInterval(timer);
    visibility?.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
