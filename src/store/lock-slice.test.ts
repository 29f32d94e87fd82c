import { describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../test/helpers/fake-meeting-client';
import type { FakeMeetingClient } from '../../test/helpers/fake-meeting-client';
import { MeetingError } from '../zoom/errors';
import type { Participant } from '../zoom/meeting-client';
import { createAppStore } from './app-store';
import type { AppStore } from './app-store';
import { selectWaitingGroups } from './waiting-groups';

const me: Participant = { participantUUID: 'me', screenName: 'Hannah Host', role: 'host' };
const ROLL = ['Jane Doe', 'John Smith', 'María García'].map((name, i) => ({
  id: `r${i + 1}`,
  name,
}));

function setup(options: { waitingRoomEnabled?: boolean } = {}): {
  store: AppStore;
  client: FakeMeetingClient;
} {
  const client = createFakeMeetingClient({ me, waitingRoomEnabled: options.waitingRoomEnabled });
  const store = createAppStore({ client });
  const state = store.getState();
  state.setMe(me);
  state.setWaitingRoomEnabled(client.state.waitingRoomEnabled);
  state.updateConnection({ status: 'ready' });
  state.reconcileRoster({ takenAt: 1, meeting: [me], waitingRoom: [] });
  state.setRoll(ROLL, 'Thursday');
  client.subscribe((event) => {
    if (event.type === 'waitingRoomStateChanged')
      store.getState().setWaitingRoomEnabled(event.enabled);
    else if (
      event.type === 'participantJoined' ||
      event.type === 'participantLeft' ||
      event.type === 'waitingRoomJoined' ||
      event.type === 'waitingRoomLeft'
    )
      store.getState().applyRosterEvents([{ event, receivedAt: Date.now() }]);
    else if (event.type === 'myContextChanged') store.getState().setMe(event.user);
    // The controller ticks after every roster change; here the test does.
    store.getState().lockTick();
  });
  state.restoreLock('meeting-1', Date.now(), null);
  return { store, client };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const where = (client: FakeMeetingClient, uuid: string) =>
  client.state.participants.some((p) => p.participantUUID === uuid)
    ? 'meeting'
    : client.state.waitingRoom.some((p) => p.participantUUID === uuid)
      ? 'waitingRoom'
      : 'gone';

describe('the lock in the store', () => {
  it('turns the waiting room on, then puts back a stranger who gets into the main room', async () => {
    const { store, client } = setup({ waitingRoomEnabled: false });
    store.getState().lockNow();
    await settle();
    expect(client.state.waitingRoomEnabled).toBe(true);
    client.join('Zed Stranger', { uuid: 'z' });
    await settle();
    await settle();
    expect(where(client, 'z')).toBe('waitingRoom');
    expect(store.getState().lockHeld).toMatchObject([
      { participantUUID: 'z', bounced: true, category: 'notOnRoll' },
    ]);
  });

  it('lets everyone already inside stay', async () => {
    const { store, client } = setup();
    client.join('Ann Lee', { uuid: 'a' });
    store.getState().lockNow();
    store.getState().lockTick();
    await settle();
    expect(where(client, 'a')).toBe('meeting');
  });

  it('roll-only: admits a sure roll match, holds a homoglyph impersonator with a warning', async () => {
    const { store, client } = setup();
    store.getState().updateLockSettings({ mode: 'rollOnly' });
    store.getState().lockNow();
    client.join('Jane Doe', { uuid: 'jane', waitingRoom: true });
    client.join('J\u0430ne Doe', { uuid: 'fake', waitingRoom: true });
    await settle();
    store.getState().lockTick();
    await settle();
    expect(where(client, 'jane')).toBe('meeting');
    expect(where(client, 'fake')).toBe('waitingRoom');
    expect(store.getState().lockHeld).toMatchObject([
      { participantUUID: 'fake', category: 'impostor' },
    ]);
    const groups = selectWaitingGroups('')(store.getState());
    expect(groups?.map((group) => [group.id, group.rows.length])).toEqual([['impostor', 1]]);
  });

  it('does not group the waiting room as "Not on the roll" while the matcher loads', async () => {
    const { store, client } = setup();
    store.getState().lockNow();
    client.join('John Smith', { uuid: 'john', waitingRoom: true });
    await settle();
    // As after a reload while locked: the roll is back before the matcher is.
    store.setState({ matchingReady: false });
    expect(selectWaitingGroups('')(store.getState())).toBeNull();
    store.setState({ matchingReady: true });
    expect(
      selectWaitingGroups('')(store.getState())?.map((group) => [group.id, group.rows.length]),
    ).toEqual([['onRoll', 1]]);
  });

  it('roll-only: re-admits a roll member who dropped out and came back under a new UUID', async () => {
    const { store, client } = setup();
    client.join('John Smith', { uuid: 'john' });
    await settle();
    store.getState().updateLockSettings({ mode: 'rollOnly' });
    store.getState().lockNow();
    client.leave('john');
    store.getState().lockTick();
    client.join('John Smith', { uuid: 'john-2', waitingRoom: true });
    await settle();
    // Reconnecting takes a client seconds; until then a claimant who just vanished holds the entry.
    store.getState().lockTick(Date.now() + 3_000);
    await settle();
    expect(where(client, 'john-2')).toBe('meeting');
  });

  it('lock-all: shows that returning roll member at the top of the held list', async () => {
    const { store, client } = setup();
    client.join('John Smith', { uuid: 'john' });
    await settle();
    store.getState().lockNow();
    client.join('Zed Stranger', { uuid: 'z', waitingRoom: true });
    client.leave('john');
    client.join('John Smith', { uuid: 'john-2', waitingRoom: true });
    await settle();
    store.getState().lockTick();
    expect(
      store.getState().lockHeld.map((entry) => [entry.participantUUID, entry.category]),
    ).toEqual([
      ['john-2', 'rejoin'],
      ['z', 'notOnRoll'],
    ]);
  });

  it('reports a put-back Zoom refused, does not retry it blindly, and tries again on request', async () => {
    const { store, client } = setup();
    store.getState().lockNow();
    client.failNext(
      'putInWaitingRoom',
      new MeetingError('permission', 'putParticipantToWaitingRoom', 'No'),
    );
    client.join('Zed Stranger', { uuid: 'z' });
    await settle();
    store.getState().lockTick();
    store.getState().lockTick();
    await settle();
    expect(client.calls.filter((call) => call.api === 'putInWaitingRoom')).toHaveLength(1);
    expect(store.getState().lockProblems).toMatchObject([
      { participantUUID: 'z', failure: { errorKind: 'permission' } },
    ]);
    store.getState().retryLockAction('z');
    await settle();
    expect(where(client, 'z')).toBe('waitingRoom');
    expect(store.getState().lockProblems).toEqual([]);
  });

  it('retries a put-back Zoom failed with 10001, showing a breach until it works', async () => {
    const { store, client } = setup();
    store.getState().lockNow();
    client.failNext(
      'putInWaitingRoom',
      new MeetingError('unknown', 'putParticipantToWaitingRoom', 'Zoom ran into an error', 10001),
    );
    client.join('Gate Crasher', { uuid: 'z' });
    await settle();
    expect(store.getState().lockProblems).toMatchObject([
      { participantUUID: 'z', retrying: true, failure: { transient: true, attempts: 1 } },
    ]);
    // The backoff's first wait is 250 ms: the controller's next tick after it sends it again.
    store.getState().lockTick(Date.now() + 300);
    await settle();
    expect(where(client, 'z')).toBe('waitingRoom');
    expect(client.calls.filter((call) => call.api === 'putInWaitingRoom')).toHaveLength(2);
    store.getState().lockTick(Date.now() + 400);
    expect(store.getState().lockProblems).toEqual([]);
  });

  it('roll-only never re-admits someone a host sent back from Zoom’s own panel', async () => {
    const { store, client } = setup();
    store.getState().updateLockSettings({ mode: 'rollOnly' });
    store.getState().lockNow();
    client.join('Jane Doe', { uuid: 'jane', waitingRoom: true });
    await settle();
    await settle();
    expect(where(client, 'jane')).toBe('meeting');
    // The host doubts it is Jane and sends her back from Zoom's Participants panel.
    await client.putInWaitingRoom('jane');
    await settle();
    for (const later of [250, 500, 3_000, 12_000]) store.getState().lockTick(Date.now() + later);
    await settle();
    expect(where(client, 'jane')).toBe('waitingRoom');
    expect(store.getState().lockHeld).toMatchObject([
      { participantUUID: 'jane', category: 'check', hostMove: 'sentBack' },
    ]);
  });

  it('a co-host’s admit from Zoom’s own panel stands', async () => {
    const { store, client } = setup();
    client.join('Priya Iyer', { uuid: 'p', waitingRoom: true });
    await settle();
    store.getState().lockNow();
    client.admit('p');
    await settle();
    store.getState().lockTick(Date.now() + 1_000);
    await settle();
    expect(where(client, 'p')).toBe('meeting');
    expect(client.calls.filter((call) => call.api === 'putInWaitingRoom')).toHaveLength(0);
  });

  it('pauses when my role drops to attendee, and resumes when it returns', async () => {
    const { store, client } = setup();
    store.getState().lockNow();
    client.setMyRole('attendee');
    store.getState().updateConnection({ status: 'attendee' });
    client.state.participants.push({ participantUUID: 'z', screenName: 'Zed', role: 'attendee' });
    store.getState().applyRosterEvents([
      {
        event: {
          type: 'participantJoined',
          at: Date.now(),
          participant: { participantUUID: 'z', screenName: 'Zed', role: 'attendee' },
        },
        receivedAt: Date.now(),
      },
    ]);
    store.getState().lockTick();
    await settle();
    expect(store.getState().lock.pausedForRole).toMatchObject({ role: 'attendee' });
    expect(client.calls.filter((call) => call.api === 'putInWaitingRoom')).toHaveLength(0);
    client.state.me = { ...me };
    store.getState().setMe(me);
    store.getState().updateConnection({ status: 'ready' });
    store.getState().lockTick();
    await settle();
    expect(store.getState().lock.pausedForRole).toBeNull();
    expect(where(client, 'z')).toBe('waitingRoom');
  });

  it('does nothing until the saved state is read, and keeps a lock set meanwhile', () => {
    const store = createAppStore();
    store.getState().setMe(me);
    store.getState().updateConnection({ status: 'ready' });
    expect(store.getState().lockTick()).toEqual([]);
    store.getState().lockNow();
    const saved = { ...store.getState().lock, locked: null };
    store.getState().restoreLock('m', 5, saved);
    expect(store.getState().lock.locked).not.toBeNull();
    expect(store.getState().lockMeeting).toEqual({
      meetingUUID: 'm',
      startedAt: 5,
      restored: true,
    });
  });

  it('restores a saved countdown, and a new meeting starts fresh', () => {
    const store = createAppStore();
    const countdown = {
      status: 'running',
      spec: { kind: 'fromNow', minutes: 5 },
      meetingStartedAt: 1,
      deadline: Date.now() + 60_000,
      warned: false,
    };
    store.getState().restoreLock('m1', 1, { ...store.getState().lock, countdown });
    expect(store.getState().lock.countdown).toEqual(countdown);
    store.getState().restoreLock('m2', 2, null);
    expect(store.getState().lock.countdown).toBeNull();
  });

  it('refuses an auto-lock whose moment has passed, and moves "after the start" with a correction', () => {
    const { store } = setup();
    const now = Date.now();
    store.getState().correctMeetingStart(now - 20 * 60_000);
    expect(store.getState().startAutoLock({ kind: 'afterStart', minutes: 10 })).toMatchObject({
      ok: false,
      reason: 'timePassed',
    });
    expect(store.getState().startAutoLock({ kind: 'afterStart', minutes: 30 })).toMatchObject({
      ok: true,
    });
    const deadline = store.getState().lock.countdown;
    expect(deadline?.status === 'running' && deadline.deadline).toBe(now + 10 * 60_000);
    store.getState().correctMeetingStart(now - 25 * 60_000);
    const moved = store.getState().lock.countdown;
    expect(moved?.status === 'running' && moved.deadline).toBe(now + 5 * 60_000);
  });

  it('locks at once when ticked after an overdue deadline', () => {
    const { store } = setup();
    store.getState().startAutoLock({ kind: 'fromNow', minutes: 1 });
    const effects = store.getState().lockTick(Date.now() + 5 * 60_000);
    expect(effects).toContainEqual(expect.objectContaining({ kind: 'lock', reason: 'countdown' }));
    expect(store.getState().lock.locked?.reason).toBe('countdown');
  });
});
