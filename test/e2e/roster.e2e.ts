import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { launchChromium, openEmulator, waitForHeading, waitForText } from './harness';
import type { EmulatorSession } from './harness';

/**
 * The live roster panel in the emulator, driven through window.zoomEmulator. Panel DOM contract:
 * two sections headed "In meeting (N)" and "Waiting room (M)"; rows carry data-testid="participant-row"
 * and data-uuid; names are plain text.
 */

/** The heading of the section that holds this participant's row, or null if no row is rendered. */
function sectionOf(panel: Frame, uuid: string): Promise<string | null> {
  return panel.evaluate((id) => {
    const row = document.querySelector(
      `[data-testid="participant-row"][data-uuid="${CSS.escape(id)}"]`,
    );
    const heading = row?.closest('section')?.querySelector('h1, h2, h3, h4, h5, h6');
    return heading ? (heading.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
  }, uuid);
}

async function waitForSection(panel: Frame, uuid: string, prefix: string): Promise<void> {
  await panel.waitForFunction(
    ([id, start]) => {
      const row = document.querySelector(
        `[data-testid="participant-row"][data-uuid="${CSS.escape(id)}"]`,
      );
      const heading = row?.closest('section')?.querySelector('h1, h2, h3, h4, h5, h6');
      return (heading?.textContent ?? '').trim().startsWith(start);
    },
    [uuid, prefix] as const,
    { timeout: 5_000 },
  );
}

describe('roster panel in the emulator', () => {
  let s: EmulatorSession;

  beforeAll(async () => {
    s = await openEmulator({ query: 'scenario=empty' });
  });
  afterAll(async () => {
    await s?.close();
  });
  afterEach(async () => {
    expect(s.pageErrors).toEqual([]);
    await s.emu.reset();
  });

  it('50 joins show "In meeting (51)": the 50 and the host', async () => {
    await waitForHeading(s.panel, 'In meeting (1)');
    const uuids: string[] = [];
    for (let i = 0; i < 50; i++) uuids.push(await s.emu.join({ screenName: `Guest ${i + 1}` }));
    await waitForHeading(s.panel, 'In meeting (51)');
    await waitForHeading(s.panel, 'Waiting room (0)');
    const state = await s.emu.state();
    expect(state.participants.filter((p) => p.location === 'meeting')).toHaveLength(51);
    expect(await sectionOf(s.panel, uuids[0] as string)).toBe('In meeting (51)');
  });

  it('waiting-room arrivals and admits move rows between the sections', async () => {
    await waitForHeading(s.panel, 'In meeting (1)');
    await s.emu.setWaitingRoom(true);
    const maria = await s.emu.join({ screenName: 'María García' });
    const budi = await s.emu.join({ screenName: 'Budi Santoso' });
    await waitForHeading(s.panel, 'Waiting room (2)');
    await waitForSection(s.panel, maria, 'Waiting room');

    await s.emu.admit(maria);
    await waitForHeading(s.panel, 'Waiting room (1)');
    await waitForHeading(s.panel, 'In meeting (2)');
    // While someone waits the meeting is folded to its heading: open it.
    await s.panel.getByRole('button', { name: 'Show', exact: true }).click();
    await waitForSection(s.panel, maria, 'In meeting');
    expect(await sectionOf(s.panel, budi)).toBe('Waiting room (1)');

    await s.emu.putInWaitingRoom(maria);
    await waitForHeading(s.panel, 'Waiting room (2)');
    await waitForSection(s.panel, maria, 'Waiting room');

    await s.emu.leave(budi);
    await waitForHeading(s.panel, 'Waiting room (1)');
    expect(await sectionOf(s.panel, budi)).toBeNull();
  });

  it('a rename shows the new name', async () => {
    const uuid = await s.emu.join({ screenName: 'iPhone' });
    await waitForSection(s.panel, uuid, 'In meeting');
    await s.emu.rename(uuid, 'Siti Rahmawati');
    await s.panel.waitForFunction(
      (id) =>
        document
          .querySelector(`[data-uuid="${CSS.escape(id)}"]`)
          ?.textContent?.includes('Siti Rahmawati') ?? false,
      uuid,
      { timeout: 5_000 },
    );
  });

  it('an attendee is told only hosts can use it; made co-host, the panel comes alive', async () => {
    await waitForHeading(s.panel, 'In meeting (1)');
    await s.emu.setMyRole('attendee');
    await waitForText(s.panel, 'Only the host and co-hosts can use Doorkeeper');
    await s.emu.join({ screenName: 'Arrived while I was an attendee' });
    await s.emu.setMyRole('coHost');
    await waitForHeading(s.panel, 'In meeting (2)');
    expect(await s.panel.evaluate(() => document.body.innerText)).not.toContain(
      'Only the host and co-hosts can use Doorkeeper',
    );
  });

  it('shows a hostile display name as text, and no script runs', async () => {
    await waitForHeading(s.panel, 'In meeting (1)');
    const names = [
      '<img src=x onerror=alert(1)>',
      '<img src=x onerror="window.top.__pwned=1">',
      '<script>window.top.__pwned=2</script>',
    ];
    const uuids: string[] = [];
    for (const screenName of names) uuids.push(await s.emu.join({ screenName }));
    await waitForHeading(s.panel, 'In meeting (4)');
    for (const [i, uuid] of uuids.entries()) {
      const row = await s.panel.evaluate((id) => {
        const el = document.querySelector(
          `[data-testid="participant-row"][data-uuid="${CSS.escape(id)}"]`,
        );
        return el
          ? { text: el.textContent ?? '', elements: el.querySelectorAll('img, script').length }
          : null;
      }, uuid);
      expect(row?.text).toContain(names[i]);
      expect(row?.elements).toBe(0);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(s.dialogs).toEqual([]);
    expect(
      await s.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await s.panel.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
  });

  it('follows the emulator’s light/dark switch without reloading', async () => {
    await waitForHeading(s.panel, 'In meeting (1)');
    const theme = () => s.panel.evaluate(() => document.documentElement.dataset.theme);
    await s.emu.setTheme('dark');
    await s.panel.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await s.emu.setTheme('light');
    await s.panel.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    expect(await theme()).toBe('light');
    expect((await s.emu.state()).calls.filter((c) => c.apiName === 'config')).toHaveLength(1);
  });

  it('the rush scenario fills the waiting room with 40 people', async () => {
    const rush = await openEmulator({ query: 'scenario=rush&seed=2&speed=30', browser: s.browser });
    try {
      await waitForHeading(rush.panel, 'Waiting room (40)', 20_000);
      const waiting = (await rush.emu.state()).participants.filter(
        (p) => p.location === 'waitingRoom',
      );
      expect(waiting).toHaveLength(40);
      expect(rush.pageErrors).toEqual([]);
    } finally {
      await rush.close();
    }
  });
});

describe('the panel outside Zoom', () => {
  it('opened in a plain browser tab, it explains how to open it and mentions the emulator', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const { inject } = await import('vitest');
      await page.goto(`${inject('baseUrl')}/index.html`);
      await page.waitForFunction(() => /emulator/i.test(document.body.innerText), undefined, {
        timeout: 10_000,
      });
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).toMatch(/zoom/i);
      expect(text).not.toMatch(/\bat \S+ \(|TypeError|stack/);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
