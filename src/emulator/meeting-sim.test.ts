import { describe, expect, it } from 'vitest';
import { MeetingSim, SUPPORTED_CAPABILITIES } from './meeting-sim';
import type { MeetingSetup, SdkReply, SimEvent } from './meeting-sim';
import { callSim as call, simSetup as setup } from './testing/sim-support';

const NOW = 1_750_000_000_123;

function make(
  overrides: Partial<MeetingSetup> = {},
  capabilities: readonly string[] = SUPPORTED_CAPABILITIES,
) {
  const sim = new MeetingSim(setup(overrides), { seed: 7, now: () => NOW });
  const events: SimEvent[] = [];
  sim.onEvent((e) => events.push(e));
  const configReply = call(sim, 'config', { js_api_lists: capabilities, version: '0.16' });
  return { sim, events, configReply };
}

const errorCodeOf = (reply: SdkReply | null): string | undefined =>
  reply && 'errorCode' in reply ? reply.errorCode : undefined;
const resultOf = (reply: SdkReply | null): unknown =>
  reply && 'result' in reply ? reply.result : undefined;

describe('MeetingSim: config and capabilities', () => {
  it('refuses every API before config, and answers config with a four-part clientVersion', () => {
    const sim = new MeetingSim(setup(), { seed: 1, now: () => NOW });
    expect(errorCodeOf(call(sim, 'getUserContext'))).toBe('80001');
    const result = resultOf(
      call(sim, 'config', { js_api_lists: ['getUserContext'], version: '0.16' }),
    ) as Record<string, unknown>;
    // Four parts, as real clients send them (the typings' example: 5.11.1.8356).
    expect(result.clientVersion).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(result).toMatchObject({
      runningContext: 'inMeeting',
      unsupportedApis: [],
      auth: { status: 'authorized', upgradable: true },
    });
    expect(resultOf(call(sim, 'getUserContext'))).toMatchObject({
      screenName: 'Dana Host',
      role: 'host',
      status: 'authorized',
    });
  });

  it('refuses an API the app did not list, and lists what it cannot support', () => {
    const { sim, configReply } = make({}, [
      'getUserContext',
      'getMeetingParticipants',
      'takeMyPhoto',
    ]);
    expect((resultOf(configReply) as { unsupportedApis: string[] }).unsupportedApis).toEqual([
      'takeMyPhoto',
    ]);
    expect(errorCodeOf(call(sim, 'getWaitingRoomState'))).toBe('80004');
    expect(errorCodeOf(call(sim, 'takeMyPhoto'))).toBe('80004');
  });

  it('rejects a config without a capability list', () => {
    const sim = new MeetingSim(setup(), { seed: 1, now: () => NOW });
    expect(errorCodeOf(call(sim, 'config', { version: '0.16' }))).toBe('10000');
    expect(sim.configured).toBe(false);
  });

  it('forgets the configuration when the panel unloads', () => {
    const { sim } = make();
    sim.panelUnloaded();
    expect(errorCodeOf(call(sim, 'getMeetingParticipants'))).toBe('80001');
  });

  it('only sends events the app listed', () => {
    const { sim, events } = make({ waitingRoom: false }, ['getUserContext', 'onParticipantChange']);
    sim.join({ screenName: 'A' });
    sim.setWaitingRoom(true);
    expect(events.map((e) => e.name)).toEqual(['onParticipantChange']);
  });
});

