/**
 * A/B first roster paint (`npm run bench:ui-ab -- <git-ref>`): the production build of `<git-ref>`
 * (default HEAD~1) against the working tree's, in one headless Chromium, the panel of each reloaded
 * in turn (`?scenario=large` by default: 1,000 in the meeting and 300 waiting; AB_SCENARIO=default
 * for the small meeting). On a loaded machine the two builds share the same noise, which one run of
 * `npm run bench:ui` cannot separate from a change. Prints one JSON line per build: median and
 * minimum of AB_RUNS reloads (default 11) after one warm-up each.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import type { PreviewServer } from 'vite';
import { findChromium } from '../scripts/chromium-path.mjs';
import { NAME_SHIM, openEmulator } from './emulator-browser';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.AB_RUNS ?? 11);
const SCENARIO = process.env.AB_SCENARIO ?? 'large';
const REF = process.argv[2] ?? 'HEAD~1';

/** Records, in the panel, the time of the first frame whose headings change. */
const RECORDER = `${NAME_SHIM}
if (window !== window.top) {
  const log = (window.__abHeadings = []);
  let last = '';
  const tick = () => {
    const texts = [...document.querySelectorAll('h1, h2, h3')].map((h) => (h.textContent || '').replace(/\\s+/g, ' ').trim());
    const key = texts.join('|');
    if (key !== last) { last = key; log.push({ now: performance.now(), texts }); }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}`;

declare global {
  interface Window {
    __abHeadings?: Array<{ now: number; texts: string[] }>;
  }
}

async function buildInto(root: string, outDir: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/** ms from the panel's navigation start to its first frame showing the roster's count. */
async function reloadAndTime(page: Page): Promise<number> {
  const heading = SCENARIO === 'large' ? 'In meeting (1001)' : 'In meeting (';
  await page.evaluate(() => window.zoomEmulator?.reloadPanel());
  const deadline = Date.now() + 20_000;
  await page.waitForTimeout(300);
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const at = await frame
      ?.evaluate(
        (wanted) =>
          (window.__abHeadings ?? []).find((entry) =>
            entry.texts.some((text) => text.startsWith(wanted)),
          )?.now ?? null,
        heading,
      )
      .catch(() => null);
    if (typeof at === 'number') return at;
    await page.waitForTimeout(100);
  }
  throw new Error(`the panel never showed "${heading}"`);
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('bench:ui-ab needs Chromium (CHROMIUM_PATH)');
  const work = mkdtempSync(join(tmpdir(), 'doorkeeper-ab-'));
  const servers: PreviewServer[] = [];
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    // The base: the ref's files as committed, with this checkout's node_modules.
    const baseRoot = join(work, 'base-src');
    execSync(`mkdir -p ${baseRoot} && git archive ${REF} | tar -x -C ${baseRoot}`, { cwd: ROOT });
    symlinkSync(join(ROOT, 'node_modules'), join(baseRoot, 'node_modules'));
    const builds = [
      { name: REF, root: baseRoot, outDir: join(work, 'base') },
      { name: 'working tree', root: ROOT, outDir: join(work, 'new') },
    ];
    const pages: Page[] = [];
    for (const { root, outDir } of builds) {
      await buildInto(root, outDir);
      const server = await preview({
        root: ROOT,
        configFile: join(ROOT, 'vite.config.ts'),
        logLevel: 'warn',
        build: { outDir },
        preview: { host: '127.0.0.1', port: 0 },
      });
      servers.push(server);
      const address = server.httpServer.address();
      if (!address || typeof address === 'string') throw new Error('preview has no address');
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.addInitScript({ content: RECORDER });
      const url = `http://127.0.0.1:${address.port}`;
      await openEmulator(page, { url, close: async () => {} }, `scenario=${SCENARIO}`, false);
      pages.push(page);
    }
    const runs: number[][] = builds.map(() => []);
    for (let round = 0; round <= RUNS; round++) {
      for (const [index, page] of pages.entries()) {
        const ms = await reloadAndTime(page);
        // Round 0 warms each build up (compiled code, caches); it is not counted.
        if (round > 0) runs[index]!.push(Math.round(ms));
        await page.waitForTimeout(1_500);
      }
    }
    for (const [index, { name }] of builds.entries()) {
      const sorted = [...runs[index]!].sort((a, b) => a - b);
      console.log(
        JSON.stringify({
          metric: `first_roster_paint_${SCENARIO}`,
          build: name,
          median: sorted[Math.floor(sorted.length / 2)],
          min: sorted[0],
          unit: 'ms',
          runs: runs[index],
        }),
      );
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
