import { describe, expect, it } from 'vitest';
import type { Fidelity } from './fidelity';
import { fidelityFromParams } from './fidelity';
import { MeetingSim, SUPPORTED_CAPABILITIES } from './meeting-sim';
import type { MeetingSetup, SdkReply, SimEvent } from './meeting-sim';

/** Breakout rooms, role changes of others, client profiles and the strict defaults. */

const NOW = 1_750_000_000_000;
let counter = 0;

function make(fidelity: Partial<Fidelity> = {}, overrides: Partial<MeetingSetup> = {}) {
  let now = NOW;
  const sim = new MeetingSim(
    {
      topic: 'Group',
      meetingID: '81234567890',
      meetingUUID: 'main-uuid==',
      me: { screenName: 'Dana Host', role: 'host' },
      waitingRoom: true,
      participants: [
        { screenName: 'Ann Lee' },
        { screenName: 'Bob Kim' },
        { screenName: 'Wen Waiting', waitingRoom: true },
      ],
      ...overrides,
    },
    { seed: 3, now: () => now, fidelity },
  );
  const events: SimEvent[] = [];
  sim.onEvent((e) => events.push(e));
  const call = (apiName: string, data?: unknown): SdkReply | null => {
    const jsCallId = `c${++counter}`;
    sim.receive({ jsCallId, apiName, data });
    return sim.process(jsCallId);
  };
  const configReply = call('config', { js_api_lists: SUPPORTED_CAPABILITIES, version: '0.16' });
  const uuidOf = (name: string): string => {
    const p = sim.list().find((x) => x.screenName === name);
    if (!p) throw new Error(`no ${name}`);
    return p.participantUUID;
  };
  return { sim, events, call, configReply, uuidOf, advance: (ms: number) => (now += ms) };
}

const code = (reply: SdkReply | null) => (reply && 'errorCode' in reply ? reply.errorCode : null);
const result = (reply: SdkReply | null) =>
  (reply && 'result' in reply ? reply.result : null) as Record<string, unknown>;
const names = (reply: SdkReply | null) =>
  (result(reply).participants as Array<{ screenName: string }>).map((p) => p.screenName).sort();

describe('MeetingSim: breakout rooms', () => {
  it('people moving to a room leave the main session with new ids, and come back with new ones', () => {
    const { sim, events, call, uuidOf } = make();
    const ann = uuidOf('Ann Lee');
    const rooms = sim.openBreakoutRooms({ 'Room 1': [ann] });
    expect(Object.keys(rooms)).toEqual(['Room 1']);
    expect(events.map((e) => e.name)).toEqual(['onMeetingConfigChanged', 'onParticipantChange']);
    expect(names(call('getMeetingParticipants'))).toEqual(['Bob Kim', 'Dana Host']);
    const inRoom = uuidOf('Ann Lee');
    expect(inRoom).not.toBe(ann);
    sim.closeBreakoutRooms();
    const back = uuidOf('Ann Lee');
    expect(back).not.toBe(inRoom);
    const joins = events.filter((e) => e.name === 'onParticipantChange').slice(1);
    expect(joins).toHaveLength(1);
    expect(joins[0]?.data).toMatchObject({
      participants: [{ status: 'join', participantUUID: back }],
    });
    expect(names(call('getMeetingParticipants'))).toEqual(['Ann Lee', 'Bob Kim', 'Dana Host']);
  });

  it('keeps UUIDs across moves with roomUUIDs=keep (the typings), but still changes participantId', () => {
    const { sim, uuidOf, call } = make({ newUUIDOnRoomMove: false });
    const ann = uuidOf('Ann Lee');
    const before = (
      result(call('getMeetingParticipants')).participants as Array<Record<string, string>>
    ).find((p) => p.participantUUID === ann)?.participantId;
    sim.openBreakoutRooms({ A: [ann] });
    sim.closeBreakoutRooms();
    expect(uuidOf('Ann Lee')).toBe(ann);
    const after = (
      result(call('getMeetingParticipants')).participants as Array<Record<string, string>>
    ).find((p) => p.participantUUID === ann)?.participantId;
    expect(after).not.toBe(before);
  });

  it('the app user in a room: onBreakoutRoomChange, parentUUID, the room only, and 10236', () => {
    const { sim, events, call, uuidOf } = make();
    const rooms = sim.openBreakoutRooms({ A: [uuidOf('Ann Lee'), uuidOf('Dana Host')] });
    const roomUUID = rooms.A;
    expect(events.find((e) => e.name === 'onBreakoutRoomChange')?.data).toMatchObject({
      action: 'join',
      breakoutRoomUUID: roomUUID,
    });
    expect(result(call('getMeetingUUID'))).toEqual({
      meetingUUID: roomUUID,
      parentUUID: 'main-uuid==',
    });
    expect(names(call('getMeetingParticipants'))).toEqual(['Ann Lee', 'Dana Host']);
    expect(code(call('setWaitingRoomState', { waitingRoom: false }))).toBe('10236');
    expect(code(call('getWaitingRoomParticipants'))).toBe('10236');
    expect(result(call('getBreakoutRoomList'))).toMatchObject({ state: 'open' });
    sim.closeBreakoutRooms();
    expect(events.filter((e) => e.name === 'onBreakoutRoomChange').at(-1)?.data).toMatchObject({
      action: 'leave',
    });
    expect(result(call('getMeetingUUID'))).toEqual({ meetingUUID: 'main-uuid==' });
    expect(result(call('getBreakoutRoomList'))).toMatchObject({ state: 'closed' });
  });
});

