import { describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../test/helpers/fake-meeting-client';
import type { FakeMeetingClient } from '../../test/helpers/fake-meeting-client';
import { MeetingError } from '../zoom/errors';
import type { Participant } from '../zoom/meeting-client';
import { selectActionsBusy, selectLatestBatch, summarizeBatch } from './action-selectors';
import { createAppStore } from './app-store';
import type { AppStore } from './app-store';

const me: Participant = { participantUUID: 'me', screenName: 'Hannah Host', role: 'host' };
const cohost: Participant = { participantUUID: 'c', screenName: 'Carl Cohost', role: 'coHost' };
const ann: Participant = { participantUUID: 'a', screenName: 'Ann Lee', role: 'attendee' };
const waiting = (n: number): Participant[] =>
  Array.from({ length: n }, (_, i) => ({
    participantUUID: `w${i}`,
    screenName: `Waiting ${i}`,
    role: 'attendee',
  }));

/** A store wired to a fake meeting by hand (no bootstrap timers): roster, me, client. */
function setup(
  queue: Participant[] = waiting(3),
  options: { connected?: boolean } = {},
): { store: AppStore; client: FakeMeetingClient } {
  const client = createFakeMeetingClient({
    me,
    participants: [me, cohost, ann],
    waitingRoom: queue,
  });
  const store = createAppStore({ client: options.connected === false ? null : client });
  const state = store.getState();
  state.setMe(me);
  state.updateConnection({ status: 'ready' });
  state.reconcileRoster({ takenAt: 1, meeting: [me, cohost, ann], waitingRoom: queue });
  // Follow the fake's events so the roster moves as Zoom reports it.
  client.subscribe((event) => {
    if (
      event.type === 'participantJoined' ||
      event.type === 'participantLeft' ||
      event.type === 'waitingRoomJoined' ||
      event.type === 'waitingRoomLeft'
    )
      store.getState().applyRosterEvents([{ event, receivedAt: Date.now() }]);
  });
  return { store, client };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const callsTo = (client: FakeMeetingClient, api: string) =>
  client.calls.filter((call) => call.api === api).length;
const latest = (store: AppStore) => selectLatestBatch(store.getState())!;
const timeout = () => new MeetingError('timeout', 'admitParticipantFromWaitingRoom', 'No answer');

describe('the action queue', () => {
  it('shows every item pending, keeps at most 3 calls in flight, then reports each result', async () => {
    const { store, client } = setup(waiting(10));
    const release = client.hold('admit');
    const id = store.getState().admit(waiting(10).map((p) => p.participantUUID));
    expect(id).not.toBeNull();
    await settle();
    expect(callsTo(client, 'admit')).toBe(3);
    expect(summarizeBatch(latest(store))).toMatchObject({ total: 10, pending: 10, done: 0 });
    expect(latest(store).items.filter((item) => item.status === 'running')).toHaveLength(3);
    expect(selectActionsBusy(store.getState())).toBe(true);
    release();
    await settle();
    await settle();
    expect(callsTo(client, 'admit')).toBe(10);
    expect(summarizeBatch(latest(store))).toMatchObject({ done: 10, failed: 0, pending: 0 });
    expect(latest(store).finishedAt).not.toBeNull();
    expect(selectActionsBusy(store.getState())).toBe(false);
    expect(store.getState().roster.counts).toEqual({ meeting: 13, waitingRoom: 0 });
  });

  it('ignores a second click on a pending person, and the same person twice in one bulk action', async () => {
    const { store, client } = setup();
    const release = client.hold('admit');
    expect(store.getState().admit(['w0', 'w0'])).not.toBeNull();
    expect(latest(store).items).toHaveLength(1);
    expect(store.getState().admit(['w0'])).toBeNull();
    release();
    await settle();
    expect(callsTo(client, 'admit')).toBe(1);
    // Once done, a new click is a new action.
    expect(store.getState().admit(['w0'])).not.toBeNull();
  });

  it('retries a time-out once and succeeds', async () => {
    const { store, client } = setup();
    client.failNext('admit', timeout());
    store.getState().admit(['w0']);
    await settle();
    await settle();
    expect(callsTo(client, 'admit')).toBe(2);
    expect(latest(store).items[0]).toMatchObject({ status: 'done', attempts: 2, problem: null });
  });

  it('gives up after a second time-out and says so', async () => {
    const { store, client } = setup();
    client.admit = (uuid) => {
      client.calls.push({ api: 'admit', args: [uuid] });
      return Promise.reject(timeout());
    };
    store.getState().admit(['w0']);
    await settle();
    await settle();
    expect(callsTo(client, 'admit')).toBe(2);
    expect(latest(store).items[0]).toMatchObject({
      status: 'failed',
      attempts: 2,
      problem: { kind: 'timeout' },
    });
  });

  it.each([
    ['permission', new MeetingError('permission', 'admit', 'No Permission', 80012)],
    ['unknown', new Error('boom')],
  ])('never retries a %s failure', async (kind, error) => {
    const { store, client } = setup();
    client.failNext('admit', error as MeetingError);
    store.getState().admit(['w0', 'w1']);
    await settle();
    await settle();
    expect(callsTo(client, 'admit')).toBe(2);
    const summary = summarizeBatch(latest(store));
    expect(summary).toMatchObject({ done: 1, failed: 1, reasons: [{ kind, count: 1 }] });
  });

  it('calls an admit that lost the race "already admitted" when they are in the meeting', async () => {
    const { store, client } = setup();
    const release = client.hold('admit');
    store.getState().admit(['w0', 'w1', 'w2']);
    await settle();
    // Another host admits w1 from Zoom's own list while our calls wait.
    const w1 = client.state.waitingRoom.splice(1, 1)[0]!;
    client.state.participants.push(w1);
    client.emit({
      type: 'waitingRoomLeft',
      at: 1e15,
      participantUUID: 'w1',
      screenName: w1.screenName,
    });
    client.emit({ type: 'participantJoined', at: 1e15, participant: w1 });
    release();
    await settle();
    expect(summarizeBatch(latest(store))).toMatchObject({
      done: 2,
      failed: 1,
      reasons: [{ kind: 'already-admitted', count: 1 }],
    });
  });

  it('never sends a host, a co-host or me to the waiting room, nor removes them', async () => {
    const { store, client } = setup();
    store.getState().putInWaitingRoom(['c', 'me', 'a']);
    await settle();
    expect(client.calls.filter((call) => call.api === 'putInWaitingRoom')).toEqual([
      { api: 'putInWaitingRoom', args: ['a'] },
    ]);
    expect(summarizeBatch(latest(store))).toMatchObject({
      done: 1,
      refused: 2,
      reasons: [{ kind: 'protected', count: 2 }],
    });
    expect(store.getState().remove('c')).not.toBeNull();
    await settle();
    expect(callsTo(client, 'remove')).toBe(0);
    expect(latest(store).items[0]).toMatchObject({
      status: 'refused',
      problem: { kind: 'protected' },
    });
  });

  it('treats "already in the waiting room" as done, and refuses an empty name', async () => {
    const { store, client } = setup();
    client.failNext(
      'putInWaitingRoom',
      new MeetingError('already-in-waiting-room', 'putParticipantToWaitingRoom', 'Already'),
    );
    store.getState().putInWaitingRoom(['a']);
    await settle();
    expect(latest(store).items[0]).toMatchObject({ status: 'done' });
    store.getState().rename([{ participantUUID: 'a', screenName: '   ' }]);
    await settle();
    expect(callsTo(client, 'rename')).toBe(0);
    expect(latest(store).items[0]).toMatchObject({
      status: 'refused',
      problem: { kind: 'empty-name' },
    });
  });

  it('renames and switches the waiting room through Zoom', async () => {
    const { store, client } = setup();
    store.getState().rename([{ participantUUID: 'a', screenName: ' Ann L. ' }]);
    store.getState().setWaitingRoom(false);
    await settle();
    expect(client.calls.filter((call) => call.api === 'rename')).toEqual([
      { api: 'rename', args: ['a', 'Ann L.'] },
    ]);
    expect(client.state.waitingRoomEnabled).toBe(false);
    expect(store.getState().waitingRoomEnabled).toBe(false);
  });

  it('tells the lock before an admit, so a locked meeting does not bounce the person it let in', async () => {
    const { store, client } = setup();
    store.getState().restoreLock('m', 0, null);
    store.getState().lockNow();
    const release = client.hold('admit');
    store.getState().admit(['w0']);
    await settle();
    expect(store.getState().lock.allowed).toContain('w0');
    release();
    await settle();
    store.getState().lockTick();
    await settle();
    expect(callsTo(client, 'putInWaitingRoom')).toBe(0);
    expect(store.getState().roster.participants.get('w0')?.location).toBe('meeting');
  });

  it('refuses to turn the waiting room off while locked', async () => {
    const { store, client } = setup();
    store.getState().restoreLock('m', 0, null);
    store.getState().lockNow();
    store.getState().setWaitingRoom(false);
    await settle();
    expect(callsTo(client, 'setWaitingRoomState')).toBe(0);
    expect(latest(store).items[0]).toMatchObject({
      status: 'refused',
      problem: { kind: 'locked' },
    });
  });

  it('fails plainly without a client', async () => {
    const { store } = setup(waiting(3), { connected: false });
    store.getState().admit(['w0']);
    await settle();
    expect(latest(store).items[0]).toMatchObject({
      status: 'failed',
      problem: { kind: 'no-client' },
    });
  });
});
