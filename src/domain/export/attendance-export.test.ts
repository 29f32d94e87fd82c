import { describe, expect, it } from 'vitest';
import { appendEvents } from '../attendance/log';
import { lastKnownPresence, reconstructFromSnapshot } from '../attendance/reconstruct';
import type { AttendanceEvent } from '../attendance/types';
import { buildAttendanceView } from '../attendance/view';
import type { RollEntry } from '../matching/types';
import {
  LOG_CSV_HEADER,
  VIEW_CSV_HEADER,
  attendanceJson,
  attendanceLogCsv,
  attendanceViewCsv,
  exportFileName,
} from './attendance-export';
import { undoNeutraliseFormula } from './csv';
import { HOSTILE_NAMES, reparse } from './test-support';

const MIN = 60_000;
const START = Date.parse('2025-01-15T18:00:00Z');
const t = (minutes: number) => START + minutes * MIN;
const roll: RollEntry[] = [
  { id: 'R1', name: 'Jane Doe' },
  { id: 'R2', name: '=HYPERLINK("http://evil.example","x")' },
  { id: 'jane@example.com', name: 'Ann Lee' },
];
const hostileLog: AttendanceEvent[] = HOSTILE_NAMES.map((screenName, i) => ({
  kind: 'join',
  participantUUID: `u${i}`,
  screenName,
  at: t(i),
  reconstructed: false,
}));
const log: AttendanceEvent[] = appendEvents(hostileLog, [
  {
    kind: 'join',
    participantUUID: 'jane',
    screenName: 'Jane Doe',
    at: t(0),
    rollId: 'R1',
    reconstructed: false,
  },
  {
    kind: 'rename',
    participantUUID: 'jane',
    screenName: '-Jane D.',
    previousName: 'Jane Doe',
    at: t(1),
    rollId: 'R1',
    reconstructed: false,
    by: 'panel',
  },
  {
    kind: 'join',
    participantUUID: 'evil',
    screenName: '@evil',
    at: t(2),
    rollId: 'R2',
    reconstructed: false,
  },
  { kind: 'lock', at: t(3), reason: 'countdown', reconstructed: false },
  {
    kind: 'waitingRoomJoin',
    participantUUID: 'held',
    screenName: '+held',
    at: t(4),
    reconstructed: false,
  },
]);
const view = buildAttendanceView(log, roll, { meetingStart: START, now: t(60) });

describe('attendanceViewCsv', () => {
  it('re-parses to exactly the view, hostile names included', () => {
    const parsed = reparse(attendanceViewCsv(view));
    expect(parsed[0]).toEqual([...VIEW_CSV_HEADER]);
    const body = parsed.slice(1);
    expect(
      body.filter((row) => row[0] === 'roll').map((row) => undoNeutraliseFormula(row[2] ?? '')),
    ).toEqual(roll.map((entry) => entry.name));
    expect(
      body.filter((row) => row[0] === 'unknown').map((row) => undoNeutraliseFormula(row[2] ?? '')),
    ).toEqual(view.unknown.map((person) => person.screenName));
    expect(
      body.filter((row) => row[0] === 'held').map((row) => undoNeutraliseFormula(row[2] ?? '')),
    ).toEqual(['+held']);
    const jane = body.find((row) => row[1] === 'R1');
    expect(jane).toEqual([
      'roll',
      'R1',
      'Jane Doe',
      'present',
      '2025-01-15T18:00:00.000Z',
      '',
      '60',
      'no',
      'no',
      'Jane Doe | -Jane D.',
      '1',
      'no',
    ]);
    // Nothing a spreadsheet would run is left in any cell.
    for (const row of body)
      for (const cell of row) expect(cell).not.toMatch(/^(?:[\t\r]|[ \u00A0]*[=+\-@＝＋－＠])/u);
  });

  it('exports initials only on request, without e-mail-like roll ids', () => {
    const parsed = reparse(attendanceViewCsv(view, { privacy: 'initials' }));
    const rollRows = parsed.filter((row) => row[0] === 'roll');
    expect(rollRows.map((row) => [row[1], row[2]])).toEqual([
      ['R1', 'J.D.'],
      ['R2', 'H.'],
      ['', 'A.L.'],
    ]);
    expect(parsed.flat().join(' ')).not.toMatch(/Jane Doe|Ann Lee|jane@example/u);
  });

  it('uses the time format it is given', () => {
    const parsed = reparse(
      attendanceViewCsv(view, { formatTime: (ms) => `T+${(ms - START) / MIN}` }),
    );
    expect(parsed.find((row) => row[1] === 'R1')?.[4]).toBe('T+0');
  });
});