describe('MeetingSim: role rules', () => {
  const hostOnly = [
    ['getMeetingParticipants', undefined],
    ['getWaitingRoomParticipants', undefined],
    ['getWaitingRoomState', undefined],
    ['setWaitingRoomState', { waitingRoom: false }],
    ['admitParticipantFromWaitingRoom', { participantUUID: 'x' }],
    ['putParticipantToWaitingRoom', { participantUUID: 'x' }],
    ['setParticipantScreenName', { participantUUID: 'x', screenName: 'y' }],
    ['removeParticipant', { participantUUID: 'x' }],
  ] as const;

  it.each(hostOnly)('an attendee calling %s gets the permission error', (api, data) => {
    const { sim, configReply } = make({ me: { screenName: 'Att', role: 'attendee' } });
    expect((resultOf(configReply) as { unsupportedApis: string[] }).unsupportedApis).toContain(api);
    expect(errorCodeOf(call(sim, api, data))).toBe('80012');
  });

  it('a co-host may use the host APIs', () => {
    const { sim } = make({ me: { screenName: 'Co', role: 'coHost' } });
    expect(resultOf(call(sim, 'getWaitingRoomState'))).toEqual({ waitingRoom: true });
    expect(resultOf(call(sim, 'getUserContext'))).toMatchObject({ role: 'coHost' });
  });

  it('a role change fires onMyUserContextChange; host powers need a fresh config', () => {
    const { sim, events } = make({
      me: { screenName: 'Att', role: 'attendee' },
      waitingRoom: false,
    });
    sim.join({ screenName: 'Hidden' });
    expect(events.map((e) => e.name)).toEqual([]);

    sim.setMyRole('coHost');
    expect(events).toEqual([
      {
        name: 'onMyUserContextChange',
        data: { timestamp: Math.floor(NOW / 1000), role: 'coHost', screenName: 'Att' },
      },
    ]);
    expect(errorCodeOf(call(sim, 'getMeetingParticipants'))).toBe('80012');
    call(sim, 'config', { js_api_lists: SUPPORTED_CAPABILITIES, version: '0.16' });
    expect(
      (resultOf(call(sim, 'getMeetingParticipants')) as { participants: unknown[] }).participants,
    ).toHaveLength(2);

    sim.setMyRole('attendee');
    expect(errorCodeOf(call(sim, 'getMeetingParticipants'))).toBe('80012');
    sim.join({ screenName: 'Unseen' });
    expect(events.at(-1)?.name).toBe('onMyUserContextChange');
  });
});

describe('MeetingSim: the waiting room', () => {
  it('a new joiner lands in the waiting room and fires onWaitingRoomParticipantJoin', () => {
    const { sim, events } = make();
    const uuid = sim.join({ screenName: 'Maria Santos' });
    expect(sim.list().find((p) => p.participantUUID === uuid)?.location).toBe('waitingRoom');
    expect(events).toEqual([
      {
        name: 'onWaitingRoomParticipantJoin',
        data: {
          timestamp: Math.floor(NOW / 1000),
          participant: { action: 'joinMeeting', screenName: 'Maria Santos', participantUUID: uuid },
        },
      },
    ]);
    const waiting = resultOf(call(sim, 'getWaitingRoomParticipants')) as {
      participants: Array<{ participantUUID: string }>;
    };
    expect(waiting.participants.map((p) => p.participantUUID)).toEqual([uuid]);
  });

  it('admit fires the waiting-room leave, then a participant join', () => {
    const { sim, events } = make();
    const uuid = sim.join({ screenName: 'Maria' });
    events.length = 0;
    expect(resultOf(call(sim, 'admitParticipantFromWaitingRoom', { participantUUID: uuid }))).toBe(
      'Success',
    );
    expect(events.map((e) => e.name)).toEqual([
      'onWaitingRoomParticipantLeave',
      'onParticipantChange',
    ]);
    expect(events[1]?.data).toMatchObject({
      participants: [
        { status: 'join', screenName: 'Maria', participantUUID: uuid, role: 'attendee' },
      ],
    });
    expect(sim.list().find((p) => p.participantUUID === uuid)?.location).toBe('meeting');
  });

  it('putting someone in the waiting room fires a leave and a putFromMainMeeting join', () => {
    const { sim, events } = make({ waitingRoom: true });
    const uuid = sim.join({ screenName: 'Bob', waitingRoom: false });
    events.length = 0;
    call(sim, 'putParticipantToWaitingRoom', { participantUUID: uuid });
    expect(events.map((e) => e.name)).toEqual([
      'onParticipantChange',
      'onWaitingRoomParticipantJoin',
    ]);
    expect(events[0]?.data).toMatchObject({
      participants: [{ status: 'leave', participantUUID: uuid }],
    });
    expect(events[1]?.data).toMatchObject({
      participant: { action: 'putFromMainMeeting', participantUUID: uuid },
    });
  });

  const errorCases: Array<[string, (sim: MeetingSim) => SdkReply | null, string]> = [
    [
      'admit someone already in the meeting',
      (sim) =>
        call(sim, 'admitParticipantFromWaitingRoom', {
          participantUUID: sim.join({ screenName: 'A', waitingRoom: false }),
        }),
      '10238',
    ],
    [
      'admit an unknown UUID',
      (sim) => call(sim, 'admitParticipantFromWaitingRoom', { participantUUID: 'nobody' }),
      '10238',
    ],
    [
      'put someone already waiting',
      (sim) =>
        call(sim, 'putParticipantToWaitingRoom', {
          participantUUID: sim.join({ screenName: 'A' }),
        }),
      '10237',
    ],
    [
      'put a co-host',
      (sim) =>
        call(sim, 'putParticipantToWaitingRoom', {
          participantUUID: sim.join({ screenName: 'Co', role: 'coHost' }),
        }),
      '10239',
    ],
    [
      'put the host (me)',
      (sim) =>
        call(sim, 'putParticipantToWaitingRoom', { participantUUID: sim.me.participantUUID }),
      '10239',
    ],
    [
      'put an unknown UUID',
      (sim) => call(sim, 'putParticipantToWaitingRoom', { participantUUID: 'nobody' }),
      '10075',
    ],
    [
      'turn on a waiting room that is on',
      (sim) => call(sim, 'setWaitingRoomState', { waitingRoom: true }),
      '10234',
    ],
    [
      'rename an unknown UUID',
      (sim) =>
        call(sim, 'setParticipantScreenName', { participantUUID: 'nobody', screenName: 'x' }),
      '10075',
    ],
    [
      'remove myself',
      (sim) => call(sim, 'removeParticipant', { participantUUID: sim.me.participantUUID }),
      '10051',
    ],
    ['admit without a UUID', (sim) => call(sim, 'admitParticipantFromWaitingRoom', {}), '10000'],
  ];

  it.each(errorCases)('%s fails with Zoom code', (_label, act, code) => {
    const { sim } = make({ waitingRoom: true });
    expect(errorCodeOf(act(sim))).toBe(code);
  });

  it.each([
    'getWaitingRoomParticipants',
    'admitParticipantFromWaitingRoom',
    'putParticipantToWaitingRoom',
  ])('%s fails with 10240 while the waiting room is off', (api) => {
    const { sim } = make({ waitingRoom: false });
    const uuid = sim.join({ screenName: 'A' });
    expect(errorCodeOf(call(sim, api, { participantUUID: uuid }))).toBe('10240');
  });

  it('turning the waiting room off admits everyone waiting', () => {
    const { sim, events } = make();
    sim.join({ screenName: 'A' });
    sim.join({ screenName: 'B' });
    events.length = 0;
    call(sim, 'setWaitingRoomState', { waitingRoom: false });
    expect(events.map((e) => e.name)).toEqual([
      'onWaitingRoomStateChange',
      'onWaitingRoomParticipantLeave',
      'onParticipantChange',
      'onWaitingRoomParticipantLeave',
      'onParticipantChange',
    ]);
    expect(sim.list().every((p) => p.location === 'meeting')).toBe(true);
  });
});

