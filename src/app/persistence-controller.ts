import type { Actor, AttendanceEvent, SnapshotEntry } from '../domain/attendance';
import type { ManualDecision, RollEntry } from '../domain/matching';
import { MemoryStore } from '../persistence/memory-store';
import { openDoorkeeperStore } from '../persistence/open-store';
import type { StorageErrorKind } from '../persistence/errors';
import type { DoorkeeperStore } from '../persistence/types';
import type { AppState, AppStore } from '../store/app-store';
import type { HostActionKind } from '../store/actions-slice';
import { selectPeopleMoving } from '../store/meeting-slice';
import { selectMatchByUUID } from '../store/roll-selectors';
import type { StorageSlot } from '../store/services';
import { sameItems, watch } from '../store/watch';
import { BreakoutBridge } from './breakout-bridge';
import type { MeetingClient, MeetingEvent } from '../zoom/meeting-client';
import type { LockRecords } from './lock-controller';

/** How often the panel records that it is still running in the meeting (the start of any gap). */
export const HEARTBEAT_MS = 15_000;
/** An action finished this recently still explains the event it caused (Zoom's reply may come first). */
const ACTION_MEMORY_MS = 10_000;

export interface OpenedStorage {
  store: DoorkeeperStore;
  /** Why it is memory only (null while IndexedDB works). */
  problem: StorageErrorKind | null;
  purged: number;
}

export interface PersistenceControllerOptions {
  now?: () => number;
  /** Opens the storage; by default IndexedDB with the memory fallback and retention. */
  open?: (now: number, onFallback: (kind: StorageErrorKind) => void) => Promise<OpenedStorage>;
  heartbeatMs?: number;
  /** Where to hear that the panel is going away; null for nowhere (default: window). */
  lifecycle?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
}

export interface PersistenceController {
  /** The opened storage; never rejects. */
  storage: Promise<DoorkeeperStore | null>;
  /** The lock's part of the meeting record (its state, the meeting's start), for the lock controller. */
  lockRecords: LockRecords;
  /** Resolves once everything logged so far is written (tests, and before a deliberate reload). */
  flushed: () => Promise<void>;
  dispose: () => void;
}

const defaultOpen: NonNullable<PersistenceControllerOptions['open']> = async (now, onFallback) => {
  const { store, purged } = await openDoorkeeperStore({
    now,
    onFallback: (error) => onFallback(error.kind),
  });
  return { store, problem: store.status.error?.kind ?? null, purged };
};

/**
 * The lock's inputs in the meeting record, kept in `storage` once it opens (nothing when there is
 * none): this module owns the meeting record, and the lock reaches it only through these.
 */
export function lockRecordsOver(
  storage: Promise<DoorkeeperStore | null> | DoorkeeperStore | null,
): LockRecords {
  const opened = Promise.resolve(storage);
  return {
    open: async (meetingUUID, topic, at) => {
      const kept = await opened;
      return kept ? kept.touchMeeting(meetingUUID, topic, at) : null;
    },
    saveLock: async (meetingUUID, state) => {
      await (await opened)?.saveLockState(meetingUUID, state);
    },
    saveStart: async (meetingUUID, startedAt) => {
      await (await opened)?.correctMeetingStart(meetingUUID, startedAt);
    },
  };
}

/** The person an observed event is about. */
function subjectOf(event: MeetingEvent): string | null {
  if ('participant' in event) return event.participant.participantUUID;
  if (event.type === 'waitingRoomLeft') return event.participantUUID;
  return null;
}

/** Whether this panel or its lock has an action of this kind on this person under way or just done. */
function actorFor(
  state: AppState,
  uuid: string,
  kind: Extract<HostActionKind, 'admit' | 'putInWaitingRoom' | 'rename'>,
  now: number,
): Actor | undefined {
  for (let i = state.actionBatches.length - 1; i >= 0; i--) {
    const batch = state.actionBatches[i]!;
    if (batch.kind !== kind) continue;
    if (batch.finishedAt !== null && now - batch.finishedAt > ACTION_MEMORY_MS) continue;
    const item = batch.items.find((candidate) => candidate.target === uuid);
    if (item && (item.status === 'running' || item.status === 'done')) return 'panel';
  }
  if (kind !== 'rename' && state.lock.pending[uuid]?.action === kind) return 'lock';
  return undefined;
}