describe('attendanceLogCsv', () => {
  it('re-parses to one line per event with every field intact', () => {
    const parsed = reparse(attendanceLogCsv(log));
    expect(parsed[0]).toEqual([...LOG_CSV_HEADER]);
    expect(parsed).toHaveLength(log.length + 1);
    for (const [i, event] of log.entries()) {
      const row = parsed[i + 1] ?? [];
      expect(row[1]).toBe(event.kind);
      expect(undoNeutraliseFormula(row[3] ?? '')).toBe(
        'screenName' in event ? event.screenName : '',
      );
    }
    expect(parsed.find((row) => row[1] === 'rename')).toEqual([
      '2025-01-15T18:01:00.000Z',
      'rename',
      'jane',
      "'-Jane D.",
      'Jane Doe',
      'R1',
      'panel',
      'no',
      '',
      '',
    ]);
    expect(parsed.find((row) => row[1] === 'lock')?.[6]).toBe('countdown');
  });

  it('replaces UUIDs by stable pseudonyms and names by initials in the private form', () => {
    const parsed = reparse(attendanceLogCsv(log, { privacy: 'initials' }));
    const participants = parsed
      .slice(1)
      .map((row) => row[2])
      .filter((cell) => cell);
    expect(participants.every((cell) => /^P\d+$/u.test(cell ?? ''))).toBe(true);
    // One pseudonym per participant and one participant per pseudonym.
    const pairs = new Set(
      log.flatMap((event, i) =>
        'participantUUID' in event ? [`${event.participantUUID}→${parsed[i + 1]?.[2]}`] : [],
      ),
    );
    const uuids = new Set(
      log.flatMap((event) => ('participantUUID' in event ? [event.participantUUID] : [])),
    );
    expect(pairs.size).toBe(uuids.size);
    expect(new Set([...pairs].map((pair) => pair.split('→')[1])).size).toBe(uuids.size);
    expect(parsed.flat().join(' ')).not.toMatch(/Jane Doe|\bu1\b|jane(?!@)/u);
  });

  it('writes reconstructed events with their window', () => {
    const before: AttendanceEvent[] = [
      { kind: 'join', participantUUID: 'a', screenName: 'A', at: t(0), reconstructed: false },
    ];
    const events = reconstructFromSnapshot(lastKnownPresence(before, t(5)), [], t(9));
    const parsed = reparse(attendanceLogCsv(appendEvents(before, events)));
    expect(parsed[2]).toEqual([
      '2025-01-15T18:05:00.000Z',
      'leave',
      'a',
      'A',
      '',
      '',
      '',
      'yes',
      '2025-01-15T18:05:00.000Z',
      '2025-01-15T18:09:00.000Z',
    ]);
  });
});

describe('attendanceJson', () => {
  it('round-trips through JSON.parse with names intact (no formula concern in JSON)', () => {
    const document = JSON.parse(
      attendanceJson(view, log, { topic: 'Weekly group', meetingUUID: 'm1' }, t(60)),
    ) as Record<string, unknown> & {
      rows: Array<{ name: string }>;
      events: Array<{ screenName?: string }>;
    };
    expect(document).toMatchObject({
      format: 'doorkeeper.attendance',
      version: 1,
      privacy: 'full',
      meeting: {
        topic: 'Weekly group',
        meetingUUID: 'm1',
        start: '2025-01-15T18:00:00.000Z',
        end: null,
        graceMinutes: 5,
      },
    });
    expect(document.rows.map((row) => row.name)).toEqual(roll.map((entry) => entry.name));
    expect(document.events.map((event) => event.screenName ?? null)).toEqual(
      log.map((event) => ('screenName' in event ? event.screenName : null)),
    );
  });

  it('carries no full name, UUID or e-mail in the initials form', () => {
    const text = attendanceJson(view, log, { topic: 'Weekly group', meetingUUID: 'm1' }, t(60), {
      privacy: 'initials',
    });
    expect(text).not.toMatch(/Jane Doe|Ann Lee|jane@example|"m1"|"u\d+"|"jane"/u);
    expect(JSON.parse(text)).toMatchObject({ privacy: 'initials', meeting: { meetingUUID: null } });
  });
});

describe('exportFileName', () => {
  it.each([
    ['Weekly group', 'csv', 'attendance', 'doorkeeper-attendance-2025-01-15-weekly-group.csv'],
    ['../../etc/passwd', 'json', 'log', 'doorkeeper-log-2025-01-15-etc-passwd.json'],
    ['Café Zoë — 山田', 'csv', 'attendance', 'doorkeeper-attendance-2025-01-15-cafe-zoe.csv'],
    ['', 'csv', 'attendance', 'doorkeeper-attendance-2025-01-15.csv'],
  ] as const)('%j → %s', (topic, extension, kind, name) => {
    expect(exportFileName(topic, START, extension, kind)).toBe(name);
  });
});
