/**
 * What the screenshot scripts share: the app served by the Vite dev server on a free port, Debian's
 * Chromium, and the emulator opened on a scenario with the panel sized, themed and configured.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { ElementHandle, Frame, Page } from 'playwright-core';
import { createServer } from 'vite';
import { sizePanel } from '../test/helpers/panel-scene';
import type { SceneLanguage } from '../test/helpers/panel-scene';
import { findChromium } from './chromium-path.mjs';

const ROOT = resolve(import.meta.dirname, '..');

export interface Scene {
  page: Page;
  panel: Frame;
  frameElement: ElementHandle;
}

export interface SceneOptions {
  lang: SceneLanguage;
  width: number;
  height: number;
  theme: 'light' | 'dark';
  /** The emulator's query string without the width, e.g. `scenario=rush&seed=7`. */
  query: string;
}

/** Opens the emulator in a fresh browser context; the scene's context is closed after `body`. */
export type OpenScene = <T>(
  options: SceneOptions,
  body: (scene: Scene) => Promise<T>,
) => Promise<T>;

/** Serves the app and launches Chromium for `run`, and stops both afterwards, whatever happens. */
export async function withPanelBrowser(run: (open: OpenScene) => Promise<void>): Promise<void> {
  const server = await createServer({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    cacheDir: resolve(ROOT, 'node_modules/.vite-shots'),
    server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
  });
  try {
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('no server address');
    const baseUrl = `http://127.0.0.1:${address.port}`;
    const executablePath = findChromium();
    if (!executablePath)
      throw new Error('no Chromium: install Debian chromium or set CHROMIUM_PATH');
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      await run(async (options, body) => {
        const { lang, width, height, theme, query } = options;
        const context = await browser.newContext({
          viewport: { width: 1400, height: height + 200 },
          locale: lang,
          colorScheme: theme,
        });
        try {
          const page = await context.newPage();
          page.on('pageerror', (error) => console.error('page error:', error.message));
          await page.goto(`${baseUrl}/emulator.html?${query}&width=${width}`);
          await page.waitForFunction(() => window.zoomEmulator !== undefined);
          await page.evaluate((t) => window.zoomEmulator?.setTheme(t), theme);
          await sizePanel(page, width, height);
          const frameElement = await page.waitForSelector('iframe.zoom-panel__frame');
          const panel = await frameElement.contentFrame();
          if (!panel) throw new Error('no panel frame');
          await page.evaluate(() => window.zoomEmulator?.whenConfigured(15_000));
          await panel.waitForSelector('[role="tablist"]', { timeout: 15_000 });
          return await body({ page, panel, frameElement });
        } finally {
          await context.close();
        }
      });
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}
