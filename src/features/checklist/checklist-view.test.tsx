import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import { renderApp } from '../../../test/helpers/render-app';
import type { PanelView } from '../../app/panel-views';
import type { CloudRecordingState, Participant } from '../../zoom/meeting-client';
import { ChecklistView } from './checklist-view';

const me: Participant = { participantUUID: 'me', screenName: 'Hannah Host', role: 'host' };
const views: PanelView[] = [{ id: 'checklist', label: () => 'Check', Component: ChecklistView }];
const STATUS_WORDS = ['OK', 'Check', 'Problem', 'Check in Zoom', "Can't tell"];

async function renderChecklist(
  options: {
    participants?: Participant[];
    waitingRoom?: Participant[];
    waitingRoomEnabled?: boolean;
    cloudRecording?: CloudRecordingState;
  } = {},
) {
  const client = createFakeMeetingClient({
    me,
    participants: [me, ...(options.participants ?? [])],
    waitingRoom: options.waitingRoom ?? [],
    waitingRoomEnabled: options.waitingRoomEnabled ?? true,
    cloudRecording: options.cloudRecording,
  });
  const rendered = await renderApp(client, { views });
  await screen.findByRole('heading', { name: 'Check this meeting' });
  return rendered;
}

function item(id: string): HTMLElement {
  const found = screen.getAllByTestId('checklist-item').find((el) => el.dataset.item === id);
  if (!found) throw new Error(`no checklist item ${id}`);
  return found;
}

const statusOf = (id: string) =>
  item(id).querySelector('[data-status]')?.getAttribute('data-status');

