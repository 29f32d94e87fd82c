import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CAPABILITIES, CAPABILITY_EVENTS } from './capabilities';
import { MeetingError } from './errors';
import type { MeetingClient, MeetingEvent } from './meeting-client';
import {
  DUPLICATE_WINDOW_MS,
  RECONFIG_INTERVAL_MS,
  RECONFIG_RETRY_MS,
  createSdkMeetingClient,
  type SdkMeetingClientOptions,
} from './sdk-meeting-client';
import { CONFIG_REPLY, FakeSdk, sdkTimeout, zoomApiError } from './test-support/fake-sdk';

const T0 = 1_750_000_000_000;

/** Lets queued promise chains (re-config, refresh of my context) run to the end. */
async function settle(): Promise<void> {
  for (let i = 0; i < 30; i += 1) await Promise.resolve();
}

function setup(options: SdkMeetingClientOptions = {}) {
  const sdk = new FakeSdk();
  const clock = { now: T0 };
  const client = createSdkMeetingClient({
    sdk,
    now: () => clock.now,
    detectHost: () => 'native',
    ...options,
  });
  const events: MeetingEvent[] = [];
  client.subscribe((event) => events.push(event));
  return { sdk, clock, client, events };
}

async function started(options: SdkMeetingClientOptions = {}) {
  const context = setup(options);
  await context.client.start();
  return context;
}

async function rejection(promise: Promise<unknown>): Promise<MeetingError> {
  const error: unknown = await promise.then(
    () => new Error('expected a rejection'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof MeetingError)) throw new Error(`not a MeetingError: ${String(error)}`);
  return error;
}

describe('start', () => {
  it('configures exactly the capabilities with version 0.16 and reports the client', async () => {
    const { sdk, client } = setup();
    sdk.reply('config', {
      ...CONFIG_REPLY,
      unsupportedApis: ['removeParticipant'],
      clientVersion: '5.16.0',
    });
    await expect(client.start()).resolves.toEqual({
      clientVersion: '5.16.0',
      runningContext: 'inMeeting',
      unsupportedApis: ['removeParticipant'],
      guest: false,
    });
    expect(sdk.callsOf('config')).toEqual([{ capabilities: [...CAPABILITIES], version: '0.16' }]);
  });

  it('listens to each of its events once, even if started again', async () => {
    const { sdk, client } = await started();
    await client.start();
    expect(sdk.subscribedEvents().sort()).toEqual(
      CAPABILITIES.filter((name) => name.startsWith('on')).sort(),
    );
    expect(sdk.handlerCount()).toBe(CAPABILITY_EVENTS.length);
  });

  it('rejects at once with not-in-zoom in a plain browser tab, without touching the SDK', async () => {
    const { sdk, client } = setup({ detectHost: () => 'none' });
    const error = await rejection(client.start());
    expect(error).toMatchObject({ kind: 'not-in-zoom', api: 'config' });
    expect(sdk.calls).toEqual([]);
  });

  it('maps the SDK refusing the browser to not-in-zoom', async () => {
    const { sdk, client } = setup();
    sdk.reply('config', new Error('The Zoom Apps SDK is not supported by this browser'));
    expect((await rejection(client.start())).kind).toBe('not-in-zoom');
  });

  it('gives up on a silent client with not-in-zoom instead of a time-out', async () => {
    const { sdk, client } = setup();
    sdk.reply('config', sdkTimeout('config'));
    expect((await rejection(client.start())).kind).toBe('not-in-zoom');
  });

  it('keeps a real config failure as it is', async () => {
    const { sdk, client } = setup();
    sdk.reply('config', zoomApiError(10001, 'internal'));
    expect(await rejection(client.start())).toMatchObject({ kind: 'unknown', code: 10001 });
  });

  describe('in a frame whose parent never answers', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('rejects with not-in-zoom after 5 s, well before the SDK would time out', async () => {
      const { sdk, client } = setup({ detectHost: () => 'iframe' });
      sdk.hang('config');
      const outcome = rejection(client.start());
      await vi.advanceTimersByTimeAsync(4999);
      let settled = false;
      void outcome.then(() => (settled = true));
      await settle();
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await outcome).kind).toBe('not-in-zoom');
    });
  });
});

