/**
 * The cold first 1,000 × 1,000 match in headless Chromium, the engine the panel runs in
 * (`npm run bench:cold-browser`): `npm run bench` times it in Node, whose V8 is older and which
 * runs no renderer beside it. The matcher and the benchmark's synthetic names are built by Vite
 * (minified, as the production build ships them) into one script; each seed gets a fresh page, so
 * every run compiles every function and pattern anew. Timed in the page with performance.now():
 * the first createMatcher + matchAll, then a second on the same page (its names analysed already).
 * Wall time: on a loaded machine it counts other processes' time too (the load is printed first).
 * Prints one JSON line per seed and a median line.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { findChromium } from '../scripts/chromium-path.mjs';
import { median } from './measure';

const ROOT = resolve(import.meta.dirname, '..');
const SEEDS = [7, 8, 9, 10, 11, 12];
const TARGET_MS = 60;

interface PageResult {
  firstMs: number;
  secondMs: number;
}

async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: resolve(ROOT, 'bench/matching-cold-entry.ts'),
        formats: ['iife'],
        name: 'coldBench',
        fileName: 'cold',
      },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs) {
    if (!('output' in o)) continue;
    const chunk = o.output.find((c) => c.type === 'chunk');
    if (chunk && 'code' in chunk) return chunk.code;
  }
  throw new Error('bench:cold-browser: Vite built no script');
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      'bench:cold-browser needs Chromium (node scripts/ensure-chromium.mjs, or set CHROMIUM_PATH)',
    );
  console.log(JSON.stringify({ load: loadavg().map((l) => Number(l.toFixed(1))) }));
  const script = await bundle();
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const firsts: number[] = [];
  const seconds: number[] = [];
  try {
    for (const seed of SEEDS) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.route('http://bench.invalid/**', (route) =>
        route.request().url().endsWith('/cold.js')
          ? route.fulfill({ body: script, contentType: 'text/javascript; charset=utf-8' })
          : route.fulfill({
              body: '<!doctype html><title>cold</title>',
              contentType: 'text/html; charset=utf-8',
            }),
      );
      await page.goto(`http://bench.invalid/?seed=${seed}`);
      await page.addScriptTag({ url: 'http://bench.invalid/cold.js' });
      if (errors.length > 0)
        throw new Error(`bench:cold-browser: the script failed: ${errors.join('; ')}`);
      const result = (await page.evaluate(
        (s) =>
          (window as unknown as { coldBench: { run(seed: number): PageResult } }).coldBench.run(s),
        seed,
      )) as PageResult;
      firsts.push(result.firstMs);
      seconds.push(result.secondMs);
      console.log(
        JSON.stringify({
          workload: 'cold-1000x1000-chromium',
          seed,
          firstMs: Number(result.firstMs.toFixed(1)),
          secondMs: Number(result.secondMs.toFixed(1)),
        }),
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const first = median(firsts);
  console.log(
    JSON.stringify({
      workload: 'cold-1000x1000-chromium',
      medianFirstMs: Number(first.toFixed(1)),
      medianSecondMs: Number(median(seconds).toFixed(1)),
      targetMs: TARGET_MS,
      pass: first <= TARGET_MS,
      browser: browser.version(),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
