/**
 * Hosts decide: the toolbar's "Admit N on the roll" acts on exactly the people the group "On the
 * roll" shows, in the emulator with the real SDK. Ann, on the roll, whom a host sent back from
 * Zoom's own panel while locked, waits under "Check" ("Sent back by a host"): the bulk admit
 * neither counts nor admits her (her own row's Admit still does). After a panel reload she is
 * never shown under "On the roll", nor counted by the button, not even for one frame before the
 * saved lock state is read.
 */
import type { Browser, Frame } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorState } from '../../src/emulator/types';
import { launchChromium, openEmulator, pasteRoll, waitForHeading, waitForText } from './harness';
import type { EmulatorSession } from './harness';

const ROLL = ['Ann Lee', 'John Smith', 'Priya Iyer'];

const locationOf = (state: EmulatorState, uuid: string) =>
  state.participants.find((p) => p.participantUUID === uuid)?.location;

/** The names of the rows the group "On the roll" shows (rows follow their heading in one list). */
function onTheRoll(panel: Frame): Promise<string[]> {
  return panel.evaluate(() => {
    const names: string[] = [];
    let inGroup = false;
    for (const item of document.querySelectorAll('[data-group], [data-testid="participant-row"]')) {
      const group = item.getAttribute('data-group');
      if (group !== null) inGroup = group === 'onRoll';
      else if (inGroup) names.push(item.getAttribute('data-uuid') ?? '');
    }
    return names;
  });
}

describe('the roll’s bulk admit leaves whom a host sent back waiting', () => {
  let browser: Browser;
  let s: EmulatorSession;
  let seed = 7300;
  let ann: string;
  let john: string;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    // A meeting of its own per test (the lock's decisions are kept per meeting UUID).
    s = await openEmulator({ query: `scenario=empty&seed=${++seed}`, width: 320, browser });
    await waitForHeading(s.panel, 'In meeting (1)');
    await pasteRoll(s.panel, ROLL);
    ann = await s.emu.join({ screenName: 'Ann Lee', waitingRoom: false });
    await waitForHeading(s.panel, 'In meeting (2)');
    await s.emu.setWaitingRoom(true);
    await s.panel.getByRole('button', { name: 'Lock now' }).click();
    await s.panel.getByTestId('lock-headline').waitFor();
    // The host doubts it is Ann and sends her back from Zoom's Participants panel.
    await s.emu.putInWaitingRoom(ann);
    await waitForText(s.panel, 'Sent back by a host', 10_000);
    john = await s.emu.join({ screenName: 'John Smith', waitingRoom: true });
    await expect.poll(() => onTheRoll(s.panel), { timeout: 10_000 }).toEqual([john]);
  });
  afterEach(async () => {
    expect(s.pageErrors).toEqual([]);
    await s.close();
  });

  it('counts and admits the one person "On the roll (1)" shows, and Ann stays waiting', async () => {
    const admit = s.panel.getByRole('button', { name: /^Admit \d+ on the roll$/ });
    await expect.poll(() => admit.textContent(), { timeout: 10_000 }).toBe('Admit 1 on the roll');
    await admit.click();
    await expect.poll(async () => locationOf(await s.emu.state(), john)).toBe('meeting');
    await waitForText(s.panel, 'Admitted 1 person', 10_000);
    expect(locationOf(await s.emu.state(), ann)).toBe('waitingRoom');
    // Her own row's Admit is still the host's to click.
    const row = s.panel.locator(`[data-testid="participant-row"][data-uuid="${ann}"]`);
    await expect.poll(() => row.getByRole('button', { name: /^Admit/ }).count()).toBe(1);
  });

  it('after a reload, never shows Ann under "On the roll" nor counts her, not for one frame', async () => {
    // Runs in every frame before its own scripts: records every state the panel's DOM takes,
    // before it is painted.
    await s.page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenOnRoll: string[] }).seenOnRoll = seen;
      const look = () => {
        let inGroup = false;
        for (const item of document.querySelectorAll(
          '[data-group], [data-testid="participant-row"]',
        )) {
          const group = item.getAttribute('data-group');
          if (group !== null) inGroup = group === 'onRoll';
          else if (inGroup) seen.push(item.getAttribute('data-uuid') ?? '');
        }
        for (const button of document.querySelectorAll('button'))
          if (/^Admit \d+ on the roll$/.test(button.textContent ?? ''))
            seen.push(button.textContent ?? '');
      };
      new MutationObserver(look).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await s.emu.reloadPanel();
    await s.emu.whenConfigured(15_000);
    await waitForText(s.panel, 'Sent back by a host', 15_000);
    await expect.poll(() => onTheRoll(s.panel), { timeout: 10_000 }).toEqual([john]);
    const seen = await s.panel.evaluate(
      () => (window as unknown as { seenOnRoll?: string[] }).seenOnRoll ?? null,
    );
    // The observer ran in the reloaded panel and saw John there, then.
    expect(seen).toContain(john);
    expect(seen).not.toContain(ann);
    expect(seen).not.toContain('Admit 2 on the roll');
    expect(seen).toContain('Admit 1 on the roll');
  });
});
