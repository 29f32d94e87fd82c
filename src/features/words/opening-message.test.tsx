import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../../test/helpers/fake-meeting-client';
import { renderApp } from '../../../test/helpers/render-app';
import { panelViews } from '../../app/panel-views';

// The checklist exactly as the panel composes it, with the opening message under it.
const views = panelViews.filter((view) => view.id === 'checklist');

describe('the opening message’s editor, by keyboard', () => {
  it('Edit puts the focus in the text; Cancel and Save bring it back to Edit', async () => {
    const { user } = await renderApp(createFakeMeetingClient(), { views });
    const section = await screen.findByTestId('opening-message', {}, { timeout: 10_000 });
    const edit = within(section).getByRole('button', { name: 'Edit' });
    edit.focus();
    await user.keyboard('{Enter}');
    const area = within(section).getByLabelText('Text of the opening message');
    expect(area).toHaveFocus();
    await user.keyboard('{Tab}{Tab}{Enter}');
    expect(within(section).queryByLabelText('Text of the opening message')).toBeNull();
    expect(within(section).getByRole('button', { name: 'Edit' })).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.keyboard('Thank you. ');
    await user.keyboard('{Tab}{Enter}');
    expect(await within(section).findByTestId('opening-message-text')).toHaveTextContent(
      /^Thank you\. Welcome\./,
    );
    expect(within(section).getByRole('button', { name: 'Edit' })).toHaveFocus();
  });
});
