import type { ReceivedRosterEvent } from '../domain/meeting/types';
import type { AppStore } from '../store/app-store';
import type { ConnectionProblem } from '../store/connection-slice';
import { canUseHostApis } from '../store/selectors';
import { watch } from '../store/watch';
import { MeetingError, isMeetingError } from '../zoom/errors';
import type { MeetingClient, MeetingEvent, Participant, UserContext } from '../zoom/meeting-client';
import { createEventBatcher, nextFrame } from './event-batcher';
import type { FlushScheduler } from './event-batcher';

export const REFRESH_EVERY_MS = 30_000;
export const SETTLE_MS = 1_000;
export const SETTLE_MAX_MS = 5_000;

export interface BootstrapOptions {
  now?: () => number;
  /** A snapshot this often, whatever happens (events can be lost without a trace). */
  refreshEveryMs?: number;
  /** Quiet time after a burst of events before a snapshot confirms it. */
  settleMs?: number;
  /** The longest a steady stream of events may postpone that snapshot. */
  settleMaxMs?: number;
  scheduleFlush?: FlushScheduler;
  /** Where to hear that the panel is visible again; null for nowhere (default: document). */
  visibility?: Pick<
    Document,
    'addEventListener' | 'removeEventListener' | 'visibilityState'
  > | null;
}

interface WaitingRoomRead {
  list: Participant[] | null;
  problem: ConnectionProblem | null;
}

/**
 * Wires a meeting client to the store, once, outside React (the store was made over the same
 * client, for its host actions): starts the client, loads the meeting,
 * feeds events to the store in one batch per frame, and reconciles with snapshots on start, after
 * bursts, periodically, on a role regained, when the panel becomes visible again, and when the
 * host asks to reconnect.
 * Returns a disposer (it unsubscribes and stops timers; the client's own disposal is the caller's).
 */
