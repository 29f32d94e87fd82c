import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import type { FakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import { renderApp } from '../../../test/helpers/render-app';
import { MeetingError } from '../../zoom/errors';
import type { Participant } from '../../zoom/meeting-client';
import { SUMMARY_DISMISS_MS } from './action-summary';

const me: Participant = { participantUUID: 'me', screenName: 'Hannah Host', role: 'host' };
const cohost: Participant = { participantUUID: 'c', screenName: 'Carl Cohost', role: 'coHost' };
const ann: Participant = { participantUUID: 'a', screenName: 'Ann Lee', role: 'attendee' };
const ROLL = ['Jane Doe', 'John Smith', 'María García', 'Kwame Mensah', 'Ann Lee'].map(
  (name, i) => ({ id: `r${i + 1}`, name }),
);
const person = (uuid: string, screenName: string): Participant => ({
  participantUUID: uuid,
  screenName,
  role: 'attendee',
});

async function renderPanel(waitingRoom: Participant[], withRoll = true) {
  const client = createFakeMeetingClient({ me, participants: [me, cohost, ann], waitingRoom });
  const rendered = await renderApp(client, { lock: true });
  await screen.findByRole('heading', { name: /^In meeting/ });
  if (withRoll) act(() => rendered.store.getState().setRoll(ROLL, 'Thursday'));
  return rendered;
}

function row(uuid: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(
    `[data-testid="participant-row"][data-uuid="${uuid}"]`,
  );
  if (!found) throw new Error(`no row for ${uuid}`);
  return found;
}

const summary = () => screen.getByTestId('action-summary');
const callsTo = (client: FakeMeetingClient, api: string) =>
  client.calls.filter((call) => call.api === api);

describe('row actions', () => {
  // VoiceOver's caption panel shows what it says: a name's bidi controls must not reorder the rest.
  it('name the person in their labels isolated, whatever their name holds', async () => {
    const hostile = 'Eve \u202Eyrrab';
    await renderPanel([person('h', hostile)], false);
    expect(within(row('h')).getByRole('button', { name: /^Admit / })).toHaveAccessibleName(
      `Admit \u2068${hostile}\u2069`,
    );
    expect(
      within(row('h')).getByRole('button', { name: /^More actions for / }),
    ).toHaveAccessibleName(`More actions for \u2068${hostile}\u2069`);
  });

  it('shows an admit pending, ignores a second click, then the result and the summary', async () => {
    const { client, user } = await renderPanel([person('w1', 'Wendy Wait')], false);
    const release = client.hold('admit');
    const admit = within(row('w1')).getByRole('button', { name: /Admit .*Wendy Wait/ });
    await user.click(admit);
    expect(within(row('w1')).getByText('Admitting…')).toBeInTheDocument();
    expect(admit).toBeDisabled();
    await user.click(admit);
    expect(summary()).toHaveTextContent('Admitting… 0 of 1 done');
    await act(async () => release());
    await waitFor(() => expect(summary()).toHaveTextContent('Admitted 1'));
    expect(callsTo(client, 'admit')).toHaveLength(1);
    await waitFor(() =>
      expect(row('w1').closest('section')).toHaveAccessibleName('In meeting (4)'),
    );
  });

  it('reports a failure on the row and in plain words, and nothing else breaks', async () => {
    const { client, user } = await renderPanel(
      [person('w1', 'Wendy Wait'), person('w2', 'Nina New')],
      false,
    );
    client.failNext(
      'admit',
      new MeetingError('permission', 'admitParticipantFromWaitingRoom', 'No Permission', 80012),
    );
    await user.click(within(row('w1')).getByRole('button', { name: /Admit/ }));
    await waitFor(() =>
      expect(summary()).toHaveTextContent('Admitted 0 people · Failed for 1 person: not allowed'),
    );
    expect(within(row('w1')).getByText(/Failed: not allowed/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Details' }));
    expect(
      within(screen.getByRole('list', { name: 'Result for each person' })).getByText(
        'Zoom did not allow this: only the host and co-hosts can do it.',
      ),
    ).toBeInTheDocument();
    await user.click(within(row('w2')).getByRole('button', { name: /Admit/ }));
    await waitFor(() => expect(summary()).toHaveTextContent('Admitted 1'));
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'In meeting (4)' })).toBeInTheDocument(),
    );
    expect(document.querySelector('[data-uuid="w2"]')).toBeNull();
  });

  // Real clocks: a result that went well goes by itself (after SUMMARY_DISMISS_MS); generous time-outs.
  it('dismisses a result that went well by itself', { timeout: 30_000 }, async () => {
    const { user } = await renderPanel([person('w1', 'Wendy Wait')], false);
    await user.click(within(row('w1')).getByRole('button', { name: /Admit/ }));
    await waitFor(() => expect(summary()).toHaveTextContent('Admitted 1 person'));
    await waitFor(() => expect(screen.queryByTestId('action-summary')).toBeNull(), {
      timeout: SUMMARY_DISMISS_MS + 15_000,
    });
  });

  it('keeps a result with a failure until the host dismisses it', { timeout: 30_000 }, async () => {
    const { client, user } = await renderPanel([person('w1', 'Wendy Wait')], false);
    client.failNext(
      'admit',
      new MeetingError('permission', 'admitParticipantFromWaitingRoom', 'No Permission', 80012),
    );
    await user.click(within(row('w1')).getByRole('button', { name: /Admit/ }));
    await waitFor(() => expect(summary()).toHaveTextContent('Failed for 1 person'));
    await act(() => new Promise((resolve) => setTimeout(resolve, SUMMARY_DISMISS_MS + 1_000)));
    expect(summary()).toHaveTextContent('Failed for 1 person: not allowed');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('action-summary')).toBeNull();
  });

  it('offers no move or removal for hosts, co-hosts and me', async () => {
    await renderPanel([], false);
    for (const uuid of ['me', 'c'])
      expect(within(row(uuid)).queryByRole('button', { name: /More actions/ })).toBeNull();
    expect(
      within(row('a')).getByRole('button', { name: /More actions for .*Ann Lee/ }),
    ).toBeEnabled();
  });

  it('offers only what this Zoom client supports, and says where the rest is', async () => {
    const client = createFakeMeetingClient({
      me,
      participants: [me, ann],
      unsupportedApis: ['setParticipantScreenName', 'removeParticipant'],
    });
    const { user } = await renderApp(client);
    await screen.findByRole('heading', { name: /^In meeting/ });
    await user.click(within(row('a')).getByRole('button', { name: /More actions/ }));
    const dialog = screen.getByRole('dialog', { name: /Ann Lee/ });
    expect(within(dialog).getByRole('button', { name: 'Send to waiting room' })).toBeEnabled();
    expect(within(dialog).queryByRole('button', { name: /Rename|Remove/ })).toBeNull();
    expect(dialog).toHaveTextContent('Some actions are not available in this Zoom client');
  });

  it('in a client that allows none of them (Zoom’s web client), says so and offers Close', async () => {
    const client = createFakeMeetingClient({
      me,
      participants: [me, ann],
      unsupportedApis: [
        'putParticipantToWaitingRoom',
        'setParticipantScreenName',
        'removeParticipant',
      ],
    });
    const { user } = await renderApp(client);
    await screen.findByRole('heading', { name: /^In meeting/ });
    await user.click(within(row('a')).getByRole('button', { name: /More actions/ }));
    const dialog = screen.getByRole('dialog', { name: /Ann Lee/ });
    expect(dialog).not.toHaveTextContent('Some actions');
    expect(dialog).toHaveTextContent(
      'In this Zoom client Doorkeeper cannot move, rename or remove this person: use Zoom’s own Participants panel.',
    );
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Close']);
  });

  it('asks before removing, naming the person; Escape closes without removing', async () => {
    const { client, user } = await renderPanel([], false);
    const more = within(row('a')).getByRole('button', { name: /More actions/ });
    await user.click(more);
    await user.click(screen.getByRole('button', { name: 'Remove…' }));
    const dialog = screen.getByRole('alertdialog', { name: /Remove .*Ann Lee.*\?/ });
    // It says what is about to happen, not what happens.
    expect(dialog).toHaveTextContent(/Ann Lee.* will leave the meeting at once/);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(callsTo(client, 'remove')).toHaveLength(0);

    await user.click(more);
    await user.click(screen.getByRole('button', { name: 'Remove…' }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(summary()).toHaveTextContent('Removed 1'));
    expect(callsTo(client, 'remove')).toEqual([{ api: 'remove', args: ['a'] }]);
    expect(await screen.findByRole('heading', { name: 'In meeting (2)' })).toBeInTheDocument();
  });

  it('sends someone to the waiting room', async () => {
    const { client, user } = await renderPanel([], false);
    await user.click(within(row('a')).getByRole('button', { name: /More actions/ }));
    await user.click(screen.getByRole('button', { name: 'Send to waiting room' }));
    await waitFor(() => expect(summary()).toHaveTextContent('Sent 1 person to the waiting room'));
    expect(client.state.waitingRoom.map((p) => p.participantUUID)).toEqual(['a']);
  });

  it('renames to the privacy name, the roll name, or a typed one', async () => {
    const { client, user } = await renderPanel([]);
    act(() => void client.join('Jane Doe (she/her)', { uuid: 'j' }));
    const rename = async (uuid: string) => {
      const found = await waitFor(() => row(uuid));
      await user.click(within(found).getByRole('button', { name: /More actions/ }));
      await user.click(screen.getByRole('button', { name: 'Rename…' }));
      return screen.getByRole('dialog', { name: /Rename/ });
    };
    let dialog = await rename('j');
    await user.click(within(dialog).getByRole('radio', { name: /Privacy name: .*Jane D\./ }));
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(callsTo(client, 'rename')).toHaveLength(1));

    dialog = await rename('a');
    expect(within(dialog).getByRole('radio', { name: /Roll name: .*Ann Lee/ })).toBeChecked();
    await user.click(within(dialog).getByRole('radio', { name: 'Another name' }));
    const input = within(dialog).getByRole('textbox', { name: 'New name' });
    await user.clear(input);
    expect(within(dialog).getByRole('button', { name: 'Rename' })).toBeDisabled();
    await user.type(input, 'Annie');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    await waitFor(() =>
      expect(callsTo(client, 'rename').map((call) => call.args)).toEqual([
        ['j', 'Jane D.'],
        ['a', 'Annie'],
      ]),
    );
  });
});