describe('MeetingSim: renames, removals and people', () => {
  it('setParticipantScreenName fires onParticipantChange with the new name', () => {
    const { sim, events } = make({ waitingRoom: false });
    const uuid = sim.join({ screenName: 'jane doe (iPhone)' });
    events.length = 0;
    expect(
      resultOf(
        call(sim, 'setParticipantScreenName', { participantUUID: uuid, screenName: 'Jane D.' }),
      ),
    ).toBe('Success');
    expect(events[0]?.data).toMatchObject({
      participants: [{ status: 'join', participantUUID: uuid, screenName: 'Jane D.' }],
    });
    const list = resultOf(call(sim, 'getMeetingParticipants')) as {
      participants: Array<{ screenName: string }>;
    };
    expect(list.participants.map((p) => p.screenName)).toContain('Jane D.');
  });

  it('setParticipantScreenName refuses someone in the waiting room (10051), renaming nobody', () => {
    const { sim, events } = make({ waitingRoom: true });
    const uuid = sim.join({ screenName: 'jane doe (iPhone)' });
    events.length = 0;
    const reply = call(sim, 'setParticipantScreenName', {
      participantUUID: uuid,
      screenName: 'Jane D.',
    });
    expect(reply).toMatchObject({ errorCode: '10051' });
    expect(events).toEqual([]);
    expect(sim.list().find((p) => p.participantUUID === uuid)?.screenName).toBe(
      'jane doe (iPhone)',
    );
  });

  it('removeParticipant fires a leave and the person is gone', () => {
    const { sim, events } = make({ waitingRoom: false });
    const uuid = sim.join({ screenName: 'Joe Mama' });
    call(sim, 'removeParticipant', { participantUUID: uuid });
    expect(events.at(-1)?.data).toMatchObject({
      participants: [{ status: 'leave', participantUUID: uuid }],
    });
    expect(sim.list().some((p) => p.participantUUID === uuid)).toBe(false);
  });

  it('spells co-host "cohost" in onParticipantChange and "coHost" in snapshots', () => {
    const { sim, events } = make();
    sim.join({ screenName: 'Co', role: 'coHost' });
    expect(events[0]?.data).toMatchObject({ participants: [{ role: 'cohost' }] });
    const list = resultOf(call(sim, 'getMeetingParticipants')) as {
      participants: Array<{ role: string }>;
    };
    expect(list.participants.map((p) => p.role)).toEqual(['host', 'coHost']);
  });

  it('scripted moves throw on impossible requests instead of failing silently', () => {
    const { sim } = make({ waitingRoom: false });
    expect(() => sim.join({ screenName: 'A', waitingRoom: true })).toThrow(/waiting room is off/);
    expect(() => sim.admit('nobody')).toThrow(/10240/);
    expect(() => sim.leave(sim.me.participantUUID)).toThrow();
  });

  it('the same seed gives the same participant UUIDs', () => {
    const a = make().sim;
    const b = make().sim;
    expect(a.join({ screenName: 'X' })).toBe(b.join({ screenName: 'X' }));
    expect(a.me.participantUUID).toMatch(
      /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/,
    );
  });
});

