import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/universal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/chromium-path.mjs';
import { buildServer } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
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

  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      'Chromium not found: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH',
    );
  browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await closeServer?.();
});

/** A page that records CSP violations in every frame and every console line about CSP. */
async function watchedPage(): Promise<{ page: Page; consoleCsp: string[]; pageErrors: string[] }> {
  const page = await browser.newPage();
  const consoleCsp: string[] = [];
  const pageErrors: string[] = [];
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
    await route.fulfill({ response });
  });
  return { page, consoleCsp, pageErrors };
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
