import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/universal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkName } from '../../bench/bundle-budget';
import { buildServer } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { launchChromium, pasteRoll, remoteEmulator, waitForHeading } from './harness';
import { productionBuild } from './production';

/**
 * Does the production CSP let the built panel run? Serves the run's production build through the
 * real server, and loads it in Chromium three ways: top-level, framed by the emulator on a Zoom
 * origin (so the roster and its virtualised list render), and framed by a non-Zoom origin (which
 * the frame-ancestors directive must block). Zoom's origins are faked with Playwright routes:
 * every https://app.zoom.us request is answered by our server (the emulator page itself, which
 * production does not serve, comes straight from the build).
 */

const ROOT = resolve(import.meta.dirname, '../..');
const ZOOM_ORIGIN = 'https://app.zoom.us';
const OTHER_ORIGIN = 'https://not-zoom.example';

let outDir: string;
let serverUrl: string;
let closeServer: () => Promise<void>;
let browser: Browser;

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

beforeAll(async () => {
  outDir = productionBuild();

  const config = loadConfig({
    ZOOM_CLIENT_ID: 'csp-test',
    ZOOM_CLIENT_SECRET: 'csp-test-secret',
    PUBLIC_URL: 'http://127.0.0.1:1',
    ZOOM_REDIRECT_URL: 'http://127.0.0.1:1/auth/callback',
    SESSION_SECRET: 'csp-test-session-secret-0123456789abcdef',
  });
  const app = await buildServer({ config, distDir: outDir, logger: false });
  serverUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  closeServer = () => app.close();

  // The global setup has found Chromium (no Chromium fails the run, never skips it).
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await closeServer?.();
});

interface WatchedPage {
  page: Page;
  consoleCsp: string[];
  pageErrors: string[];
  /** The chunks (file names less their hash) that Zoom's origin served from our server. */
  chunks: string[];
}

