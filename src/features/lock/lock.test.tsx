import { act, screen, waitFor, within } from '@testing-library/react';
import { onTestFinished, describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import { renderApp } from '../../../test/helpers/render-app';
import { startLockController } from '../../app/lock-controller';
import { MeetingError } from '../../zoom/errors';
import type { Participant } from '../../zoom/meeting-client';

const me: Participant = { participantUUID: 'me', screenName: 'Hannah Host', role: 'host' };

async function renderLocked(options: { waitingRoomEnabled?: boolean } = {}) {
  const client = createFakeMeetingClient({ me, waitingRoomEnabled: options.waitingRoomEnabled });
  const rendered = await renderApp(client);
  onTestFinished(
    startLockController(rendered.store, {
      visibility: null,
      i18n: rendered.i18n,
      client: rendered.client,
    }),
  );
  await screen.findByRole('heading', { name: /^In meeting/ });
  await waitFor(() => expect(rendered.store.getState().lockMeeting.restored).toBe(true));
  // Lock now is offered only once the saved lock state is read, and drawn on the next render.
  await screen.findByRole('button', { name: 'Lock now' });
  return rendered;
}

const banner = () => screen.queryByTestId('lock-banner');

type User = Awaited<ReturnType<typeof renderLocked>>['user'];

/** The toolbar's "More" panel, where the auto-lock and the waiting-room switch live. */
async function openMore(user: User) {
  const more = screen.getByRole('button', { name: 'More' });
  if (more.getAttribute('aria-expanded') !== 'true') await user.click(more);
}

/** The countdown's controls open from its chip in the header line. */
async function openCountdown(user: User) {
  const chip = within(screen.getByTestId('countdown')).getAllByRole('button')[0]!;
  if (chip.getAttribute('aria-expanded') !== 'true') await user.click(chip);
}

describe('the lock banner', () => {
  it('offers no Lock now, and no lock settings, before the saved lock state is read', async () => {
    const client = createFakeMeetingClient({ me });
    // A panel reloaded while locked: until the saved state is read, "unlocked" is only the default.
    const rendered = await renderApp(client);
    await screen.findByRole('heading', { name: /^In meeting/ });
    expect(rendered.store.getState().lockMeeting.restored).toBe(false);
    expect(screen.queryByRole('button', { name: 'Lock now' })).toBeNull();
    await openMore(rendered.user);
    expect(screen.queryByRole('button', { name: 'Auto-lock…' })).toBeNull();
    onTestFinished(
      startLockController(rendered.store, {
        visibility: null,
        i18n: rendered.i18n,
        client: rendered.client,
      }),
    );
    await screen.findByRole('button', { name: 'Lock now' });
    expect(await screen.findByRole('button', { name: 'Auto-lock…' })).toBeTruthy();
  });

  it('appears on "Lock now", says honestly what holds the lock, and goes on Unlock', async () => {
    const { client, user } = await renderLocked({ waitingRoomEnabled: false });
    expect(banner()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Lock now' }));
    const shown = banner()!;
    expect(shown).toHaveTextContent('Locked: nobody gets in without your click.');
    expect(shown).toHaveTextContent('it holds only while a host or co-host has Doorkeeper open');
    expect(shown).toHaveTextContent("Zoom's own Security → Lock Meeting");
    // Locking turned the waiting room on.
    await waitFor(() => expect(client.state.waitingRoomEnabled).toBe(true));
    expect(screen.queryByRole('button', { name: 'Lock now' })).toBeNull();
    await openMore(user);
    expect(screen.getByRole('switch', { name: 'Waiting room' })).toBeDisabled();

    act(() => void client.join('Zed Stranger', { uuid: 'z' }));
    await waitFor(() => expect(banner()).toHaveTextContent('1 person held · 1 person put back'));
    const row = document.querySelector('[data-uuid="z"]') as HTMLElement;
    expect(row.closest('section')).toHaveAccessibleName('Waiting room (1)');
    expect(within(row).getByText('Put back')).toBeInTheDocument();

    await user.click(within(banner()!).getByRole('button', { name: 'Unlock' }));
    expect(banner()).toBeNull();
    expect(screen.getByRole('button', { name: 'Lock now' })).toBeInTheDocument();
  });

  it('says when Zoom refused to turn the waiting room on, and tries again on request', async () => {
    const { client, user } = await renderLocked({ waitingRoomEnabled: false });
    client.failNext(
      'setWaitingRoomState',
      new MeetingError('locked-by-admin', 'setWaitingRoomState', 'Locked by admin', 10233),
    );
    await user.click(screen.getByRole('button', { name: 'Lock now' }));
    await waitFor(() =>
      expect(banner()).toHaveTextContent(
        'Could not turn the waiting room on: Your Zoom administrator has locked this setting.',
      ),
    );
    expect(client.state.waitingRoomEnabled).toBe(false);
    await user.click(within(banner()!).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(client.state.waitingRoomEnabled).toBe(true));
    await waitFor(() => expect(banner()).not.toHaveTextContent('Could not turn'));
  });

  it('switches to roll-only from the banner', async () => {
    const { store, user } = await renderLocked();
    await user.click(screen.getByRole('button', { name: 'Lock now' }));
    await user.click(within(banner()!).getByRole('checkbox', { name: 'Roll only' }));
    expect(banner()).toHaveTextContent('Locked, roll only');
    expect(store.getState().lock.settings.mode).toBe('rollOnly');
  });

  it('says the lock is paused, and why, when my role drops, with no controls; resumes when it returns', async () => {
    const { client, user } = await renderLocked();
    await user.click(screen.getByRole('button', { name: 'Lock now' }));
    act(() => client.setMyRole('attendee'));
    await waitFor(() =>
      expect(banner()).toHaveTextContent('Lock paused: you are no longer a host or co-host.'),
    );
    expect(banner()).toHaveTextContent('resumes by itself when your role returns');
    // Nothing that could not work: the banner only explains, and no action is offered anywhere.
    const buttons = screen
      .getAllByRole('button')
      .map((button) => button.getAttribute('aria-label') ?? button.textContent);
    expect(buttons).toEqual(['About the lock', 'Got it']);
    expect(
      screen.getByRole('heading', { name: 'Only the host and co-hosts can use Doorkeeper' }),
    ).toBeInTheDocument();
    act(() => client.setMyRole('coHost'));
    await waitFor(() => expect(banner()).toHaveTextContent('Locked: nobody gets in'));
  });

  it('states no held count while paused: the roster it came from is no longer watched', async () => {
    const { client, user } = await renderLocked();
    await user.click(screen.getByRole('button', { name: 'Lock now' }));
    act(() => void client.join('Zed Stranger', { uuid: 'z' }));
    act(() => void client.join('Yuri Stranger', { uuid: 'y' }));
    await waitFor(() => expect(banner()).toHaveTextContent('2 people held'));
    act(() => client.setMyRole('attendee'));
    await waitFor(() => expect(banner()).toHaveTextContent('Lock paused'));
    expect(banner()).not.toHaveTextContent(/held|put back/);
    act(() => client.setMyRole('coHost'));
    await waitFor(() => expect(banner()).toHaveTextContent('2 people held'));
  });
});

describe('the lock from the keyboard', () => {
  it('keeps the focus on screen as Lock now, Got it and Unlock take themselves away', async () => {
    onTestFinished(() => localStorage.clear());
    const { user } = await renderLocked();
    screen.getByRole('button', { name: 'Lock now' }).focus();
    await user.keyboard('{Enter}');
    const info = await within(await screen.findByTestId('lock-banner')).findByRole('button', {
      name: 'About the lock',
    });
    await waitFor(() => expect(info).toHaveFocus());
    await user.tab();
    await user.tab();
    await user.tab();
    expect(within(banner()!).getByRole('button', { name: 'Got it' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(info).toHaveFocus();
    await user.keyboard('{Enter}');
    within(banner()!).getByRole('button', { name: 'Unlock' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Lock now' })).toHaveFocus());
  });
});

describe('the lock banner after its first reading', () => {
  it('keeps the explanation behind the info button once read; the headline stays in view', async () => {
    // "Got it" is remembered in this browser's localStorage: later tests start unread.
    onTestFinished(() => localStorage.clear());
    const { client, user } = await renderLocked();
    await user.click(screen.getByRole('button', { name: 'Lock now' }));
    const honest = () => within(banner()!).getByText(/it holds only while a host or co-host/);
    const info = () => within(banner()!).getByRole('button', { name: 'About the lock' });
    expect(honest()).toBeVisible();
    await user.click(within(banner()!).getByRole('button', { name: 'Got it' }));
    expect(honest()).not.toBeVisible();
    expect(screen.getByTestId('lock-headline')).toHaveTextContent('Locked: nobody gets in');
    expect(screen.getByTestId('lock-headline')).toBeVisible();
    expect(info()).toHaveAttribute('aria-expanded', 'false');
    await user.click(info());
    expect(honest()).toBeVisible();
    await user.click(info());
    expect(honest()).not.toBeVisible();

    // Read once is read: locked again, it stays folded; a new headline opens it again.
    await user.click(info());
    await user.click(within(banner()!).getByRole('button', { name: 'Unlock' }));
    await user.click(screen.getByRole('button', { name: 'Lock now' }));
    expect(honest()).not.toBeVisible();
    act(() => client.setMyRole('attendee'));
    await waitFor(() => expect(banner()).toHaveTextContent('Lock paused'));
    expect(honest()).toBeVisible();
  });
});

describe('the auto-lock countdown', () => {
  const timer = () => screen.getByRole('timer', { name: 'Time until the auto-lock' });

  async function setCountdown(user: User, minutes: string) {
    await openMore(user);
    await user.click(screen.getByRole('button', { name: 'Auto-lock…' }));
    const dialog = screen.getByRole('dialog', { name: 'Auto-lock' });
    await user.click(within(dialog).getByRole('radio', { name: 'Minutes from now' }));
    const input = within(dialog).getByRole('spinbutton', { name: 'Minutes' });
    await user.clear(input);
    await user.type(input, minutes);
    await user.click(within(dialog).getByRole('button', { name: 'Start the countdown' }));
  }

  // Real clocks (the countdown follows Date.now): generous time-outs for a busy CI machine.
  it(
    'shows mm:ss in the header, adds five minutes, pauses and cancels',
    { timeout: 15_000 },
    async () => {
      const { user } = await renderLocked();
      await setCountdown(user, '5');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(timer().textContent).toMatch(/^0(5:00|4:59)$/);
      expect(screen.queryByRole('alert')).toBeNull();
      await openCountdown(user);
      await user.click(screen.getByRole('button', { name: '+5 min' }));
      expect(timer().textContent).toMatch(/^(10:00|09:59)$/);
      await user.click(screen.getByRole('button', { name: 'Pause' }));
      const paused = timer().textContent;
      expect(screen.getByTestId('countdown')).toHaveTextContent('Auto-lock paused');
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect(timer().textContent).toBe(paused);
      await user.click(screen.getByRole('button', { name: 'Resume' }));
      await user.click(screen.getByRole('button', { name: 'Cancel the auto-lock' }));
      expect(screen.queryByTestId('countdown')).toBeNull();
    },
  );

  it('warns inside the last minute, and locks at zero', { timeout: 15_000 }, async () => {
    const { store, user } = await renderLocked();
    await setCountdown(user, '0.03');
    expect(screen.getByRole('alert')).toHaveTextContent('Auto-lock soon');
    await waitFor(() => expect(banner()).not.toBeNull(), { timeout: 4_000 });
    expect(store.getState().lock.locked?.reason).toBe('countdown');
    expect(screen.queryByTestId('countdown')).toBeNull();
  });

  it('refuses a time already passed and offers to lock now instead', async () => {
    const { store, user } = await renderLocked();
    act(() => store.getState().correctMeetingStart(Date.now() - 30 * 60_000));
    await openMore(user);
    await user.click(screen.getByRole('button', { name: 'Auto-lock…' }));
    const dialog = screen.getByRole('dialog', { name: 'Auto-lock' });
    await user.click(
      within(dialog).getByRole('radio', { name: 'Minutes after the meeting started' }),
    );
    await user.clear(within(dialog).getByRole('spinbutton', { name: 'Minutes' }));
    await user.type(within(dialog).getByRole('spinbutton', { name: 'Minutes' }), '10');
    await user.click(within(dialog).getByRole('button', { name: 'Start the countdown' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('That moment has already passed.');
    await user.click(within(dialog).getByRole('button', { name: 'Lock now instead' }));
    expect(banner()).not.toBeNull();
  });
});

describe('the More panel around the auto-lock dialog', () => {
  it('closes with the dialog, however it closes, and gives the focus back to More', async () => {
    const { user } = await renderLocked();
    const more = screen.getByRole('button', { name: 'More' });
    const close = [
      async (dialog: HTMLElement) =>
        await user.click(within(dialog).getByRole('button', { name: 'Cancel' })),
      async () => await user.keyboard('{Escape}'),
      async (dialog: HTMLElement) => {
        await user.click(within(dialog).getByRole('radio', { name: 'Minutes from now' }));
        await user.click(within(dialog).getByRole('button', { name: /the countdown$/ }));
      },
    ];
    for (const closeDialog of close) {
      await openMore(user);
      await user.click(screen.getByRole('button', { name: 'Auto-lock…' }));
      await closeDialog(screen.getByRole('dialog', { name: 'Auto-lock' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await waitFor(() => expect(more).toHaveAttribute('aria-expanded', 'false'));
      expect(screen.queryByRole('button', { name: 'Auto-lock…' })).toBeNull();
      expect(more).toHaveFocus();
    }
  });
});

describe('a held row’s reason', () => {
  it('says a host sent back someone else on the roll entry, not that this person was sent back', async () => {
    const { client, store, user } = await renderLocked();
    act(() => store.getState().setRoll([{ id: 'r1', name: 'Jane Doe' }], 'Group'));
    act(() => void client.join('Jane Doe', { uuid: 'jane' }));
    await user.click(screen.getByRole('button', { name: 'Lock now' }));
    await user.click(within(banner()!).getByRole('checkbox', { name: 'Roll only' }));
    await waitFor(() => expect(store.getState().lock.allowedRollIds).toContain('r1'));
    // A host sends Jane back in Zoom's own panel, Zoom reporting the "left" first; she leaves
    // the waiting room at once.
    const at = Date.now();
    client.state.participants = client.state.participants.filter(
      (p) => p.participantUUID !== 'jane',
    );
    const who = { participantUUID: 'jane', screenName: 'Jane Doe', role: 'attendee' } as const;
    act(() => client.emit({ type: 'participantLeft', at, participant: who }));
    act(() => {
      client.emit({ type: 'waitingRoomJoined', at, participant: who, cause: 'putFromMainMeeting' });
      client.emit({
        type: 'waitingRoomLeft',
        at: at + 1_000,
        participantUUID: 'jane',
        screenName: 'Jane Doe',
      });
    });
    // The lock looks on its 250 ms tick: on a loaded machine that may be seconds away.
    await waitFor(
      () => expect(store.getState().lock.decisions.revokedRollIds).toHaveProperty('r1'),
      { timeout: 5_000 },
    );
    // Someone else, under her name, waits for a click, and their row does not claim they were sent back.
    act(() => void client.join('Jane Doe', { uuid: 'other', waitingRoom: true }));
    await waitFor(
      () =>
        expect(document.querySelector('[data-uuid="other"]')).toHaveTextContent(
          'A host sent back someone else on this roll entry',
        ),
      { timeout: 5_000 },
    );
    expect(document.querySelector('[data-uuid="other"]')).not.toHaveTextContent(
      'Sent back by a host',
    );
    expect(client.state.waitingRoom.map((p) => p.participantUUID)).toEqual(['other']);
  });
});
