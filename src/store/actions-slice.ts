import { isStaff } from '../domain/roles';
import { isMeetingError } from '../zoom/errors';
import type { MeetingErrorKind } from '../zoom/errors';
import type { MeetingClient } from '../zoom/meeting-client';
import type { SliceCreator } from './app-store';
import type { LockSlice } from './lock-slice';
import type { MeetingSlice } from './meeting-slice';
import type { AppServices } from './services';

/** One host action on one person (or on the meeting's waiting-room switch). */
export type HostAction =
  | { kind: 'admit'; participantUUID: string }
  | { kind: 'putInWaitingRoom'; participantUUID: string }
  | { kind: 'rename'; participantUUID: string; screenName: string }
  | { kind: 'remove'; participantUUID: string }
  | { kind: 'setWaitingRoom'; enabled: boolean };

export type HostActionKind = HostAction['kind'];

/**
 * Why an action did not happen: Zoom's reason, or the store's own refusal.
 * - protected: hosts, co-hosts and I are never sent to the waiting room or removed
 * - already-admitted: Zoom said "not in the waiting room" and they are in the meeting
 * - no-client: the panel is not connected to Zoom
 * - empty-name: a rename to nothing
 * - locked: the waiting room cannot be turned off while the lock holds
 * - waiting-room-refused: Zoom refused a rename or removal of someone waiting (the typings
 *   describe both for the meeting only)
 */
export type ActionProblemKind =
  | MeetingErrorKind
  | 'protected'
  | 'already-admitted'
  | 'no-client'
  | 'empty-name'
  | 'locked'
  | 'cancelled'
  | 'waiting-room-refused';

export interface ActionProblem {
  kind: ActionProblemKind;
  /** Zoom's or the adapter's own words, for the log; the UI shows a sentence for `kind`. */
  detail: string;
}

export type ActionItemStatus = 'queued' | 'running' | 'done' | 'failed' | 'refused';

export interface ActionItem {
  id: number;
  batchId: number;
  action: HostAction;
  /** The participant UUID, or WAITING_ROOM_TARGET. */
  target: string;
  /** Their name when the action was asked for (it may change, or they may leave). */
  screenName: string;
  status: ActionItemStatus;
  /** Calls made so far (a time-out is retried once). */
  attempts: number;
  problem: ActionProblem | null;
}

/** What one click asked for: one kind of action on one or many people. */
export interface ActionBatch {
  id: number;
  kind: HostActionKind;
  /** For setWaitingRoom: the state asked for. */
  enabled?: boolean;
  items: readonly ActionItem[];
  startedAt: number;
  /** Null while any item is queued or running. */
  finishedAt: number | null;
}

export interface ActionsSlice {
  /** Recent batches, oldest first (at most MAX_BATCHES). */
  actionBatches: readonly ActionBatch[];
  /** Admits people from the waiting room. Returns the batch id, or null when nothing was queued. */
  admit: (participantUUIDs: readonly string[]) => number | null;
  putInWaitingRoom: (participantUUIDs: readonly string[]) => number | null;
  rename: (
    renames: ReadonlyArray<{ participantUUID: string; screenName: string }>,
  ) => number | null;
  remove: (participantUUID: string) => number | null;
  setWaitingRoom: (enabled: boolean) => number | null;
  /** Any list of actions of one kind (the named actions above call this). */
  submitActions: (actions: readonly HostAction[]) => number | null;
  dismissActionBatch: (batchId: number) => void;
  /**
   * The host gives up waiting on Zoom: what was not sent yet is withdrawn (refused, "cancelled"),
   * and a call that times out is not tried again. A call already sent cannot be taken back: its
   * answer, when it comes, is still reported.
   */
  cancelActionBatch: (batchId: number) => void;
}

export const WAITING_ROOM_TARGET = '#waitingRoom';
export const MAX_BATCHES = 20;
/** The first call and one retry after a time-out. */
export const MAX_ATTEMPTS = 2;

function targetOf(action: HostAction): string {
  return action.kind === 'setWaitingRoom' ? WAITING_ROOM_TARGET : action.participantUUID;
}

