import { describe, expect, it } from 'vitest';
import type { RollEntry } from '../matching/types';
import { appendEvents } from './log';
import { lastKnownPresence, reconstructFromSnapshot } from './reconstruct';
import type { AttendanceEvent, PersonEventKind } from './types';
import { buildAttendanceView, formatSummaryEn, type AttendanceOptions } from './view';

const MIN = 60_000;
const START = Date.parse('2025-01-15T18:00:00Z');
const t = (minutes: number) => START + minutes * MIN;
const ev = (
  kind: PersonEventKind,
  uuid: string,
  minutes: number,
  rollId: string | null = null,
  screenName = uuid,
): AttendanceEvent => ({
  kind,
  participantUUID: uuid,
  screenName,
  at: t(minutes),
  rollId,
  reconstructed: false,
});
const roll: RollEntry[] = [
  { id: 'R1', name: 'Jane Doe' },
  { id: 'R2', name: 'Bob Kowalski' },
  { id: 'R3', name: 'Ann Lee' },
];
const opts = (extra: Partial<AttendanceOptions> = {}): AttendanceOptions => ({
  meetingStart: START,
  now: t(60),
  graceMs: 5 * MIN,
  ...extra,
});
const row = (log: AttendanceEvent[], rollId: string, extra?: Partial<AttendanceOptions>) =>
  buildAttendanceView(log, roll, opts(extra)).rows.find((r) => r.rollId === rollId);

describe('rejoins and devices', () => {
  it('counts a drop-out and rejoin (a new UUID) as one rejoin on one device', () => {
    const log = [
      ev('join', 'u1', 0, 'R1'),
      ev('leave', 'u1', 20, 'R1'),
      ev('join', 'u2', 25, 'R1'),
      ev('leave', 'u2', 40, 'R1'),
      ev('join', 'u3', 41, 'R1'),
    ];
    expect(row(log, 'R1')).toMatchObject({ rejoins: 2, devices: 1, minutesPresent: 54 });
  });

  it('counts a phone beside a laptop as two devices and no rejoin', () => {
    const log = [ev('join', 'u1', 0, 'R1'), ev('join', 'u2', 5, 'R1'), ev('leave', 'u2', 30, 'R1')];
    expect(row(log, 'R1')).toMatchObject({ rejoins: 0, devices: 2, minutesPresent: 60 });
  });

  it('reports nobody who never came as zero devices', () => {
    expect(row([], 'R2')).toMatchObject({ rejoins: 0, devices: 0 });
  });
});

