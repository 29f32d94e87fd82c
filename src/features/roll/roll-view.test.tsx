import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import { renderApp } from '../../../test/helpers/render-app';
import type { RollEntry } from '../../domain/matching';
import type { Participant } from '../../zoom/meeting-client';

const me: Participant = { participantUUID: 'me', screenName: 'Hannah Host', role: 'host' };
const roll: RollEntry[] = [
  { id: '1', name: 'Jane Doe' },
  { id: '2', name: 'Robert Smith' },
  { id: '3', name: 'Amaka Obi' },
  { id: '4', name: 'Lena Müller' },
];

async function openRollTab(withRoll = true) {
  const client = createFakeMeetingClient({
    me,
    participants: [me, { participantUUID: 'j', screenName: 'Jane Doe', role: 'attendee' }],
    waitingRoom: [{ participantUUID: 'b', screenName: 'Bob Smith', role: 'attendee' }],
  });
  const rendered = await renderApp(client);
  await screen.findByRole('heading', { name: /^In meeting/ });
  if (withRoll) act(() => rendered.store.getState().setRoll(roll, 'class.csv'));
  await rendered.user.click(screen.getByRole('tab', { name: 'Roll' }));
  // The Roll view loads when first opened.
  // (its first import in a test run is transformed on the spot: a generous time-out.)
  if (withRoll) await screen.findAllByTestId('roll-entry', undefined, { timeout: 10_000 });
  else await screen.findByRole('heading', { name: 'No roll yet' }, { timeout: 10_000 });
  return rendered;
}

const listed = () =>
  screen
    .queryAllByTestId('roll-entry')
    .map((entry) => `${entry.dataset.rollId}:${entry.dataset.status}`);

describe('the Roll view', () => {
  it('lists every entry as present, waiting or absent, in words, with counts', async () => {
    await openRollTab();
    expect(screen.getByRole('heading', { name: 'class.csv' })).toBeInTheDocument();
    expect(screen.getByText('1 present · 1 waiting · 2 absent')).toBeInTheDocument();
    expect(listed()).toEqual(['1:present', '2:waiting', '3:absent', '4:absent']);
    const robert = screen.getAllByTestId('roll-entry')[1]!;
    expect(robert).toHaveTextContent('Robert Smithas Bob SmithWaiting');
  });

  it('filters by status and by name', async () => {
    const { user } = await openRollTab();
    const filter = screen.getByRole('group', { name: 'Show' });
    await user.click(within(filter).getByRole('button', { name: 'Absent (2)' }));
    expect(within(filter).getByRole('button', { name: 'Absent (2)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(listed()).toEqual(['3:absent', '4:absent']);
    await user.type(screen.getByRole('searchbox', { name: 'Search the roll' }), 'MULLER');
    expect(listed()).toEqual(['4:absent']);
    await user.click(within(filter).getByRole('button', { name: 'Present (1)' }));
    expect(screen.getByText('Nobody on the roll matches.')).toBeInTheDocument();
  });

  it('follows the meeting: an admit moves an entry from waiting to present', async () => {
    const { client } = await openRollTab();
    await act(() => client.admit('b'));
    expect(await screen.findByText('2 present · 0 waiting · 2 absent')).toBeInTheDocument();
  });

  it('offers Import roll and a drop zone when there is no roll', async () => {
    const { user } = await openRollTab(false);
    expect(screen.getByRole('heading', { name: 'No roll yet' })).toBeInTheDocument();
    const buttons = screen.getAllByRole('button', { name: 'Import roll' });
    expect(buttons.length).toBeGreaterThanOrEqual(1);
    expect(screen.getByTestId('roll-drop-zone')).toBeInTheDocument();
    await user.click(buttons[buttons.length - 1]!);
    expect(await screen.findByRole('dialog', { name: 'Import roll' })).toBeInTheDocument();
  });

  it('replaces the roll through the import step, and clears it after asking once', async () => {
    const { user, store } = await openRollTab();
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    expect(await screen.findByRole('dialog', { name: 'Import roll' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.getState().roll?.name).toBe('class.csv');

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByText('Clear the roll and forget its links?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep' }));
    expect(store.getState().roll).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await user.click(screen.getByRole('button', { name: 'Clear roll' }));
    expect(store.getState().roll).toBeNull();
    expect(screen.getByRole('heading', { name: 'No roll yet' })).toBeInTheDocument();
  });
});
