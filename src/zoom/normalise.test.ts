import { describe, expect, it } from 'vitest';
import type { MeetingEvent } from './meeting-client';
import {
  authorizedEvent,
  createDuplicateFilter,
  eventTime,
  meetingInfoOf,
  normaliseRole,
  participantChangeEvents,
  toParticipant,
  toParticipants,
  toUserContext,
  waitingRoomJoinEvent,
  waitingRoomLeaveEvent,
  waitingRoomStateEvent,
} from './normalise';

const NOW = 1_750_000_000_000;

describe('normaliseRole', () => {
  it.each([
    ['host', 'host'],
    ['coHost', 'coHost'],
    ['cohost', 'coHost'],
    ['CoHost', 'coHost'],
    ['co-host', 'coHost'],
    ['attendee', 'attendee'],
    ['panelist', 'panelist'],
    ['Panelist', 'panelist'],
    ['participant', 'attendee'],
    ['', 'attendee'],
    [undefined, 'attendee'],
    [3, 'attendee'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseRole(raw)).toBe(expected);
  });
});

describe('toParticipant', () => {
  it.each([
    [
      'a full entry',
      { participantUUID: 'u1', screenName: 'Ann', role: 'cohost' },
      { participantUUID: 'u1', screenName: 'Ann', role: 'coHost' },
    ],
    [
      'a missing name',
      { participantUUID: 'u1', role: 'host' },
      { participantUUID: 'u1', screenName: '', role: 'host' },
    ],
    [
      'a missing role',
      { participantUUID: 'u1', screenName: 'Ann' },
      { participantUUID: 'u1', screenName: 'Ann', role: 'attendee' },
    ],
    [
      'a non-string name',
      { participantUUID: 'u1', screenName: 42 },
      { participantUUID: 'u1', screenName: '', role: 'attendee' },
    ],
    ['no UUID', { screenName: 'Ann', role: 'host' }, null],
    ['an empty UUID', { participantUUID: '', screenName: 'Ann' }, null],
    ['a numeric UUID', { participantUUID: 7, screenName: 'Ann' }, null],
    ['null', null, null],
    ['a string', 'u1', null],
  ])('%s', (_label, raw, expected) => {
    expect(toParticipant(raw)).toEqual(expected);
  });

  it('keeps display names exactly as sent, markup included', () => {
    const name = '<img src=x onerror=alert(1)>  ';
    expect(toParticipant({ participantUUID: 'u1', screenName: name })?.screenName).toBe(name);
  });
});

describe('toParticipants', () => {
  it('drops waiting-room entries without a UUID and fills the optional fields', () => {
    const reply = {
      participants: [
        { participantUUID: 'w1', screenName: 'Wendy' },
        { screenName: 'No UUID' },
        { participantUUID: 'w2' },
        { participantUUID: 'w3', screenName: 'Cole', role: 'cohost' },
      ],
    };
    expect(toParticipants(reply)).toEqual([
      { participantUUID: 'w1', screenName: 'Wendy', role: 'attendee' },
      { participantUUID: 'w2', screenName: '', role: 'attendee' },
      { participantUUID: 'w3', screenName: 'Cole', role: 'coHost' },
    ]);
  });

  it.each([[undefined], [{}], [{ participants: 'nope' }], ['x']])(
    'reads %j as an empty list',
    (reply) => {
      expect(toParticipants(reply)).toEqual([]);
    },
  );
});

describe('toUserContext', () => {
  it('normalises a getUserContext reply', () => {
    expect(
      toUserContext({
        screenName: 'Hana',
        participantUUID: 'me',
        role: 'coHost',
        status: 'authorized',
      }),
    ).toEqual({
      participantUUID: 'me',
      screenName: 'Hana',
      role: 'coHost',
    });
  });

  it('fills what an onMyUserContextChange payload lacks from what we knew', () => {
    const before = { participantUUID: 'me', screenName: 'Hana', role: 'host' as const };
    expect(toUserContext({ role: 'attendee', timestamp: 1 }, before)).toEqual({
      participantUUID: 'me',
      screenName: 'Hana',
      role: 'attendee',
    });
    expect(toUserContext({ screenName: 'Hana K' }, before)).toEqual({
      participantUUID: 'me',
      screenName: 'Hana K',
      role: 'host',
    });
  });
});

