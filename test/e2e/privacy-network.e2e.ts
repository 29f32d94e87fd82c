import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium, remoteEmulator, waitForHeading } from './harness';
import type { Remote } from './harness';
import type { ZoomEmulator } from '../../src/emulator/types';

/**
 * No network traffic except to Zoom: the emulator page and the panel are loaded, every screen is
 * used (roster, roll import, attendance with its exports, settings with its deletions, a reload),
 * and every request either page or the panel's frame makes — fetches, scripts, styles, fonts,
 * images, beacons, WebSockets — goes to the dev server's own origin. No fonts, analytics or CDNs.
 */

interface Seen {
  url: string;
  frame: string;
  kind: string;
}

describe('network traffic', () => {
  let browser: Browser;
  let page: Page;
  let panel: Frame;
  let emu: Remote<ZoomEmulator>;
  const seen: Seen[] = [];
  const pageErrors: string[] = [];
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Listening before the first navigation, so the page's and the panel's first requests count too.
    page.on('request', (request) =>
      seen.push({ url: request.url(), frame: request.frame().url(), kind: request.resourceType() }),
    );
    page.on('websocket', (socket) =>
      seen.push({ url: socket.url(), frame: '', kind: 'websocket' }),
    );
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${baseUrl}/emulator.html?scenario=default`);
    await page.waitForFunction(() => window.zoomEmulator !== undefined);
    const frame = await (await page.waitForSelector('iframe.zoom-panel__frame')).contentFrame();
    if (!frame) throw new Error('the panel iframe has no frame');
    panel = frame;
    emu = remoteEmulator(page);
    await emu.whenConfigured(15_000);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function tab(name: string): Promise<void> {
    await panel.getByRole('tab', { name }).click();
  }

  it('goes only to the panel’s own origin while every screen is used', async () => {
    await panel.getByRole('heading', { name: /^In meeting \(\d+\)$/u }).waitFor();
    await panel.getByRole('searchbox', { name: 'Search participants' }).fill('a');
    await panel.getByRole('searchbox', { name: 'Search participants' }).fill('');
    await emu.join({ screenName: 'Ann Lee', waitingRoom: false });
    const waiting = await emu.join({ screenName: 'Wu Fei', waitingRoom: true });
    await emu.admit(waiting);

    // The roll, pasted in.
    await tab('Roll');
    await panel.getByRole('button', { name: 'Import roll' }).first().click();
    const dialog = panel.getByRole('dialog', { name: 'Import roll' });
    await dialog.getByLabel('Or paste names').fill('Ann Lee\nWu Fei\nCleo Park');
    await dialog.getByRole('button', { name: 'Use pasted names' }).click();
    const preview = panel.getByRole('dialog', { name: /^Check the roll/u });
    await preview.getByRole('button', { name: 'Confirm' }).click();
    await preview.waitFor({ state: 'detached' });

    // Attendance: the summary, Copy, and all three exports.
    await tab('Attendance');
    await panel.getByTestId('attendance-summary').waitFor();
    await panel.getByText('On the roll (3)').waitFor();
    await panel.getByRole('button', { name: 'Copy' }).click();
    for (const name of ['Attendance (CSV)', 'Event log (CSV)', 'Everything (JSON)']) {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name }).click(),
      ]);
      expect(await file.failure()).toBeNull();
    }

    // Settings: a retention change, the saved roll, forgetting the meeting, deleting everything.
    await tab('Settings');
    const retention = panel.getByLabel('Keep meeting logs for (days)');
    await retention.fill('14');
    await panel.locator('form', { has: retention }).getByRole('button', { name: 'Save' }).click();
    await panel.getByTestId('saved-roll').first().waitFor();
    await panel.getByRole('button', { name: 'Forget this meeting' }).click();
    await panel
      .getByRole('group', { name: 'Forget this meeting' })
      .getByRole('button', { name: 'Forget this meeting' })
      .click();
    await panel.getByText('This meeting is forgotten.').waitFor();
    await panel.getByRole('button', { name: 'Delete all Doorkeeper data' }).click();
    await panel.getByRole('button', { name: 'Delete everything' }).click();
    await panel.getByText('All Doorkeeper data was deleted.').waitFor();

    // And a reload, which loads everything again.
    await emu.reloadPanel();
    await emu.whenConfigured(15_000);
    await waitForHeading(panel, 'Waiting room (2)', 10_000);

    const origin = new URL(baseUrl).origin;
    const server = new URL(baseUrl).host;
    const local = (url: string) =>
      url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank';
    // The dev server's own address; its WebSocket (Vite's client, development only) is ws: to it.
    const ours = (url: URL) => url.host === server && ['http:', 'ws:'].includes(url.protocol);
    const elsewhere = seen.filter((request) => !local(request.url) && !ours(new URL(request.url)));
    expect(elsewhere).toEqual([]);
    // The listener did see the traffic: both pages, the panel's scripts and its stylesheet.
    const urls = seen.map((request) => request.url);
    expect(urls).toContain(`${origin}/emulator.html?scenario=default`);
    expect(urls.some((url) => url.startsWith(`${origin}/index.html`))).toBe(true);
    expect(
      seen.filter((request) => request.frame.includes('/index.html') && request.kind === 'script')
        .length,
    ).toBeGreaterThan(10);
    expect(seen.filter((request) => request.kind === 'font')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