describe('one row per roll entry', () => {
  it('merges a rename under the same UUID', () => {
    const log = [
      ev('join', 'u1', 0, 'R1', 'Jane Doe'),
      {
        kind: 'rename' as const,
        participantUUID: 'u1',
        screenName: 'Jane D.',
        previousName: 'Jane Doe',
        at: t(10),
        reconstructed: false,
      },
    ];
    expect(row(log, 'R1')).toMatchObject({
      status: 'present',
      screenNames: ['Jane Doe', 'Jane D.'],
      minutesPresent: 60,
      firstArrival: t(0),
      lastDeparture: null,
    });
  });

  it('merges a rejoin: first arrival, last departure, and only the time actually present', () => {
    const log = [
      ev('join', 'u1', 2, 'R1'),
      ev('leave', 'u1', 20, 'R1'),
      ev('join', 'u2', 30, 'R1'),
      ev('leave', 'u2', 50, 'R1'),
    ];
    expect(row(log, 'R1')).toMatchObject({
      status: 'left',
      firstArrival: t(2),
      lastDeparture: t(50),
      minutesPresent: 38,
      late: false,
      leftEarly: true,
      participantUUIDs: ['u1', 'u2'],
    });
  });

  it('counts two devices at once as one presence (union, not sum)', () => {
    const log = [
      ev('join', 'laptop', 0, 'R1'),
      ev('join', 'phone', 10, 'R1'),
      ev('leave', 'phone', 40, 'R1'),
      ev('leave', 'laptop', 30, 'R1'),
    ];
    expect(row(log, 'R1')).toMatchObject({ msPresent: 40 * MIN, lastDeparture: t(40) });
  });

  it.each([
    ['on time', 0, false],
    ['within the grace period', 5, false],
    ['just after the grace period', 5.1, true],
    ['before the start', -10, false],
  ])('lateness: %s', (_name, minutes, late) => {
    expect(row([ev('join', 'u1', minutes, 'R1')], 'R1')?.late).toBe(late);
  });

  it.each([
    ['stays to the end', null, false],
    ['leaves within the grace period of the end', 56, false],
    ['leaves earlier', 54, true],
  ])('leaving early against a recorded end: %s', (_name, leaveAt, early) => {
    const log = [
      ev('join', 'u1', 0, 'R1'),
      ...(leaveAt === null ? [] : [ev('leave', 'u1', leaveAt, 'R1')]),
    ];
    expect(row(log, 'R1', { meetingEnd: t(60), now: t(90) })).toMatchObject({
      leftEarly: early,
      status: leaveAt === null ? 'present' : 'left',
      minutesPresent: (leaveAt ?? 60) - 0,
    });
  });

  it('shows who is waiting and who never came', () => {
    const view = buildAttendanceView([ev('waitingRoomJoin', 'u2', 3, 'R2')], roll, opts());
    expect(view.rows.map((r) => [r.rollId, r.status, r.attended])).toEqual([
      ['R1', 'absent', false],
      ['R2', 'waiting', false],
      ['R3', 'absent', false],
    ]);
  });

  it('prefers current matches over logged roll ids, including a family on one device', () => {
    const log = [ev('join', 'u1', 0, null, 'The Does'), ev('join', 'u9', 0, 'R3')];
    const view = buildAttendanceView(
      log,
      roll,
      opts({
        matches: [
          {
            participantUUID: 'u1',
            rollId: 'R1',
            extraRollIds: ['R2'],
            confidence: 'sure',
            reasons: [],
            flags: ['manual'],
          },
          { participantUUID: 'u9', rollId: null, confidence: 'none', reasons: [], flags: [] },
        ],
      }),
    );
    expect(view.rows.map((r) => [r.rollId, r.status])).toEqual([
      ['R1', 'present'],
      ['R2', 'present'],
      ['R3', 'absent'],
    ]);
    expect(view.unknown.map((person) => person.screenName)).toEqual(['u9']);
  });
});

describe('reconstructed stretches', () => {
  it('does not claim minutes or lateness it cannot know', () => {
    // Jane was seen at 2 min; the panel was closed from 4 to 20 min; she was there at 20 min.
    const before = [ev('join', 'host', 0), ev('waitingRoomJoin', 'u1', 2, 'R1')];
    const after = appendEvents(
      before,
      reconstructFromSnapshot(
        lastKnownPresence(before, t(4)),
        [
          { participantUUID: 'u1', screenName: 'u1', location: 'meeting', rollId: 'R1' },
          { participantUUID: 'host', screenName: 'host', location: 'meeting' },
        ],
        t(20),
      ),
    );
    expect(row(after, 'R1')).toMatchObject({
      firstArrival: t(20),
      minutesPresent: 40,
      late: null,
      uncertain: true,
    });
  });

  it('is sure of lateness when even the earliest possible arrival is late', () => {
    const before = [ev('join', 'host', 0)];
    const after = appendEvents(
      before,
      reconstructFromSnapshot(
        lastKnownPresence(before, t(10)),
        [
          { participantUUID: 'host', screenName: 'host', location: 'meeting' },
          { participantUUID: 'u1', screenName: 'u1', location: 'meeting', rollId: 'R1' },
        ],
        t(20),
      ),
    );
    expect(row(after, 'R1')).toMatchObject({ late: true, uncertain: true });
  });

  it('an early departure seen only after the fact is unknown unless surely early', () => {
    const before = [ev('join', 'u1', 0, 'R1')];
    const later = (closedAt: number, back: number) =>
      appendEvents(
        before,
        reconstructFromSnapshot(lastKnownPresence(before, t(closedAt)), [], t(back)),
      );
    expect(row(later(20, 30), 'R1', { meetingEnd: t(60), now: t(60) })).toMatchObject({
      lastDeparture: t(20),
      leftEarly: true,
    });
    expect(row(later(50, 58), 'R1', { meetingEnd: t(60), now: t(60) })).toMatchObject({
      lastDeparture: t(50),
      leftEarly: null,
    });
  });
});

