import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import { renderApp } from '../../../test/helpers/render-app';
import type { Participant } from '../../zoom/meeting-client';

const me: Participant = { participantUUID: 'me', screenName: 'Hannah Host', role: 'host' };
const people: Participant[] = [
  me,
  { participantUUID: 'c', screenName: 'Carl Cohost', role: 'coHost' },
  { participantUUID: 'a', screenName: 'Ann Lee', role: 'attendee' },
  { participantUUID: 'z', screenName: 'Zoë Adams', role: 'attendee' },
];
const waiting: Participant[] = [
  { participantUUID: 'w1', screenName: 'Wendy Wait', role: 'attendee' },
  { participantUUID: 'w2', screenName: 'Anne Marie', role: 'attendee' },
];

function section(name: RegExp) {
  return screen.getByRole('heading', { name }).closest('section')!;
}

function rowsIn(name: RegExp) {
  return within(section(name)).queryAllByTestId('participant-row');
}

async function renderRoster(participants = people, waitingRoom = waiting) {
  const client = createFakeMeetingClient({ me, participants, waitingRoom });
  const rendered = await renderApp(client);
  await screen.findByRole('heading', { name: /^In meeting/ });
  return rendered;
}

/** While people wait the meeting is folded to its heading: open it. */
async function showMeeting(user: { click: (element: Element) => Promise<void> }) {
  await user.click(screen.getByRole('button', { name: 'Show' }));
}

describe('the roster panel', () => {
  it('counts everyone, me included, under the exact headings', async () => {
    const { user } = await renderRoster();
    expect(screen.getByRole('heading', { name: 'In meeting (4)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Waiting room (2)' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /^Roster\s*2 people waiting$/ })).toBeInTheDocument();
    // The waiting room has the space: the meeting is one line until opened.
    expect(rowsIn(/^In meeting/)).toEqual([]);
    await showMeeting(user);
    expect(rowsIn(/^In meeting/).map((row) => row.dataset.uuid)).toEqual(['me', 'c', 'a', 'z']);
    expect(rowsIn(/^Waiting room/).map((row) => row.dataset.uuid)).toEqual(['w1', 'w2']);
  });

  it('says "1 person waiting" for one', async () => {
    await renderRoster(people, waiting.slice(0, 1));
    expect(screen.getByRole('tab', { name: /^Roster\s*1 person waiting$/ })).toBeInTheDocument();
  });

  it('shows an empty waiting room plainly', async () => {
    await renderRoster(people, []);
    expect(screen.getByRole('heading', { name: 'Waiting room (0)' })).toBeInTheDocument();
    expect(within(section(/^Waiting room/)).getByText('Nobody is waiting')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Roster' })).toBeInTheDocument();
    // Nobody waits: the meeting has the space, open.
    expect(rowsIn(/^In meeting/)).toHaveLength(4);
  });

  it('labels roles with text, and me with "You"', async () => {
    const { user } = await renderRoster();
    await showMeeting(user);
    const [mine, cohost, attendee] = rowsIn(/^In meeting/);
    expect(mine).toHaveTextContent('Hannah HostYouHost');
    expect(cohost).toHaveTextContent('Carl CohostCo-host');
    expect(attendee).toHaveTextContent(/^Ann Lee$/);
  });

  it('filters both lists as the host types, ignoring case and accents', async () => {
    const { user } = await renderRoster();
    await user.type(screen.getByRole('searchbox', { name: 'Search participants' }), 'ZOE');
    expect(rowsIn(/^In meeting/).map((row) => row.dataset.uuid)).toEqual(['z']);
    expect(within(section(/^In meeting/)).getByText('Showing 1 of 4')).toBeInTheDocument();
    expect(
      within(section(/^Waiting room/)).getByText('Nobody here matches your search'),
    ).toBeInTheDocument();
    // The totals in the headings stay the totals.
    expect(screen.getByRole('heading', { name: 'In meeting (4)' })).toBeInTheDocument();
    // A search opens both lists; cleared, the meeting folds again while people wait.
    await user.keyboard('{Escape}');
    expect(rowsIn(/^In meeting/)).toEqual([]);
    expect(rowsIn(/^Waiting room/)).toHaveLength(2);
  });

  it('finds a look-alike name padded with invisible characters by its plain spelling', async () => {
    const { user } = await renderRoster(people, [
      { participantUUID: 'x', screenName: 'Ann\u200B Lee', role: 'attendee' },
    ]);
    await user.type(screen.getByRole('searchbox'), 'ann lee');
    expect(rowsIn(/^Waiting room/).map((row) => row.dataset.uuid)).toEqual(['x']);
    expect(rowsIn(/^In meeting/).map((row) => row.dataset.uuid)).toEqual(['a']);
  });

  it('shows a hostile name as text, whole in its tooltip, and runs nothing', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const { client, container } = await renderRoster();
    act(() => void client.join(hostile, { uuid: 'evil', waitingRoom: true }));
    const row = await within(section(/^Waiting room/)).findByText(hostile);
    expect(row).toHaveAttribute('title', hostile);
    expect(row.closest('[data-testid="participant-row"]')).toHaveAttribute('data-uuid', 'evil');
    expect(container.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('keeps a very long name whole in the DOM and the tooltip (CSS truncates it)', async () => {
    const long = `Dr. ${'Bartholomew '.repeat(12)}Featherstonehaugh-Cholmondeley`;
    await renderRoster([me, { participantUUID: 'l', screenName: long, role: 'attendee' }], []);
    const name = screen.getByTitle(long);
    expect(name).toHaveTextContent(long);
    expect(name).toHaveClass('participant-row__name');
  });

  it('follows joins, admits and leaves as they happen', async () => {
    const { client, user } = await renderRoster();
    await showMeeting(user);
    act(() => void client.join('Nina New', { uuid: 'n', waitingRoom: true }));
    expect(await screen.findByRole('heading', { name: 'Waiting room (3)' })).toBeInTheDocument();
    await act(() => client.admit('n'));
    expect(await screen.findByRole('heading', { name: 'In meeting (5)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Waiting room (2)' })).toBeInTheDocument();
    expect(rowsIn(/^In meeting/).map((row) => row.dataset.uuid)).toContain('n');
    act(() => client.leave('w1'));
    expect(await screen.findByRole('heading', { name: 'Waiting room (1)' })).toBeInTheDocument();
    expect(rowsIn(/^Waiting room/).map((row) => row.dataset.uuid)).toEqual(['w2']);
  });

  it('renders only the rows in view for a thousand people, with correct counts', async () => {
    const crowd = Array.from({ length: 1000 }, (_, i): Participant => ({
      participantUUID: `p${i}`,
      screenName: `Person ${i}`,
      role: 'attendee',
    }));
    const queue = Array.from({ length: 300 }, (_, i): Participant => ({
      participantUUID: `q${i}`,
      screenName: `Queued ${i}`,
      role: 'attendee',
    }));
    const { user } = await renderRoster([me, ...crowd], queue);
    await showMeeting(user);
    expect(screen.getByRole('heading', { name: 'In meeting (1001)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Waiting room (300)' })).toBeInTheDocument();
    const rendered = screen.getAllByTestId('participant-row').length;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(100);
    const list = within(section(/^In meeting/)).getByRole('list', {
      name: 'People in the meeting',
    });
    expect(within(list).getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '1001');
  });
});
