import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { launchChromium, openEmulator, waitForHeading } from './harness';

/**
 * "Check this meeting" in the real panel, in the emulator, with the real SDK: each one-click fix
 * reaches Zoom (the emulator's state) and the item turns OK; the preset changes what is checked.
 */

const item = (panel: Frame, id: string) =>
  panel.locator(`[data-testid="checklist-item"][data-item="${id}"]`);

async function statusOf(panel: Frame, id: string): Promise<string | null> {
  return item(panel, id).locator('[data-status]').getAttribute('data-status');
}

async function waitForStatus(panel: Frame, id: string, status: string): Promise<void> {
  await panel.waitForFunction(
    ([itemId, wanted]) =>
      document
        .querySelector(`[data-testid="checklist-item"][data-item="${itemId}"] [data-status]`)
        ?.getAttribute('data-status') === wanted,
    [id, status] as const,
    { timeout: 5_000 },
  );
}

describe('the meeting checklist in the emulator', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fixes the waiting room, an exposed e-mail and the lock from the checklist', async () => {
    const s = await openEmulator({ query: 'scenario=empty&seed=41', browser });
    try {
      await waitForHeading(s.panel, 'In meeting (1)');
      const jane = await s.emu.join({ screenName: 'jane.doe@example.org' });
      await waitForHeading(s.panel, 'In meeting (2)');
      await s.panel.getByRole('tab', { name: 'Check this meeting' }).click();
      await waitForHeading(s.panel, 'Check this meeting');

      // The waiting room is off in this scenario: a critical problem, fixed in one click.
      expect(await statusOf(s.panel, 'waitingRoom')).toBe('fail');
      expect(await item(s.panel, 'waitingRoom').getByText('Problem').count()).toBe(1);
      await item(s.panel, 'waitingRoom')
        .getByRole('button', { name: 'Turn on the waiting room' })
        .click();
      await waitForStatus(s.panel, 'waitingRoom', 'ok');
      expect((await s.emu.state()).waitingRoom).toBe(true);

      // An e-mail in a display name: first a polite request in the chat, which names nobody
      // (sendMessageToChat has no recipient: it reaches everyone)…
      const exposed = item(s.panel, 'exposedContacts');
      const request = exposed.getByTestId('rename-request');
      await request.getByRole('button', { name: 'Post to chat' }).click();
      await request.getByText('Posted to the meeting chat.').waitFor();
      const chat = (await s.emu.state()).chat;
      expect(chat).toHaveLength(1);
      expect(chat[0]?.message).toMatch(/^A request from the host: .*first name and last initial/);
      expect(chat[0]?.message).not.toMatch(/jane|example\.org/i);
      // …then the privacy rename is previewed, and sent; the request goes with the exposed name.
      await exposed.getByRole('button', { name: 'Rename 1 person to a privacy name' }).click();
      expect(await exposed.getByRole('list', { name: 'New names' }).innerText()).toContain(
        'Jane D.',
      );
      await exposed.getByRole('button', { name: 'Rename 1 person', exact: true }).click();
      await waitForStatus(s.panel, 'exposedContacts', 'ok');
      const renamed = (await s.emu.state()).participants.find((p) => p.participantUUID === jane);
      expect(renamed?.screenName).toBe('Jane D.');
      expect(await exposed.getByTestId('rename-request').count()).toBe(0);

      // A class: lock N minutes after the start, roll only.
      await s.panel
        .getByRole('combobox', { name: 'Kind of meeting' })
        .selectOption('class-coaching');
      const lockFix = item(s.panel, 'lock').getByRole('button', { name: /^Lock / });
      expect(await lockFix.innerText()).toMatch(
        /^Lock (10 minutes after the start|in 10 minutes)$/,
      );
      await lockFix.click();
      await s.panel.getByTestId('countdown').waitFor();
      await waitForStatus(s.panel, 'lock', 'ok');
      expect(await item(s.panel, 'lock').innerText()).toContain(
        'the auto-lock locks the meeting in',
      );
      expect(s.pageErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('is usable by keyboard alone: tab to it, choose a preset, tick a Zoom setting', async () => {
    const s = await openEmulator({ query: 'scenario=empty&seed=42', browser });
    try {
      await waitForHeading(s.panel, 'In meeting (1)');
      await s.panel.getByRole('tab', { name: 'Roster' }).focus();
      // Arrow keys move along the tab bar until the checklist's tab is selected.
      for (let i = 0; i < 6; i++) {
        const selected = await s.panel.getByRole('tab', { selected: true }).innerText();
        if (selected === 'Check this meeting') break;
        await s.page.keyboard.press('ArrowRight');
      }
      await waitForHeading(s.panel, 'Check this meeting');
      await s.page.keyboard.press('Tab');
      const focused = () =>
        s.panel.evaluate(
          () =>
            document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '',
        );
      // The preset list is the first control in the view.
      expect(await s.panel.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
      await s.page.keyboard.press('End');
      expect(await s.panel.getByRole('combobox', { name: 'Kind of meeting' }).inputValue()).toBe(
        'class-coaching',
      );
      const box = s.panel.getByRole('checkbox', { name: 'Checked in Zoom: Passcode' });
      await box.focus();
      expect(await focused()).toBe('Checked in Zoom: Passcode');
      await s.page.keyboard.press('Space');
      await waitForStatus(s.panel, 'passcode', 'ok');
      expect(s.pageErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