describe('unknown and held people', () => {
  const log = [
    ev('join', 'host', 0),
    ev('join', 'stranger', 1, null, 'Zed'),
    ev('waitingRoomJoin', 'waiter', 2, null, 'Waiting Walt'),
    ev('join', 'crasher', 3, null, 'Crasher'),
    ev('sentToWaitingRoom', 'crasher', 3.01, null, 'Crasher'),
    ev('waitingRoomLeave', 'crasher', 8, null, 'Crasher'),
    ev('waitingRoomJoin', 'u2', 4, 'R2'),
    ev('waitingRoomLeave', 'u2', 5, 'R2'),
    ev('join', 'u2', 5, 'R2'),
  ];
  const view = buildAttendanceView(log, roll, opts({ exclude: new Set(['host']) }));

  it('lists unknown people with their own times, and leaves out the excluded', () => {
    expect(view.unknown).toMatchObject([
      { screenName: 'Zed', status: 'present', minutesPresent: 59 },
    ]);
  });

  it('lists held people separately: still waiting, or put back at once and gone', () => {
    expect(
      view.held.map((person) => [person.screenName, person.waitingNow, person.sentBack]),
    ).toEqual([
      ['Waiting Walt', true, false],
      ['Crasher', false, true],
    ]);
  });

  it('a roll member admitted from the waiting room counts from the admit', () => {
    expect(view.rows.find((r) => r.rollId === 'R2')).toMatchObject({
      status: 'present',
      firstArrival: t(5),
      late: false,
    });
  });

  it('someone sent back after a real stay attended, and is held now', () => {
    const stay = [ev('join', 'u1', 0, 'R1'), ev('sentToWaitingRoom', 'u1', 30, 'R1')];
    const v = buildAttendanceView(stay, roll, opts());
    expect(v.rows[0]).toMatchObject({ status: 'waiting', attended: true, minutesPresent: 30 });
    expect(v.held.map((person) => person.participantUUID)).toEqual(['u1']);
    expect(v.summary.attended).toBe(1);
  });

  it('records lock periods', () => {
    const locks: AttendanceEvent[] = [
      { kind: 'lock', at: t(10), reconstructed: false, reason: 'countdown' },
      { kind: 'unlock', at: t(20), reconstructed: false },
      { kind: 'lock', at: t(30), reconstructed: false },
    ];
    expect(buildAttendanceView(locks, roll, opts()).lockPeriods).toEqual([
      { from: t(10), to: t(20) },
      { from: t(30), to: null },
    ]);
  });
});

describe('summary', () => {
  const names = [
    'Amy Adams',
    'Bob Kowalski',
    'Cat Cole',
    'Dan Dunn',
    'Eve East',
    'Fay Fox',
    'Gus Gray',
    'Hal Hart',
    'Ivy Ink',
    'Jane Doe',
    'Kim Kay',
    'Lou Lum',
    'Max Moe',
    'Ned Nye',
    'Oda Orr',
    'Pam Poe',
  ];
  const sixteen: RollEntry[] = names.map((name, i) => ({ id: `R${i + 1}`, name }));
  const log = sixteen
    .filter((entry) => entry.name !== 'Jane Doe' && entry.name !== 'Bob Kowalski')
    .map((entry, i) => ev('join', `u${i}`, 1, entry.id));
  const view = buildAttendanceView(log, sixteen, opts());

  it('reads "14 of 16 present · absent: …" with privacy names in roll order', () => {
    expect(view.summary).toMatchObject({ total: 16, attended: 14, presentNow: 14 });
    expect(formatSummaryEn(view.summary)).toBe('14 of 16 present · absent: Bob K., Jane D.');
    expect(formatSummaryEn(view.summary, 'full')).toBe(
      '14 of 16 present · absent: Bob Kowalski, Jane Doe',
    );
  });

  it('has nothing to add when everyone came, and says so when there is no roll', () => {
    expect(
      formatSummaryEn(
        buildAttendanceView(
          [ev('join', 'u1', 0, 'R1'), ev('join', 'u2', 0, 'R2'), ev('join', 'u3', 0, 'R3')],
          roll,
          opts(),
        ).summary,
      ),
    ).toBe('3 of 3 present');
    expect(formatSummaryEn(buildAttendanceView([ev('join', 'u1', 0)], [], opts()).summary)).toBe(
      'No roll · 1 person came',
    );
  });
});
