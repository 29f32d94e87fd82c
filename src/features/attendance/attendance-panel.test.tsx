import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttendanceEvent } from '../../domain/attendance';
import { UTF8_BOM } from '../../domain/export';
import type { RollEntry } from '../../domain/matching';
import { createI18n } from '../../i18n/i18n';
import { createAppStore } from '../../store/app-store';
import type { AppStore } from '../../store/app-store';
import { AppStoreProvider } from '../../store/store-context';
import { AttendancePanel } from './attendance-panel';

const MIN = 60_000;
const HOSTILE = '=HYPERLINK("http://evil.example","Click")';
const roll: RollEntry[] = [
  { id: 'r1', name: 'Ann Lee' },
  { id: 'r2', name: 'Bob Stone' },
  { id: 'r3', name: 'Cleo Park' },
];

let now: number;
let start: number;

function person(
  kind: 'join' | 'leave' | 'waitingRoomJoin',
  uuid: string,
  screenName: string,
  at: number,
  rollId: string | null = null,
  reconstructed = false,
): AttendanceEvent {
  return { kind, participantUUID: uuid, screenName, at, rollId, reconstructed };
}

/** A meeting that started an hour ago: Ann came on time and left half an hour ago, Bob came late,
 * Cleo never came; a hostile name not on the roll came in; Wu waits. */
function meetingLog(): AttendanceEvent[] {
  return [
    person('join', 'a', 'Ann Lee', start + 1 * MIN, 'r1'),
    person('join', 'b', 'Bobby', start + 20 * MIN, 'r2'),
    person('join', 'x', HOSTILE, start + 25 * MIN),
    person('leave', 'a', 'Ann Lee', now - 30 * MIN, 'r1'),
    person('waitingRoomJoin', 'w', 'Wu Fei', now - 5 * MIN),
  ];
}

async function renderPanel(setup: (store: AppStore) => void) {
  const store = createAppStore();
  store.setState({ me: { participantUUID: 'me', screenName: 'Host', role: 'host' } });
  setup(store);
  const i18n = await createI18n('en');
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <AppStoreProvider store={store}>
        <AttendancePanel />
      </AppStoreProvider>
    </I18nextProvider>,
  );
  return { store, user };
}

function withMeeting(store: AppStore, log = meetingLog(), firstOpen = false) {
  store.getState().setRoll(roll, 'Thursday roll');
  store.setState({
    meetingInfo: { meetingUUID: 'm1', meetingID: '1', topic: 'Thursday group' },
    attendance: {
      meetingUUID: 'm1',
      phase: 'restored',
      log,
      meetingStart: start,
      reconstructedCount: log.filter((event) => event.reconstructed).length,
      firstOpen,
    },
  });
}

/** Catches the download: the Blob handed to URL.createObjectURL and the file name clicked. */
function catchDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  const text = async (index = blobs.length - 1) => {
    const blob = blobs[index]!;
    // Read as bytes, so the byte-order mark is checked as written (text() would keep it too).
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
  };
  return { blobs, names, text };
}

const rowOf = (name: string) =>
  screen.getAllByTestId('attendance-row').find((row) => row.textContent?.includes(name))!;