describe('MeetingSim: role changes of others', () => {
  it('a new UUID on a role change, with the join sent twice (the strict default)', () => {
    const { sim, events, uuidOf } = make();
    const ann = uuidOf('Ann Lee');
    events.length = 0;
    const next = sim.setRole(ann, 'coHost');
    expect(next).not.toBe(ann);
    expect(
      events.map(
        (e) => (e.data as { participants: Array<{ status: string }> }).participants[0]?.status,
      ),
    ).toEqual(['leave', 'join', 'join']);
    expect(events[1]?.data).toMatchObject({
      participants: [{ participantUUID: next, role: 'cohost' }],
    });
  });

  it('one event and the same UUID when both switches are off', () => {
    const { sim, events, uuidOf } = make({ newUUIDOnRoleChange: false, doubleRoleEvents: false });
    const ann = uuidOf('Ann Lee');
    events.length = 0;
    expect(sim.setRole(ann, 'coHost')).toBe(ann);
    expect(events).toHaveLength(1);
  });

  it('reconnect keeps the UUID', () => {
    const { sim, events, uuidOf } = make();
    const bob = uuidOf('Bob Kim');
    events.length = 0;
    sim.reconnect(bob);
    expect(uuidOf('Bob Kim')).toBe(bob);
    expect(events).toHaveLength(2);
  });
});