describe('eventTime', () => {
  it.each([
    ['seconds (as in the typings)', 1614831950, 1614831950000],
    ['milliseconds', 1614831950123, 1614831950123],
    ['seconds as a string', '1614831950', 1614831950000],
    ['fractional seconds', 1614831950.5, 1614831950500],
    ['missing', undefined, NOW],
    ['zero', 0, NOW],
    ['negative', -5, NOW],
    ['not a number', 'soon', NOW],
    ['NaN', Number.NaN, NOW],
  ])('%s', (_label, raw, expected) => {
    expect(eventTime(raw, NOW)).toBe(expected);
  });
});

describe('participantChangeEvents', () => {
  it('turns one payload with several participants into one event each, in order', () => {
    const events = participantChangeEvents(
      {
        timestamp: 1614831950,
        participants: [
          {
            status: 'join',
            screenName: 'Ann',
            participantUUID: 'a',
            role: 'attendee',
            participantId: 1,
          },
          { status: 'leave', screenName: 'Bob', participantUUID: 'b', role: 'cohost' },
          { status: 'join', screenName: 'Cy', participantUUID: 'c', role: 'host' },
        ],
      },
      NOW,
    );
    const at = 1614831950000;
    expect(events).toEqual([
      {
        type: 'participantJoined',
        at,
        participant: { participantUUID: 'a', screenName: 'Ann', role: 'attendee' },
      },
      {
        type: 'participantLeft',
        at,
        participant: { participantUUID: 'b', screenName: 'Bob', role: 'coHost' },
      },
      {
        type: 'participantJoined',
        at,
        participant: { participantUUID: 'c', screenName: 'Cy', role: 'host' },
      },
    ]);
  });

  it('skips entries without a UUID or with an unknown status', () => {
    const events = participantChangeEvents(
      {
        participants: [
          { status: 'join', screenName: 'Ghost' },
          { status: 'wave', participantUUID: 'w', screenName: 'Wave' },
          { status: 'leave', participantUUID: 'l' },
        ],
      },
      NOW,
    );
    expect(events).toEqual([
      {
        type: 'participantLeft',
        at: NOW,
        participant: { participantUUID: 'l', screenName: '', role: 'attendee' },
      },
    ]);
  });

  it.each([[undefined], [{}], [{ participants: null }]])('reads %j as no events', (raw) => {
    expect(participantChangeEvents(raw, NOW)).toEqual([]);
  });
});

describe('waiting-room events', () => {
  it('a new arrival', () => {
    expect(
      waitingRoomJoinEvent(
        {
          timestamp: 1700000000,
          participant: { action: 'joinMeeting', screenName: 'Wendy', participantUUID: 'w1' },
        },
        NOW,
      ),
    ).toEqual({
      type: 'waitingRoomJoined',
      at: 1700000000000,
      participant: { participantUUID: 'w1', screenName: 'Wendy', role: 'attendee' },
      cause: 'joinMeeting',
    });
  });

  it('someone sent back from the meeting, name missing', () => {
    expect(
      waitingRoomJoinEvent(
        { participant: { action: 'putFromMainMeeting', participantUUID: 'w1' } },
        NOW,
      ),
    ).toEqual({
      type: 'waitingRoomJoined',
      at: NOW,
      participant: { participantUUID: 'w1', screenName: '', role: 'attendee' },
      cause: 'putFromMainMeeting',
    });
  });

  it('an arrival without a UUID is dropped', () => {
    expect(
      waitingRoomJoinEvent({ participant: { action: 'joinMeeting', screenName: 'Ghost' } }, NOW),
    ).toBeNull();
    expect(waitingRoomJoinEvent(undefined, NOW)).toBeNull();
  });

  it('a leave', () => {
    expect(
      waitingRoomLeaveEvent(
        { timestamp: 1700000000123, participant: { screenName: 'Wendy', participantUUID: 'w1' } },
        NOW,
      ),
    ).toEqual({
      type: 'waitingRoomLeft',
      at: 1700000000123,
      participantUUID: 'w1',
      screenName: 'Wendy',
    });
    expect(waitingRoomLeaveEvent({ participant: {} }, NOW)).toBeNull();
  });

  it('a state change, and a payload without the flag', () => {
    expect(waitingRoomStateEvent({ waitingRoom: true, timestamp: 1700000000 }, NOW)).toEqual({
      type: 'waitingRoomStateChanged',
      at: 1700000000000,
      enabled: true,
    });
    expect(waitingRoomStateEvent({ waitingRoom: false }, NOW)).toMatchObject({ enabled: false });
    expect(waitingRoomStateEvent({ waitingRoom: 'on' }, NOW)).toBeNull();
  });
});

