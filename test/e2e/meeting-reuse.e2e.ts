import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { launchChromium, openEmulator, waitForHeading } from './harness';

/**
 * "Meeting ID used before" with the real SDK in the emulator: the first occurrence of a meeting ID
 * passes; after the meeting ends and starts again under the same ID (a new meeting UUID), the
 * item warns that the ID was used for another meeting, and a reload within that occurrence does
 * not count as another one.
 */

const item = (panel: Frame) =>
  panel.locator('[data-testid="checklist-item"][data-item="meetingReuse"]');

async function waitForStatus(panel: Frame, status: string): Promise<void> {
  await panel.waitForFunction(
    (wanted) =>
      document
        .querySelector('[data-testid="checklist-item"][data-item="meetingReuse"] [data-status]')
        ?.getAttribute('data-status') === wanted,
    status,
    { timeout: 10_000 },
  );
}

async function openChecklist(panel: Frame): Promise<void> {
  await waitForHeading(panel, 'In meeting (1)', 15_000);
  await panel.getByRole('tab', { name: 'Check this meeting' }).click();
  await item(panel).waitFor({ timeout: 10_000 });
}

describe('a meeting ID used again, in the emulator', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('passes the first time, warns in the next occurrence, and a reload is not an occurrence', async () => {
    const s = await openEmulator({ query: 'scenario=empty&seed=71', browser });
    try {
      await openChecklist(s.panel);
      await waitForStatus(s.panel, 'ok');
      expect(await item(s.panel).innerText()).toContain(
        'Doorkeeper has not seen this meeting ID in another meeting on this computer.',
      );

      await s.emu.reloadPanel();
      await openChecklist(s.panel);
      await waitForStatus(s.panel, 'ok');

      await s.emu.newOccurrence();
      await openChecklist(s.panel);
      await waitForStatus(s.panel, 'warn');
      const text = await item(s.panel).innerText();
      expect(text).toContain('This meeting ID was used for another meeting earlier today.');
      expect(text).toContain('for a new event, schedule a new meeting with its own ID.');
      expect(s.pageErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
