import { describe, expect, it } from 'vitest';
import { appendEvents } from '../attendance/log';
import { lastKnownPresence, reconstructFromSnapshot } from '../attendance/reconstruct';
import type { AttendanceEvent } from '../attendance/types';
import { buildAttendanceView } from '../attendance/view';
import type { RollEntry } from '../matching/types';
import {
  attendanceJson,
  attendanceLogCsv,
  attendanceViewCsv,
  exportFileName,
} from './attendance-export';
import { LOG_COLUMNS, VIEW_COLUMNS, localIsoTime, type ExportLabels } from './attendance-table';
import { undoNeutraliseFormula } from './csv';
import { HOSTILE_NAMES, reparse } from './test-support';

const MIN = 60_000;
const START = Date.parse('2025-01-15T18:00:00Z');
const t = (minutes: number) => START + minutes * MIN;
const roll: RollEntry[] = [
  {
    id: 'R1',
    name: 'Jane Doe',
    email: 'jane.doe@example.org',
    group: 'Tuesday',
    extra: { 'Registration Time': 'Jan 10, 2025 08:00 AM', City: 'Leeds' },
  },
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

const UTC = { timeZone: 'UTC' };
const MACHINE_VIEW_HEADER = [
  'section',
  'roll_id',
  'name',
  'email',
  'group',
  'Registration Time',
  'City',
  'status',
  'first_arrival',
  'last_departure',
  'minutes_present',
  'late',
  'left_early',
  'rejoins',
  'devices',
  'screen_names',
  'reconstructed',
];

describe('attendanceViewCsv', () => {
  it('re-parses to exactly the view, hostile names included', () => {
    const parsed = reparse(attendanceViewCsv(view, roll, UTC));
    expect(parsed[0]).toEqual(MACHINE_VIEW_HEADER);
    expect(VIEW_COLUMNS).toHaveLength(MACHINE_VIEW_HEADER.length - 2);
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
      'jane.doe@example.org',
      'Tuesday',
      'Jan 10, 2025 08:00 AM',
      'Leeds',
      'present',
      '2025-01-15T18:00:00+00:00',
      '',
      '60',
      'no',
      'no',
      '0',
      '1',
      'Jane Doe | -Jane D.',
      'no',
    ]);
    // Someone only ever held: when they first waited, and nothing of a stay.
    expect(body.find((row) => row[0] === 'held')).toEqual([
      'held',
      '',
      "'+held",
      '',
      '',
      '',
      '',
      'waiting',
      '2025-01-15T18:04:00+00:00',
      '',
      '0',
      '',
      '',
      '0',
      '0',
      "'+held",
      'no',
    ]);
    // Nothing a spreadsheet would run is left in any cell.
    for (const row of body)
      for (const cell of row) expect(cell).not.toMatch(/^(?:[\t\r]|[ \u00A0]*[=+\-@＝＋－＠])/u);
  });

  it('exports initials only on request, without e-mail-like roll ids', () => {
    const parsed = reparse(attendanceViewCsv(view, roll, { privacy: 'initials' }));
    const rollRows = parsed.filter((row) => row[0] === 'roll');
    expect(rollRows.map((row) => [row[1], row[2], row[3], row[4]])).toEqual([
      ['R1', 'J.D.', '', 'Tuesday'],
      ['R2', 'H.', '', ''],
      ['', 'A.L.', '', ''],
    ]);
    // The roll's other columns (a city, a phone number…) are left out too.
    expect(parsed[0]).not.toContain('City');
    expect(parsed.flat().join(' ')).not.toMatch(/Jane Doe|Ann Lee|jane@example|jane\.doe|Leeds/u);
  });

  it('writes local times with their offset, and the words and separator it is given', () => {
    const german: ExportLabels = {
      header: (column) => `DE:${column}`,
      section: (section) => `S:${section}`,
      status: (status) => `ST:${status}`,
      flag: (value) => (value === null ? '?' : value ? 'ja' : 'nein'),
      event: (kind) => kind,
      by: (cause) => `BY:${cause}`,
    };
    const csv = attendanceViewCsv(view, roll, {
      labels: german,
      delimiter: ';',
      timeZone: 'Europe/Berlin',
    });
    const parsed = reparse(csv, ';');
    expect(parsed[0]?.slice(0, 3)).toEqual(['DE:section', 'DE:rollId', 'DE:name']);
    const jane = parsed.find((row) => row[1] === 'R1');
    expect(jane?.[0]).toBe('S:roll');
    expect(jane?.[7]).toBe('ST:present');
    expect(jane?.[8]).toBe('2025-01-15T19:00:00+01:00');
    expect(jane?.[11]).toBe('nein');
    // A name holding the separator is quoted, never split.
    const comma = reparse(attendanceViewCsv(view, [], { delimiter: ';' }), ';');
    expect(comma.some((row) => row[2] === 'Comma, Inside')).toBe(true);
    const logRows = reparse(attendanceLogCsv(log, { labels: german, timeZone: 'UTC' }));
    expect(logRows.find((row) => row[1] === 'rename')?.[6]).toBe('BY:panel');
    expect(logRows.find((row) => row[1] === 'lock')?.[6]).toBe('BY:countdown');
    expect(logRows.find((row) => row[1] === 'join')?.[6]).toBe('');
    expect(localIsoTime(Date.parse('2025-07-01T12:00:00Z'), 'America/New_York')).toBe(
      '2025-07-01T08:00:00-04:00',
    );
  });
});

