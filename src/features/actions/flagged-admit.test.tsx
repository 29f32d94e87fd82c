import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import type { FakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import { renderApp } from '../../../test/helpers/render-app';
import { reasonText } from '../../domain/matching';
import { selectMatchByUUID } from '../../store/roll-selectors';
import type { Participant } from '../../zoom/meeting-client';

const me: Participant = { participantUUID: 'me', screenName: 'Hannah Host', role: 'host' };
const ROLL = ['Jane Doe', 'John Smith', 'Kwame Mensah'].map((name, i) => ({
  id: `r${i + 1}`,
  name,
}));
const person = (uuid: string, screenName: string): Participant => ({
  participantUUID: uuid,
  screenName,
  role: 'attendee',
});

async function renderPanel(participants: Participant[], waitingRoom: Participant[]) {
  const client = createFakeMeetingClient({ me, participants: [me, ...participants], waitingRoom });
  const rendered = await renderApp(client, { lock: true });
  await screen.findByRole('heading', { name: /^In meeting/ });
  act(() => rendered.store.getState().setRoll(ROLL, 'Thursday'));
  return rendered;
}

function row(uuid: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(
    `[data-testid="participant-row"][data-uuid="${uuid}"]`,
  );
  if (!found) throw new Error(`no row for ${uuid}`);
  return found;
}

/** Text without the Unicode isolates that fence display names in sentences. */
const plain = (element: Element) => (element.textContent ?? '').replace(/[\u2068\u2069]/g, '');
const callsTo = (client: FakeMeetingClient, api: string) =>
  client.calls.filter((call) => call.api === api);

describe('admitting a possible impostor', () => {
  const real = person('j', 'Jane Doe');
  const fake = person('fake', 'J\u0430ne Doe');

  it('says so in the header, and one click there reaches the row', async () => {
    const { user } = await renderPanel([real], [fake, person('w', 'John Smith')]);
    const alert = await screen.findByTestId('impostor-alert');
    expect(plain(alert)).toBe(
      'Possible impostor waiting: looks like Jane Doe, who is already in the meeting',
    );
    // Danger first: the warning group heads the waiting room.
    const waiting = screen.getByRole('heading', { name: 'Waiting room (2)' }).closest('section')!;
    expect(within(waiting).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent(
      'Impersonation warning (1)',
    );
    await user.click(alert);
    await waitFor(() => expect(row('fake').closest('[role="listitem"]')).toHaveFocus());
  });

  it('drops the header alert while my role cannot see the waiting room, and brings it back', async () => {
    const { client } = await renderPanel([real], [fake]);
    await screen.findByTestId('impostor-alert');
    act(() => client.setMyRole('attendee'));
    await screen.findByRole('heading', { name: 'Only the host and co-hosts can use Doorkeeper' });
    expect(screen.queryByTestId('impostor-alert')).toBeNull();
    act(() => client.setMyRole('host'));
    expect(await screen.findByTestId('impostor-alert')).toBeInTheDocument();
  });

  it('asks first, naming whom they resemble and who holds that entry; Keep waiting admits nobody', async () => {
    const { client, user } = await renderPanel([real], [fake]);
    const admit = within(row('fake')).getByRole('button', { name: /Admit/ });
    expect(admit).not.toHaveClass('button--primary');
    await user.click(admit);
    const dialog = screen.getByRole('alertdialog', { name: 'Admit a possible impostor?' });
    expect(plain(within(dialog).getByTestId('flagged-admit-reason'))).toBe(
      '“J\u0430ne Doe” looks like Jane Doe on the roll, but is written with look-alike or hidden characters.',
    );
    expect(plain(within(dialog).getByTestId('flagged-admit-holder'))).toBe(
      'That entry is held by “Jane Doe”, who is in the meeting.',
    );
    expect(within(dialog).getByRole('button', { name: 'Keep waiting' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Keep waiting' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(callsTo(client, 'admit')).toEqual([]);

    await user.click(within(row('fake')).getByRole('button', { name: /Admit/ }));
    await user.keyboard('{Escape}');
    expect(callsTo(client, 'admit')).toEqual([]);

    await user.click(within(row('fake')).getByRole('button', { name: /Admit/ }));
    await user.click(screen.getByRole('button', { name: 'Admit anyway' }));
    await waitFor(() => expect(callsTo(client, 'admit').map((c) => c.args)).toEqual([['fake']]));
  });

  it('names the participant copied when the name imitates someone not on the roll', async () => {
    // Ama Owusu is a guest (not on the roll); the copy writes her name with a Cyrillic а.
    const { client, user } = await renderPanel(
      [person('g', 'Ama Owusu')],
      [person('c', 'Am\u0430 Owusu')],
    );
    expect(plain(await screen.findByTestId('impostor-alert'))).toBe(
      'Possible impostor waiting: looks like Ama Owusu, who is already in the meeting',
    );
    expect(plain(within(row('c')).getByTestId('row-claim'))).toBe(
      'Looks like “Ama Owusu” (in meeting), written with look-alike characters',
    );
    await user.click(within(row('c')).getByRole('button', { name: /Admit/ }));
    const dialog = screen.getByRole('alertdialog', { name: 'Admit a possible impostor?' });
    expect(plain(within(dialog).getByTestId('flagged-admit-reason'))).toBe(
      '“Am\u0430 Owusu” looks like “Ama Owusu” (in meeting), but is written with look-alike or hidden characters.',
    );
    expect(plain(within(dialog).getByTestId('flagged-admit-holder'))).toBe(
      'Neither name is on the roll.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Keep waiting' }));
    expect(callsTo(client, 'admit')).toEqual([]);
  });

  it('says the participant copied is waiting when they are, in the reason and the question', async () => {
    // Both are in the waiting room: the guest Ama Owusu first, then the copy with a Cyrillic а.
    const { client, store, user } = await renderPanel(
      [],
      [person('g', 'Ama Owusu'), person('c', 'Am\u0430 Owusu')],
    );
    await waitFor(() => expect(row('c')).toBeInTheDocument());
    const reasons = (selectMatchByUUID(store.getState()).get('c')?.reasons ?? []).map(reasonText);
    expect(reasons).toContain('looks like the name of Ama Owusu, who is in the waiting room');
    expect(reasons.join(' ')).not.toMatch(/in the meeting/);
    await user.click(within(row('c')).getByRole('button', { name: /Admit/ }));
    const dialog = screen.getByRole('alertdialog', { name: 'Admit a possible impostor?' });
    expect(plain(within(dialog).getByTestId('flagged-admit-reason'))).toBe(
      '“Am\u0430 Owusu” looks like “Ama Owusu” (waiting), but is written with look-alike or hidden characters.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Keep waiting' }));
    // Once the guest is admitted the same two names, in the same order, say "in the meeting".
    await act(() => client.admit('g'));
    await waitFor(() =>
      expect(
        (selectMatchByUUID(store.getState()).get('c')?.reasons ?? []).map(reasonText),
      ).toContain('looks like the name of Ama Owusu, who is in the meeting'),
    );
  });

  it('admits someone with nothing flagged in one click, no question asked', async () => {
    const { client, user } = await renderPanel([], [person('w', 'John Smith')]);
    await user.click(within(row('w')).getByRole('button', { name: /Admit/ }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(callsTo(client, 'admit')).toHaveLength(1));
  });
});

describe('while the matcher loads', () => {
  const fake = person('fake', 'J\u0430ne Doe');
  const spoken = () => screen.getByTestId('live-announcer').textContent;
  // Grouped or plain, the waiting room is another <section>: find it again each time.
  const waiting = () =>
    screen.getByRole('heading', { name: 'Waiting room (1)' }).closest('section')!;
  const unchecked = 'Checking names against the roll… Possible impostors are not flagged yet.';

  it('says over the waiting room, and aloud, that nobody is flagged yet; the host still decides', async () => {
    const client = createFakeMeetingClient({ me, participants: [me], waitingRoom: [fake] });
    const { store, user } = await renderApp(client);
    await screen.findByRole('heading', { name: /^In meeting/ });
    // As right after a reload: the saved roll is back, the matcher is not.
    act(() =>
      store.setState({
        roll: { entries: ROLL, name: 'Thursday', importedAt: 0 },
        matchingReady: false,
      }),
    );
    await waitFor(() => expect(within(waiting()).getByRole('status')).toHaveTextContent(unchecked));
    await waitFor(() => expect(spoken()).toBe(unchecked));
    expect(screen.queryByTestId('impostor-alert')).toBeNull();

    act(() => store.setState({ matchingReady: true }));
    await waitFor(() => expect(within(waiting()).queryByText(unchecked)).toBeNull());
    expect(await screen.findByTestId('impostor-alert')).toBeInTheDocument();

    // Hosts decide: in that moment Admit is not held back, it is one click as before.
    act(() => store.setState({ matchingReady: false }));
    await waitFor(() => expect(within(waiting()).getByRole('status')).toHaveTextContent(unchecked));
    await user.click(within(row('fake')).getByRole('button', { name: /Admit/ }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(callsTo(client, 'admit').map((c) => c.args)).toEqual([['fake']]));
  });
});

describe('a duplicate, explained in its row', () => {
  const holder = person('j1', 'Jane Doe');
  const second = person('j2', 'jane doe');

  it('says whose entry it claims and who holds it, and asks before admitting', async () => {
    const { user } = await renderPanel([holder], [second]);
    expect(plain(within(row('j2')).getByTestId('row-claim'))).toMatch(
      /^Claims Jane Doe — already held by “Jane Doe” \(in meeting\)/,
    );
    await user.click(within(row('j2')).getByRole('button', { name: /Admit/ }));
    const dialog = screen.getByRole('alertdialog', {
      name: 'Admit a second claim to the same roll entry?',
    });
    expect(plain(dialog)).toContain('“jane doe” claims to be Jane Doe on the roll.');
    expect(plain(dialog)).toContain('That entry is held by “Jane Doe”, who is in the meeting.');
  });

  it('"This one is Jane" gives the entry to this person instead', async () => {
    const { store, user } = await renderPanel([holder], [second]);
    const swap = within(row('j2')).getByRole('button', {
      name: /^This one is .*Jane Doe.*: give the roll entry to .*jane doe.* instead of .*Jane Doe/,
    });
    expect(swap).toHaveTextContent(/^This one is \u2068?Jane\u2069?$/);
    await user.click(swap);
    await waitFor(() => expect(within(row('j2')).queryByTestId('row-claim')).toBeNull());
    expect(store.getState().rollDecisions).toEqual([
      { kind: 'unlink', screenName: 'Jane Doe', rollId: 'r1' },
      { kind: 'link', screenName: 'jane doe', rollId: 'r1' },
    ]);
  });

  it('"Same person, 2nd device" lets both hold the entry', async () => {
    const { store, user } = await renderPanel([holder], [second]);
    await user.click(
      within(row('j2')).getByRole('button', { name: /are both .*Jane Doe.*, on two devices/ }),
    );
    await waitFor(() => expect(within(row('j2')).queryByTestId('row-claim')).toBeNull());
    expect(store.getState().rollDecisions).toEqual([
      { kind: 'link', screenName: 'Jane Doe', rollId: 'r1' },
      { kind: 'link', screenName: 'jane doe', rollId: 'r1' },
    ]);
    // Both now hold Jane Doe's entry: no longer flagged, one click admits.
    await user.click(within(row('j2')).getByRole('button', { name: /Admit/ }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('renaming someone in the waiting room', () => {
  it('"Admit and rename" admits, then gives the name the moment they are in', async () => {
    const { client, user } = await renderPanel([], [person('k', 'kwame mensah iPhone')]);
    await user.click(within(row('k')).getByRole('button', { name: /More actions/ }));
    await user.click(screen.getByRole('button', { name: 'Admit and rename…' }));
    const dialog = screen.getByRole('dialog', { name: /Admit .*kwame mensah iPhone.* and rename/ });
    expect(dialog).toHaveTextContent(
      'this person will be admitted, and will get the new name the moment they are in',
    );
    await user.click(within(dialog).getByRole('radio', { name: /privacy name/i }));
    await user.click(within(dialog).getByRole('button', { name: 'Admit and rename' }));
    await waitFor(() => expect(callsTo(client, 'rename')).toHaveLength(1));
    const order = client.calls
      .map((c) => c.api)
      .filter((api) => api === 'admit' || api === 'rename');
    expect(order).toEqual(['admit', 'rename']);
    expect(callsTo(client, 'rename')[0]!.args).toEqual(['k', 'Kwame M.']);
  });

  it('bulk privacy names cover the waiting room: queued, given on admission', async () => {
    const { client, store, user } = await renderPanel(
      [person('j', 'jane doe')],
      [person('k', 'kwame mensah')],
    );
    await user.click(screen.getByRole('button', { name: 'More' }));
    await user.click(screen.getByRole('button', { name: 'More bulk actions…' }));
    await user.click(screen.getByRole('button', { name: 'Rename everyone to privacy names (2)' }));
    const dialog = screen.getByRole('alertdialog');
    expect(plain(dialog)).toContain('kwame mensah → Kwame M. (when admitted)');
    await user.click(within(dialog).getByRole('button', { name: 'Rename 2' }));
    await waitFor(() =>
      expect(callsTo(client, 'rename').map((c) => c.args)).toEqual([['j', 'Jane D.']]),
    );
    expect(store.getState().renamesOnAdmit).toEqual({ k: 'Kwame M.' });
    await act(() => client.admit('k'));
    await waitFor(() =>
      expect(callsTo(client, 'rename').map((c) => c.args)).toEqual([
        ['j', 'Jane D.'],
        ['k', 'Kwame M.'],
      ]),
    );
    expect(store.getState().renamesOnAdmit).toEqual({});
  });
});

describe('when Zoom does not answer', () => {
  it(
    'says "Zoom is not answering" after 5 s, and Cancel withdraws what was not sent',
    {
      timeout: 20_000,
    },
    async () => {
      const waiting = ['a', 'b', 'c', 'd'].map((id) => person(id, `Person ${id.toUpperCase()}`));
      const { client, store, user } = await renderPanel([], waiting);
      const release = client.hold('admit');
      act(() => void store.getState().admit(waiting.map((p) => p.participantUUID)));
      const line = screen.getByTestId('action-summary');
      expect(line).not.toHaveTextContent('Zoom is not answering');
      await waitFor(() => expect(line).toHaveTextContent(/^Zoom is not answering · Admitting…/), {
        timeout: 8_000,
      });
      // Three calls are out (the limit); the fourth was never sent.
      expect(callsTo(client, 'admit')).toHaveLength(3);
      await user.click(
        screen.getByRole('button', { name: 'Cancel what has not been sent to Zoom yet' }),
      );
      await act(async () => release());
      await waitFor(() =>
        expect(line).toHaveTextContent('Admitted 3 people · 1 not sent: cancelled'),
      );
      expect(callsTo(client, 'admit')).toHaveLength(3);
      await screen.findByRole('heading', { name: 'Waiting room (1)' });
      expect(row('d')).toBeInTheDocument();
    },
  );
});
