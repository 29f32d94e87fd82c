import { describe, expect, it } from 'vitest';
import { createAppStore } from './app-store';
import { BREAKOUT_SETTLE_MS, selectMeetingLimits, selectPeopleMoving } from './meeting-slice';

describe('meeting slice: breakout rooms and limits', () => {
  it('people are moving while rooms are open and for a while after they close', () => {
    const store = createAppStore();
    const t = 1_000_000;
    expect(selectPeopleMoving(store.getState(), t)).toBe(false);
    store.getState().setBreakout({ roomsOpen: true }, t);
    expect(selectPeopleMoving(store.getState(), t + 5_000_000)).toBe(true);
    store.getState().setBreakout({ roomsOpen: false }, t + 10);
    expect(selectPeopleMoving(store.getState(), t + 10 + BREAKOUT_SETTLE_MS - 1)).toBe(true);
    expect(selectPeopleMoving(store.getState(), t + 10 + BREAKOUT_SETTLE_MS)).toBe(false);
  });

  it('in a room, rooms are open; leaving the room drops its name', () => {
    const store = createAppStore();
    store.getState().setBreakout({ roomUUID: 'r1', roomName: 'Room 1', roomsOpen: true }, 1);
    expect(store.getState().breakout).toMatchObject({ roomUUID: 'r1', roomName: 'Room 1' });
    store.getState().setBreakout({ roomUUID: null }, 2);
    expect(store.getState().breakout).toMatchObject({ roomUUID: null, roomName: null });
  });

  it('limits: the web client, refused APIs in a host’s order, and whether the lock can act', () => {
    const store = createAppStore();
    expect(selectMeetingLimits(store.getState())).toEqual({
      webClient: false,
      guest: false,
      denied: [],
      cannotEnforce: false,
    });
    store.getState().noteDeniedApi('putParticipantToWaitingRoom');
    store.getState().noteDeniedApi('getWaitingRoomParticipants');
    expect(selectMeetingLimits(store.getState())).toMatchObject({
      denied: ['getWaitingRoomParticipants', 'putParticipantToWaitingRoom'],
      cannotEnforce: true,
    });
    store.getState().clearDeniedApis();
    store.getState().updateConnection({
      clientInfo: {
        clientVersion: '6.4.10.1',
        runningContext: 'inMeeting',
        unsupportedApis: ['getWaitingRoomParticipants'],
        product: 'web',
      },
    });
    expect(selectMeetingLimits(store.getState())).toMatchObject({
      webClient: true,
      cannotEnforce: true,
    });
  });
});