describe('attendanceLogCsv', () => {
  it('re-parses to one line per event with every field intact', () => {
    const parsed = reparse(attendanceLogCsv(log, UTC));
    expect(parsed[0]).toEqual(
      LOG_COLUMNS.map((c) => c.replace(/[A-Z]/gu, (l) => `_${l.toLowerCase()}`)),
    );
    expect(parsed).toHaveLength(log.length + 1);
    for (const [i, event] of log.entries()) {
      const row = parsed[i + 1] ?? [];
      expect(row[1]).toBe(event.kind);
      expect(undoNeutraliseFormula(row[3] ?? '')).toBe(
        'screenName' in event ? event.screenName : '',
      );
    }
    expect(parsed.find((row) => row[1] === 'rename')).toEqual([
      '2025-01-15T18:01:00+00:00',
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
    const parsed = reparse(attendanceLogCsv(appendEvents(before, events), UTC));
    expect(parsed[2]).toEqual([
      '2025-01-15T18:05:00+00:00',
      'leave',
      'a',
      'A',
      '',
      '',
      '',
      'yes',
      '2025-01-15T18:05:00+00:00',
      '2025-01-15T18:09:00+00:00',
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

  it('keeps stable machine keys, the roll’s own columns and rejoins apart from devices', () => {
    const document = JSON.parse(
      attendanceJson(view, log, { topic: 'Weekly group' }, t(60), { roll }),
    ) as { rows: Array<Record<string, unknown>> };
    const jane = document.rows.find((row) => row.rollId === 'R1');
    expect(Object.keys(jane ?? {}).sort()).toEqual(
      [
        'attended',
        'devices',
        'email',
        'firstArrival',
        'group',
        'lastDeparture',
        'late',
        'leftEarly',
        'minutesPresent',
        'msPresent',
        'name',
        'participantUUIDs',
        'privacyName',
        'rejoins',
        'rollColumns',
        'rollId',
        'screenNames',
        'status',
        'uncertain',
      ].sort(),
    );
    expect(jane).toMatchObject({
      email: 'jane.doe@example.org',
      group: 'Tuesday',
      rollColumns: { 'Registration Time': 'Jan 10, 2025 08:00 AM', City: 'Leeds' },
      rejoins: 0,
      devices: 1,
    });
  });

  it('carries no full name, UUID or e-mail in the initials form', () => {
    const text = attendanceJson(view, log, { topic: 'Weekly group', meetingUUID: 'm1' }, t(60), {
      privacy: 'initials',
      roll,
    });
    expect(text).not.toMatch(/Jane Doe|Ann Lee|jane@example|jane\.doe|Leeds|"m1"|"u\d+"|"jane"/u);
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