beforeEach(() => {
  now = Date.now();
  start = now - 60 * MIN;
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('attendance view', () => {
  it('shows one row per roll entry with status, times, minutes and flags', async () => {
    await renderPanel((store) => withMeeting(store));
    const rollList = screen.getByRole('region', { name: 'On the roll (3)' });
    expect(within(rollList).getAllByTestId('attendance-row')).toHaveLength(3);

    const ann = rowOf('Ann Lee');
    expect(ann).toHaveAttribute('data-status', 'left');
    expect(ann).toHaveTextContent('Left early');
    expect(ann).not.toHaveTextContent('Late');
    expect(ann).toHaveTextContent('29 min');

    const bob = rowOf('Bob Stone');
    expect(bob).toHaveAttribute('data-status', 'present');
    expect(bob).toHaveTextContent('Late');
    expect(bob).toHaveTextContent('as Bobby');
    expect(bob).not.toHaveTextContent('Left early');

    expect(rowOf('Cleo Park')).toHaveAttribute('data-status', 'absent');
  });

  it('lists people not on the roll and people held in the waiting room separately', async () => {
    await renderPanel((store) => withMeeting(store));
    const unknown = screen.getByRole('region', { name: 'Not on the roll (1)' });
    // The hostile name is shown as text, never run.
    expect(within(unknown).getByText(HOSTILE)).toBeInTheDocument();
    const held = screen.getByRole('region', { name: 'Held in the waiting room (1)' });
    expect(within(held).getByTestId('held-row')).toHaveTextContent('Wu Fei');
    expect(within(held).getByTestId('held-row')).toHaveTextContent('Waiting');
  });

  it('sums up in one line and copies it', async () => {
    const { user } = await renderPanel((store) => withMeeting(store));
    // After userEvent.setup(), which puts its own clipboard stub in place.
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const line = '2 of 3 present · absent: Cleo P.';
    expect(screen.getByTestId('attendance-summary')).toHaveTextContent(line);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(line);
    expect(await screen.findByText('Copied')).toBeInTheDocument();
  });

  it('copies with the old command when the Clipboard API is refused', async () => {
    const { user } = await renderPanel((store) => withMeeting(store));
    Object.defineProperty(navigator, 'clipboard', {
      value: {
        writeText: vi.fn(async () => Promise.reject(new DOMException('no', 'NotAllowedError'))),
      },
      configurable: true,
    });
    let copied = '';
    document.execCommand = vi.fn(() => {
      copied = (document.activeElement as HTMLTextAreaElement | null)?.value ?? '';
      return true;
    });
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText('Copied')).toBeInTheDocument();
    expect(copied).toBe('2 of 3 present · absent: Cleo P.');
  });

  it('exports the attendance as CSV with a BOM, hostile names neutralised', async () => {
    const downloads = catchDownloads();
    const { user } = await renderPanel((store) => withMeeting(store));
    await user.click(screen.getByRole('button', { name: 'Attendance (CSV)' }));
    expect(downloads.names[0]).toMatch(
      /^doorkeeper-attendance-\d{4}-\d\d-\d\d-thursday-group\.csv$/u,
    );
    expect(downloads.blobs[0]?.type).toBe('text/csv;charset=utf-8');
    const text = await downloads.text();
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    const header = rows[0] ?? [];
    expect(header.slice(0, 6)).toEqual(['Section', 'Roll ID', 'Name', 'E-mail', 'Group', 'Status']);
    const status = header.indexOf('Status');
    expect(rows.slice(1).map((row) => [row[0], row[2], row[status]])).toEqual([
      ['On the roll', 'Ann Lee', 'Left'],
      ['On the roll', 'Bob Stone', 'Present'],
      ['On the roll', 'Cleo Park', 'Absent'],
      ['Not on the roll', `'${HOSTILE}`, 'Present'],
      ['Held', 'Wu Fei', 'Waiting'],
    ]);
    const late = header.indexOf('Late');
    expect(rows[1]?.[late]).toBe('no');
    expect(rows[2]?.[late]).toBe('yes');
    // Local time with its offset, to the second: no UTC "Z", no milliseconds.
    const arrival = rows[1]?.[header.indexOf('First arrival')] ?? '';
    expect(arrival).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/u);
    expect(Date.parse(arrival)).toBeGreaterThan(0);
  });

  it('exports initials only when asked, and the JSON holds the whole log', async () => {
    const downloads = catchDownloads();
    const { user, store } = await renderPanel((s) => withMeeting(s));
    await user.selectOptions(screen.getByLabelText('Names in the export'), 'initials');
    expect(store.getState().persistence.settings.exportPrivacy).toBe('initials');
    await user.click(screen.getByLabelText('Column names in English, for scripts'));
    await user.click(screen.getByRole('button', { name: 'Event log (CSV)' }));
    const log = Papa.parse<string[]>((await downloads.text()).slice(1), {
      skipEmptyLines: true,
    }).data;
    expect(log[0]?.slice(0, 4)).toEqual(['time', 'event', 'participant', 'screen_name']);
    expect(log.slice(1).map((row) => [row[1], row[2], row[3]])).toEqual([
      ['join', 'P1', 'A.L.'],
      ['join', 'P2', 'B.'],
      ['join', 'P3', expect.not.stringContaining('HYPERLINK')],
      ['leave', 'P1', 'A.L.'],
      ['waitingRoomJoin', 'P4', 'W.F.'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Everything (JSON)' }));
    expect(downloads.names[1]).toMatch(/\.json$/u);
    const json = JSON.parse(await downloads.text()) as {
      format: string;
      privacy: string;
      events: unknown[];
      rows: Array<{ name: string }>;
    };
    expect(json).toMatchObject({ format: 'doorkeeper.attendance', privacy: 'initials' });
    expect(json.events).toHaveLength(5);
    expect(json.rows.map((row) => row.name)).toEqual(['A.L.', 'B.S.', 'C.P.']);
    expect(JSON.stringify(json)).not.toContain('Ann Lee');
  });

  it('marks what was pieced together while the panel was closed', async () => {
    const log = [
      person('join', 'a', 'Ann Lee', start + 1 * MIN, 'r1'),
      person('join', 'c', 'Cleo Park', now - 2 * MIN, 'r3', true),
    ];
    await renderPanel((store) => withMeeting(store, log));
    expect(screen.getByTestId('reconstructed-note')).toHaveTextContent(
      '1 event happened while Doorkeeper was closed',
    );
    expect(
      within(rowOf('Cleo Park')).getByRole('img', { name: /pieced together/u }),
    ).toBeInTheDocument();
    expect(within(rowOf('Ann Lee')).queryByRole('img')).not.toBeInTheDocument();
    const events = screen.getAllByTestId('log-event');
    expect(events.map((event) => event.dataset.reconstructed)).toEqual(['true', 'false']);
  });

  it('says when the pieced-together arrivals are the people already there at first open', async () => {
    const log = [
      person('join', 'a', 'Ann Lee', start, 'r1', true),
      person('join', 'b', 'Bob Stone', start, 'r2', true),
    ];
    await renderPanel((store) => withMeeting(store, log, true));
    expect(screen.getByTestId('reconstructed-note')).toHaveTextContent(
      '2 people were here before Doorkeeper first opened in this meeting',
    );
  });

  it('without a roll, lists everyone as not on the roll and offers saved rolls', async () => {
    await renderPanel((store) => {
      store.setState({
        attendance: {
          meetingUUID: 'm1',
          phase: 'restored',
          log: [person('join', 'a', 'Ann Lee', start)],
          meetingStart: start,
          reconstructedCount: 0,
          firstOpen: false,
        },
      });
      store.getState().updatePersistence({
        rollLibrary: [
          { id: 'x', name: 'Last week', size: 12, updatedAt: start, lastUsedAt: start },
        ],
      });
    });
    expect(screen.getByTestId('attendance-summary')).toHaveTextContent('No roll · 1 person came');
    const offer = screen.getByRole('region', { name: 'Use a saved roll' });
    expect(offer).toHaveTextContent('Last week');
    // Each "Use" says which roll, the host's file name isolated like every name in a label.
    expect(within(offer).getByRole('button', { name: 'Use \u2068Last week\u2069' })).toBeVisible();
  });

  it('after "Forget this meeting" says so and can start logging again', async () => {
    const { store, user } = await renderPanel((s) => s.getState().stopAttendance());
    expect(screen.getByText('Doorkeeper forgot this meeting')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start logging again' }));
    expect(store.getState().attendance.phase).toBe('collecting');
  });
});