describe('bulk actions', () => {
  const queue = [
    person('w-jane', 'Jane Doe'),
    person('w-kwame', 'Kwame Mensa'),
    person('w-maria', 'María García'),
    person('w-zed', 'Zed Stranger'),
    person('w-fake', 'J\u0430ne Doe'),
  ];

  it('groups the waiting room for decisions, each group with its count', async () => {
    await renderPanel(queue);
    const section = screen.getByRole('heading', { name: 'Waiting room (5)' }).closest('section')!;
    expect(
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Impersonation warning (1)', 'On the roll (2)', 'Check (1)', 'Not on the roll (1)']);
  });

  it('offers "Admit … on the roll" only while someone on the roll waits', async () => {
    const { client } = await renderPanel([person('w-zed', 'Zed Stranger')]);
    await screen.findByRole('heading', { name: 'Waiting room (1)' });
    expect(screen.queryByRole('button', { name: /on the roll$/ })).toBeNull();
    act(() => void client.join('Jane Doe', { uuid: 'w-jane', waitingRoom: true }));
    expect(await screen.findByRole('button', { name: 'Admit 1 on the roll' })).toBeEnabled();
  });

  it('offers a review, not an admit, while only likely matches wait', async () => {
    const { client, user } = await renderPanel([person('w-kwame', 'Kwame Mensa')]);
    await screen.findByRole('heading', { name: 'Waiting room (1)' });
    // A click admits nobody by itself: the button must not read "Admit 0 on the roll".
    expect(screen.queryByRole('button', { name: /^Admit \d+ on the roll$/ })).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Review 1 likely match' }));
    const dialog = await screen.findByRole('dialog', { name: 'Review 1 likely match' });
    expect(dialog).not.toHaveTextContent(/will be admitted|as well/);
    expect(within(dialog).getByRole('button', { name: 'Admit 0' })).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Kwame Mensa' }));
    await user.click(within(dialog).getByRole('button', { name: 'Admit 1' }));
    await waitFor(() => expect(summary()).toHaveTextContent('Admitted 1'));
    expect(callsTo(client, 'admit').map((call) => call.args[0])).toEqual(['w-kwame']);
  });

  it('counts likely matches in the plural', async () => {
    await renderPanel([person('w-kwame', 'Kwame Mensa'), person('w-john', 'John Smyth')]);
    expect(await screen.findByRole('button', { name: 'Review 2 likely matches' })).toBeEnabled();
  });

  it('admits every sure match at once, and a likely one only when ticked', async () => {
    const { client, user } = await renderPanel(queue);
    await user.click(screen.getByRole('button', { name: 'Admit 2 on the roll' }));
    // It says what is about to happen, and the count follows the ticks.
    const dialog = screen.getByRole('dialog', { name: 'Admit 2 people on the roll?' });
    expect(dialog).toHaveTextContent('2 people on the roll will be admitted.');
    const likely = within(dialog).getByRole('checkbox', { name: 'Kwame Mensa' });
    expect(likely).not.toBeChecked();
    await user.click(likely);
    expect(dialog).toHaveAccessibleName('Admit 3 people on the roll?');
    await user.click(likely);
    expect(within(dialog).queryByText(/Zed Stranger|J\u0430ne Doe/)).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Admit 2' }));
    await waitFor(() => expect(summary()).toHaveTextContent('Admitted 2'));
    expect(
      callsTo(client, 'admit')
        .map((call) => call.args[0])
        .sort(),
    ).toEqual(['w-jane', 'w-maria']);
  });

  it('says "Admitted 2 people · Failed for 1 person: already admitted" when another host was quicker', async () => {
    const { client, store, user } = await renderPanel(queue.slice(0, 1).concat(queue[2]!));
    act(() => void client.join('John Smith', { uuid: 'w-john', waitingRoom: true }));
    const release = client.hold('admit');
    await user.click(await screen.findByRole('button', { name: 'Admit 3 on the roll' }));
    expect(screen.getByRole('button', { name: /^Admit \d+ on the roll$/ })).toBeDisabled();
    act(() => {
      // Someone else admits John from Zoom's own list while our calls wait.
      const john = client.state.waitingRoom.find((p) => p.participantUUID === 'w-john')!;
      client.state.waitingRoom.splice(client.state.waitingRoom.indexOf(john), 1);
      client.state.participants.push(john);
      store.getState().applyRosterEvents([
        {
          event: {
            type: 'waitingRoomLeft',
            at: 1e15,
            participantUUID: 'w-john',
            screenName: 'John Smith',
          },
          receivedAt: Date.now(),
        },
        {
          event: { type: 'participantJoined', at: 1e15, participant: john },
          receivedAt: Date.now(),
        },
      ]);
    });
    await act(async () => release());
    await waitFor(() =>
      expect(summary()).toHaveTextContent(
        'Admitted 2 people · Failed for 1 person: already admitted',
      ),
    );
  });

  it('sends unknown people to the waiting room after listing them, never staff', async () => {
    const { client, user } = await renderPanel([]);
    act(() => void client.join('Zed Stranger', { uuid: 'z' }));
    await user.click(screen.getByRole('button', { name: 'More' }));
    await user.click(screen.getByRole('button', { name: 'More bulk actions…' }));
    await user.click(
      await screen.findByRole('button', { name: 'Send unknown people to the waiting room (1)' }),
    );
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('Zed Stranger');
    await user.click(within(dialog).getByRole('button', { name: 'Send 1 to the waiting room' }));
    await waitFor(() => expect(summary()).toHaveTextContent('Sent 1 person to the waiting room'));
    expect(callsTo(client, 'putInWaitingRoom').map((call) => call.args)).toEqual([['z']]);
  });

  it('renames everyone to privacy names, leaving staff and me alone', async () => {
    const { client, user } = await renderPanel([]);
    act(() => void client.join('kwame mensah', { uuid: 'k' }));
    await user.click(screen.getByRole('button', { name: 'More' }));
    await user.click(screen.getByRole('button', { name: 'More bulk actions…' }));
    await user.click(
      await screen.findByRole('button', { name: 'Rename everyone to privacy names (2)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Rename 2' }));
    await waitFor(() => expect(summary()).toHaveTextContent('Renamed 2'));
    expect(callsTo(client, 'rename').map((call) => call.args)).toEqual([
      ['a', 'Ann L.'],
      ['k', 'Kwame M.'],
    ]);
  });

  it('switches the waiting room off and on', async () => {
    const { client, user } = await renderPanel([], false);
    await user.click(screen.getByRole('button', { name: 'More' }));
    const toggle = screen.getByRole('switch', { name: 'Waiting room' });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    await waitFor(() => expect(toggle).not.toBeChecked());
    expect(client.state.waitingRoomEnabled).toBe(false);
    expect(summary()).toHaveTextContent('Waiting room turned off');
  });

  it('offers only the privacy name, never the roll name, in an anonymous group', async () => {
    const { user, store } = await renderPanel([]);
    act(() => store.getState().setChecklistPreset('anonymous-support-group'));
    await user.click(within(row('a')).getByRole('button', { name: /More actions/ }));
    await user.click(screen.getByRole('button', { name: 'Rename…' }));
    const dialog = screen.getByRole('dialog', { name: /Rename/ });
    expect(within(dialog).queryByRole('radio', { name: /Roll name/ })).toBeNull();
    expect(within(dialog).getByRole('radio', { name: /Privacy name: .*Ann L\./ })).toBeChecked();
    // The same preset makes initials the export's default.
    expect(store.getState().persistence.settings.exportPrivacy).toBe('initials');
  });
});
