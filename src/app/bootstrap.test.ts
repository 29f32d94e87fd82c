import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeMeetingClient } from '../../test/helpers/fake-meeting-client';
import type { FakeMeetingClient } from '../../test/helpers/fake-meeting-client';
import { createAppStore } from '../store/app-store';
import type { AppStore } from '../store/app-store';
import { MeetingError } from '../zoom/errors';
import { bootstrap } from './bootstrap';
import type { BootstrapOptions } from './bootstrap';
import type { FlushScheduler } from './event-batcher';

// Flush on the next macrotask, so a synchronous burst of events is one batch (like one frame).
const nextTask: FlushScheduler = (flush) => {
  const timer = setTimeout(flush, 0);
  return () => clearTimeout(timer);
};

let store: AppStore;
let client: FakeMeetingClient;
let dispose: () => void;

function start(fake = createFakeMeetingClient(), options: BootstrapOptions = {}) {
  client = fake;
  store = createAppStore({ client });
  dispose = bootstrap(client, store, { scheduleFlush: nextTask, visibility: null, ...options });
}

const settle = () => vi.advanceTimersByTimeAsync(0);
const status = () => store.getState().connection.status;
const counts = () => store.getState().roster.counts;
const snapshots = () => client.calls.filter((call) => call.api === 'getParticipants').length;

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  dispose();
  vi.useRealTimers();
});

