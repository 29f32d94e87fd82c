import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import type { AttendanceEvent } from '../../domain/attendance';
import { buildAttendanceView } from '../../domain/attendance';
import { attendanceViewTable } from '../../domain/export';
import type { RollEntry } from '../../domain/matching';
import { tableXlsx } from './xlsx-export';

const START = Date.parse('2026-12-07T09:00:00Z');
const MIN = 60_000;
const roll: RollEntry[] = [
  {
    id: '1001',
    name: 'Zoë Müller',
    email: 'zoe@example.org',
    group: 'Dienstag',
    extra: { City: 'Köln' },
  },
  { id: '1002', name: '=HYPERLINK("http://evil.example","x")' },
];
const log: AttendanceEvent[] = [
  {
    kind: 'join',
    participantUUID: 'a',
    screenName: 'Zoë',
    at: START + 2 * MIN,
    rollId: '1001',
    reconstructed: false,
  },
  {
    kind: 'leave',
    participantUUID: 'a',
    screenName: 'Zoë',
    at: START + 20 * MIN,
    rollId: '1001',
    reconstructed: false,
  },
  {
    kind: 'join',
    participantUUID: 'b',
    screenName: 'Zoë',
    at: START + 25 * MIN,
    rollId: '1001',
    reconstructed: false,
  },
  {
    kind: 'join',
    participantUUID: 'e',
    screenName: '=HYPERLINK("http://evil.example","x")',
    at: START + 3 * MIN,
    rollId: '1002',
    reconstructed: false,
  },
];
const view = buildAttendanceView(log, roll, { meetingStart: START, now: START + 60 * MIN });

describe('the Excel export, read back with read-excel-file', () => {
  it('keeps the roll columns, real local times, numbers as numbers and names as text', async () => {
    const table = attendanceViewTable(view, roll);
    const blob = await tableXlsx(table, 'Doorkeeper', 'Europe/Berlin');
    const [sheet] = await readXlsxFile(await blob.arrayBuffer());
    expect(sheet?.sheet).toBe('Doorkeeper');
    const [header, ...rows] = sheet?.data ?? [];
    expect(header?.slice(0, 6)).toEqual(['section', 'roll_id', 'name', 'email', 'group', 'City']);
    // Times are in Berlin's wall-clock time, and the header says which offset that is.
    expect(header).toContain('first_arrival (UTC+01:00)');
    const zoe = rows.find((row) => row[1] === '1001') ?? [];
    const at = (column: string) => zoe[header?.indexOf(column) ?? -1];
    expect(at('email')).toBe('zoe@example.org');
    expect(at('City')).toBe('Köln');
    const arrival = at('first_arrival (UTC+01:00)');
    expect(arrival).toBeInstanceOf(Date);
    // read-excel-file reads the serial number as UTC: 10:02 on the wall clock in Berlin.
    // (to the second: Excel's serial numbers are fractions of a day).
    expect(Math.round((arrival as unknown as Date).getTime() / 1000) * 1000).toBe(
      Date.parse('2026-12-07T10:02:00Z'),
    );
    expect(at('rejoins')).toBe(1);
    expect(at('devices')).toBe(1);
    expect(at('minutes_present')).toBe(53);
    // A hostile name is text, exactly as typed: no leading quote, never a formula.
    const evil = rows.find((row) => row[1] === '1002') ?? [];
    expect(evil[2]).toBe('=HYPERLINK("http://evil.example","x")');
  });
});