function call(client: MeetingClient, action: HostAction): Promise<void> {
  switch (action.kind) {
    case 'admit':
      return client.admit(action.participantUUID);
    case 'putInWaitingRoom':
      return client.putInWaitingRoom(action.participantUUID);
    case 'rename':
      return client.rename(action.participantUUID, action.screenName);
    case 'remove':
      return client.remove(action.participantUUID);
    case 'setWaitingRoom':
      return client.setWaitingRoomState(action.enabled);
  }
}

/** A refusal decided before any call, or null to go ahead. */
function refusal(
  state: MeetingSlice & Pick<LockSlice, 'lock'>,
  action: HostAction,
): ActionProblem | null {
  if (action.kind === 'putInWaitingRoom' || action.kind === 'remove') {
    const person = state.roster.participants.get(action.participantUUID);
    const isMe = action.participantUUID === state.me?.participantUUID;
    if (isMe || (person !== undefined && isStaff(person.role)))
      return { kind: 'protected', detail: 'hosts and co-hosts stay in the meeting' };
  }
  if (action.kind === 'rename' && action.screenName.trim() === '')
    return { kind: 'empty-name', detail: 'a name cannot be empty' };
  if (action.kind === 'setWaitingRoom' && !action.enabled && state.lock.locked)
    return { kind: 'locked', detail: 'the lock needs the waiting room' };
  return null;
}

/** Errors that mean the goal was already reached. */
function alreadyDone(action: HostAction, kind: MeetingErrorKind): boolean {
  return (
    (action.kind === 'putInWaitingRoom' && kind === 'already-in-waiting-room') ||
    (action.kind === 'setWaitingRoom' && kind === 'already-in-that-state')
  );
}