/** Whether `log` begins with every event of `prefix`, the very same objects (a pointer check each). */
function startsWith(log: readonly AttendanceEvent[], prefix: readonly AttendanceEvent[]): boolean {
  if (log.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i += 1) if (log[i] !== prefix[i]) return false;
  return true;
}

function sameEntries(a: readonly RollEntry[], b: readonly RollEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, i) => {
      const other = b[i]!;
      return (
        entry.id === other.id &&
        entry.name === other.name &&
        entry.email === other.email &&
        entry.group === other.group &&
        JSON.stringify(entry.extra ?? {}) === JSON.stringify(other.extra ?? {})
      );
    })
  );
}

function snapshotOf(state: AppState): SnapshotEntry[] {
  const matches = selectMatchByUUID(state);
  return [...state.roster.participants.values()].map((person) => {
    const match = matches.get(person.participantUUID);
    return {
      participantUUID: person.participantUUID,
      screenName: person.screenName,
      location: person.location,
      rollId: match && match.confidence !== 'none' ? match.rollId : null,
    };
  });
}

/**
 * Keeps Doorkeeper's data across panel loads, outside React, for the page's life: opens storage
 * (memory when it fails, which the banner shows) into the store's storage slot, logs attendance
 * from the meeting's events as they arrive, writes the log as it grows, restores a meeting's log,
 * roll and links on reload and reconstructs what happened while the panel was closed, saves rolls
 * and links, and records a heartbeat so the next gap is known. It owns the meeting's stored record
 * and hands the lock its part (`lockRecords`). Returns the storage promise and a disposer.
 */
