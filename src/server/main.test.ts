// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDist,
  TEST_CLIENT_ID,
  TEST_CLIENT_SECRET,
  TEST_SESSION_SECRET,
} from './testing/harness';

/** Runs `npm run serve`'s command as a real process, in an empty directory so no .env is picked up. */

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = join(ROOT, 'src/server/main.ts');

let cwd: string;
let dist: ReturnType<typeof makeDist>;
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'doorkeeper-main-'));
  dist = makeDist();
});
afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
  dist.remove();
});

function baseEnv(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' };
}

describe('npm run serve', () => {
  it('refuses to start, naming every missing variable', async () => {
    const child = spawn(TSX, [MAIN], { cwd, env: { ...baseEnv(), ZOOM_CLIENT_ID: 'id' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(code).toBe(1);
    expect(stderr).toContain(
      'missing required environment variables: ZOOM_CLIENT_SECRET, ZOOM_REDIRECT_URL, PUBLIC_URL, SESSION_SECRET',
    );
  }, 20_000);

  it('starts, logs JSON, answers /healthz and stops cleanly on SIGTERM', async () => {
    const child = spawn(TSX, [MAIN], {
      cwd,
      env: {
        ...baseEnv(),
        ZOOM_CLIENT_ID: TEST_CLIENT_ID,
        ZOOM_CLIENT_SECRET: TEST_CLIENT_SECRET,
        PUBLIC_URL: 'http://127.0.0.1:3000',
        ZOOM_REDIRECT_URL: 'http://127.0.0.1:3000/auth/callback',
        SESSION_SECRET: TEST_SESSION_SECRET,
        PORT: '0',
        DIST_DIR: dist.dir,
      },
    });
    const lines: string[] = [];
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    const url = await new Promise<string>((found, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          lines.push(line);
          const match = /"msg":"Server listening at (http:\/\/127\.0\.0\.1:\d+)"/.exec(line);
          if (match?.[1]) found(match[1]);
        }
      });
      void exited.then(() => fail(new Error(`server exited early:\n${lines.join('\n')}`)));
    });
    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(lines.join('\n')).toContain('"path":"/healthz"');
  }, 20_000);
});