describe('the meeting checklist', () => {
  it('shows every item with a status word and an icon, never colour alone', async () => {
    await renderChecklist();
    const items = screen.getAllByTestId('checklist-item');
    expect(items.length).toBeGreaterThan(8);
    for (const el of items) {
      const badge = el.querySelector('[data-status]')!;
      expect(STATUS_WORDS).toContain(badge.textContent);
      expect(badge.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    }
    expect(statusOf('waitingRoom')).toBe('ok');
    expect(within(item('waitingRoom')).getByRole('heading')).toHaveTextContent('OKWaiting room');
  });

  it('turns the waiting room on in one click, and the item becomes OK', async () => {
    const { user, client } = await renderChecklist({ waitingRoomEnabled: false });
    expect(statusOf('waitingRoom')).toBe('fail');
    expect(item('waitingRoom')).toHaveTextContent('anyone with the link walks straight in');
    await user.click(
      within(item('waitingRoom')).getByRole('button', { name: 'Turn on the waiting room' }),
    );
    await screen.findByText(/The waiting room is on/);
    expect(statusOf('waitingRoom')).toBe('ok');
    expect(client.calls.filter((c) => c.api === 'setWaitingRoomState')).toEqual([
      { api: 'setWaitingRoomState', args: [true] },
    ]);
    expect(item('waitingRoom')).toHaveFocus();
  });

  it('locks the meeting from the lock item', async () => {
    const { user, store } = await renderChecklist();
    expect(statusOf('lock')).toBe('warn');
    await user.click(within(item('lock')).getByRole('button', { name: 'Lock now' }));
    expect(store.getState().lock.locked).not.toBeNull();
    expect(item('lock')).toHaveTextContent('Locked: nobody is admitted without your click.');
    expect(statusOf('lock')).toBe('ok');
  });

  it('for a support group, arms a roll-only auto-lock and asks for privacy names', async () => {
    const { user, store } = await renderChecklist({
      participants: [{ participantUUID: 'a', screenName: 'Ann Lee', role: 'attendee' }],
    });
    expect(screen.queryByText('Privacy names')).not.toBeInTheDocument();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Kind of meeting' }),
      'anonymous-support-group',
    );
    expect(screen.getByText(/Strict: first names or roles only/)).toBeInTheDocument();
    expect(statusOf('lock')).toBe('fail');
    await user.click(within(item('lock')).getByRole('button', { name: 'Lock in 10 minutes' }));
    expect(store.getState().lock.settings.mode).toBe('rollOnly');
    expect(store.getState().lock.countdown?.status).toBe('running');
    expect(item('lock')).toHaveTextContent('the auto-lock locks the meeting in 10 minutes');
    expect(statusOf('privacyNames')).toBe('warn');
    expect(item('privacyNames')).toHaveTextContent('1 person shows a full name.');
  });

  it('shows the privacy renames first, then renames on one more click', async () => {
    const { user, client } = await renderChecklist({
      participants: [
        { participantUUID: 'e', screenName: 'jane.doe@example.org', role: 'attendee' },
      ],
    });
    const exposed = item('exposedContacts');
    const open = within(exposed).getByRole('button', { name: 'Rename 1 person to a privacy name' });
    await user.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    const list = within(exposed).getByRole('list', { name: 'New names' });
    expect(list).toHaveTextContent('jane.doe@example.org → becomes Jane D.');
    expect(client.calls.some((c) => c.api === 'rename')).toBe(false);
    await user.click(within(exposed).getByRole('button', { name: 'Rename 1 person' }));
    await screen.findByText('No display name shows an e-mail address or phone number.');
    expect(client.calls.filter((c) => c.api === 'rename')).toEqual([
      { api: 'rename', args: ['e', 'Jane D.'] },
    ]);
  });

  it('lists people not on the roll by name, as text, to review', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const { user, store, container } = await renderChecklist({
      participants: [
        { participantUUID: 'a', screenName: 'Ann Lee', role: 'attendee' },
        { participantUUID: 'x', screenName: hostile, role: 'attendee' },
      ],
    });
    expect(statusOf('unknownPeople')).toBe('unknown');
    expect(item('unknownPeople')).toHaveTextContent('Load a roll to see who is not on it.');
    act(() => store.getState().setRoll([{ id: '1', name: 'Ann Lee' }], 'Class'));
    const button = await within(item('unknownPeople')).findByRole('button', {
      name: 'Review 1 person',
    });
    await user.click(button);
    const list = within(item('unknownPeople')).getByRole('list', { name: 'People to review' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([hostile]);
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows the cloud recording live, and stops it with one click where the preset forbids it', async () => {
    const { user, client, store } = await renderChecklist({ cloudRecording: 'started' });
    await waitFor(() => expect(statusOf('recording')).toBe('ok'));
    expect(item('recording')).toHaveTextContent('The meeting is being recorded to the cloud.');
    act(() => store.getState().setChecklistPreset('anonymous-support-group'));
    expect(statusOf('recording')).toBe('fail');
    await user.click(
      within(item('recording')).getByRole('button', { name: 'Stop the cloud recording' }),
    );
    await waitFor(() => expect(statusOf('recording')).toBe('ok'));
    expect(client.state.cloudRecording).toBe('stopped');
  });

  it('revokes local recording for everyone in the room as a fix', async () => {
    const { user, client, store } = await renderChecklist({
      participants: [{ participantUUID: 'p1', screenName: 'Ann Lee', role: 'attendee' }],
    });
    act(() => store.getState().setChecklistPreset('anonymous-support-group'));
    await waitFor(() => expect(statusOf('localRecording')).toBe('warn'));
    await user.click(
      within(item('localRecording')).getByRole('button', {
        name: 'Revoke local recording for 1 person',
      }),
    );
    await waitFor(() => expect(statusOf('localRecording')).toBe('ok'));
    expect(client.calls.filter((c) => c.api === 'setLocalRecordingAllowed')).toEqual([
      { api: 'setLocalRecordingAllowed', args: ['p1', false] },
    ]);
  });

  it('lists manual Zoom settings with where to find them, ticked off by hand', async () => {
    const { user } = await renderChecklist();
    const passcode = item('passcode');
    expect(statusOf('passcode')).toBe('manual');
    expect(passcode).toHaveTextContent('Zoom web portal');
    expect(passcode).toHaveTextContent('Settings → Meeting → Security → Passcode');
    const summary = screen.getByTestId('checklist-summary');
    expect(summary).toHaveTextContent('6 settings to check in Zoom');
    await user.click(within(passcode).getByRole('checkbox', { name: 'Checked in Zoom: Passcode' }));
    expect(statusOf('passcode')).toBe('ok');
    expect(summary).toHaveTextContent('5 settings to check in Zoom');
  });
});