export function startPersistence(
  client: MeetingClient,
  store: AppStore,
  slot: StorageSlot,
  options: PersistenceControllerOptions = {},
): PersistenceController {
  const now = options.now ?? Date.now;
  const lifecycle =
    options.lifecycle === undefined
      ? typeof window === 'undefined'
        ? null
        : window
      : options.lifecycle;
  const openedAt = now();
  const state = () => store.getState();
  let disposed = false;
  const persisted = new WeakSet<AttendanceEvent>();
  const savedDecisions = new WeakSet<ManualDecision>();
  const writes = new Set<Promise<unknown>>();
  let restoring: string | null = null;
  let records = new Map<string, ReturnType<DoorkeeperStore['getMeeting']>>();
  const bridge = new BreakoutBridge();

  const track = <T>(promise: Promise<T>): Promise<T | undefined> => {
    // Storage never rejects past its memory fallback; anything else is not worth stopping the panel for.
    const settled = promise.catch(() => undefined);
    writes.add(settled);
    void settled.finally(() => writes.delete(settled));
    return settled;
  };

  const storage: Promise<DoorkeeperStore | null> = (options.open ?? defaultOpen)(
    openedAt,
    (problem) => {
      if (!disposed) state().updatePersistence({ mode: 'memory', problem });
    },
  )
    // Whatever went wrong, the panel goes on in memory, exactly as with a refused IndexedDB.
    .catch((): OpenedStorage => ({ store: new MemoryStore(), problem: 'unknown', purged: 0 }))
    .then(async ({ store: opened, problem, purged }) => {
      if (disposed) return opened;
      slot.set(opened);
      onStorageOpened();
      state().updatePersistence({ mode: opened.mode, problem, purged });
      const settings = await opened.getSettings().catch(() => null);
      if (settings && !disposed) state().updatePersistence({ settings });
      await state()
        .refreshRollLibrary()
        .catch(() => {});
      if (!disposed) watchMeeting(state());
      return opened;
    });

  // ---- the log -------------------------------------------------------------------------------

  function onMeetingEvent(event: MeetingEvent): void {
    if (disposed) return;
    const uuid = subjectOf(event);
    if (uuid === null) return;
    const current = state();
    const at = now();
    const match = selectMatchByUUID(current).get(uuid);
    // The match is read before the roster drops a leaver, so a departure keeps its roll entry.
    const rollId = match && match.confidence !== 'none' ? match.rollId : null;
    let by: Actor | undefined;
    if (event.type === 'waitingRoomJoined' && event.cause === 'putFromMainMeeting')
      by = actorFor(current, uuid, 'putInWaitingRoom', at);
    if (event.type === 'participantJoined') by = actorFor(current, uuid, 'rename', at);
    if (bridgeBreakout(event, uuid, rollId, at)) return;
    // Our clock, not Zoom's: reconstructed events and snapshots are on it, and Zoom's whole-second
    // timestamps could put a departure before the pieced-together arrival it follows.
    current.logMeetingEvents([{ event: { ...event, at }, rollId, by }]);
    if (event.type === 'waitingRoomLeft') {
      const admittedBy = actorFor(current, uuid, 'admit', at);
      if (admittedBy)
        current.logAttendanceEvents([
          {
            kind: 'admit',
            at,
            participantUUID: uuid,
            screenName: event.screenName,
            rollId,
            by: admittedBy,
            reconstructed: false,
          },
        ]);
    }
  }

  /** Breakout moves (see BreakoutBridge); true when the event is held back rather than logged. */
  function bridgeBreakout(
    event: MeetingEvent,
    uuid: string,
    rollId: string | null,
    at: number,
  ): boolean {
    const current = state();
    if (event.type === 'participantLeft' && selectPeopleMoving(current, at)) {
      bridge.hold({
        participantUUID: uuid,
        screenName: event.participant.screenName,
        rollId,
        leftAt: at,
      });
      return true;
    }
    if (bridge.size === 0) return false;
    if (event.type === 'participantJoined') {
      const back = bridge.returning(uuid, event.participant.screenName, rollId);
      // A new id for the same person: the old one's stay ends now, where the new one's begins.
      if (back && back.participantUUID !== uuid) logHeldLeave(back, at);
    } else if (event.type === 'waitingRoomJoined') {
      // Sent to the waiting room, not to a room: that leave was real, and happened now.
      const held = bridge.take(uuid);
      if (held) logHeldLeave(held, at);
    }
    return false;
  }

  function logHeldLeave(
    entry: { participantUUID: string; screenName: string; rollId: string | null },
    at: number,
  ): void {
    state().logMeetingEvents([
      {
        event: {
          type: 'participantLeft',
          at,
          participant: {
            participantUUID: entry.participantUUID,
            screenName: entry.screenName,
          },
        },
        rollId: entry.rollId,
      },
    ]);
  }

  /** The moving is over: whoever did not come back left when they left the main session. */
  function settleBreakout(): void {
    if (disposed || bridge.size === 0 || selectPeopleMoving(state(), now())) return;
    for (const entry of bridge.flush()) logHeldLeave(entry, entry.leftAt);
  }

  // The log as persistLog last handled it. A live batch only extends it, so what follows is all
  // that needs a look: looking up every event of a long log per batch cost more than the batch.
  let handled: readonly AttendanceEvent[] = [];

  function persistLog(current: AppState): void {
    const { attendance } = current;
    const kept = slot.get();
    if (attendance.phase !== 'restored' || !attendance.meetingUUID || !kept) return;
    const { log } = attendance;
    const from = startsWith(log, handled) ? handled.length : 0;
    handled = log;
    const fresh: AttendanceEvent[] = [];
    for (let i = from; i < log.length; i += 1) {
      const event = log[i]!;
      // The store's erasure wrote its own "erasure" event, in the transaction that erased.
      if (!persisted.has(event) && event.kind !== 'erasure') fresh.push(event);
    }
    if (fresh.length === 0) return;
    for (const event of fresh) persisted.add(event);
    void track(kept.appendEvents(attendance.meetingUUID, fresh));
  }

  function readRecord(kept: DoorkeeperStore, uuid: string) {
    let record = records.get(uuid);
    if (!record) {
      // Read as soon as the meeting is known, before anything touches it: lastSeenAt is the gap's start.
      record = kept.getMeeting(uuid).catch(() => null);
      records.set(uuid, record);
    }
    return record;
  }

  /** What the roster and the log said at one consistent moment, for the restore to compare with. */
  interface Capture {
    uuid: string;
    topic: string;
    snapshot: SnapshotEntry[];
    seen: readonly AttendanceEvent[];
    at: number;
  }
  let capture: Capture | null = null;

  async function restore(kept: DoorkeeperStore, taken: Capture): Promise<void> {
    const { uuid, topic } = taken;
    restoring = uuid;
    try {
      const record = await readRecord(kept, uuid);
      if (record?.rollId && !state().roll) await state().useSavedRoll(record.rollId);
      const stored = await kept.loadEvents(uuid).catch(() => []);
      const touched = await kept.touchMeeting(uuid, topic, now());
      if (disposed || state().meetingInfo?.meetingUUID !== uuid) return;
      // "Forget this meeting" while this was reading: nothing of it is logged any more.
      if (state().attendance.phase === 'stopped') return;
      noteOccurrence(kept, uuid);
      for (const event of stored) persisted.add(event);
      // A lastSeenAt from this page's own life (another controller touched it first) is no gap start.
      const aliveAt = record && record.lastSeenAt < openedAt ? record.lastSeenAt : null;
      const current = state();
      current.restoreAttendance({
        meetingUUID: uuid,
        stored,
        meetingStart: record?.startedAt ?? touched.startedAt,
        aliveAt,
        snapshot: taken.snapshot,
        seen: taken.seen,
        now: taken.at,
      });
      // Damaged stored values were dropped while reading: the storage banner says how many.
      const dropped = kept.takeDropped().length;
      current.updatePersistence({
        meetingRecord: record ?? touched,
        ...(dropped > 0 ? { dropped: current.persistence.dropped + dropped } : {}),
      });
      const saved = current.persistence.savedRoll;
      if (saved && current.roll === saved.roll)
        void track(kept.markRollUsed(saved.id, topic, now(), uuid));
      void track(current.refreshRollLibrary());
    } finally {
      restoring = null;
      if (capture?.uuid === uuid) capture = null;
    }
  }

  /** "Meeting ID used before": this occurrence is noted under the meeting's ID, and the ID's history read. */
  function noteOccurrence(kept: DoorkeeperStore, uuid: string): void {
    const meetingID = state().meetingInfo?.meetingID;
    if (!meetingID) return;
    void track(
      kept.noteMeetingOccurrence(meetingID, uuid, now()).then((history) => {
        if (!disposed && state().meetingInfo?.meetingUUID === uuid)
          state().setMeetingHistory(history);
      }),
    );
  }

  function watchMeeting(current: AppState): void {
    const meeting = current.meetingInfo;
    if (!meeting?.meetingUUID) return;
    const kept = slot.get();
    if (kept) void readRecord(kept, meeting.meetingUUID);
    const { attendance } = current;
    const due =
      attendance.phase === 'collecting' ||
      (attendance.phase === 'restored' && attendance.meetingUUID !== meeting.meetingUUID);
    if (!due || current.connection.status !== 'ready') return;
    // Taken now, when the roster has just been reconciled with every event logged so far.
    if (capture?.uuid !== meeting.meetingUUID)
      capture = {
        uuid: meeting.meetingUUID,
        topic: meeting.topic,
        snapshot: snapshotOf(current),
        seen: attendance.log,
        at: now(),
      };
    if (kept && restoring === null) void track(restore(kept, capture));
  }

  // ---- rolls and links -----------------------------------------------------------------------

  async function saveRoll(kept: DoorkeeperStore): Promise<void> {
    const roll = state().roll;
    if (!roll || state().persistence.savedRoll?.roll === roll) return;
    // The same file imported again is the saved roll, links and all, not another copy of it.
    const same = (await kept.listRolls()).find(
      (saved) => saved.name === roll.name && sameEntries(saved.entries, roll.entries),
    );
    if (disposed || state().roll !== roll) return;
    if (same && state().rollDecisions.length === 0) {
      await state().useSavedRoll(same.id);
      return;
    }
    const saved = await kept.saveRoll({ name: roll.name, entries: roll.entries }, now());
    if (disposed || state().roll !== roll) return;
    state().updatePersistence({ savedRoll: { roll, id: saved.id } });
    state().adoptRollOpeningMessage(saved.id, null);
    const meeting = state().meetingInfo;
    if (meeting) await kept.markRollUsed(saved.id, meeting.topic, now(), meeting.meetingUUID);
    await saveDecisions(kept);
    await state().refreshRollLibrary();
  }

  async function saveDecisions(kept: DoorkeeperStore): Promise<void> {
    const current = state();
    const saved = current.persistence.savedRoll;
    if (!saved || saved.roll !== current.roll) return;
    const fresh = current.rollDecisions.filter((decision) => !savedDecisions.has(decision));
    for (const decision of fresh) savedDecisions.add(decision);
    await Promise.all(fresh.map((decision) => kept.saveDecision(saved.id, decision, now())));
  }

  function onRollChanged(): void {
    // After the action that changed it: a roll loaded from the library is mapped to its id by then.
    queueMicrotask(() => {
      const current = state();
      const kept = slot.get();
      if (disposed || !kept || !current.roll) return;
      const saved = current.persistence.savedRoll;
      if (saved?.roll === current.roll) {
        for (const decision of current.rollDecisions) savedDecisions.add(decision);
        return;
      }
      void track(saveRoll(kept));
    });
  }

  // ---- lock and heartbeat ------------------------------------------------------------------------

  function onLockChanged(next: AppState['lock'], prev: AppState['lock']): void {
    if (next.locked && !prev.locked)
      // At the lock's own time: a lock restored after a reload is the same event, and is dropped as one.
      state().logAttendanceEvents([
        { kind: 'lock', at: next.locked.since, reason: next.locked.reason, reconstructed: false },
      ]);
    else if (!next.locked && prev.locked)
      state().logAttendanceEvents([{ kind: 'unlock', at: now(), reconstructed: false }]);
  }

  function heartbeat(): void {
    settleBreakout();
    const { attendance, meetingInfo } = state();
    const kept = slot.get();
    if (disposed || !kept || attendance.phase !== 'restored' || !attendance.meetingUUID) return;
    void track(kept.touchMeeting(attendance.meetingUUID, meetingInfo?.topic ?? '', now()));
  }

  /** The storage just opened: what happened before it is written now. */
  function onStorageOpened(): void {
    if (disposed) return;
    watchMeeting(state());
    persistLog(state());
    onRollChanged();
  }

  // What this controller reacts to, in this order on each update.
  const watches = [
    // The meeting, the connection and the log decide when a restore is due; a restore that failed
    // is tried again on the next of these changes (the roster changes often enough).
    watch(
      store,
      (current) =>
        [
          current.meetingInfo,
          current.connection.status,
          current.attendance,
          current.roster.participants,
        ] as const,
      () => {
        if (!disposed) watchMeeting(state());
      },
      sameItems,
    ),
    watch(
      store,
      (current) => current.attendance.log,
      () => {
        if (!disposed) persistLog(state());
      },
    ),
    watch(
      store,
      (current) => current.attendance.phase,
      (phase) => {
        if (disposed || phase !== 'stopped') return;
        records = new Map();
        capture = null;
      },
    ),
    watch(
      store,
      (current) => [current.roll, current.rollDecisions] as const,
      ([roll], [prevRoll]) => {
        if (disposed) return;
        const kept = slot.get();
        if (roll !== prevRoll) onRollChanged();
        else if (kept) void track(saveDecisions(kept));
      },
      sameItems,
    ),
    watch(
      store,
      (current) => current.lock,
      (next, prev) => {
        if (!disposed && next.locked !== prev.locked) onLockChanged(next, prev);
      },
    ),
    watch(
      store,
      (current) => current.erasure,
      (erasure) => {
        if (!disposed && erasure?.status === 'done')
          bridge.forget(new Set(erasure.participantUUIDs));
      },
    ),
    // Breakout rooms closed (or I came back): leaves still held are due once the moving ends.
    watch(
      store,
      (current) => current.breakout,
      () => settleBreakout(),
    ),
  ];

  const onHide = () => heartbeat();
  const unsubscribeClient = client.subscribe(onMeetingEvent);
  const unsubscribeStore = () => {
    for (const unwatch of watches) unwatch();
  };
  const timer = setInterval(heartbeat, options.heartbeatMs ?? HEARTBEAT_MS);
  lifecycle?.addEventListener('pagehide', onHide);

  return {
    storage,
    lockRecords: lockRecordsOver(storage),
    flushed: async () => {
      await storage;
      while (writes.size > 0) await Promise.all([...writes]);
    },
    dispose: () => {
      disposed = true;
      unsubscribeClient();
      unsubscribeStore();
      clearInterval(timer);
      lifecycle?.removeEventListener('pagehide', onHide);
    },
  };
}