/** A page that records CSP violations in every frame and every console line about CSP. */
async function watchedPage(): Promise<WatchedPage> {
  const page = await browser.newPage();
  const consoleCsp: string[] = [];
  const pageErrors: string[] = [];
  const chunks: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) consoleCsp.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    const found: { directive: string; blocked: string; sample: string }[] = [];
    (window as unknown as { __cspViolations: typeof found }).__cspViolations = found;
    document.addEventListener('securitypolicyviolation', (e) => {
      found.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
  // Zoom's origin is answered by our server; the emulator page (the "Zoom client") from the build.
  await page.route(`${ZOOM_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/emulator.html') {
      await route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: readFileSync(join(outDir, 'emulator.html'), 'utf8'),
      });
      return;
    }
    const response = await route.fetch({ url: `${serverUrl}${url.pathname}${url.search}` });
    const file = /^\/assets\/([\w.-]+\.js)$/u.exec(url.pathname)?.[1];
    if (file && response.ok()) chunks.push(chunkName(file));
    await route.fulfill({ response });
  });
  return { page, consoleCsp, pageErrors, chunks };
}

async function violationsIn(page: Page, urlPart: string): Promise<Violation[]> {
  const frame = page.frames().find((f) => f.url().includes(urlPart));
  if (!frame)
    throw new Error(
      `no frame at ${urlPart}: ${page
        .frames()
        .map((f) => f.url())
        .join(', ')}`,
    );
  return frame.evaluate(
    () => (window as unknown as { __cspViolations: Violation[] }).__cspViolations,
  );
}

/** The panel's frame in the emulator page on Zoom's origin, once the panel has called config. */
async function framedPanel(page: Page): Promise<Frame> {
  await page.waitForFunction(() => window.zoomEmulator !== undefined, undefined, {
    timeout: 20_000,
  });
  const frame = await (await page.waitForSelector('iframe.zoom-panel__frame')).contentFrame();
  if (!frame) throw new Error('the panel iframe has no frame');
  await remoteEmulator(page).whenConfigured(20_000);
  return frame;
}

describe('the production CSP with the built panel in Chromium', () => {
  it('lets the panel run top-level with no violation', async () => {
    const { page, consoleCsp, pageErrors } = await watchedPage();
    const response = await page.goto(`${serverUrl}/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForFunction(
      () => (document.getElementById('root')?.childElementCount ?? 0) > 0,
      undefined,
      { timeout: 15_000 },
    );
    await page.waitForTimeout(500);
    expect(await violationsIn(page, serverUrl)).toEqual([]);
    expect(consoleCsp).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('lets the panel run inside the emulated Zoom client, roster and virtual list included, with no violation', async () => {
    const { page, consoleCsp, pageErrors } = await watchedPage();
    await page.goto(`${ZOOM_ORIGIN}/emulator.html?scenario=rush&seed=3&speed=20`);
    const panelFrame = page.frameLocator('iframe');
    // Rows of the virtualised roster carry React style attributes (height, transform): they must render.
    await expect
      .poll(async () => panelFrame.locator('[style*="translateY"]').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.waitForTimeout(1_000);
    expect(await violationsIn(page, '/index.html')).toEqual([]);
    expect(consoleCsp).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('imports the largest allowed roll (20,000 rows, .xlsx) in the framed panel, with no violation', async () => {
    const { page, consoleCsp, pageErrors } = await watchedPage();
    await page.goto(`${ZOOM_ORIGIN}/emulator.html?scenario=empty`);
    const panel = page.frameLocator('iframe');
    await panel.getByRole('tab', { name: 'Roll' }).click({ timeout: 20_000 });
    await panel.getByRole('button', { name: 'Import roll' }).first().click();
    const dialog = panel.getByRole('dialog', { name: 'Import roll' });
    const started = performance.now();
    await dialog
      .getByLabel('Roll file')
      .setInputFiles(join(ROOT, 'test/fixtures/rolls/roll-20000.xlsx'));
    const preview = panel.getByRole('dialog', { name: 'Check the roll: roll-20000.xlsx' });
    // Generous: the figure is reported, not asserted (a loaded CI machine is slower).
    await preview.getByText(/^20,?000 people will be imported$/).waitFor({ timeout: 60_000 });
    const seconds = (performance.now() - started) / 1000;
    console.log(`20,000-row .xlsx under the production CSP: preview after ${seconds.toFixed(2)} s`);
    await preview.getByRole('button', { name: 'Confirm' }).click();
    // The roll's summary lives in the toolbar's More panel.
    const more = panel.getByRole('button', { name: 'More', exact: true });
    if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
    await panel.getByText(/Roll: 0 of 20,?000 present/).waitFor({ timeout: 30_000 });

    // The Excel export of those 20,000 rows: its sheet is far past the size at which the writer's
    // zip library would start a Blob Worker, which this CSP refuses.
    await panel.getByRole('tab', { name: 'Attendance' }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      panel.getByRole('button', { name: 'Attendance (Excel)' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/u);
    const [sheet] = await readXlsxFile(new Uint8Array(readFileSync((await file.path())!)).buffer);
    expect(sheet?.data).toHaveLength(20_001);
    expect(sheet?.data[1]?.slice(1, 4)).toEqual([
      '100000',
      'Amara Okafor 1',
      'person1@example.org',
    ]);
    expect(await violationsIn(page, '/index.html')).toEqual([]);
    expect(consoleCsp).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  it('runs the checklist and its rename request, the screen-sharing alert and Settings in the framed panel, with no violation', async () => {
    const { page, consoleCsp, pageErrors, chunks } = await watchedPage();
    await page.goto(`${ZOOM_ORIGIN}/emulator.html?scenario=empty&seed=41`);
    const emu = remoteEmulator(page);
    const panel = await framedPanel(page);
    await waitForHeading(panel, 'In meeting (1)', 15_000);
    await emu.join({ screenName: 'jane.doe@example.org' });
    await waitForHeading(panel, 'In meeting (2)', 15_000);

    // "Check this meeting": a one-click fix reaches Zoom; the rename request is posted to the chat.
    await panel.getByRole('tab', { name: 'Check this meeting' }).click();
    await waitForHeading(panel, 'Check this meeting', 15_000);
    const item = (id: string) => panel.locator(`[data-testid="checklist-item"][data-item="${id}"]`);
    await item('waitingRoom').getByRole('button', { name: 'Turn on the waiting room' }).click();
    await expect.poll(async () => (await emu.state()).waitingRoom, { timeout: 10_000 }).toBe(true);
    const request = item('exposedContacts').getByTestId('rename-request');
    await request.getByRole('button', { name: 'Post to chat' }).click({ timeout: 15_000 });
    await request.getByText('Posted to the meeting chat.').waitFor({ timeout: 10_000 });
    expect((await emu.state()).chat).toHaveLength(1);

    // The screen-sharing alert: a guest on no roll entry shares, and one click sends them to wait.
    await panel.getByRole('tab', { name: /^Roster/u }).click();
    const guest = await emu.join({ screenName: 'Gate Crasher', waitingRoom: false });
    await pasteRoll(panel, ['Ann Lee']);
    await emu.shareScreen(guest, true);
    const alert = panel.getByTestId('share-alert');
    await alert.getByRole('button', { name: 'Send to waiting room' }).click({ timeout: 15_000 });
    const whereIs = async (uuid: string) =>
      (await emu.state()).participants.find((p) => p.participantUUID === uuid)?.location;
    await expect.poll(() => whereIs(guest), { timeout: 10_000 }).toBe('waitingRoom');
    await alert.waitFor({ state: 'detached', timeout: 10_000 });

    // Settings: a retention saved, the dark theme, and German, whose catalog loads when chosen.
    await panel.getByRole('tab', { name: 'Settings' }).click();
    const retention = panel.getByLabel('Keep meeting logs for (days)');
    await retention.fill('14', { timeout: 15_000 });
    const retentionForm = panel.locator('form', { has: retention });
    await retentionForm.getByRole('button', { name: 'Save' }).click();
    await retentionForm.getByText('Saved').waitFor({ timeout: 10_000 });
    await panel.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect
      .poll(() => panel.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await panel.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await panel.getByRole('tab', { name: 'Einstellungen' }).waitFor({ timeout: 15_000 });

    // Each was its own chunk, fetched through the production server under its headers.
    for (const chunk of ['checklist', 'rename-request', 'share-alert', 'settings-panel', 'de'])
      expect(chunks).toContain(chunk);
    expect(await violationsIn(page, '/index.html')).toEqual([]);
    expect(consoleCsp).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  it('refuses to be framed by a non-Zoom origin (frame-ancestors)', async () => {
    const { page, consoleCsp } = await watchedPage();
    await page.route(`${OTHER_ORIGIN}/**`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: `<!doctype html><iframe src="${ZOOM_ORIGIN}/index.html"></iframe>`,
      }),
    );
    await page.goto(`${OTHER_ORIGIN}/framer.html`);
    await expect.poll(() => consoleCsp.join('\n'), { timeout: 10_000 }).toMatch(/frame-ancestors/);
    const framed = page.frames().find((f) => f !== page.mainFrame());
    expect(
      await framed?.evaluate(() => document.getElementById('root')).catch(() => null),
    ).toBeFalsy();
    await page.close();
  });
});