describe('MeetingSim: strict by default, and client profiles', () => {
  it('refuses rename and remove of someone waiting unless allowed', () => {
    const strict = make();
    const wen = strict.uuidOf('Wen Waiting');
    expect(
      code(strict.call('setParticipantScreenName', { participantUUID: wen, screenName: 'W' })),
    ).toBe('10051');
    expect(code(strict.call('removeParticipant', { participantUUID: wen }))).toBe('10051');
    const kind = make({ allowWaitingRoomRename: true, allowWaitingRoomRemove: true });
    const wen2 = kind.uuidOf('Wen Waiting');
    expect(
      code(kind.call('setParticipantScreenName', { participantUUID: wen2, screenName: 'W' })),
    ).toBeNull();
    expect(code(kind.call('removeParticipant', { participantUUID: wen2 }))).toBeNull();
  });

  it('the web client lists the waiting-room APIs as unsupported and refuses them', () => {
    const { configReply, call } = make({ profile: 'web' });
    expect(result(configReply)).toMatchObject({ product: 'web' });
    expect(result(configReply).unsupportedApis).toEqual(
      expect.arrayContaining(['getWaitingRoomParticipants', 'admitParticipantFromWaitingRoom']),
    );
    expect(code(call('getWaitingRoomParticipants'))).toBe('80004');
    expect(code(call('getMeetingParticipants'))).toBeNull();
  });

  it('the web client sends no onShareScreen, cannot post to the chat, rename, read e-mails or remove (desktop only in the typings)', () => {
    const web = make({ profile: 'web' });
    expect(result(web.configReply).unsupportedApis).toEqual(
      expect.arrayContaining(['onShareScreen', 'sendMessageToChat']),
    );
    web.sim.shareScreen(web.uuidOf('Ann Lee'), true);
    expect(web.events.filter((e) => e.name === 'onShareScreen')).toEqual([]);
    expect(code(web.call('sendMessageToChat', { message: 'Hello' }))).toBe('80004');
    // Renaming, reading e-mails and removing are desktop (removing also mobile) in the typings.
    const ann = web.uuidOf('Ann Lee');
    expect(
      code(web.call('setParticipantScreenName', { participantUUID: ann, screenName: 'Ann L.' })),
    ).toBe('80004');
    expect(code(web.call('getMeetingParticipantsEmail'))).toBe('80004');
    expect(code(web.call('removeParticipant', { participantUUID: ann }))).toBe('80004');

    const desktop = make();
    const annOnDesktop = desktop.uuidOf('Ann Lee');
    desktop.sim.shareScreen(annOnDesktop, true);
    expect(desktop.events.filter((e) => e.name === 'onShareScreen').map((e) => e.data)).toEqual([
      {
        participantUUID: annOnDesktop,
        timestamp: expect.any(Number),
        action: 'start',
        withSound: false,
      },
    ]);
  });

  it('a guest co-host is unauthenticated and may not read the participant list', () => {
    const { configReply, call } = make(
      { profile: 'guestCoHost' },
      {
        me: { screenName: 'Guest', role: 'coHost' },
      },
    );
    expect(result(configReply).auth).toMatchObject({ status: 'unauthenticated' });
    expect(code(call('getMeetingParticipants'))).toBe('80012');
  });

  it('a co-host with a deny list gets 80012 for exactly those APIs', () => {
    const { call } = make(
      { profile: 'coHostDenied', deniedApis: ['getWaitingRoomParticipants'] },
      {
        me: { screenName: 'Co', role: 'coHost' },
      },
    );
    expect(code(call('getWaitingRoomParticipants'))).toBe('80012');
    expect(code(call('getWaitingRoomState'))).toBeNull();
  });

  it('host-only context APIs refuse an attendee', () => {
    const { call } = make({}, { me: { screenName: 'Att', role: 'attendee' } });
    expect(code(call('getMeetingContext'))).toBe('80012');
    expect(code(call('getMeetingUUID'))).toBeNull();
  });

  it('config expires after its lifetime: calls fail until the panel configures again', () => {
    const { call, advance } = make({ configExpiresAfterMs: 1_000 });
    expect(code(call('getUserContext'))).toBeNull();
    advance(1_000);
    expect(code(call('getUserContext'))).toBe('80001');
    call('config', { js_api_lists: SUPPORTED_CAPABILITIES, version: '0.16' });
    expect(code(call('getUserContext'))).toBeNull();
  });

  it('an admit whose person never arrives: the leave comes, the join does not', () => {
    const { sim, events, call, uuidOf } = make();
    const wen = uuidOf('Wen Waiting');
    sim.loseNextAdmit();
    events.length = 0;
    expect(code(call('admitParticipantFromWaitingRoom', { participantUUID: wen }))).toBeNull();
    expect(events.map((e) => e.name)).toEqual(['onWaitingRoomParticipantLeave']);
    expect(sim.list().some((p) => p.screenName === 'Wen Waiting')).toBe(false);
  });

  it('reads its switches from the URL, strict unless told otherwise', () => {
    const strict = fidelityFromParams(new URLSearchParams(''));
    expect(strict).toMatchObject({
      profile: 'desktop',
      newUUIDOnRoomMove: true,
      allowWaitingRoomRemove: false,
    });
    const kind = fidelityFromParams(
      new URLSearchParams('profile=web&allow=waitingRoomRemove&roomUUIDs=keep&configExpiry=never'),
    );
    expect(kind).toMatchObject({
      profile: 'web',
      newUUIDOnRoomMove: false,
      allowWaitingRoomRemove: true,
      configExpiresAfterMs: null,
    });
  });

  it('an API missing from the Marketplace app is unsupported: listed by config, refused 80004', () => {
    const { configReply, call } = make({
      marketplaceApis: SUPPORTED_CAPABILITIES.filter((api) => api !== 'removeParticipant'),
    });
    expect(result(configReply).unsupportedApis).toEqual(['removeParticipant']);
    expect(code(call('removeParticipant', { participantUUID: 'x' }))).toBe('80004');
  });
});
