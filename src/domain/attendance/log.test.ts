import { describe, expect, it } from 'vitest';
import { actionEvent, appendEvent, appendEvents, eventFromMeeting } from './log';
import type { AttendanceEvent } from './types';

const ev = (
  kind: 'join' | 'leave',
  uuid: string,
  at: number,
  screenName = uuid,
): AttendanceEvent => ({ kind, participantUUID: uuid, screenName, at, reconstructed: false });
const order = (log: AttendanceEvent[]) =>
  log.map(
    (event) =>
      `${event.kind}:${'participantUUID' in event ? event.participantUUID : ''}@${event.at}`,
  );

describe('appendEvent / appendEvents', () => {
  it('appends in time order, slots a late event in, and keeps arrival order for equal times', () => {
    let log = appendEvent([], ev('join', 'a', 10));
    log = appendEvent(log, ev('join', 'b', 30));
    log = appendEvent(log, ev('join', 'c', 20));
    log = appendEvent(log, ev('leave', 'a', 30));
    expect(order(log)).toEqual(['join:a@10', 'join:c@20', 'join:b@30', 'leave:a@30']);
  });

  it('drops exact duplicates (Zoom fires some events twice) but keeps a real rejoin', () => {
    const log = appendEvents(
      [],
      [ev('join', 'a', 10), ev('join', 'a', 10), ev('leave', 'a', 20), ev('join', 'a', 30)],
    );
    expect(order(log)).toEqual(['join:a@10', 'leave:a@20', 'join:a@30']);
    expect(appendEvent(log, { kind: 'lock', at: 40, reconstructed: false })).toHaveLength(4);
    expect(
      appendEvents(log, [
        { kind: 'lock', at: 40, reconstructed: false },
        { kind: 'lock', at: 40, reconstructed: false },
      ]),
    ).toHaveLength(4);
  });

  it('keeps an event identical to an earlier one when something else happened in between', () => {
    const wrLeave: AttendanceEvent = {
      kind: 'waitingRoomLeave',
      participantUUID: 'd',
      screenName: 'd',
      at: 100,
      reconstructed: false,
    };
    const sentBack: AttendanceEvent = {
      kind: 'sentToWaitingRoom',
      participantUUID: 'd',
      screenName: 'd',
      at: 100,
      reconstructed: false,
    };
    expect(appendEvents([wrLeave, sentBack], [wrLeave])).toEqual([wrLeave, sentBack, wrLeave]);
    // Another participant's event in between does not make a double real.
    expect(
      appendEvents([ev('join', 'a', 10), ev('join', 'b', 10)], [ev('join', 'a', 10)]),
    ).toHaveLength(2);
  });

  it('never mutates the log it is given', () => {
    const log = [ev('join', 'a', 10)];
    appendEvent(log, ev('join', 'b', 5));
    expect(order(log)).toEqual(['join:a@10']);
  });

  it('takes a 200-person join storm in one batch, in order', () => {
    const storm = Array.from({ length: 200 }, (_, i) => ev('join', `p${i}`, 1000 + (i % 7)));
    const log = appendEvents([], storm);
    expect(log).toHaveLength(200);
    expect(log.every((event, i) => i === 0 || (log[i - 1]?.at ?? 0) <= event.at)).toBe(true);
  });
});

describe('eventFromMeeting', () => {
  const who = { participantUUID: 'u1', screenName: 'Jane', role: 'attendee' as const };
  it.each([
    [{ type: 'participantJoined', at: 5, participant: who }, 'join'],
    [{ type: 'participantLeft', at: 5, participant: who }, 'leave'],
    [
      { type: 'waitingRoomJoined', at: 5, participant: who, cause: 'joinMeeting' },
      'waitingRoomJoin',
    ],
    [
      { type: 'waitingRoomJoined', at: 5, participant: who, cause: 'putFromMainMeeting' },
      'sentToWaitingRoom',
    ],
    [
      { type: 'waitingRoomLeft', at: 5, participantUUID: 'u1', screenName: 'Jane' },
      'waitingRoomLeave',
    ],
  ])('%j → %s', (event, kind) => {
    expect(eventFromMeeting(event, (uuid) => (uuid === 'u1' ? 'R1' : null))).toEqual({
      kind,
      at: 5,
      participantUUID: 'u1',
      screenName: 'Jane',
      rollId: 'R1',
      reconstructed: false,
    });
  });

  it.each([
    { type: 'waitingRoomStateChanged', at: 5, enabled: true },
    { type: 'myContextChanged', at: 5, user: who },
  ])('ignores %j', (event) => {
    expect(eventFromMeeting(event)).toBeNull();
  });

  it('builds action events for admits and renames', () => {
    expect(
      actionEvent(
        { kind: 'rename', participantUUID: 'u1', screenName: 'Jane D.', previousName: 'Jane Doe' },
        9,
        'panel',
        'R1',
      ),
    ).toEqual({
      kind: 'rename',
      participantUUID: 'u1',
      screenName: 'Jane D.',
      previousName: 'Jane Doe',
      at: 9,
      by: 'panel',
      rollId: 'R1',
      reconstructed: false,
    });
  });
});
