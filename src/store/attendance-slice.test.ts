import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttendanceEvent, ObservedEvent } from '../domain/attendance';
import { createAppStore } from './app-store';
import type { AppStore } from './app-store';
import type { ObservedAttendance } from './attendance-slice';

const joined = (uuid: string, screenName: string, at: number): ObservedAttendance => ({
  event: { type: 'participantJoined', at, participant: { participantUUID: uuid, screenName } },
  rollId: null,
});
const left = (uuid: string, screenName: string, at: number): ObservedAttendance => ({
  event: { type: 'participantLeft', at, participant: { participantUUID: uuid, screenName } },
  rollId: null,
});
const summary = (store: AppStore) =>
  store
    .getState()
    .attendance.log.map((event) =>
      'participantUUID' in event
        ? `${event.kind} ${event.participantUUID} ${event.screenName}${event.kind === 'rename' ? ` (was ${event.previousName})` : ''}`
        : event.kind,
    );

describe('attendance slice', () => {
  it('logs a join under a new name by someone already in as a rename, and drops a repeated join', () => {
    const store = createAppStore();
    store
      .getState()
      .logMeetingEvents([
        joined('a', 'Ann', 1),
        joined('a', 'Ann', 2),
        joined('a', 'Ann Lee', 3),
        left('a', 'Ann Lee', 4),
        joined('a', 'Ann Lee', 5),
      ]);
    expect(summary(store)).toEqual([
      'join a Ann',
      'rename a Ann Lee (was Ann)',
      'leave a Ann Lee',
      'join a Ann Lee',
    ]);
  });

  it.each(['__proto__', 'constructor', 'toString'])(
    'logs the comings and goings of a participant UUID "%s" like anyone else’s',
    (uuid) => {
      const store = createAppStore();
      const log = store.getState().logMeetingEvents;
      // One batch at a time (the presence carried over), and all at once (worked out afresh).
      log([joined(uuid, 'Ann', 1)]);
      log([left(uuid, 'Ann', 2)]);
      log([joined(uuid, 'Ann', 3)]);
      log([joined(uuid, 'Ann Lee', 4)]);
      const expected = [
        `join ${uuid} Ann`,
        `leave ${uuid} Ann`,
        `join ${uuid} Ann`,
        `rename ${uuid} Ann Lee (was Ann)`,
      ];
      expect(summary(store)).toEqual(expected);
      const again = createAppStore();
      again.getState().logAttendanceEvents(store.getState().attendance.log.slice(0, 2));
      again.getState().logMeetingEvents([joined(uuid, 'Ann', 3), joined(uuid, 'Ann Lee', 4)]);
      expect(summary(again)).toEqual(expected);
    },
  );

  it('keeps who did what, and the roll entry held at the time', () => {
    const store = createAppStore();
    store.getState().logMeetingEvents([{ ...joined('a', 'Ann', 1), rollId: 'r1', by: 'panel' }]);
    expect(store.getState().attendance.log[0]).toMatchObject({ rollId: 'r1', by: 'panel' });
  });

  it('on restore, puts the stored log first, reconstructs the gap, and keeps later events after it', () => {
    const store = createAppStore();
    store.getState().logMeetingEvents([joined('b', 'Bob', 110)]);
    const seen = store.getState().attendance.log;
    store.getState().logMeetingEvents([joined('c', 'Cy', 130)]);
    const stored: AttendanceEvent[] = [
      { kind: 'join', participantUUID: 'a', screenName: 'Ann', at: 10, reconstructed: false },
      { kind: 'join', participantUUID: 'z', screenName: 'Zed', at: 20, reconstructed: false },
    ];
    store.getState().restoreAttendance({
      meetingUUID: 'm',
      stored,
      meetingStart: 5,
      aliveAt: 50,
      // Zed left while the panel was closed; Dee came; Cy is not in the snapshot yet.
      snapshot: [
        { participantUUID: 'a', screenName: 'Ann', location: 'meeting' },
        { participantUUID: 'b', screenName: 'Bob', location: 'meeting' },
        { participantUUID: 'd', screenName: 'Dee', location: 'meeting' },
      ],
      seen,
      now: 120,
    });
    const { attendance } = store.getState();
    expect(attendance).toMatchObject({
      meetingUUID: 'm',
      phase: 'restored',
      reconstructedCount: 2,
      firstOpen: false,
    });
    expect(
      attendance.log.map((e) => [
        e.kind,
        'participantUUID' in e ? e.participantUUID : '',
        e.at,
        e.reconstructed,
      ]),
    ).toEqual([
      ['join', 'a', 10, false],
      ['join', 'z', 20, false],
      ['leave', 'z', 50, true],
      ['join', 'b', 110, false],
      ['join', 'd', 120, true],
      ['join', 'c', 130, false],
    ]);
  });

  it('on restore, a join that trailed the snapshot is the arrival it showed, not a second one', () => {
    const store = createAppStore();
    const seen = store.getState().attendance.log;
    // Eve is in the snapshot; her join event reached the panel only after it was taken.
    store.getState().logMeetingEvents([joined('e', 'Eve', 130)]);
    store.getState().restoreAttendance({
      meetingUUID: 'm',
      stored: [],
      meetingStart: 5,
      aliveAt: null,
      snapshot: [{ participantUUID: 'e', screenName: 'Eve', location: 'meeting' }],
      seen,
      now: 120,
    });
    const joins = store.getState().attendance.log.filter((e) => e.kind === 'join');
    expect(joins).toHaveLength(1);
    expect(joins[0]).toMatchObject({ participantUUID: 'e', at: 130, reconstructed: false });
  });

  it('logs nothing while stopped, and an empty log until the restore after a resume', () => {
    const store = createAppStore();
    store.getState().logMeetingEvents([joined('a', 'Ann', 1)]);
    store.getState().stopAttendance();
    store.getState().logMeetingEvents([joined('b', 'Bob', 2)]);
    store.getState().logAttendanceEvents([{ kind: 'lock', at: 3, reconstructed: false }]);
    expect(store.getState().attendance).toMatchObject({ phase: 'stopped', log: [] });
    store.getState().resumeAttendance();
    expect(store.getState().attendance).toMatchObject({ phase: 'collecting', log: [] });
  });

  it('tells renames apart exactly as a fresh look at the whole log would (property)', () => {
    const uuid = fc.constantFrom('a', 'b', 'c');
    const name = fc.constantFrom('Ann', 'Ann Lee', 'Bob');
    const event = fc.record({
      type: fc.constantFrom(
        'participantJoined',
        'participantLeft',
        'waitingRoomJoined',
        'waitingRoomLeft',
      ),
      uuid,
      name,
      cause: fc.constantFrom('joinMeeting', 'putFromMainMeeting'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(event, { minLength: 1, maxLength: 3 }), { maxLength: 30 }),
        (batches) => {
          const incremental = createAppStore();
          const fresh = createAppStore();
          let at = 0;
          for (const batch of batches) {
            const observed = batch.map(
              ({ type, uuid: id, name: screenName, cause }): ObservedAttendance => {
                at += 1;
                const participant = { participantUUID: id, screenName };
                const base: ObservedEvent =
                  type === 'waitingRoomLeft'
                    ? { type, at, participantUUID: id, screenName }
                    : { type, at, participant, cause };
                return { event: base, rollId: null };
              },
            );
            incremental.getState().logMeetingEvents(observed);
            // A copy of the log defeats the slice's running presence: it starts again from the whole log.
            fresh.setState((state) => ({
              attendance: { ...state.attendance, log: [...state.attendance.log] },
            }));
            fresh.getState().logMeetingEvents(observed);
          }
          expect(summary(incremental)).toEqual(summary(fresh));
        },
      ),
      { numRuns: 300 },
    );
  });
});
