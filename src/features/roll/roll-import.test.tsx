import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import { renderApp } from '../../../test/helpers/render-app';
import type { Participant } from '../../zoom/meeting-client';

const me: Participant = { participantUUID: 'me', screenName: 'Hannah Host', role: 'host' };

function fixture(name: string): File {
  const bytes = readFileSync(resolve(import.meta.dirname, '../../../test/fixtures/rolls', name));
  return new File([bytes], name);
}

async function renderPanel(participants: Participant[] = [], waitingRoom: Participant[] = []) {
  const client = createFakeMeetingClient({ me, participants: [me, ...participants], waitingRoom });
  const rendered = await renderApp(client);
  await screen.findByRole('heading', { name: /^In meeting/ });
  return rendered;
}

function rowOf(uuid: string): HTMLElement {
  const row = document.querySelector<HTMLElement>(
    `[data-testid="participant-row"][data-uuid="${uuid}"]`,
  );
  if (!row) throw new Error(`no row for ${uuid}`);
  return row;
}

async function openImport(user: Awaited<ReturnType<typeof renderPanel>>['user']) {
  await user.click(screen.getByRole('button', { name: 'Import roll' }));
  return screen.findByRole('dialog', { name: 'Import roll' });
}

describe('importing a roll', () => {
  it('reads a real CSV from the file picker, previews it, and matches rows once confirmed', async () => {
    const { user, store } = await renderPanel([
      { participantUUID: 'z', screenName: 'Zoe Mueller', role: 'attendee' },
      { participantUUID: 's', screenName: 'Sam Stranger', role: 'attendee' },
    ]);
    const dialog = await openImport(user);
    await user.upload(within(dialog).getByLabelText('Roll file'), fixture('utf8-comma.csv'));

    const preview = await screen.findByRole('dialog', { name: 'Check the roll: utf8-comma.csv' });
    const columns = within(preview).getByRole('heading', {
      name: 'Detected columns',
    }).parentElement!;
    expect(columns).toHaveTextContent('NameName');
    expect(columns).toHaveTextContent('E-mailEmail');
    expect(columns).toHaveTextContent('GroupGroup');
    expect(within(preview).getByRole('table', { name: 'First rows' })).toHaveTextContent(
      'Łukasz Nowak',
    );
    expect(within(preview).getByText('4 people will be imported')).toBeInTheDocument();
    expect(within(preview).queryByLabelText('Name column')).not.toBeInTheDocument();
    // Nothing is set before Confirm.
    expect(store.getState().roll).toBeNull();
    expect(within(rowOf('z')).queryByTestId('row-match')).not.toBeInTheDocument();

    await user.click(within(preview).getByRole('button', { name: 'Confirm' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().roll?.name).toBe('utf8-comma.csv');
    expect(rowOf('z')).toHaveTextContent('Zoë Müller');
    expect(within(rowOf('z')).getByText('On roll')).toBeInTheDocument();
    expect(within(rowOf('s')).getByText('Not on roll')).toBeInTheDocument();
    // The toolbar's row offers no import any more; the roll's summary is under More.
    expect(screen.queryByRole('button', { name: 'Import roll' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'More' }));
    expect(screen.getByText('Roll: 1 of 4 present')).toBeInTheDocument();
  });

  it('reads an .xlsx workbook (the lazily loaded reader)', async () => {
    const { user } = await renderPanel();
    const dialog = await openImport(user);
    await user.upload(within(dialog).getByLabelText('Roll file'), fixture('roll.xlsx'));
    const preview = await screen.findByRole('dialog', { name: 'Check the roll: roll.xlsx' });
    expect(within(preview).getByText('4 people will be imported')).toBeInTheDocument();
    expect(within(preview).getByText('1 row with a blank name skipped')).toBeInTheDocument();
    expect(within(preview).getByRole('table', { name: 'First rows' })).toHaveTextContent(
      '山田 太郎',
    );
  });

  it('imports a pasted list, reporting blanks skipped and duplicates merged', async () => {
    const { user, store } = await renderPanel([
      { participantUUID: 'b', screenName: 'Bob Smith', role: 'attendee' },
    ]);
    const dialog = await openImport(user);
    const box = within(dialog).getByRole('textbox', { name: 'Or paste names' });
    expect(box).toHaveAccessibleDescription(
      'One name per line, or cells copied from a spreadsheet.',
    );
    await user.click(box);
    await user.paste('Jane Doe\nRobert Smith\n\njane  doe\n');
    await user.click(within(dialog).getByRole('button', { name: 'Use pasted names' }));

    const preview = await screen.findByRole('dialog', { name: 'Check the roll: Pasted list' });
    expect(within(preview).getByText('2 people will be imported')).toBeInTheDocument();
    expect(within(preview).getByText('1 row with a blank name skipped')).toBeInTheDocument();
    expect(within(preview).getByText('1 duplicate merged: Jane Doe')).toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Confirm' }));

    expect(store.getState().roll?.entries.map((e) => e.name)).toEqual(['Jane Doe', 'Robert Smith']);
    expect(rowOf('b')).toHaveTextContent('Robert Smith');
    expect(within(rowOf('b')).getByText('On roll')).toBeInTheDocument();
  });

  it('shows the importer’s own sentence for a binary file dropped on the panel, and sets no roll', async () => {
    const { user, store } = await renderPanel();
    const dialog = await openImport(user);
    const file = fixture('binary.bin');
    fireEvent.drop(within(dialog).getByTestId('roll-drop-zone'), {
      dataTransfer: { files: [file], types: ['Files'] },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The roll was not imported');
    expect(alert).toHaveTextContent(
      '“binary.bin” is not a text or spreadsheet file: it contains binary data. Save the roll as CSV or Excel (.xlsx) and import that.',
    );
    expect(screen.queryByRole('button', { name: 'Confirm' })).not.toBeInTheDocument();
    expect(store.getState().roll).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Try another file' }));
    expect(screen.getByLabelText('Roll file')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().roll).toBeNull();
    expect(screen.getByRole('button', { name: 'Import roll' })).toBeInTheDocument();
  });

  it('imports a file dropped anywhere on the panel, not only on the drop zone', async () => {
    await renderPanel();
    const list = screen.getByRole('heading', { name: /^In meeting/ }).closest('section')!;
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', {
      value: { files: [fixture('utf8-comma.csv')], types: ['Files'] },
    });
    list.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(
      await screen.findByRole('dialog', { name: 'Check the roll: utf8-comma.csv' }),
    ).toBeInTheDocument();
  });

  it('keeps the current roll when a replacement fails', async () => {
    const { user, store } = await renderPanel();
    act(() => store.getState().setRoll([{ id: '1', name: 'Jane Doe' }], 'old.csv'));
    const before = store.getState().roll;
    act(() => store.getState().openRollImport());
    // The dialog's code loads on first open (it may be this test's).
    fireEvent.drop(await screen.findByTestId('roll-drop-zone'), {
      dataTransfer: { files: [fixture('pdf-renamed.csv')], types: ['Files'] },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('“pdf-renamed.csv” is');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.getState().roll).toBe(before);
  });

  it('lets the host pick the name column when the importer is unsure', async () => {
    const { user, store } = await renderPanel();
    const dialog = await openImport(user);
    await user.upload(within(dialog).getByLabelText('Roll file'), fixture('ambiguous-names.csv'));
    const preview = await screen.findByRole('dialog', { name: /^Check the roll/ });
    const picker = within(preview).getByRole('combobox', { name: 'Name column' });
    expect(picker).toHaveValue('0');
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Name', 'Student', 'Email']);
    await user.selectOptions(picker, 'Student');
    expect(within(preview).getByRole('combobox', { name: 'Name column' })).toHaveValue('1');
    await user.click(within(preview).getByRole('button', { name: 'Confirm' }));
    expect(store.getState().roll?.entries.map((e) => e.name)).toEqual([
      'Wei Zhang',
      'Priya Natarajan',
    ]);
  });

  it('shows the sentence and the picker when no name column was found; Confirm waits for a choice', async () => {
    const { user, store } = await renderPanel();
    const dialog = await openImport(user);
    await user.upload(within(dialog).getByLabelText('Roll file'), fixture('no-name-column.csv'));
    const preview = await screen.findByRole('dialog', { name: /^Check the roll/ });
    expect(within(preview).getByRole('alert')).toHaveTextContent(
      'No column of names was found in “no-name-column.csv”.',
    );
    const confirm = within(preview).getByRole('button', { name: 'Confirm' });
    expect(confirm).toBeDisabled();
    await user.selectOptions(
      within(preview).getByRole('combobox', { name: 'Name column' }),
      'Email Address',
    );
    await waitFor(() =>
      expect(within(preview).getByRole('button', { name: 'Confirm' })).toBeEnabled(),
    );
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().roll).toBeNull();
  });
});

describe('importing again from the More panel', () => {
  // The dialog is drawn by the toolbar, outside the panel that opened it (the panel only sets the
  // store): the panel still closes with it, the focus back on More.
  it('closes the panel with the import dialog, and gives the focus back to More', async () => {
    const { user, store } = await renderPanel();
    act(() => store.getState().setRoll([{ id: 'r1', name: 'Jane Doe' }], 'Group'));
    const more = screen.getByRole('button', { name: 'More' });
    await user.click(more);
    await user.click(await screen.findByRole('button', { name: 'Import roll' }));
    await screen.findByRole('dialog', { name: 'Import roll' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(more).toHaveAttribute('aria-expanded', 'false'));
    expect(more).toHaveFocus();
  });
});