describe('meetingInfoOf', () => {
  it('keys a breakout room by its parent meeting', () => {
    expect(
      meetingInfoOf(
        { meetingTopic: 'Board', meetingID: '812' },
        { meetingUUID: 'room', parentUUID: 'main' },
      ),
    ).toEqual({
      meetingUUID: 'main',
      meetingID: '812',
      topic: 'Board',
    });
  });

  it('uses the meeting UUID in the main room and copes with a numeric ID', () => {
    expect(
      meetingInfoOf({ meetingTopic: 'Board', meetingID: 812 }, { meetingUUID: 'main' }),
    ).toEqual({
      meetingUUID: 'main',
      meetingID: '812',
      topic: 'Board',
    });
  });
});

describe('createDuplicateFilter', () => {
  const ann = { participantUUID: 'a', screenName: 'Ann', role: 'attendee' as const };
  const join = (at = NOW): Extract<MeetingEvent, { type: 'participantJoined' }> => ({
    type: 'participantJoined',
    at,
    participant: ann,
  });
  const leave = (at = NOW): MeetingEvent => ({ type: 'participantLeft', at, participant: ann });

  it('drops the same event seen twice within the window, whatever Zoom timestamps it with', () => {
    const isNew = createDuplicateFilter(2000);
    expect(isNew(join(1), NOW)).toBe(true);
    expect(isNew(join(2), NOW + 500)).toBe(false);
  });

  it('lets the same event through again once the window has passed', () => {
    const isNew = createDuplicateFilter(2000);
    expect(isNew(join(), NOW)).toBe(true);
    expect(isNew(join(), NOW + 2001)).toBe(true);
  });

  it('never drops a quick join → leave → join', () => {
    const isNew = createDuplicateFilter(2000);
    expect([isNew(join(), NOW), isNew(leave(), NOW + 10), isNew(join(), NOW + 20)]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('treats a changed name or role, or another person, as news', () => {
    const isNew = createDuplicateFilter(2000);
    expect(isNew(join(), NOW)).toBe(true);
    expect(isNew({ ...join(), participant: { ...ann, screenName: 'Ann B' } }, NOW)).toBe(true);
    expect(
      isNew({ ...join(), participant: { ...ann, screenName: 'Ann B', role: 'coHost' } }, NOW),
    ).toBe(true);
    expect(isNew({ ...join(), participant: { ...ann, participantUUID: 'b' } }, NOW)).toBe(true);
  });

  it('passes other event types untouched', () => {
    const isNew = createDuplicateFilter(2000);
    const state: MeetingEvent = { type: 'waitingRoomStateChanged', at: NOW, enabled: true };
    expect([isNew(state, NOW), isNew(state, NOW)]).toEqual([true, true]);
  });
});

describe('authorizedEvent', () => {
  it('keeps the code only on success, and the state Zoom echoes', () => {
    expect(
      authorizedEvent({ code: 'c', result: true, state: 's', redirectUri: 'r', timestamp: 5 }, 9),
    ).toEqual({ type: 'authorized', at: 5000, code: 'c', state: 's' });
    expect(authorizedEvent({ code: 'c', result: false, timestamp: 5 }, 9)).toEqual({
      type: 'authorized',
      at: 5000,
      code: null,
      state: null,
    });
    expect(authorizedEvent({ code: '', result: true, state: 7 }, 9)).toMatchObject({
      code: null,
      state: null,
    });
  });
});
