/**
 * What the browser benchmarks share: serve the app (a production build through `vite preview`, or
 * the dev server with `--dev`), launch headless Chromium, open a page with an init script, and
 * open the emulator with the panel in it. Each benchmark prints its own JSON lines.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { build, createServer, preview } from 'vite';
import { findChromium } from '../scripts/chromium-path.mjs';
// For the window.zoomEmulator declaration.
import type {} from '../src/emulator/types';

const ROOT = resolve(import.meta.dirname, '..');
const CONFIG = resolve(ROOT, 'vite.config.ts');
// --site-per-process: the cross-site panel gets its own renderer, as an app does beside Zoom.
const ARGS = [
  '--site-per-process',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** tsx (esbuild keepNames) wraps named functions in __name(); a page running them must know it. */
export const NAME_SHIM = 'globalThis.__name = (fn) => fn;';

export interface Served {
  url: string;
  /** The production build being served (absent for the dev server). */
  outDir?: string;
  close(): Promise<void>;
}

export interface BenchSession {
  page: Page;
  served: Served;
  mode: 'dev' | 'production';
  /** A progress line on stderr, so stdout stays JSON lines. */
  step(what: string): void;
}

async function serveProduction(name: string): Promise<Served> {
  const outDir = mkdtempSync(join(tmpdir(), `doorkeeper-${name}-`));
  await build({
    root: ROOT,
    configFile: CONFIG,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const server = await preview({
    root: ROOT,
    configFile: CONFIG,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    outDir,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

async function serveDev(): Promise<Served> {
  const server = await createServer({
    root: ROOT,
    configFile: CONFIG,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('dev server has no address');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

/**
 * Opens the emulator with the served panel. Cross-site (emulator on localhost, panel on
 * 127.0.0.1), the panel runs in its own renderer process, as an app does beside the Zoom client,
 * and cannot slow the sender down. Same-site, the emulator can reload the panel in place
 * (Playwright loses track of an out-of-process frame that navigates through about:blank).
 */
export async function openEmulator(
  page: Page,
  served: Served,
  query: string,
  crossSite: boolean,
): Promise<void> {
  const emulatorBase = crossSite ? served.url.replace('127.0.0.1', 'localhost') : served.url;
  // Events at once, before the reply: the benchmarks time the panel, not the emulator's simulated
  // event delay (realistic delivery, the emulator's default, adds up to 120 ms per event).
  await page.goto(
    `${emulatorBase}/emulator.html?${query}&delivery=instant&panel=${encodeURIComponent(`${served.url}/index.html`)}`,
  );
  await page.waitForFunction(() => window.zoomEmulator !== undefined);
  await page.evaluate(() => window.zoomEmulator?.whenConfigured(15_000));
}

/**
 * Runs `bench:<name>`: serves the app, opens a 1400×900 page running `initScript` in every frame,
 * hands both to `body`, and always closes the browser and the server; a failure sets exit code 1.
 */
export function runBrowserBench(
  name: string,
  initScript: string,
  body: (session: BenchSession) => Promise<void>,
): void {
  const run = async (): Promise<void> => {
    const step = (what: string): void => void process.stderr.write(`bench:${name}: ${what}\n`);
    const mode = process.argv.includes('--dev') ? 'dev' : 'production';
    const executablePath = findChromium();
    if (!executablePath)
      throw new Error(
        `bench:${name} needs Chromium (node scripts/ensure-chromium.mjs, or set CHROMIUM_PATH)`,
      );
    const served = mode === 'dev' ? await serveDev() : await serveProduction(name);
    const browser = await chromium.launch({ executablePath, args: ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.addInitScript({ content: initScript });
      step(`serving ${mode} at ${served.url}`);
      await body({ page, served, mode, step });
    } finally {
      await browser.close();
      await served.close();
    }
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