describe('snapshots', () => {
  it('normalises my context', async () => {
    const { sdk, client } = await started();
    sdk.reply('getUserContext', {
      screenName: 'Cora',
      participantUUID: 'me-2',
      role: 'cohost',
      status: 'authorized',
    });
    await expect(client.getUserContext()).resolves.toEqual({
      participantUUID: 'me-2',
      screenName: 'Cora',
      role: 'coHost',
    });
  });

  it('reads the meeting, keyed by the parent meeting inside a breakout room', async () => {
    const { sdk, client } = await started();
    sdk.reply('getMeetingUUID', { meetingUUID: 'room-3', parentUUID: 'main-1' });
    await expect(client.getMeeting()).resolves.toEqual({
      meetingUUID: 'main-1',
      meetingID: '81234567890',
      topic: 'Board meeting',
    });
  });

  it('normalises the participant list', async () => {
    const { sdk, client } = await started();
    sdk.reply('getMeetingParticipants', {
      participants: [
        { screenName: 'Hana', participantUUID: 'h', role: 'host', participantId: '1' },
        { screenName: 'Cole', participantUUID: 'c', role: 'cohost', participantId: '2' },
        { screenName: 'Ghost', role: 'attendee' },
      ],
    });
    await expect(client.getParticipants()).resolves.toEqual([
      { participantUUID: 'h', screenName: 'Hana', role: 'host' },
      { participantUUID: 'c', screenName: 'Cole', role: 'coHost' },
    ]);
  });

  it('normalises waiting-room entries with missing fields', async () => {
    const { sdk, client } = await started();
    sdk.reply('getWaitingRoomParticipants', {
      participants: [
        { participantUUID: 'w1' },
        { screenName: 'Nobody' },
        { participantUUID: 'w2', screenName: 'Wes' },
      ],
    });
    await expect(client.getWaitingRoomParticipants()).resolves.toEqual([
      { participantUUID: 'w1', screenName: '', role: 'attendee' },
      { participantUUID: 'w2', screenName: 'Wes', role: 'attendee' },
    ]);
  });

  it('reads the waiting-room state', async () => {
    const { sdk, client } = await started();
    sdk
      .replyOnce('getWaitingRoomState', { waitingRoom: true })
      .replyOnce('getWaitingRoomState', {});
    await expect(client.getWaitingRoomState()).resolves.toBe(true);
    await expect(client.getWaitingRoomState()).resolves.toBe(false);
  });

  it('maps a snapshot failure (no waiting room in this meeting)', async () => {
    const { sdk, client } = await started();
    sdk.reply(
      'getWaitingRoomParticipants',
      zoomApiError(10240, 'Waiting room is not supported for this meeting'),
    );
    expect(await rejection(client.getWaitingRoomParticipants())).toMatchObject({
      kind: 'waiting-room-unavailable',
      api: 'getWaitingRoomParticipants',
      code: 10240,
    });
  });

  it('says not-configured when called before start', async () => {
    const { sdk, client } = setup();
    sdk.reply(
      'getMeetingParticipants',
      new Error('must call zoomSdk.config before using other API methods'),
    );
    expect((await rejection(client.getParticipants())).kind).toBe('not-configured');
  });
});

