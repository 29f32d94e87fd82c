import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import { renderApp } from '../../../test/helpers/render-app';
import { reasonText, type RollEntry } from '../../domain/matching';
import { selectMatchByUUID, selectRollStatus } from '../../store/roll-selectors';
import type { Participant } from '../../zoom/meeting-client';

const me: Participant = { participantUUID: 'me', screenName: 'Hannah Host', role: 'host' };
const roll: RollEntry[] = [
  { id: '1', name: 'Jane Doe' },
  { id: '2', name: 'Robert Smith' },
  { id: '3', name: 'Amaka Obi' },
  { id: '4', name: 'Amaka Eze' },
];

async function renderWithRoll(participants: Participant[], waitingRoom: Participant[] = []) {
  const client = createFakeMeetingClient({ me, participants: [me, ...participants], waitingRoom });
  const rendered = await renderApp(client);
  await screen.findByRole('heading', { name: /^In meeting/ });
  act(() => rendered.store.getState().setRoll(roll, 'class.csv'));
  // While people wait the meeting is folded to its heading: these tests look at both lists.
  const show = screen.queryByRole('button', { name: 'Show' });
  if (show) await rendered.user.click(show);
  return rendered;
}

function rowOf(uuid: string): HTMLElement {
  const row = document.querySelector<HTMLElement>(
    `[data-testid="participant-row"][data-uuid="${uuid}"]`,
  );
  if (!row) throw new Error(`no row for ${uuid}`);
  return row;
}

const person = (uuid: string, screenName: string): Participant => ({
  participantUUID: uuid,
  screenName,
  role: 'attendee',
});

