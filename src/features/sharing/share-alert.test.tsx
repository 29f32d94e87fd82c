import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import type { FakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import { renderApp } from '../../../test/helpers/render-app';

const ROLL = [
  { id: '1', name: 'Jane Doe' },
  { id: '2', name: 'Robert Smith' },
];

async function meetingWithRoll(client: FakeMeetingClient) {
  const app = await renderApp(client);
  await screen.findByRole('heading', { name: /In meeting/ });
  await act(async () => {
    app.store.getState().setRoll(ROLL, 'roll.csv', { importedAt: 1 });
    await app.store.getState().loadMatching();
  });
  return app;
}

function share(client: FakeMeetingClient, uuid: string, sharing: boolean) {
  act(() =>
    client.emit({ type: 'shareScreenChanged', at: Date.now(), participantUUID: uuid, sharing }),
  );
}

/** Someone arrives in the meeting; returns their UUID. */
function join(client: FakeMeetingClient, name: string, role?: 'coHost'): string {
  let uuid = '';
  act(() => {
    uuid = client.join(name, role ? { role } : {}).participantUUID;
  });
  return uuid;
}

const alerts = () => screen.queryAllByTestId('share-alert');

describe('the screen-sharing alert', () => {
  it('an unknown guest shares: named in the header, one click sends them to the waiting room', async () => {
    const client = createFakeMeetingClient();
    const { user } = await meetingWithRoll(client);
    const guest = join(client, 'Gate <b>Crasher</b>');
    await screen.findByRole('heading', { name: 'In meeting (2)' });
    share(client, guest, true);
    const alert = await screen.findByTestId('share-alert');
    expect(alert).toHaveTextContent(
      'Not on the roll, sharing their screen: \u2068Gate <b>Crasher</b>\u2069',
    );
    expect(screen.getByRole('alert', { name: 'Screen sharing alert' })).toContainElement(alert);
    // The button's name is what it shows; whom it concerns is its description (the alert's text).
    const send = within(alert).getByRole('button', { name: 'Send to waiting room' });
    expect(send).toHaveAccessibleDescription(
      'Not on the roll, sharing their screen: \u2068Gate <b>Crasher</b>\u2069',
    );
    await user.click(send);
    await waitFor(() => expect(alerts()).toHaveLength(0));
    expect(client.calls.filter((c) => c.api === 'putInWaitingRoom')).toEqual([
      { api: 'putInWaitingRoom', args: [guest] },
    ]);
    expect(client.state.waitingRoom.map((p) => p.participantUUID)).toContain(guest);
  });

  it('says nothing while a roll member shares, or a co-host', async () => {
    const client = createFakeMeetingClient();
    await meetingWithRoll(client);
    const jane = join(client, 'Jane Doe');
    const co = join(client, 'Stranger Co', 'coHost');
    await screen.findByRole('heading', { name: 'In meeting (3)' });
    share(client, jane, true);
    share(client, co, true);
    // A stranger sharing at the same time shows that the alert is live, not merely slow.
    const guest = join(client, 'Somebody Else');
    share(client, guest, true);
    await screen.findByTestId('share-alert');
    expect(alerts().map((a) => a.textContent)).toEqual([
      'Not on the roll, sharing their screen: \u2068Somebody Else\u2069' + 'Send to waiting room',
    ]);
  });

  it('names a duplicate claimant, and ends when they stop sharing or leave', async () => {
    const client = createFakeMeetingClient();
    await meetingWithRoll(client);
    join(client, 'Jane Doe');
    const copy = join(client, 'Jane Doe');
    await screen.findByRole('heading', { name: 'In meeting (3)' });
    share(client, copy, true);
    const alert = await screen.findByTestId('share-alert');
    expect(alert).toHaveAttribute('data-reason', 'duplicate');
    share(client, copy, false);
    await waitFor(() => expect(alerts()).toHaveLength(0));
    share(client, copy, true);
    await screen.findByTestId('share-alert');
    // Zoom's "stop" may never come for someone who leaves: the leave ends the alert.
    act(() => client.leave(copy));
    await waitFor(() => expect(alerts()).toHaveLength(0));
  });
});