describe('host actions', () => {
  it.each<[string, (client: MeetingClient) => Promise<void>, string, unknown]>([
    ['admit', (c) => c.admit('w1'), 'admitParticipantFromWaitingRoom', { participantUUID: 'w1' }],
    [
      'putInWaitingRoom',
      (c) => c.putInWaitingRoom('p1'),
      'putParticipantToWaitingRoom',
      { participantUUID: 'p1' },
    ],
    [
      'rename',
      (c) => c.rename('p1', 'Jane D.'),
      'setParticipantScreenName',
      { participantUUID: 'p1', screenName: 'Jane D.' },
    ],
    ['remove', (c) => c.remove('p1'), 'removeParticipant', { participantUUID: 'p1' }],
    [
      'setWaitingRoomState',
      (c) => c.setWaitingRoomState(true),
      'setWaitingRoomState',
      { waitingRoom: true },
    ],
    [
      'notify',
      (c) => c.notify('warning', 'Locking soon', 'The meeting locks in 1 minute.'),
      'showNotification',
      { type: 'warning', title: 'Locking soon', message: 'The meeting locks in 1 minute.' },
    ],
  ])('%s sends %s', async (_name, act, api, data) => {
    const { sdk, client } = await started();
    sdk.reply(api, 'Success'); // a bare string is a fine answer
    await expect(act(client)).resolves.toBeUndefined();
    expect(sdk.callsOf(api)).toEqual([data]);
  });

  it.each<[string, (client: MeetingClient) => Promise<void>, string, number, string]>([
    [
      'admit',
      (c) => c.admit('w1'),
      'admitParticipantFromWaitingRoom',
      10238,
      'not-in-waiting-room',
    ],
    [
      'putInWaitingRoom',
      (c) => c.putInWaitingRoom('h'),
      'putParticipantToWaitingRoom',
      10239,
      'cannot-move-host',
    ],
    [
      'setWaitingRoomState',
      (c) => c.setWaitingRoomState(false),
      'setWaitingRoomState',
      10233,
      'locked-by-admin',
    ],
    ['remove', (c) => c.remove('p1'), 'removeParticipant', 80012, 'permission'],
  ])(
    '%s rejects with a MeetingError naming the API and code',
    async (_name, act, api, code, kind) => {
      const { sdk, client } = await started();
      sdk.reply(api, zoomApiError(code, 'from Zoom'));
      expect(await rejection(act(client))).toMatchObject({ kind, api, code });
    },
  );

  it('an action the client never answers becomes a timeout', async () => {
    const { sdk, client } = await started();
    sdk.reply('admitParticipantFromWaitingRoom', sdkTimeout('admitParticipantFromWaitingRoom'));
    const error = await rejection(client.admit('w1'));
    expect(error).toMatchObject({ kind: 'timeout', api: 'admitParticipantFromWaitingRoom' });
  });
});

describe('e-mail verification', () => {
  it('asks with the reason, and passes each answer on without keeping it', async () => {
    const { sdk, client, events } = await started();
    await client.requestEmails('To check the registration list');
    expect(sdk.callsOf('getMeetingParticipantsEmail')).toEqual([
      { reasonForAsking: 'To check the registration list' },
    ]);
    sdk.emit('onParticipantEmail', {
      participantUUID: 'a',
      participantEmail: ' ann@example.org ',
      timestamp: 1_750_000_000,
    });
    sdk.emit('onParticipantEmail', {
      participantUUID: 'b',
      errorMessage: 'declined',
      timestamp: 1,
    });
    sdk.emit('onParticipantEmail', { participantUUID: 'c', participantEmail: '', timestamp: 1 });
    sdk.emit('onParticipantEmail', { participantEmail: 'x@y.z' });
    expect(events).toEqual([
      {
        type: 'participantEmail',
        at: 1_750_000_000_000,
        participantUUID: 'a',
        email: 'ann@example.org',
        errorMessage: null,
      },
      {
        type: 'participantEmail',
        at: 1000,
        participantUUID: 'b',
        email: null,
        errorMessage: 'declined',
      },
      { type: 'participantEmail', at: 1000, participantUUID: 'c', email: null, errorMessage: '' },
    ]);
  });

  it('says plainly when the client refuses the request', async () => {
    const { sdk, client } = await started();
    sdk.reply('getMeetingParticipantsEmail', zoomApiError(80004, 'app_not_support'));
    expect(await rejection(client.requestEmails('why'))).toMatchObject({
      api: 'getMeetingParticipantsEmail',
    });
  });
});