describe('a roster row’s match', () => {
  it('shows the roll name, the confidence in words, and the reasons on hover and on focus', async () => {
    const { user, store } = await renderWithRoll([
      person('b', 'Bob Smith'),
      person('x', 'Xavier Nobody'),
    ]);
    // The matcher's own words, whatever they are: the row must show exactly those.
    // The English catalog words each reason code as reasonText() does (catalogs.test.ts checks it).
    // Each name in them isolated (describe-match.test.ts says why).
    const reasons = (selectMatchByUUID(store.getState()).get('b')?.reasons ?? []).map((r) =>
      reasonText({
        ...r,
        params: Object.fromEntries(
          Object.entries(r.params ?? {}).map(([key, value]) => [key, `\u2068${value}\u2069`]),
        ),
      }),
    );
    expect(reasons.join(' ')).toMatch(/Bob/);
    const said = reasons.join('\n');
    const bob = rowOf('b');
    expect(bob).toHaveTextContent('On the roll as Robert Smith');
    const badge = within(bob).getByText('On roll').closest('[tabindex="0"]') as HTMLElement;
    // Where a narrow row shows only the mark ("✓"), hovering it names the state before the reasons.
    expect(badge).toHaveAttribute('title', `On roll\n${said}`);
    expect(badge).toHaveAccessibleDescription(reasons.join(' '));
    // Keyboard focus shows the reasons too, not only the mouse's title.
    expect(screen.queryByTestId('match-reasons')).not.toBeInTheDocument();
    await user.tab();
    while (document.activeElement !== badge && document.activeElement !== document.body)
      await user.tab();
    expect(badge).toHaveFocus();
    expect(screen.getByTestId('match-reasons')).toHaveTextContent(reasons.join(''));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('match-reasons')).not.toBeInTheDocument();
    await user.hover(badge);
    expect(screen.getByTestId('match-reasons')).toHaveTextContent(reasons.join(''));
    await user.unhover(badge);
    expect(screen.queryByTestId('match-reasons')).not.toBeInTheDocument();

    const xavier = rowOf('x');
    expect(within(xavier).getByText('Not on roll')).toBeInTheDocument();
    expect(
      within(xavier).getByText('Not on roll').closest('[tabindex="0"]'),
    ).toHaveAccessibleDescription('Nobody on the roll has a name like this.');
  });

  it('flags a homoglyph impostor in the waiting room and does not match it', async () => {
    const { store } = await renderWithRoll([], [person('imp', 'J\u0430ne Doe')]);
    const row = rowOf('imp');
    expect(within(row).getByText('Impostor?')).toBeInTheDocument();
    expect(within(row).getByText('Not on roll')).toBeInTheDocument();
    expect(row).not.toHaveTextContent('On the roll as');
    expect(
      within(row).getByText('Not on roll').closest('[tabindex="0"]'),
    ).toHaveAccessibleDescription(/Looks like: \u2068Jane Doe\u2069/u);
    expect(store.getState().roll).not.toBeNull();
    // The real Jane is still absent from the roll's point of view.
    expect(selectRollStatus(store.getState()).byId.get('1')?.status).toBe('absent');
  });

  it('labels bots, dial-ins and ambiguous first names with text badges', async () => {
    await renderWithRoll([
      person('bot', 'Otter.ai'),
      person('tel', '+1 415****1234'),
      person('am', 'Amaka'),
    ]);
    expect(within(rowOf('bot')).getByText('Bot')).toBeInTheDocument();
    expect(within(rowOf('tel')).getByText('Dial-in')).toBeInTheDocument();
    const ambiguous = rowOf('am');
    expect(within(ambiguous).queryByText('On roll')).not.toBeInTheDocument();
    expect(within(ambiguous).getByText('Ambiguous')).toBeInTheDocument();
  });

  it('marks a second claimant as a duplicate', async () => {
    await renderWithRoll([person('j1', 'Jane Doe')], [person('j2', 'Jane Doe')]);
    expect(within(rowOf('j1')).getByText('On roll')).toBeInTheDocument();
    expect(within(rowOf('j2')).getByText('Duplicate')).toBeInTheDocument();
    expect(within(rowOf('j2')).queryByText('On roll')).not.toBeInTheDocument();
  });

  it('links a participant with “This is…”, then unlinks them; the row and the roll follow', async () => {
    const { user, store } = await renderWithRoll([person('x', 'The Obis')]);
    await user.click(
      within(rowOf('x')).getByRole('button', { name: 'Roll match for \u2068The Obis\u2069' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'This is…' });
    const search = within(dialog).getByRole('searchbox', { name: 'Search the roll' });
    expect(search).toHaveFocus();
    await user.type(search, 'amaka');
    expect(
      within(dialog)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(['Amaka Obi', 'Amaka Eze']);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Amaka Obi' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Amaka Eze' }));
    await user.click(within(dialog).getByRole('button', { name: 'Link' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const row = rowOf('x');
    expect(within(row).getByText('Linked')).toBeInTheDocument();
    expect(within(row).getByText('On roll')).toBeInTheDocument();
    expect(row).toHaveTextContent('Amaka Obi, Amaka Eze');
    expect(store.getState().rollDecisions).toEqual([
      { kind: 'link', screenName: 'The Obis', rollId: '3' },
      { kind: 'link', screenName: 'The Obis', rollId: '4' },
    ]);

    await user.click(screen.getByRole('tab', { name: 'Roll' }));
    await screen.findAllByTestId('roll-entry');
    const present = () =>
      screen
        .getAllByTestId('roll-entry')
        .filter((entry) => entry.dataset.status === 'present')
        .map((entry) => entry.dataset.rollId);
    expect(present()).toEqual(['3', '4']);
    await user.click(screen.getByRole('tab', { name: 'Roster' }));

    await user.click(
      within(rowOf('x')).getByRole('button', { name: 'Roll match for \u2068The Obis\u2069' }),
    );
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Unlink' }),
    );
    expect(within(rowOf('x')).getByText('Not on roll')).toBeInTheDocument();
    expect(within(rowOf('x')).queryByText('Linked')).not.toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Roll' }));
    expect(present()).toEqual([]);
  });

  it('unlinks an automatic match, and the roll entry becomes absent', async () => {
    const { user } = await renderWithRoll([person('j', 'Jane Doe')]);
    await user.click(
      within(rowOf('j')).getByRole('button', { name: 'Roll match for \u2068Jane Doe\u2069' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'This is…' });
    expect(dialog).toHaveTextContent('Now linked to Jane Doe');
    await user.click(within(dialog).getByRole('button', { name: 'Unlink' }));
    expect(within(rowOf('j')).getByText('Not on roll')).toBeInTheDocument();
    // The roll's summary is under More, drawn when the panel first opens.
    await user.click(screen.getByRole('button', { name: 'More' }));
    expect(screen.getByText('Roll: 0 of 4 present')).toBeInTheDocument();
  });

  it('says nothing on my own row unless I am on the roll', async () => {
    await renderWithRoll([person('j', 'Jane Doe')]);
    expect(within(rowOf('me')).queryByTestId('row-match')).not.toBeInTheDocument();
    expect(within(rowOf('j')).getByTestId('row-match')).toBeInTheDocument();
  });

  it('shows nothing on rows while there is no roll', async () => {
    const client = createFakeMeetingClient({ me, participants: [me, person('j', 'Jane Doe')] });
    await renderApp(client);
    await screen.findByRole('heading', { name: /^In meeting/ });
    expect(screen.queryByTestId('row-match')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import roll' })).toBeInTheDocument();
  });
});
