import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/chromium-path.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the e2e Vite dev server listens, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseUrl: string;
    /** The Chromium binary the tests drive. */
    chromiumPath: string;
    /** This run's own folder, removed when it ends: the production build goes here (production.ts). */
    runDir: string;
  }
}

/**
 * Starts one Vite dev server for the whole end-to-end run, on a free loopback port, and tells the
 * tests where it is. No Chromium is a failure, never a skip: CI must run these tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    throw new Error(
      'Doorkeeper e2e: no Chromium found. Run `node scripts/ensure-chromium.mjs` (or apt-get install chromium), or set CHROMIUM_PATH.',
    );
  }
  const root = resolve(import.meta.dirname, '../..');
  const server = await createServer({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    clearScreen: false,
    // Its own dependency cache, so a developer's `npm start` running meanwhile is not disturbed.
    cacheDir: resolve(root, 'node_modules/.vite-e2e'),
    // No HMR and no watcher: another edit in the tree must not reload a page mid-test.
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string')
    throw new Error('Doorkeeper e2e: the Vite server has no TCP address');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  project.provide('chromiumPath', chromiumPath);
  const runDir = mkdtempSync(join(tmpdir(), 'doorkeeper-e2e-run-'));
  project.provide('runDir', runDir);
  return async () => {
    await server.close();
    rmSync(runDir, { recursive: true, force: true });
  };
}
