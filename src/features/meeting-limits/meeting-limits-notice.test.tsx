import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import { renderApp } from '../../../test/helpers/render-app';

/** The panel says at once what it cannot do here: breakout rooms, the web client, refused controls. */
describe('what Doorkeeper can do here', () => {
  it('nothing to say for a host on the desktop client in the main session', async () => {
    await renderApp();
    await screen.findByRole('heading', { name: /In meeting/ });
    expect(screen.queryByRole('region', { name: 'What Doorkeeper can do here' })).toBeNull();
  });

  it('in a breakout room: names the room and where the waiting room and lock are managed', async () => {
    const client = createFakeMeetingClient({
      breakout: { roomUUID: 'r1', roomName: 'Room 1', roomsOpen: true },
    });
    await renderApp(client);
    expect(
      await screen.findByText(
        'You are in breakout room Room 1: the waiting room and the lock are managed from the main session.',
      ),
    ).toBeInTheDocument();
  });

  it('rooms open: says what the lock does meanwhile', async () => {
    const client = createFakeMeetingClient({
      breakout: { roomUUID: null, roomName: null, roomsOpen: true },
    });
    await renderApp(client);
    expect(await screen.findByText(/^Breakout rooms are open\./)).toBeInTheDocument();
  });

  it('a co-host refused controls: names them, and while locked says the lock cannot be enforced', async () => {
    const { store } = await renderApp(
      createFakeMeetingClient({
        me: { participantUUID: 'me', screenName: 'Carl Cohost', role: 'coHost' },
      }),
    );
    await screen.findByRole('heading', { name: /In meeting/ });
    act(() => {
      store.getState().noteDeniedApi('putParticipantToWaitingRoom');
      store.getState().noteDeniedApi('admitParticipantFromWaitingRoom');
    });
    expect(
      await screen.findByText(
        'Zoom refused your account these controls: admit people and send people to the waiting room. Doorkeeper cannot do them for you. Ask the host to run Doorkeeper, or to make you the host.',
      ),
    ).toBeInTheDocument();
    act(() => store.getState().lockNow());
    const enforce = await screen.findByText(
      'The lock cannot be enforced here: Zoom does not let Doorkeeper send people to the waiting room.',
    );
    // Said as an alert: a lock that cannot hold is news at once.
    expect(enforce).toHaveAttribute('role', 'alert');
  });

  it('the host refused a control: points to Zoom’s own panel, and drops it once it works again', async () => {
    const { store } = await renderApp();
    await screen.findByRole('heading', { name: /In meeting/ });
    act(() => store.getState().noteDeniedApi('admitParticipantFromWaitingRoom'));
    const line = await screen.findByText(
      /^Zoom refused your account these controls: admit people\./,
    );
    // "Ask the host to run Doorkeeper" is no advice to the host.
    expect(line).toHaveTextContent("use Zoom's own Participants panel for them.");
    expect(line).not.toHaveTextContent(/Ask the host/);
    act(() => store.getState().noteAllowedApi('admitParticipantFromWaitingRoom'));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'What Doorkeeper can do here' })).toBeNull(),
    );
  });
});
