import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../test/helpers/fake-meeting-client';
import { renderApp } from '../../test/helpers/render-app';
import { MeetingError } from '../zoom/errors';
import type { PanelView } from './panel-views';

describe('the panel’s states', () => {
  it('shows a loading state until Zoom answers, then the roster', async () => {
    const client = createFakeMeetingClient();
    const release = client.hold('start');
    await renderApp(client);
    expect(screen.getByRole('status')).toHaveTextContent('Connecting to Zoom…');
    expect(screen.queryByRole('heading', { name: /In meeting/ })).not.toBeInTheDocument();
    release();
    expect(await screen.findByRole('heading', { name: 'In meeting (1)' })).toBeInTheDocument();
    expect(screen.queryByText('Connecting to Zoom…')).not.toBeInTheDocument();
    expect(screen.getByText('Connected')).toBeInTheDocument();
  });

  it('shows a plain-language error with Retry, and Retry recovers', async () => {
    const client = createFakeMeetingClient();
    client.failNext(
      'getParticipants',
      new MeetingError(
        'timeout',
        'getMeetingParticipants',
        'getMeetingParticipants took longer than 10000ms to respond',
      ),
    );
    const { user } = await renderApp(client);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Doorkeeper could not reach Zoom');
    expect(alert).toHaveTextContent('Zoom did not answer in time.');
    expect(alert).not.toHaveTextContent('10000ms');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'In meeting (1)' })).toBeInTheDocument();
    expect(client.calls.filter((c) => c.api === 'start')).toHaveLength(2);
  });

  it('shows Zoom’s own words for an error it has no plain sentence for', async () => {
    const client = createFakeMeetingClient();
    client.failNext(
      'getUserContext',
      new MeetingError('unknown', 'getUserContext', 'Zoom said: internal error 123'),
    );
    await renderApp(client);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong in Zoom.');
    expect(alert).toHaveTextContent('Zoom said: internal error 123');
  });

  it('opened outside Zoom, explains where it runs and how to try the demo, without a stack trace', async () => {
    const { container } = await renderApp(createFakeMeetingClient({ notInZoom: true }));
    expect(
      await screen.findByRole('heading', { name: 'Doorkeeper runs inside Zoom' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Open it in Zoom' })).toBeInTheDocument();
    expect(screen.getByText('npm start')).toBeInTheDocument();
    expect(container).not.toHaveTextContent(/MeetingError|at \w+ \(|Error:/);
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('tells an attendee who can use it, then comes alive when they are made co-host', async () => {
    const me = { participantUUID: 'me', screenName: 'Ari Attendee', role: 'attendee' as const };
    const client = createFakeMeetingClient({
      me,
      participants: [{ ...me }, { participantUUID: 'h', screenName: 'Hana Host', role: 'host' }],
    });
    await renderApp(client);
    expect(
      await screen.findByRole('heading', { name: 'Only the host and co-hosts can use Doorkeeper' }),
    ).toBeInTheDocument();
    expect(screen.queryAllByTestId('participant-row')).toHaveLength(0);
    expect(client.calls.some((c) => c.api === 'getParticipants')).toBe(false);

    act(() => client.setMyRole('coHost'));
    expect(await screen.findByRole('heading', { name: 'In meeting (2)' })).toBeInTheDocument();
    expect(screen.getAllByTestId('participant-row')).toHaveLength(2);
    expect(
      screen.queryByText('Only the host and co-hosts can use Doorkeeper'),
    ).not.toBeInTheDocument();
  });

  it('goes back to the attendee page when the role drops, and catches up when it returns', async () => {
    const client = createFakeMeetingClient();
    await renderApp(client);
    await screen.findByRole('heading', { name: 'In meeting (1)' });
    act(() => client.setMyRole('attendee'));
    expect(
      await screen.findByText('Only the host and co-hosts can use Doorkeeper'),
    ).toBeInTheDocument();
    // While we were an attendee Zoom sent us nothing, but people kept arriving.
    client.state.participants.push({
      participantUUID: 'n',
      screenName: 'Nia New',
      role: 'attendee',
    });
    act(() => client.setMyRole('host'));
    expect(await screen.findByRole('heading', { name: 'In meeting (2)' })).toBeInTheDocument();
  });

  it('marks the roster out of date when a background refresh fails', async () => {
    const client = createFakeMeetingClient();
    const { store } = await renderApp(client, { bootstrap: { settleMs: 0 } });
    await screen.findByRole('heading', { name: 'In meeting (1)' });
    client.failNext(
      'getParticipants',
      new MeetingError('timeout', 'getMeetingParticipants', 'slow'),
    );
    act(() => void client.join('Ann Lee'));
    expect(await screen.findByText('Out of date')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'In meeting (2)' })).toBeInTheDocument();
    expect(store.getState().connection.status).toBe('ready');
  });

  it('sets a theme on <html> from the preference', async () => {
    const { store } = await renderApp();
    expect(document.documentElement.dataset.theme).toBe('light');
    act(() => store.getState().setThemePreference('dark'));
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('shows a tab per view when features add views, moving with the arrow keys', async () => {
    const views: PanelView[] = [
      { id: 'one', label: () => 'First', Component: () => <p>first view</p> },
      { id: 'two', label: () => 'Second', Component: () => <p>second view</p> },
    ];
    const { user } = await renderApp(createFakeMeetingClient(), { views });
    const first = await screen.findByRole('tab', { name: 'First' });
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('first view')).toBeInTheDocument();
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Second' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Second' })).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveTextContent('second view');
  });
});
