import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { buildServer, type ServerOptions } from '../app';
import { loadConfig, type ServerConfig } from '../config';
import { startFakeZoom, type FakeZoom } from './fake-zoom';

/** Test-only helpers: a stand-in dist/ and a server listening on 127.0.0.1 with captured logs. */

export const TEST_CLIENT_ID = 'test-client-id';
export const TEST_CLIENT_SECRET = 'test-client-secret-0123456789abcdef';
export const TEST_SESSION_SECRET = 'test-session-secret-that-is-long-enough-0123456789';
export const HASHED_JS = '/assets/index-Ab12Cd34.js';
export const HASHED_CSS = '/assets/index-Ef56Gh78.css';

/** A dist/ shaped like vite's output; removed by the returned function. */
export function makeDist(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'doorkeeper-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><script type="module" src="${HASHED_JS}"></script><link rel="stylesheet" href="${HASHED_CSS}"></head><body><div id="root"></div></body></html>`,
  );
  writeFileSync(join(dir, 'emulator.html'), '<!doctype html><title>emulator</title>');
  writeFileSync(join(dir, HASHED_JS), 'document.getElementById("root").textContent = "panel";');
  writeFileSync(join(dir, HASHED_CSS), 'body { margin: 0 }');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, '.env'), 'SECRET=1');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testConfig(zoomBaseUrl: string, publicUrl = 'http://127.0.0.1:1'): ServerConfig {
  return loadConfig({
    ZOOM_CLIENT_ID: TEST_CLIENT_ID,
    ZOOM_CLIENT_SECRET: TEST_CLIENT_SECRET,
    ZOOM_REDIRECT_URL: `${publicUrl}/auth/callback`,
    PUBLIC_URL: publicUrl,
    SESSION_SECRET: TEST_SESSION_SECRET,
    ZOOM_OAUTH_BASE_URL: zoomBaseUrl,
    ZOOM_API_BASE_URL: zoomBaseUrl,
  });
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  /** Every JSON log line the server wrote. */
  logs: string[];
  close(): Promise<void>;
}

/** Builds and starts the server on 127.0.0.1, port 0. */
export async function startServer(
  options: Omit<ServerOptions, 'logger'>,
  beforeListen?: (app: FastifyInstance) => void,
): Promise<RunningServer> {
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const app = await buildServer({ ...options, logger: { level: 'info', stream } });
  beforeListen?.(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, logs, close: () => app.close() };
}

export interface ServerWithFakeZoom {
  readonly zoom: FakeZoom;
  readonly server: RunningServer;
  /** The stand-in dist/ the server serves. */
  readonly distDir: string;
}

/**
 * For one test file: a fake Zoom on loopback and the server pointed at it (over a stand-in dist/,
 * rate limit out of the way), started before the file's tests and stopped after them. After each
 * test the fake answers normally again: mode 'ok', Zoom's token lifetime, no meetings (what it was
 * asked stays recorded). Read the fields inside tests and hooks, once it has started.
 */
export function setUpServerWithFakeZoom(outboundTimeoutMs: number): ServerWithFakeZoom {
  let running: ServerWithFakeZoom | undefined;
  let dist: ReturnType<typeof makeDist> | undefined;
  beforeAll(async () => {
    dist = makeDist();
    const zoom = await startFakeZoom(TEST_CLIENT_ID, TEST_CLIENT_SECRET);
    const server = await startServer({
      config: testConfig(zoom.url),
      distDir: dist.dir,
      outboundTimeoutMs,
      rateLimit: { max: 1000, timeWindowMs: 60_000 },
    });
    running = { zoom, server, distDir: dist.dir };
  });
  afterEach(() => {
    if (!running) return;
    running.zoom.mode = 'ok';
    running.zoom.accessTtlSeconds = 3599;
    running.zoom.meetings.clear();
  });
  afterAll(async () => {
    await running?.server.close();
    await running?.zoom.close();
    dist?.remove();
  });
  const started = (): ServerWithFakeZoom => {
    if (!running)
      throw new Error('the server and fake Zoom start in beforeAll: read them in a test');
    return running;
  };
  return {
    get zoom() {
      return started().zoom;
    },
    get server() {
      return started().server;
    },
    get distDir() {
      return started().distDir;
    },
  };
}
