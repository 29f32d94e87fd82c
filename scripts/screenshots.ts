/**
 * PNG screenshots of the panel in the emulator, for the README and for looking at the layout:
 * `npx tsx scripts/screenshots.ts [--out docs] [--width 380] [--height 670] [--lang en]
 * [--theme light|dark] [--only rush|impostor]`.
 *
 * - rush: the rush scenario (40 arrivals), its roll loaded and the lock on, with the lock's
 *   explanation at its first reading and after "Got it".
 * - impostor: the same a moment earlier, with the header's impostor alert.
 *
 * Serves the app with the Vite dev server on a free port and drives Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import {
  RUSH_SEED,
  dropRoll,
  label,
  lockNow,
  rushRollCsv,
  sizePanel,
  waitForWaiting,
} from '../test/helpers/panel-scene';
import type { SceneLanguage } from '../test/helpers/panel-scene';
import { findChromium } from './chromium-path.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs' },
    width: { type: 'string', default: '380' },
    height: { type: 'string', default: '670' },
    lang: { type: 'string', default: 'en' },
    theme: { type: 'string', default: 'light' },
    only: { type: 'string' },
  },
});
const width = Number(values.width);
const height = Number(values.height);
const lang = values.lang as SceneLanguage;
const theme: 'light' | 'dark' = values.theme === 'dark' ? 'dark' : 'light';
const outDir = resolve(ROOT, values.out);
mkdirSync(outDir, { recursive: true });
const suffix = `${width}${lang === 'en' ? '' : `-${lang}`}${theme === 'dark' ? '-dark' : ''}`;

const server = await createServer({
  root: ROOT,
  configFile: resolve(ROOT, 'vite.config.ts'),
  logLevel: 'warn',
  cacheDir: resolve(ROOT, 'node_modules/.vite-shots'),
  server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
});
await server.listen();
const address = server.httpServer?.address();
if (!address || typeof address === 'string') throw new Error('no server address');
const executablePath = findChromium();
if (!executablePath) throw new Error('no Chromium: install Debian chromium or set CHROMIUM_PATH');
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({
    viewport: { width: 1400, height: height + 200 },
    locale: lang,
    colorScheme: theme,
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(
    `http://127.0.0.1:${address.port}/emulator.html?scenario=rush&seed=${RUSH_SEED}&speed=20&width=${width}`,
  );
  await page.waitForFunction(() => window.zoomEmulator !== undefined);
  await page.evaluate((t) => window.zoomEmulator?.setTheme(t), theme);
  await sizePanel(page, width, height);
  const frameElement = await page.waitForSelector('iframe.zoom-panel__frame');
  const panel = await frameElement.contentFrame();
  if (!panel) throw new Error('no panel frame');
  await page.evaluate(() => window.zoomEmulator?.whenConfigured(15_000));
  await panel.waitForSelector('[role="tablist"]', { timeout: 15_000 });
  await dropRoll(panel, lang, rushRollCsv());
  await waitForWaiting(page, 40);
  await panel.waitForTimeout(1_500);
  const shoot = async (name: string): Promise<void> => {
    const file = resolve(outDir, `${name}-${suffix}.png`);
    await frameElement.screenshot({ path: file });
    console.log(file);
  };
  if (!values.only || values.only === 'impostor') await shoot('impostor-alert');
  if (!values.only || values.only === 'rush') {
    await lockNow(panel, lang);
    await panel.waitForTimeout(800);
    // The lock's explanation is open until read once; after "Got it" it sits behind (i).
    await shoot('lock-first-reading');
    await panel
      .getByRole('button', { name: label(lang, 'lock.banner.gotIt'), exact: true })
      .click();
    await panel.waitForTimeout(300);
    await shoot('rush-locked');
  }
} finally {
  await browser.close();
  await server.close();
}