/** Host actions; they tell the lock whom the panel admits or sends out, and read the roster. */
export const createActionsSlice =
  ({ client, limiter, clock }: AppServices): SliceCreator<ActionsSlice, MeetingSlice & LockSlice> =>
  (set, get) => {
    let nextBatchId = 1;
    let nextItemId = 1;
    // Targets with an action queued or running: a second click on them is ignored.
    const busy = new Set<string>();

    function updateItem(batchId: number, itemId: number, patch: Partial<ActionItem>): void {
      set((state) => ({
        actionBatches: state.actionBatches.map((batch) => {
          if (batch.id !== batchId) return batch;
          const items = batch.items.map((item) =>
            item.id === itemId ? { ...item, ...patch } : item,
          );
          const open = items.some((item) => item.status === 'queued' || item.status === 'running');
          return { ...batch, items, finishedAt: open ? null : clock() };
        }),
      }));
    }

    const cancelled = new Set<number>();

    function finish(item: ActionItem, patch: Partial<ActionItem>): void {
      busy.delete(item.target);
      updateItem(item.batchId, item.id, patch);
    }

    function onFailure(item: ActionItem, attempts: number, error: unknown): void {
      const kind: MeetingErrorKind = isMeetingError(error) ? error.kind : 'unknown';
      const detail = error instanceof Error ? error.message : String(error);
      const { action } = item;
      if (kind === 'timeout' && attempts < MAX_ATTEMPTS && !cancelled.has(item.batchId)) {
        updateItem(item.batchId, item.id, { status: 'queued', attempts });
        send(item, attempts);
        return;
      }
      if (alreadyDone(action, kind)) {
        finish(item, { status: 'done', attempts, problem: null });
        return;
      }
      let problemKind: ActionProblemKind = kind;
      if (action.kind === 'admit') {
        const now = get().roster.participants.get(action.participantUUID);
        if (kind === 'not-in-waiting-room' && now?.location === 'meeting')
          problemKind = 'already-admitted';
        // The admit did not happen: the lock must not count them as let in by this panel.
        if (now?.location !== 'meeting') get().lockAdmitFailed(action.participantUUID);
      }
      if (
        (action.kind === 'rename' || action.kind === 'remove') &&
        kind !== 'timeout' &&
        get().roster.participants.get(action.participantUUID)?.location === 'waitingRoom'
      )
        problemKind = 'waiting-room-refused';
      finish(item, { status: 'failed', attempts, problem: { kind: problemKind, detail } });
    }

    function send(item: ActionItem, attemptsSoFar: number): void {
      const { action } = item;
      const attempts = attemptsSoFar + 1;
      void limiter
        .run(async (): Promise<'sent' | 'no-client' | 'cancelled'> => {
          // Withdrawn while it waited for its turn: never sent.
          if (cancelled.has(item.batchId)) return 'cancelled';
          updateItem(item.batchId, item.id, { status: 'running', attempts });
          if (!client) return 'no-client';
          // Zoom may report them in the meeting before the admit resolves: tell the lock first.
          if (action.kind === 'admit') get().lockAllow(action.participantUUID);
          // A host's send-back or removal: kept by UUID and roll entry, never auto-admitted again.
          if (action.kind === 'putInWaitingRoom' || action.kind === 'remove')
            get().lockDisallow(
              action.participantUUID,
              action.kind === 'remove' ? 'remove' : 'sendBack',
            );
          await call(client, action);
          return 'sent';
        })
        .then(
          (outcome) => {
            if (outcome === 'cancelled') return;
            if (outcome === 'no-client') {
              finish(item, {
                status: 'failed',
                attempts: attemptsSoFar,
                problem: { kind: 'no-client', detail: 'not connected to Zoom' },
              });
              return;
            }
            if (action.kind === 'setWaitingRoom') get().setWaitingRoomEnabled(action.enabled);
            finish(item, { status: 'done', attempts, problem: null });
          },
          (error: unknown) => onFailure(item, attempts, error),
        );
    }

    function submitActions(actions: readonly HostAction[]): number | null {
      const first = actions[0];
      if (!first) return null;
      const state = get();
      const batchId = nextBatchId++;
      const items: ActionItem[] = [];
      const seen = new Set<string>();
      for (const action of actions) {
        const target = targetOf(action);
        // A second click while the first is pending, or the same person twice in one bulk action.
        if (busy.has(target) || seen.has(target) || action.kind !== first.kind) continue;
        seen.add(target);
        const problem = refusal(state, action);
        const screenName =
          action.kind === 'setWaitingRoom'
            ? ''
            : (state.roster.participants.get(action.participantUUID)?.screenName ?? '');
        items.push({
          id: nextItemId++,
          batchId,
          action,
          target,
          screenName,
          status: problem ? 'refused' : 'queued',
          attempts: 0,
          problem,
        });
      }
      if (items.length === 0) return null;
      const open = items.some((item) => item.status === 'queued');
      const batch: ActionBatch = {
        id: batchId,
        kind: first.kind,
        ...(first.kind === 'setWaitingRoom' ? { enabled: first.enabled } : {}),
        items,
        startedAt: clock(),
        finishedAt: open ? null : clock(),
      };
      set((current) => {
        const batches = [...current.actionBatches, batch];
        // Forget the oldest finished batches; one still running is never dropped.
        while (batches.length > MAX_BATCHES) {
          const index = batches.findIndex((old) => old.finishedAt !== null);
          if (index < 0) break;
          batches.splice(index, 1);
        }
        return { actionBatches: batches };
      });
      for (const item of items) {
        if (item.status !== 'queued') continue;
        busy.add(item.target);
        send(item, 0);
      }
      return batchId;
    }

    return {
      actionBatches: [],
      submitActions,
      admit: (uuids) =>
        submitActions(uuids.map((participantUUID) => ({ kind: 'admit', participantUUID }))),
      putInWaitingRoom: (uuids) =>
        submitActions(
          uuids.map((participantUUID) => ({ kind: 'putInWaitingRoom', participantUUID })),
        ),
      rename: (renames) =>
        submitActions(
          renames.map(({ participantUUID, screenName }) => ({
            kind: 'rename',
            participantUUID,
            screenName: screenName.trim(),
          })),
        ),
      remove: (participantUUID) => submitActions([{ kind: 'remove', participantUUID }]),
      setWaitingRoom: (enabled) => submitActions([{ kind: 'setWaitingRoom', enabled }]),
      cancelActionBatch: (batchId) => {
        cancelled.add(batchId);
        const batch = get().actionBatches.find((b) => b.id === batchId);
        for (const item of batch?.items ?? []) {
          if (item.status !== 'queued') continue;
          if (item.action.kind === 'admit') get().lockDisallow(item.action.participantUUID);
          finish(item, {
            status: 'refused',
            problem: { kind: 'cancelled', detail: 'withdrawn: Zoom was not answering' },
          });
        }
      },
      dismissActionBatch: (batchId) =>
        set((state) => ({
          actionBatches: state.actionBatches.filter(
            (batch) => batch.id !== batchId || batch.finishedAt === null,
          ),
        })),
    };
  };