describe('MeetingSim: injected failures and the call log', () => {
  it('failNext fails one call with the given code, then the API works again', () => {
    const { sim } = make();
    sim.failNext('getWaitingRoomState', 10233);
    expect(call(sim, 'getWaitingRoomState')).toMatchObject({
      errorCode: '10233',
      errorMessage: 'Waiting room is locked',
    });
    expect(resultOf(call(sim, 'getWaitingRoomState'))).toEqual({ waitingRoom: true });
  });

  it("failNext(api, 'timeout') leaves the call unanswered and changes nothing", () => {
    const { sim } = make();
    const uuid = sim.join({ screenName: 'A' });
    sim.failNext('admitParticipantFromWaitingRoom', 'timeout');
    expect(call(sim, 'admitParticipantFromWaitingRoom', { participantUUID: uuid })).toBeNull();
    expect(sim.list().find((p) => p.participantUUID === uuid)?.location).toBe('waitingRoom');
    expect(sim.calls.at(-1)).toMatchObject({
      apiName: 'admitParticipantFromWaitingRoom',
      outcome: 'no-reply',
    });
  });

  it('records every call with its data, time and outcome', () => {
    const { sim } = make();
    call(sim, 'getUserContext');
    call(sim, 'putParticipantToWaitingRoom', { participantUUID: 'nobody' });
    expect(sim.calls.map(({ apiName, outcome, at }) => ({ apiName, outcome, at }))).toEqual([
      { apiName: 'config', outcome: 'ok', at: NOW },
      { apiName: 'getUserContext', outcome: 'ok', at: NOW },
      { apiName: 'putParticipantToWaitingRoom', outcome: 'error', at: NOW },
    ]);
    expect(sim.calls[2]).toMatchObject({ data: { participantUUID: 'nobody' }, errorCode: '10075' });
  });

  it('records showNotification toasts', () => {
    const { sim } = make();
    expect(
      resultOf(
        call(sim, 'showNotification', {
          type: 'warning',
          title: 'Auto-lock',
          message: 'Locking in 1 minute',
        }),
      ),
    ).toBe('Success');
    expect(sim.notifications).toEqual([
      { type: 'warning', title: 'Auto-lock', message: 'Locking in 1 minute', at: NOW },
    ]);
  });

  it('reset restores the setup and clears logs and configuration', () => {
    const { sim } = make({ participants: [{ screenName: 'Early bird' }] });
    sim.join({ screenName: 'Late' });
    sim.failNext('getUserContext', 10051);
    sim.reset();
    expect(sim.list().map((p) => p.screenName)).toEqual(['Dana Host', 'Early bird']);
    expect(sim.calls).toEqual([]);
    expect(sim.configured).toBe(false);
    call(sim, 'config', { js_api_lists: ['getUserContext'] });
    expect(resultOf(call(sim, 'getUserContext'))).toMatchObject({ screenName: 'Dana Host' });
  });
});

describe('MeetingSim: a new occurrence of the same meeting ID', () => {
  it('keeps the meeting ID, gives a new meeting UUID, and starts the meeting over', () => {
    const { sim } = make();
    sim.join({ screenName: 'Ann Lee' });
    const uuid = sim.newOccurrence();
    expect(uuid).not.toBe('mtg-uuid==');
    expect(uuid).toMatch(/^[\w+/]{22}==$/u);
    // Configured again, as the app must after its panel reloads in the new occurrence.
    call(sim, 'config', { js_api_lists: SUPPORTED_CAPABILITIES, version: '0.16' });
    expect(resultOf(call(sim, 'getMeetingUUID'))).toEqual({ meetingUUID: uuid });
    expect(resultOf(call(sim, 'getMeetingContext'))).toEqual({
      meetingTopic: 'Thursday group',
      meetingID: '81234567890',
    });
    expect(sim.list().map((p) => p.screenName)).toEqual(['Dana Host']);
  });
});
