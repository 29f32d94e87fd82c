import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import { renderApp } from '../../../test/helpers/render-app';
import { panelViews } from '../../app/panel-views';
import type { Participant } from '../../zoom/meeting-client';

const me: Participant = { participantUUID: 'me', screenName: 'Hannah Host', role: 'host' };
// The checklist exactly as the panel composes it (with the other features' item add-ons).
const views = panelViews.filter((view) => view.id === 'checklist');
const MESSAGE =
  'A request from the host: as your name in this meeting, please show only your first name and last initial (for example “Sam K.”) or your role, and no e-mail address or phone number. To change it: Participants → your name → Rename. Thank you.';

async function renderChecklist(participants: Participant[], clientVersion?: string) {
  const client = createFakeMeetingClient({
    me,
    participants: [me, ...participants],
    ...(clientVersion ? { clientVersion } : {}),
  });
  const rendered = await renderApp(client, { views });
  await screen.findByRole('heading', { name: 'Check this meeting' }, { timeout: 10_000 });
  return rendered;
}

function item(id: string): HTMLElement {
  const found = screen.getAllByTestId('checklist-item').find((el) => el.dataset.item === id);
  if (!found) throw new Error(`no checklist item ${id}`);
  return found;
}

describe('"please rename" in the chat', () => {
  it('under an exposed e-mail: one click posts one message that names nobody', async () => {
    const { client, user } = await renderChecklist([
      { participantUUID: 'j', screenName: 'jane.doe@example.org', role: 'attendee' },
    ]);
    const request = await within(item('exposedContacts')).findByTestId('rename-request');
    expect(request).toHaveTextContent('Zoom posts one message to everyone: it names nobody.');
    await user.click(within(request).getByRole('button', { name: 'Post to chat' }));
    await within(request).findByText('Posted to the meeting chat.');
    expect(client.state.chat).toEqual([MESSAGE]);
    expect(client.state.chat.join(' ')).not.toMatch(/jane|example\.org/i);
  });

  it('under a co-host’s exposed e-mail too: the item fails and the message is offered', async () => {
    const { client, user } = await renderChecklist([
      { participantUUID: 'c', screenName: 'carol.ng@example.org', role: 'coHost' },
    ]);
    expect(within(item('exposedContacts')).getByText('Check')).toBeInTheDocument();
    const request = await within(item('exposedContacts')).findByTestId('rename-request');
    await user.click(within(request).getByRole('button', { name: 'Post to chat' }));
    await within(request).findByText('Posted to the meeting chat.');
    expect(client.state.chat).toEqual([MESSAGE]);
  });

  it('on a client older than 6.2.5: no Post button, the reason, and Copy', async () => {
    await renderChecklist(
      [{ participantUUID: 'j', screenName: '+44 7700 900123', role: 'attendee' }],
      '6.1.0',
    );
    const request = await within(item('exposedContacts')).findByTestId('rename-request');
    expect(within(request).queryByRole('button', { name: 'Post to chat' })).toBeNull();
    expect(within(request).getByRole('button', { name: 'Copy' })).toBeEnabled();
    expect(request).toHaveTextContent(
      'Posting to the chat needs Zoom 6.2.5 or later; this client is 6.1.0.',
    );
  });

  it('for people not on the roll it sits under "unknown people", once; nothing when all is well', async () => {
    const { store } = await renderChecklist([
      { participantUUID: 'a', screenName: 'Jane Doe', role: 'attendee' },
    ]);
    expect(screen.queryByTestId('rename-request')).toBeNull();
    await act(async () => {
      store.getState().setRoll([{ id: '1', name: 'Jane Doe' }], 'roll.csv', { importedAt: 1 });
      await store.getState().loadMatching();
    });
    expect(screen.queryByTestId('rename-request')).toBeNull();
    act(() => {
      store.getState().clearRoll();
      store.getState().setRoll([{ id: '1', name: 'Robert Smith' }], 'roll.csv', { importedAt: 2 });
    });
    const request = await within(item('unknownPeople')).findByTestId('rename-request');
    expect(screen.getAllByTestId('rename-request')).toEqual([request]);
  });
});
