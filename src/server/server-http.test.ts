// @vitest-environment node
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES } from './app';
import type { AppContext } from './app-context';
import { contentSecurityPolicy } from './security-headers';
import { encryptContext } from './testing/encrypt-context';
import {
  HASHED_CSS,
  HASHED_JS,
  makeDist,
  startServer,
  testConfig,
  TEST_CLIENT_SECRET,
  type RunningServer,
} from './testing/harness';

let server: RunningServer;
let dist: ReturnType<typeof makeDist>;
const seenContexts: (AppContext | null)[] = [];

beforeAll(async () => {
  dist = makeDist();
  server = await startServer(
    { config: testConfig('http://127.0.0.1:9'), distDir: dist.dir },
    (app) => {
      app.addHook('onResponse', async (request) => {
        if (request.url === '/') seenContexts.push(request.zoomContext);
      });
    },
  );
});
afterAll(async () => {
  await server.close();
  dist.remove();
});

const get = (path: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(`${server.url}${path}`, { headers, redirect: 'manual' });

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toBe(contentSecurityPolicy());
}

describe('security headers', () => {
  it('the CSP allows scripts from self only and framing by Zoom only', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*(?!\.zoom\.)/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toMatch(/frame-ancestors https:\/\/\*\.zoom\.us https:\/\/\*\.zoom\.com$/);
  });

  it.each([
    ['the panel', '/'],
    ['the panel by name', '/index.html'],
    ['a not-found page', '/no-such-page'],
    ['the emulator (hidden in production)', '/emulator.html'],
    ['the install callback error page', '/auth/callback?code=abc&state=forged'],
    ['the context error page', '/'],
  ])('are on %s', async (name, path) => {
    const headers: Record<string, string> = name.startsWith('the context')
      ? { 'x-zoom-app-context': 'garbage!' }
      : {};
    const response = await get(path, headers);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expectSecurityHeaders(response);
  });

  it('are on assets and JSON too', async () => {
    expectSecurityHeaders(await get(HASHED_JS));
    expectSecurityHeaders(await get('/healthz'));
  });
});

describe('static files and caching', () => {
  it('serves the panel HTML uncached-but-revalidated, with a working ETag', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root"></div>');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const etag = response.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    expect((await get('/', { 'if-none-match': etag })).status).toBe(304);
  });

  it('caches hashed assets immutably for a year', async () => {
    for (const path of [HASHED_JS, HASHED_CSS]) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect((await get(HASHED_JS)).headers.get('content-type')).toMatch(/javascript/);
  });

  it('revalidates unhashed files', async () => {
    const response = await get('/favicon.svg');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('does not serve the emulator, dotfiles or paths outside dist', async () => {
    expect((await get('/emulator.html')).status).toBe(404);
    expect((await get('/.env')).status).toBe(404);
    expect((await get('/assets/')).status).toBe(404);
    expect((await get('/assets/../../etc/passwd')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  it('answers /healthz', async () => {
    const response = await get('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('X-Zoom-App-Context on the Home URL', () => {
  const now = Date.now();
  const header = (payload: object): string =>
    encryptContext(payload, TEST_CLIENT_SECRET).toString('base64');

  it('decrypts a valid context and exposes typ, uid and mid to the server', async () => {
    seenContexts.length = 0;
    const response = await get('/', {
      'x-zoom-app-context': header({ typ: 'meeting', uid: 'U-42', mid: 'M-7', exp: now + 120_000 }),
    });
    expect(response.status).toBe(200);
    expect(seenContexts).toEqual([{ typ: 'meeting', uid: 'U-42', mid: 'M-7', exp: now + 120_000 }]);
  });

  it('serves a plain browser visit with no context', async () => {
    seenContexts.length = 0;
    expect((await get('/')).status).toBe(200);
    expect(seenContexts).toEqual([null]);
  });

  it('refuses a tampered context with 403 and an expired one with 401', async () => {
    const tampered = Buffer.from(header({ typ: 'meeting', exp: now + 120_000 }), 'base64');
    tampered[tampered.length - 3] = (tampered[tampered.length - 3] ?? 0) ^ 0xff;
    const forged = await get('/', { 'x-zoom-app-context': tampered.toString('base64') });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('Not opened by Zoom');
    const expired = await get('/', {
      'x-zoom-app-context': header({ typ: 'meeting', exp: now - 10 * 60_000 }),
    });
    expect(expired.status).toBe(401);
    expect(expired.headers.get('cache-control')).toBe('no-store');
    expect(await expired.text()).toContain('open it again from Zoom');
    expect((await get('/', { 'x-zoom-app-context': 'not base64!' })).status).toBe(400);
  });

  it('never logs uid or mid', async () => {
    await get('/', {
      'x-zoom-app-context': header({
        typ: 'meeting',
        uid: 'UID-SECRET-1',
        mid: 'MID-SECRET-2',
        exp: now + 120_000,
      }),
    });
    const logs = server.logs.join('\n');
    expect(logs).toContain('"typ":"meeting"');
    expect(logs).not.toMatch(/UID-SECRET-1|MID-SECRET-2/);
  });
});

describe('request limits', () => {
  /** Raw request so the test controls the method, headers and body exactly. */
  function raw(
    method: string,
    path: string,
    body: Buffer | null,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; allow?: string }> {
    const url = new URL(path, server.url);
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        url,
        {
          method,
          headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) },
        },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, allow: res.headers.allow });
        },
      );
      // Once the answer is in, the server closing on the rest of an unread body is the point, not an error.
      req.on('error', reject);
      req.end(body ?? undefined);
    });
  }

  it('refuses methods other than GET and HEAD before reading a body', async () => {
    const big = Buffer.alloc(1024 * 1024, 'a');
    for (const path of ['/install', '/auth/callback', '/', '/healthz']) {
      const response = await raw('POST', path, big, { 'content-type': 'application/json' });
      expect(response.status).toBe(405);
      expect(response.allow).toBe('GET, HEAD');
    }
    expect((await raw('DELETE', '/', null)).status).toBe(405);
  });

  it('refuses a request body over the limit with 413', async () => {
    expect((await raw('GET', '/healthz', Buffer.alloc(BODY_LIMIT_BYTES + 1, 'a'))).status).toBe(
      413,
    );
    expect((await raw('GET', '/install', Buffer.alloc(1024 * 1024, 'a'))).status).toBe(413);
    expect((await raw('GET', '/healthz', Buffer.alloc(BODY_LIMIT_BYTES, 'a'))).status).toBe(200);
  });

  it('refuses a chunked request body, whose size is unknown up front', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        new URL('/healthz', server.url),
        { method: 'GET', headers: { 'transfer-encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write('a');
      req.end();
    });
    expect(status).toBe(413);
  });

  it('answers HEAD like GET without a body', async () => {
    const response = await fetch(`${server.url}/`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
  });
});