describe('bootstrap', () => {
  it('starts the client, loads me, the meeting and a snapshot, then is ready', async () => {
    start(
      createFakeMeetingClient({
        waitingRoom: [{ participantUUID: 'w', screenName: 'Wu', role: 'attendee' }],
      }),
    );
    expect(status()).toBe('loading');
    await settle();
    expect(status()).toBe('ready');
    expect(store.getState().me?.role).toBe('host');
    expect(store.getState().meetingInfo?.topic).toBe('Thursday group');
    expect(store.getState().waitingRoomEnabled).toBe(true);
    expect(counts()).toEqual({ meeting: 1, waitingRoom: 1 });
    expect(client.calls[0]?.api).toBe('start');
  });

  it('asks for the roster only once Zoom says I am a host, without waiting for the meeting', async () => {
    const fake = createFakeMeetingClient();
    const releaseMe = fake.hold('getUserContext');
    const releaseMeeting = fake.hold('getMeeting');
    start(fake);
    await settle();
    const asked = () => client.calls.map((call) => call.api);
    // Nothing of the roster's before my role is known: an attendee's calls would be refused.
    expect([...asked()].sort()).toEqual(['getMeeting', 'getUserContext', 'start']);
    releaseMe();
    await settle();
    // The snapshot is under way while the meeting's details are still out.
    expect(asked()).toContain('getParticipants');
    expect(asked()).toContain('getWaitingRoomParticipants');
    expect(counts()).toEqual({ meeting: 1, waitingRoom: 0 });
    // Not ready before the meeting is known: the lock and the log keep their state by it.
    expect(status()).toBe('loading');
    expect(store.getState().meetingInfo).toBeNull();
    releaseMeeting();
    await settle();
    expect(status()).toBe('ready');
    expect(store.getState().meetingInfo?.topic).toBe('Thursday group');
  });

  it('makes no host call for an attendee, even when the meeting answers last', async () => {
    const fake = createFakeMeetingClient({
      me: { participantUUID: 'me', screenName: 'Ana Attendee', role: 'attendee' },
    });
    const releaseMeeting = fake.hold('getMeeting');
    start(fake);
    await settle();
    expect(status()).toBe('loading');
    releaseMeeting();
    await settle();
    expect(status()).toBe('attendee');
    expect(store.getState().meetingInfo?.topic).toBe('Thursday group');
    const hostCalls = ['getParticipants', 'getWaitingRoomParticipants', 'getWaitingRoomState'];
    expect(client.calls.filter((call) => hostCalls.includes(call.api))).toEqual([]);
    expect(client.calls.filter((call) => call.api === 'getBreakout')).toEqual([]);
  });

  it('ready waits for a meeting that fails, then goes on without it', async () => {
    const fake = createFakeMeetingClient();
    fake.failNext('getMeeting', new MeetingError('timeout', 'getMeetingContext', 'no answer'));
    start(fake);
    await settle();
    expect(status()).toBe('ready');
    expect(store.getState().meetingInfo).toBeNull();
    expect(counts().meeting).toBe(1);
  });

  it('turns a burst of 500 joins into a single store update', async () => {
    start();
    await settle();
    const updates = vi.fn();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.roster !== previous.roster) updates();
    });
    for (let i = 0; i < 500; i += 1) client.join(`Person ${i}`);
    expect(counts().meeting).toBe(1);
    await settle();
    expect(counts().meeting).toBe(501);
    expect(updates).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it('confirms a burst with one snapshot once it settles, however long it lasts', async () => {
    start(createFakeMeetingClient(), { settleMs: 1_000, settleMaxMs: 5_000 });
    await settle();
    expect(snapshots()).toBe(1);
    for (let i = 0; i < 12; i += 1) {
      client.join(`Person ${i}`);
      await vi.advanceTimersByTimeAsync(500);
    }
    // Joins half a second apart never go quiet for a second: the cap forces a snapshot at 5 s.
    expect(snapshots()).toBe(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(snapshots()).toBe(3);
  });

  it('heals a leave Zoom never reported at the next periodic snapshot', async () => {
    start(createFakeMeetingClient(), { refreshEveryMs: 30_000 });
    await settle();
    client.join('Ann Lee', { uuid: 'a' });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(counts().meeting).toBe(2);
    client.state.participants = client.state.participants.filter((p) => p.participantUUID !== 'a');
    await vi.advanceTimersByTimeAsync(27_000);
    expect(counts().meeting).toBe(2);
    // 30 s after start.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(counts().meeting).toBe(1);
  });

  it('asks for one snapshot at a time, and one more if asked meanwhile', async () => {
    start(createFakeMeetingClient(), { settleMs: 0 });
    await settle();
    const release = client.hold('getParticipants');
    client.join('A');
    await settle();
    client.join('B');
    await settle();
    client.join('C');
    await settle();
    expect(snapshots()).toBe(2);
    release();
    await settle();
    await settle();
    expect(snapshots()).toBe(3);
  });

  it('says not-in-zoom when the client cannot start outside Zoom', async () => {
    start(createFakeMeetingClient({ notInZoom: true }));
    await settle();
    expect(status()).toBe('not-in-zoom');
    expect(client.calls.map((call) => call.api)).toEqual(['start']);
  });

  it('keeps the plain-language problem when the first load fails, and reconnect() starts over', async () => {
    const fake = createFakeMeetingClient();
    fake.failNext(
      'getUserContext',
      new MeetingError('not-configured', 'getUserContext', 'Not configured yet'),
    );
    start(fake);
    await settle();
    expect(status()).toBe('error');
    expect(store.getState().connection.problem).toEqual({
      kind: 'not-configured',
      message: 'Not configured yet',
    });
    store.getState().reconnect();
    await settle();
    expect(status()).toBe('ready');
  });

  it('treats a meeting without a waiting room as nobody waiting', async () => {
    const fake = createFakeMeetingClient();
    fake.failNext(
      'getWaitingRoomParticipants',
      new MeetingError(
        'waiting-room-unavailable',
        'getWaitingRoomParticipants',
        'No waiting room',
        10240,
      ),
    );
    start(fake);
    await settle();
    expect(status()).toBe('ready');
    expect(store.getState().connection.refreshProblem).toBeNull();
  });

  it('drops to attendee on a role change, ignoring answers from before it, and comes back', async () => {
    start();
    const release = client.hold('getParticipants');
    await settle();
    client.setMyRole('attendee');
    release();
    await settle();
    expect(status()).toBe('attendee');
    client.state.participants.push({ participantUUID: 'n', screenName: 'Nia', role: 'attendee' });
    client.setMyRole('coHost');
    await settle();
    expect(status()).toBe('ready');
    expect(store.getState().me?.role).toBe('coHost');
    expect(counts().meeting).toBe(2);
  });

  it('notices a lost role from a refused refresh even before Zoom says so', async () => {
    start(createFakeMeetingClient(), { settleMs: 0 });
    await settle();
    client.state.me = { ...client.state.me, role: 'attendee' };
    client.join('Ann');
    await settle();
    await settle();
    expect(status()).toBe('attendee');
  });

  it('follows the waiting-room switch', async () => {
    start();
    await settle();
    await client.setWaitingRoomState(false);
    expect(store.getState().waitingRoomEnabled).toBe(false);
  });

  it('stops everything when disposed', async () => {
    start(createFakeMeetingClient(), { refreshEveryMs: 1_000 });
    await settle();
    dispose();
    expect(client.listenerCount()).toBe(0);
    const before = client.calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(client.calls.length).toBe(before);
    store.getState().reconnect();
    await settle();
    expect(client.calls.length).toBe(before);
  });

  it('breakout rooms: a move re-reads me and the room; no waiting-room call is made from a room', async () => {
    start();
    await settle();
    const waitingReads = () =>
      client.calls.filter((call) => call.api === 'getWaitingRoomParticipants').length;
    const before = waitingReads();
    client.state.breakout = { roomUUID: 'room-1', roomName: 'Room 1', roomsOpen: true };
    client.state.me = { ...client.state.me, participantUUID: 'me-in-room' };
    client.emit({ type: 'breakoutChanged', at: 1, change: 'joinedRoom', roomUUID: 'room-1' });
    await settle();
    expect(store.getState().breakout).toMatchObject({ roomUUID: 'room-1', roomName: 'Room 1' });
    expect(store.getState().me?.participantUUID).toBe('me-in-room');
    expect(waitingReads()).toBe(before);
    client.state.breakout = { roomUUID: null, roomName: null, roomsOpen: true };
    client.emit({ type: 'breakoutChanged', at: 2, change: 'leftRoom' });
    await settle();
    expect(store.getState().breakout).toMatchObject({ roomUUID: null, roomsOpen: true });
    expect(waitingReads()).toBe(before + 1);
  });

  it('notes an API Zoom refused me, and forgets it when my role changes', async () => {
    start();
    await settle();
    client.emit({ type: 'apiDenied', at: 1, api: 'admitParticipantFromWaitingRoom' });
    expect(store.getState().deniedApis).toEqual(['admitParticipantFromWaitingRoom']);
    client.setMyRole('coHost');
    await settle();
    expect(store.getState().deniedApis).toEqual([]);
  });
});