export function bootstrap(
  client: MeetingClient,
  store: AppStore,
  options: BootstrapOptions = {},
): () => void {
  const now = options.now ?? Date.now;
  const settleMs = options.settleMs ?? SETTLE_MS;
  const settleMaxMs = options.settleMaxMs ?? SETTLE_MAX_MS;
  const visibility =
    options.visibility === undefined
      ? typeof document === 'undefined'
        ? null
        : document
      : options.visibility;
  const actions = () => store.getState();
  const status = () => store.getState().connection.status;

  let disposed = false;
  // Bumped by every (re)load and role drop: answers that arrive for an older session are dropped.
  let session = 0;
  let refreshing = false;
  let refreshAgain = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let burstStartedAt: number | null = null;

  const batcher = createEventBatcher<ReceivedRosterEvent>(
    (batch) => actions().applyRosterEvents(batch),
    options.scheduleFlush ?? nextFrame,
  );

  function onEvent(event: MeetingEvent): void {
    if (disposed) return;
    switch (event.type) {
      case 'participantJoined':
      case 'participantLeft':
      case 'waitingRoomJoined':
      case 'waitingRoomLeft':
        batcher.push({ event, receivedAt: now() });
        settleSoon();
        break;
      case 'waitingRoomStateChanged':
        actions().setWaitingRoomEnabled(event.enabled);
        break;
      case 'myContextChanged':
        onMyContext(event.user);
        break;
      case 'runningContextChanged':
        requestRefresh();
        break;
      case 'authorized':
        void actions().receiveAuthorization(event.code, event.state);
        break;
      case 'participantEmail':
        // Judged at once; the address goes no further than this call.
        actions().receiveEmailAnswer(
          event.participantUUID,
          event.email !== null
            ? { kind: 'email', email: event.email }
            : { kind: 'error', errorMessage: event.errorMessage ?? '' },
        );
        break;
      case 'breakoutChanged':
        onBreakoutChanged(event.change, event.roomUUID);
        break;
      case 'apiDenied':
        actions().noteDeniedApi(event.api);
        break;
      case 'apiAllowed':
        actions().noteAllowedApi(event.api);
        break;
    }
  }

  /**
   * Zoom's breakout-rooms guide: the app is not reloaded when I move, and must re-read the meeting
   * context and its participants. What the event itself says is applied at once (rooms opened or
   * closed), so people coming back meet a lock that already knows they are moving.
   */
  function onBreakoutChanged(
    change: 'joinedRoom' | 'leftRoom' | 'roomsOpened' | 'roomsClosed' | 'changed',
    roomUUID: string | undefined,
  ): void {
    if (change === 'joinedRoom' && roomUUID)
      actions().setBreakout({ roomUUID, roomName: null, roomsOpen: true }, now());
    if (change === 'roomsOpened') actions().setBreakout({ roomsOpen: true }, now());
    if (change === 'roomsClosed')
      actions().setBreakout({ roomsOpen: false, roomUUID: null }, now());
    if (change === 'leftRoom') actions().setBreakout({ roomUUID: null }, now());
    // A move gives me a new participant id too (the guide): who "me" is must follow.
    const run = session;
    if (change === 'joinedRoom' || change === 'leftRoom')
      client.getUserContext().then(
        (me) => {
          if (run === session && !disposed) actions().setMe(me);
        },
        // The next snapshot's permission check catches a real problem.
        () => {},
      );
    requestRefresh();
  }

  async function connect(): Promise<void> {
    const run = ++session;
    actions().updateConnection({ status: 'loading', problem: null, refreshProblem: null });
    try {
      const clientInfo = await client.start();
      if (run !== session) return;
      actions().updateConnection({ clientInfo });
      await loadMeeting(run);
    } catch (error) {
      if (run === session) fail(error);
    }
  }

  async function reload(): Promise<void> {
    const run = ++session;
    actions().updateConnection({ status: 'loading', problem: null, refreshProblem: null });
    try {
      await loadMeeting(run);
    } catch (error) {
      if (run === session) fail(error);
    }
  }

  async function loadMeeting(run: number): Promise<void> {
    // The roster works without the topic and meeting UUID; features that need them check for null.
    // Asked alongside my role, but the roster's calls do not wait for the answer.
    const meetingInfo = client.getMeeting().catch(() => null);
    const me = await client.getUserContext();
    if (run !== session) return;
    actions().setMe(me);
    if (!canUseHostApis(me.role)) {
      // An attendee is refused the roster's calls: none is made.
      const info = await meetingInfo;
      if (run !== session) return;
      actions().setMeetingInfo(info);
      actions().updateConnection({ status: 'attendee', problem: null });
      return;
    }
    // A host or co-host: the snapshot starts at once. The meeting is known before the panel is
    // ready, as the lock and the attendance log key their state by it.
    const known = meetingInfo.then((info) => {
      if (run === session) actions().setMeetingInfo(info);
    });
    await Promise.all([known, takeSnapshot(run)]);
    if (run !== session) return;
    actions().updateConnection({ status: 'ready', problem: null });
  }

  async function takeSnapshot(run: number): Promise<void> {
    const takenAt = now();
    const guest = store.getState().connection.clientInfo?.guest === true;
    // In a breakout room the waiting-room calls only earn 10236: not asked while we know we are in one.
    const inRoomBefore = store.getState().breakout.roomUUID !== null;
    const [breakout, meeting, waiting, enabled] = await Promise.all([
      client.getBreakout(),
      // A guest co-host is refused the participant list: the panel says so instead of failing.
      guest
        ? client.getParticipants().catch((error: unknown) => {
            if (toProblem(error).kind === 'permission') return null;
            throw error;
          })
        : client.getParticipants(),
      (inRoomBefore
        ? Promise.reject(new MeetingError('in-breakout-room', 'getWaitingRoomParticipants', ''))
        : client.getWaitingRoomParticipants()
      ).then(
        (list): WaitingRoomRead => ({ list, problem: null }),
        (error: unknown): WaitingRoomRead => {
          const problem = toProblem(error);
          // A meeting without a waiting room (or a client without the API) simply has nobody waiting.
          const none =
            problem.kind === 'waiting-room-unavailable' || problem.kind === 'unsupported';
          if (none) return { list: [], problem: null };
          // In a breakout room the waiting room belongs to the main session: leave it as it was.
          if (problem.kind === 'in-breakout-room') return { list: null, problem: null };
          return { list: null, problem };
        },
      ),
      inRoomBefore ? null : client.getWaitingRoomState().catch(() => null),
    ]);
    if (run !== session || disposed) return;
    actions().setBreakout(breakout, now());
    // Queued events reached us before this point: apply them first so the snapshot is weighed against them.
    batcher.flush();
    const inRoom = breakout.roomUUID !== null;
    actions().reconcileRoster({ takenAt, meeting, waitingRoom: inRoom ? null : waiting.list });
    if (enabled !== null && !inRoom) actions().setWaitingRoomEnabled(enabled);
    actions().updateConnection({ refreshProblem: waiting.problem });
  }

  function requestRefresh(): void {
    if (disposed || status() !== 'ready') return;
    if (refreshing) {
      refreshAgain = true;
      return;
    }
    refreshing = true;
    const run = session;
    takeSnapshot(run)
      .catch((error: unknown) => onRefreshFailed(run, error))
      .finally(() => {
        refreshing = false;
        if (refreshAgain) {
          refreshAgain = false;
          requestRefresh();
        }
      });
  }

  function onRefreshFailed(run: number, error: unknown): void {
    if (run !== session || disposed) return;
    const problem = toProblem(error);
    // Keep showing the roster; the next refresh may well work.
    actions().updateConnection({ refreshProblem: problem });
    // Refused while we think we are a host: our role has probably just dropped.
    if (problem.kind === 'permission') {
      client.getUserContext().then(
        (me) => {
          if (run === session) onMyContext(me);
        },
        // Nothing to add: the refresh problem is already shown, and the next refresh tries again.
        () => {},
      );
    }
  }

  function onMyContext(user: UserContext): void {
    actions().setMe(user);
    // A new role means a new config: what was refused before may be allowed now.
    actions().clearDeniedApis();
    const current = status();
    if (current === 'not-in-zoom') return;
    if (!canUseHostApis(user.role)) {
      session++;
      actions().updateConnection({ status: 'attendee', problem: null, refreshProblem: null });
    } else if (current === 'ready') {
      // Host ↔ co-host: Zoom may have given me, and others, new UUIDs.
      requestRefresh();
    } else if (current === 'attendee' || current === 'error') {
      void reload();
    }
  }

  function settleSoon(): void {
    const at = now();
    burstStartedAt ??= at;
    clearTimeout(settleTimer);
    const wait = Math.max(0, Math.min(settleMs, burstStartedAt + settleMaxMs - at));
    settleTimer = setTimeout(() => {
      settleTimer = undefined;
      burstStartedAt = null;
      requestRefresh();
    }, wait);
  }

  function fail(error: unknown): void {
    const problem = toProblem(error);
    actions().updateConnection({
      status: problem.kind === 'not-in-zoom' ? 'not-in-zoom' : 'error',
      problem,
    });
  }

  const onVisibilityChange = () => {
    if (visibility?.visibilityState === 'visible') requestRefresh();
  };

  const unsubscribe = client.subscribe(onEvent);
  const periodic = setInterval(requestRefresh, options.refreshEveryMs ?? REFRESH_EVERY_MS);
  visibility?.addEventListener('visibilitychange', onVisibilityChange);
  const unwatchReconnect = watch(
    store,
    (state) => state.connection.reconnectRequests,
    () => void connect(),
  );
  void connect();

  return () => {
    disposed = true;
    session++;
    unsubscribe();
    batcher.dispose();
    clearTimeout(settleTimer);
    clearInterval(periodic);
    visibility?.removeEventListener('visibilitychange', onVisibilityChange);
    unwatchReconnect();
  };
}

function toProblem(error: unknown): ConnectionProblem {
  if (isMeetingError(error)) return { kind: error.kind, message: error.message };
  return { kind: 'unknown', message: error instanceof Error ? error.message : String(error) };
}