describe('events', () => {
  const ann = { status: 'join', screenName: 'Ann', participantUUID: 'a', role: 'attendee' };
  const bob = { status: 'join', screenName: 'Bob', participantUUID: 'b', role: 'cohost' };

  it('turns one onParticipantChange with two people into two events', async () => {
    const { sdk, events } = await started();
    sdk.emit('onParticipantChange', {
      timestamp: 1_750_000_000,
      participants: [ann, { ...bob, status: 'leave' }],
    });
    expect(events).toEqual([
      {
        type: 'participantJoined',
        at: 1_750_000_000_000,
        participant: { participantUUID: 'a', screenName: 'Ann', role: 'attendee' },
      },
      {
        type: 'participantLeft',
        at: 1_750_000_000_000,
        participant: { participantUUID: 'b', screenName: 'Bob', role: 'coHost' },
      },
    ]);
  });

  it('drops an onParticipantChange fired twice, but not a later real rejoin', async () => {
    const { sdk, clock, events } = await started();
    sdk.emit('onParticipantChange', { timestamp: 1, participants: [ann] });
    clock.now += 300;
    sdk.emit('onParticipantChange', { timestamp: 1, participants: [ann, bob] });
    expect(
      events.map((e) => e.type === 'participantJoined' && e.participant.participantUUID),
    ).toEqual(['a', 'b']);
    clock.now += DUPLICATE_WINDOW_MS + 1;
    sdk.emit('onParticipantChange', { timestamp: 5, participants: [ann] });
    expect(events).toHaveLength(3);
  });

  it('converts the waiting-room events', async () => {
    const { sdk, events } = await started();
    sdk.emit('onWaitingRoomParticipantJoin', {
      timestamp: 1_750_000_001,
      participant: { action: 'joinMeeting', screenName: 'Wes', participantUUID: 'w' },
    });
    sdk.emit('onWaitingRoomParticipantJoin', {
      timestamp: 1_750_000_001,
      participant: { action: 'joinMeeting', screenName: 'No UUID' },
    });
    sdk.emit('onWaitingRoomParticipantLeave', {
      timestamp: 1_750_000_002,
      participant: { screenName: 'Wes', participantUUID: 'w' },
    });
    sdk.emit('onWaitingRoomStateChange', { waitingRoom: true });
    expect(events).toEqual([
      {
        type: 'waitingRoomJoined',
        at: 1_750_000_001_000,
        participant: { participantUUID: 'w', screenName: 'Wes', role: 'attendee' },
        cause: 'joinMeeting',
      },
      { type: 'waitingRoomLeft', at: 1_750_000_002_000, participantUUID: 'w', screenName: 'Wes' },
      { type: 'waitingRoomStateChanged', at: T0, enabled: true },
    ]);
  });

  it('stops delivering to a listener that unsubscribed, and keeps the others', async () => {
    const { sdk, client, events } = await started();
    const other: MeetingEvent[] = [];
    const unsubscribe = client.subscribe((event) => other.push(event));
    sdk.emit('onWaitingRoomStateChange', { waitingRoom: true });
    unsubscribe();
    unsubscribe();
    sdk.emit('onWaitingRoomStateChange', { waitingRoom: false });
    expect(other).toHaveLength(1);
    expect(events).toHaveLength(2);
  });

  it('keeps delivering to other listeners when one throws, and re-raises the error apart', async () => {
    const raised: unknown[] = [];
    const spy = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => {
      try {
        task();
      } catch (error) {
        raised.push(error);
      }
    });
    try {
      const { sdk, client, events } = await started();
      const broken = new Error('listener bug');
      client.subscribe(() => {
        throw broken;
      });
      const after: MeetingEvent[] = [];
      client.subscribe((event) => after.push(event));
      sdk.emit('onWaitingRoomStateChange', { waitingRoom: true });
      expect(events).toHaveLength(1);
      expect(after).toHaveLength(1);
      expect(raised).toEqual([broken]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('role and running-context changes', () => {
  it('re-configures, then reports my fresh context', async () => {
    const { sdk, events } = await started();
    sdk.reply('getUserContext', {
      screenName: 'Hana',
      participantUUID: 'me-1',
      role: 'attendee',
      status: 'authorized',
    });
    sdk.reply('config', { ...CONFIG_REPLY, unsupportedApis: ['getMeetingParticipants'] });
    sdk.emit('onMyUserContextChange', {
      timestamp: 1_750_000_100,
      role: 'attendee',
      screenName: 'Hana',
    });
    await settle();
    expect(sdk.calls.map((call) => call.api)).toEqual(['config', 'config', 'getUserContext']);
    expect(sdk.callsOf('config')[1]).toEqual({ capabilities: [...CAPABILITIES], version: '0.16' });
    expect(events).toEqual([
      {
        type: 'myContextChanged',
        at: 1_750_000_100_000,
        user: { participantUUID: 'me-1', screenName: 'Hana', role: 'attendee' },
      },
    ]);
  });

  it('reports a running-context change, then my context, after re-configuring', async () => {
    const { sdk, events } = await started();
    sdk.emit('onRunningContextChange', { runningContext: 'inImmersive', timestamp: 1_750_000_200 });
    await settle();
    expect(sdk.calls.map((call) => call.api)).toEqual(['config', 'config', 'getUserContext']);
    expect(events.map((event) => event.type)).toEqual([
      'runningContextChanged',
      'myContextChanged',
    ]);
    expect(events[0]).toEqual({
      type: 'runningContextChanged',
      at: 1_750_000_200_000,
      runningContext: 'inImmersive',
    });
  });

  it('falls back to the event and what it knew when getUserContext fails', async () => {
    const failures: MeetingError[] = [];
    const { sdk, client, events } = await started({
      onBackgroundError: (error) => failures.push(error),
    });
    await client.getUserContext();
    sdk.reply('getUserContext', sdkTimeout('getUserContext'));
    sdk.emit('onMyUserContextChange', {
      timestamp: 1_750_000_300,
      role: 'coHost',
      screenName: 'Hana',
    });
    await settle();
    expect(events).toEqual([
      {
        type: 'myContextChanged',
        at: 1_750_000_300_000,
        user: { participantUUID: 'me-1', screenName: 'Hana', role: 'coHost' },
      },
    ]);
    expect(failures.map((error) => error.kind)).toEqual(['timeout']);
  });

  it('handles back-to-back changes one after the other', async () => {
    const { sdk, events } = await started();
    sdk.replyOnce('getUserContext', {
      participantUUID: 'me-1',
      screenName: 'Hana',
      role: 'attendee',
    });
    sdk.replyOnce('getUserContext', {
      participantUUID: 'me-1',
      screenName: 'Hana',
      role: 'coHost',
    });
    sdk.emit('onMyUserContextChange', { timestamp: 1, role: 'attendee' });
    sdk.emit('onMyUserContextChange', { timestamp: 2, role: 'coHost' });
    await settle();
    expect(sdk.calls.map((call) => call.api)).toEqual([
      'config',
      'config',
      'getUserContext',
      'config',
      'getUserContext',
    ]);
    expect(events.map((event) => event.type === 'myContextChanged' && event.user.role)).toEqual([
      'attendee',
      'coHost',
    ]);
  });
});

describe('the two-hour re-config', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('re-runs config every two hours after the last one', async () => {
    const { sdk } = await started();
    await vi.advanceTimersByTimeAsync(RECONFIG_INTERVAL_MS - 1);
    expect(sdk.callsOf('config')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sdk.callsOf('config')).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(RECONFIG_INTERVAL_MS);
    expect(sdk.callsOf('config')).toHaveLength(3);
  });

  it('counts the two hours from a re-config caused by a role change', async () => {
    const { sdk } = await started();
    await vi.advanceTimersByTimeAsync(RECONFIG_INTERVAL_MS / 2);
    sdk.emit('onMyUserContextChange', { role: 'coHost' });
    await vi.advanceTimersByTimeAsync(0);
    expect(sdk.callsOf('config')).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(RECONFIG_INTERVAL_MS - 1);
    expect(sdk.callsOf('config')).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sdk.callsOf('config')).toHaveLength(3);
  });

  it('retries a failed re-config after a minute and reports it', async () => {
    const failures: MeetingError[] = [];
    const { sdk } = await started({ onBackgroundError: (error) => failures.push(error) });
    sdk.replyOnce('config', sdkTimeout('config'));
    await vi.advanceTimersByTimeAsync(RECONFIG_INTERVAL_MS);
    expect(failures.map((error) => error.kind)).toEqual(['timeout']);
    await vi.advanceTimersByTimeAsync(RECONFIG_RETRY_MS);
    expect(sdk.callsOf('config')).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(RECONFIG_INTERVAL_MS - 1);
    expect(sdk.callsOf('config')).toHaveLength(3);
  });

  it('stops when disposed', async () => {
    const { sdk, client } = await started();
    client.dispose();
    await vi.advanceTimersByTimeAsync(3 * RECONFIG_INTERVAL_MS);
    expect(sdk.callsOf('config')).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('dispose', () => {
  it('removes the very handlers it registered, one per event', async () => {
    const { sdk, client } = await started();
    const registered = new Map(
      sdk.subscribedEvents().map((event) => [event, sdk.handlerFor(event)]),
    );
    client.dispose();
    expect(sdk.handlerCount()).toBe(0);
    expect(sdk.removed).toHaveLength(CAPABILITY_EVENTS.length);
    for (const { event, handler } of sdk.removed) expect(handler).toBe(registered.get(event));
  });

  it('delivers nothing afterwards and refuses to start again', async () => {
    const { sdk, client, events } = await started();
    client.dispose();
    sdk.emit('onWaitingRoomStateChange', { waitingRoom: true });
    expect(events).toEqual([]);
    expect((await rejection(client.start())).kind).toBe('not-configured');
  });

  it('drops a context refresh that finishes after dispose', async () => {
    const { sdk, client, events } = await started();
    sdk.emit('onMyUserContextChange', { role: 'attendee' });
    client.dispose();
    await settle();
    expect(events).toEqual([]);
  });
});

describe('capabilities', () => {
  it('are exactly the SDK calls and events the adapter makes', async () => {
    const { sdk, client } = await started();
    await client.getUserContext();
    await client.getMeeting();
    await client.getParticipants();
    await client.getWaitingRoomParticipants();
    await client.getWaitingRoomState();
    await client.setWaitingRoomState(true);
    await client.admit('w');
    await client.putInWaitingRoom('p');
    await client.rename('p', 'P');
    await client.remove('p');
    await client.notify('info', 't', 'm');
    await client.requestEmails('why');
    await client.authorize('challenge', 'state');
    await client.getBreakout();
    await client.getCloudRecording();
    await client.cloudRecording('stop');
    await client.setLocalRecordingAllowed('p', false);
    await client.sendChatMessage('hello');
    await client.getJoinUrl();
    const used = new Set([...sdk.calls.map((call) => call.api), ...sdk.subscribedEvents()]);
    used.delete('config');
    expect([...used].sort()).toEqual([...CAPABILITIES].sort());
    expect(new Set(CAPABILITIES).size).toBe(CAPABILITIES.length);
  });
});

describe('breakout rooms, profiles and an expired config', () => {
  it('reads the room I am in from parentUUID and the rooms list, and says rooms are closed on 10092', async () => {
    const { sdk, client } = await started();
    sdk.reply('getMeetingUUID', { meetingUUID: 'room-1', parentUUID: 'main' });
    sdk.reply('getBreakoutRoomList', {
      rooms: [{ breakoutRoomId: 'room-1', name: 'Room 1' }],
      state: 'open',
    });
    await expect(client.getBreakout()).resolves.toEqual({
      roomUUID: 'room-1',
      roomName: 'Room 1',
      roomsOpen: true,
    });
    sdk.reply('getMeetingUUID', { meetingUUID: 'main' });
    sdk.reply('getBreakoutRoomList', zoomApiError(10092, 'Breakout Rooms are not open.'));
    await expect(client.getBreakout()).resolves.toEqual({
      roomUUID: null,
      roomName: null,
      roomsOpen: false,
    });
  });

  it('turns onBreakoutRoomChange and onMeetingConfigChanged into breakoutChanged', async () => {
    const { sdk, events } = await started();
    sdk.emit('onBreakoutRoomChange', {
      action: 'join',
      breakoutRoomUUID: 'r',
      timestamp: 1_750_000_000,
    });
    sdk.emit('onMeetingConfigChanged', { change: 'breakoutRoomClosed', timestamp: 1_750_000_001 });
    sdk.emit('onMeetingConfigChanged', { change: 'breakoutRoomOpened | breakoutRoomClosed' });
    expect(events.map((e) => (e.type === 'breakoutChanged' ? e.change : e.type))).toEqual([
      'joinedRoom',
      'roomsClosed',
      'changed',
    ]);
  });

  it('does not ask for what the client listed as unsupported (a web client’s waiting room)', async () => {
    const { sdk, client } = setup();
    sdk.reply('config', {
      ...CONFIG_REPLY,
      unsupportedApis: ['getWaitingRoomParticipants'],
      product: 'web',
    });
    await expect(client.start()).resolves.toMatchObject({ product: 'web' });
    await client.getUserContext();
    expect((await rejection(client.getWaitingRoomParticipants())).kind).toBe('unsupported');
    expect(sdk.callsOf('getWaitingRoomParticipants')).toEqual([]);
  });

  it('says which API a host or co-host was refused (80012)', async () => {
    const { sdk, client, events } = await started();
    await client.getUserContext();
    sdk.replyOnce(
      'admitParticipantFromWaitingRoom',
      zoomApiError(80012, 'No Permission for this API. [code:80012, reason:require_meeting_role]'),
    );
    expect((await rejection(client.admit('w'))).kind).toBe('permission');
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'apiDenied', api: 'admitParticipantFromWaitingRoom' }),
    );
    expect(events.some((event) => event.type === 'apiAllowed')).toBe(false);
    // The next admit goes through: the refusal was passing, and the panel must stop saying it.
    await client.admit('w');
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'apiAllowed', api: 'admitParticipantFromWaitingRoom' }),
    );
  });

  it('configures again once when Zoom says the config ran out, and repeats the call', async () => {
    const { sdk, client } = await started();
    sdk.replyOnce(
      'getWaitingRoomState',
      zoomApiError(80001, 'No Permission for this API. [code:80001, reason:config_required]'),
    );
    sdk.reply('getWaitingRoomState', { waitingRoom: true });
    await expect(client.getWaitingRoomState()).resolves.toBe(true);
    expect(sdk.callsOf('config')).toHaveLength(2);
  });
});

describe('recording, chat, join link and sharing', () => {
  it.each([
    ['stopped', 'stopped'],
    ['started', 'started'],
    ['paused', 'paused'],
    ['connecting', 'connecting'],
    // getRecordingContext says "resumed" after a pause: recording again.
    ['resumed', 'started'],
  ])('reads cloudRecordingStatus %s as %s', async (status, state) => {
    const { sdk, client } = await started();
    sdk.reply('getRecordingContext', { cloudRecordingStatus: status });
    expect(await client.getCloudRecording()).toBe(state);
  });

  it('refuses a recording status it does not know instead of guessing', async () => {
    const { sdk, client } = await started();
    sdk.reply('getRecordingContext', { cloudRecordingStatus: 'archiving' });
    expect((await rejection(client.getCloudRecording())).api).toBe('getRecordingContext');
  });

  it('sends the recording actions and local-recording grants Zoom expects', async () => {
    const { sdk, client } = await started();
    await client.cloudRecording('pause');
    await client.setLocalRecordingAllowed('p-1', false);
    await client.setLocalRecordingAllowed('p-2', true);
    expect(sdk.callsOf('cloudRecording')).toEqual([{ action: 'pause' }]);
    expect(sdk.callsOf('allowParticipantToRecord')).toEqual([
      { participantUUID: 'p-1', action: 'revoke' },
      { participantUUID: 'p-2', action: 'grant' },
    ]);
  });

  it('maps recording errors from the typings to kinds and sentences', async () => {
    const { sdk, client } = await started();
    sdk.replyOnce('cloudRecording', zoomApiError(10021, 'no privilege'));
    expect(await rejection(client.cloudRecording('start'))).toMatchObject({
      kind: 'permission',
      code: 10021,
    });
    sdk.replyOnce('allowParticipantToRecord', zoomApiError(10052, 'no need to revoke'));
    expect(await rejection(client.setLocalRecordingAllowed('p', false))).toMatchObject({
      kind: 'already-in-that-state',
      code: 10052,
    });
  });

  it('turns onCloudRecording and onShareScreen into events, dropping malformed ones', async () => {
    const { sdk, events } = await started();
    sdk.emit('onCloudRecording', { timestamp: 1_750_000_100, action: 'started' });
    sdk.emit('onCloudRecording', { timestamp: 1_750_000_100, action: 'exploded' });
    sdk.emit('onShareScreen', { participantUUID: 'p', timestamp: 1, action: 'start' });
    sdk.emit('onShareScreen', { timestamp: 1, action: 'start' });
    expect(events).toEqual([
      { type: 'cloudRecordingChanged', at: 1_750_000_100_000, state: 'started' },
      { type: 'shareScreenChanged', at: 1000, participantUUID: 'p', sharing: true },
    ]);
  });

  it('posts chat messages and reads the join link', async () => {
    const { sdk, client } = await started();
    await client.sendChatMessage('Welcome');
    expect(sdk.callsOf('sendMessageToChat')).toEqual([{ message: 'Welcome' }]);
    sdk.reply('getMeetingJoinUrl', { joinUrl: 'https://zoom.us/j/1?pwd=abc' });
    expect(await client.getJoinUrl()).toBe('https://zoom.us/j/1?pwd=abc');
  });
});
