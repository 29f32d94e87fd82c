import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { launchChromium, openEmulator, pasteRoll, waitForHeading } from './harness';

/**
 * The opening message with the real SDK in the emulator: the preset's text is filled in with the
 * live recording state and the retention setting; the host's edit is kept with the roll and comes
 * back after a panel reload; Post reaches Zoom's sendMessageToChat and the emulator's chat; on a
 * client older than 6.2.5 only Copy is offered, with the reason.
 */

const EDITED = 'Welcome to the Monday group.\nNo recording tonight; the log is kept 30 days.';

async function openOpeningMessage(panel: Frame) {
  await panel.getByRole('tab', { name: 'Check this meeting' }).click();
  const section = panel.getByTestId('opening-message');
  await section.waitFor({ timeout: 10_000 });
  return section;
}

const shownText = (panel: Frame) => panel.getByTestId('opening-message-text').innerText();

describe('the opening message in the emulator', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is edited, kept with the roll across a reload, posted to the chat, and reset', async () => {
    const s = await openEmulator({ query: 'scenario=empty&seed=61', browser });
    try {
      await waitForHeading(s.panel, 'In meeting (1)');
      await pasteRoll(s.panel, ['Jane Doe', 'Bob Kowalski']);
      let section = await openOpeningMessage(s.panel);
      const preset = await shownText(s.panel);
      expect(preset).toContain('The host is not recording this meeting.');
      expect(preset).toContain('is deleted after 30 days.');
      expect(preset).not.toContain('Dana Whitfield');

      await section.getByRole('button', { name: 'Edit' }).click();
      const area = section.getByLabel('Text of the opening message');
      // Too long: a specific error, Save refused, and what was typed stays.
      await area.fill('x'.repeat(1001));
      await section
        .getByRole('alert')
        .getByText('Too long: 1001 characters, at most 1000.')
        .waitFor();
      expect(await section.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
      expect((await area.inputValue()).length).toBe(1001);
      await area.fill(EDITED);
      await section.getByRole('button', { name: 'Save' }).click();
      await section.getByText('Saved with the roll.').waitFor();
      expect(await shownText(s.panel)).toBe(EDITED);
      expect(await section.getByTestId('opening-message-source').innerText()).toContain(
        'Your text, saved with the roll',
      );

      await s.emu.reloadPanel();
      await waitForHeading(s.panel, 'In meeting (1)', 15_000);
      section = await openOpeningMessage(s.panel);
      await s.panel.waitForFunction(
        (expected) =>
          document.querySelector('[data-testid="opening-message-text"]')?.textContent === expected,
        EDITED,
        { timeout: 10_000 },
      );

      await section.getByRole('button', { name: 'Post to chat' }).click();
      await section.getByText('Posted to the meeting chat.').waitFor();
      const chat = (await s.emu.state()).chat;
      expect(chat.map((c) => c.message)).toEqual([EDITED]);

      await section
        .getByRole('button', { name: 'Reset to the text for this kind of meeting' })
        .click();
      await s.panel.waitForFunction(
        () =>
          document
            .querySelector('[data-testid="opening-message-text"]')
            ?.textContent?.includes('is deleted after 30 days.') === true,
        undefined,
        { timeout: 5_000 },
      );
      // The reset is kept too: after another reload the preset's text is back.
      await s.emu.reloadPanel();
      await waitForHeading(s.panel, 'In meeting (1)', 15_000);
      // Once the roll is back (its entries listed in the Roll tab), its text would be too.
      await s.panel.getByRole('tab', { name: 'Roll' }).click();
      await s.panel.getByText('Bob Kowalski').first().waitFor({ timeout: 10_000 });
      await openOpeningMessage(s.panel);
      expect(await shownText(s.panel)).toContain('Welcome. Before we start');
      expect(s.pageErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('follows the recording and the preset, and on a client older than 6.2.5 offers Copy only', async () => {
    const s = await openEmulator({
      query: 'scenario=empty&seed=62&clientVersion=6.2.4.1000',
      browser,
    });
    try {
      await waitForHeading(s.panel, 'In meeting (1)');
      const section = await openOpeningMessage(s.panel);
      await s.panel
        .getByRole('combobox', { name: 'Kind of meeting' })
        .selectOption('anonymous-support-group');
      await s.emu.recordToCloud('start');
      await s.panel.waitForFunction(
        () =>
          document
            .querySelector('[data-testid="opening-message-text"]')
            ?.textContent?.includes('This meeting is being recorded.') === true,
        undefined,
        { timeout: 5_000 },
      );
      expect(await shownText(s.panel)).toContain('This is an anonymous group');
      expect(await section.getByRole('button', { name: 'Post to chat' }).count()).toBe(0);
      expect(await section.getByRole('button', { name: 'Copy' }).count()).toBe(1);
      expect(await section.innerText()).toContain(
        'Posting to the chat needs Zoom 6.2.5 or later; this client is 6.2.4.1000.',
      );
    } finally {
      await s.close();
    }
  });
});
