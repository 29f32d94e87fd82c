import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';

/**
 * The production build and the production server, for e2e files that test what ships rather than
 * the Vite dev server: one `vite build` per run, and `npm run serve`'s own entry point
 * (`tsx src/server/main.ts`) as a process of its own, configured by its environment only.
 */

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * This run's production build, made once: the first e2e file that asks runs `vite build` (what
 * `npm run build` writes to dist/) into the run's folder, and every later file gets the same
 * folder. Read it, never write to it; global-setup.ts removes it when the run ends.
 */
export function productionBuild(): string {
  const outDir = join(inject('runDir'), 'dist');
  if (existsSync(outDir)) return outDir;
  // Built aside and renamed into place whole, so a file never sees half a build.
  const staging = mkdtempSync(join(inject('runDir'), 'building-'));
  const built = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      staging,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    // What ships: Vitest's NODE_ENV=test would build the libraries' development code.
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (built.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`vite build failed:\n${built.stdout}\n${built.stderr}`);
  }
  try {
    renameSync(staging, outDir);
  } catch (error) {
    // Another file's build got there first (files running side by side): use that one.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(outDir)) throw error;
  }
  return outDir;
}

/** A port nobody listens on right now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

export interface ProductionServer {
  url: string;
  /** Everything the process wrote (its JSON log lines and any error), in order. */
  output: string[];
  stop(): Promise<void>;
}

/**
 * Starts the production server on 127.0.0.1:`port` with exactly `env` (plus PATH), from an empty
 * working folder so no developer's .env is read; resolves once GET /healthz answers.
 */
export async function startProductionServer(
  port: number,
  env: Record<string, string>,
): Promise<ProductionServer> {
  const cwd = mkdtempSync(join(tmpdir(), 'doorkeeper-e2e-server-'));
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/server/main.ts')],
    {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n'));
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(cwd, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return { url, output, stop };
    await new Promise((wait) => setTimeout(wait, 250));
  }
  await stop();
  throw new Error(`the production server did not start:\n${output.join('\n')}`);
}
