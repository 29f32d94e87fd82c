import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import { renderApp } from '../../../test/helpers/render-app';
import type { Participant } from '../../zoom/meeting-client';

const me: Participant = { participantUUID: 'me', screenName: 'Hannah Host', role: 'host' };

describe('"Pause and take the roll"', () => {
  it('asks first, saying what will happen, and Cancel does nothing', async () => {
    const client = createFakeMeetingClient({
      me,
      participants: [me, { participantUUID: 'a', screenName: 'Ann Lee', role: 'attendee' }],
    });
    const { store, user } = await renderApp(client);
    await screen.findByRole('heading', { name: /^In meeting/ });
    act(() => store.getState().setRoll([{ id: '1', name: 'Ann Lee' }], 'group.csv'));
    await user.click(screen.getByRole('button', { name: 'More' }));
    await user.click(screen.getByRole('button', { name: 'Pause and take the roll' }));
    const dialog = screen.getByRole('alertdialog', {
      name: 'Pause the meeting and take the roll?',
    });
    expect(dialog).toHaveTextContent(
      'Doorkeeper will lock the meeting, then send everyone except hosts and co-hosts to the waiting room.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(client.calls.filter((call) => call.api === 'putInWaitingRoom')).toEqual([]);
    expect(store.getState().rollCall).toBeNull();
  });
});
