// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { INSTALL_COOKIE } from './install-guard';
import {
  setUpServerWithFakeZoom,
  startServer,
  testConfig,
  TEST_CLIENT_ID,
  TEST_CLIENT_SECRET,
  TEST_SESSION_SECRET,
} from './testing/harness';

const OUTBOUND_TIMEOUT_MS = 300;

const ctx = setUpServerWithFakeZoom(OUTBOUND_TIMEOUT_MS);

const fetchManual = (url: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(url, { headers, redirect: 'manual' });

interface Started {
  authorize: URL;
  cookie: string;
  setCookie: string;
}

/** GET /install as a browser would, keeping the cookie it sets. */
async function startInstall(): Promise<Started> {
  const response = await fetchManual(`${ctx.server.url}/install`);
  expect(response.status).toBe(302);
  const setCookie = response.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';', 1)[0] ?? '';
  return { authorize: new URL(response.headers.get('location') ?? ''), cookie, setCookie };
}

/** Lets the fake Zoom "approve" and returns the callback path+query it redirects to. */
async function approve(authorize: URL): Promise<string> {
  const response = await fetchManual(authorize.href);
  expect(response.status).toBe(302);
  const back = new URL(response.headers.get('location') ?? '');
  return `${back.pathname}${back.search}`;
}

const callback = (pathAndQuery: string, cookie?: string): Promise<Response> =>
  fetchManual(`${ctx.server.url}${pathAndQuery}`, cookie ? { cookie } : {});

describe('/install', () => {
  it("redirects to Zoom's authorize URL with state and an S256 PKCE challenge", async () => {
    const { authorize } = await startInstall();
    expect(authorize.origin + authorize.pathname).toBe(`${ctx.zoom.url}/oauth/authorize`);
    const q = authorize.searchParams;
    expect(q.get('response_type')).toBe('code');
    expect(q.get('client_id')).toBe(TEST_CLIENT_ID);
    expect(q.get('redirect_uri')).toBe('http://127.0.0.1:1/auth/callback');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.get('state')).toMatch(/^[A-Za-z0-9_-]+\.[0-9a-z]+\.[A-Za-z0-9_-]+$/);
  });

  it('sets a host-only, HttpOnly, Secure, SameSite=Lax cookie that expires with the state', async () => {
    const { setCookie } = await startInstall();
    expect(setCookie).toMatch(
      new RegExp(
        `^${INSTALL_COOKIE}=[A-Za-z0-9_-]+; Max-Age=600; Path=/; HttpOnly; Secure; SameSite=Lax$`,
      ),
    );
  });

  it('gives each visit its own state', async () => {
    const [a, b] = await Promise.all([startInstall(), startInstall()]);
    expect(a.authorize.searchParams.get('state')).not.toBe(b.authorize.searchParams.get('state'));
  });
});

describe('/auth/callback', () => {
  it('exchanges the code with PKCE, asks Zoom for the deeplink and redirects into the client', async () => {
    const { authorize, cookie } = await startInstall();
    const response = await callback(await approve(authorize), cookie);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(ctx.zoom.deeplink);
    expect(response.headers.get('set-cookie')).toMatch(
      new RegExp(`^${INSTALL_COOKIE}=; Max-Age=0;`),
    );

    const token = ctx.zoom.requests.findLast((r) => r.path === '/oauth/token');
    const form = new URLSearchParams(token?.body);
    expect(token?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${TEST_CLIENT_ID}:${TEST_CLIENT_SECRET}`).toString('base64')}`,
    );
    expect(form.get('grant_type')).toBe('authorization_code');
    expect(form.get('redirect_uri')).toBe('http://127.0.0.1:1/auth/callback');
    const deeplink = ctx.zoom.requests.findLast((r) => r.path === '/v2/zoomapp/deeplink');
    expect(deeplink?.method).toBe('POST');
    expect(deeplink?.headers.authorization).toBe(`Bearer ${ctx.zoom.issuedTokens.at(-1)}`);
    expect(JSON.parse(deeplink?.body ?? '{}')).toEqual({
      action: JSON.stringify({ url: '/', role_name: 'Owner', verified: 1, role_id: 0 }),
    });
  });

  it('refuses a forged state with 400 and a clear page, without calling Zoom', async () => {
    const { authorize, cookie } = await startInstall();
    const path = (await approve(authorize)).replace(/state=[^&]+/, 'state=forged.abc.def');
    const before = ctx.zoom.requests.length;
    const response = await callback(path, cookie);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('Installation link not valid');
    expect(ctx.zoom.requests.length).toBe(before);
  });

  it('refuses a callback with no state (an install not started here) and offers to restart', async () => {
    const response = await callback('/auth/callback?code=abc123');
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('Installation not started here');
    expect(page).toContain('href="/install"');
  });

  it('refuses a replayed state with 400, even with the original cookie', async () => {
    const { authorize, cookie } = await startInstall();
    const path = await approve(authorize);
    expect((await callback(path, cookie)).status).toBe(302);
    const before = ctx.zoom.requests.length;
    const replay = await callback(path, cookie);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain('already used');
    expect(ctx.zoom.requests.length).toBe(before);
  });

  it('refuses a valid state arriving in a browser without the install cookie', async () => {
    const { authorize } = await startInstall();
    const response = await callback(await approve(authorize));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('another browser');
  });

  it('shows a clear page when the user declines in Zoom', async () => {
    const { authorize, cookie } = await startInstall();
    const response = await callback(
      `/auth/callback?error=access_denied&state=${authorize.searchParams.get('state')}`,
      cookie,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Installation cancelled');
  });

  it('turns a Zoom token error into a 502 page and logs only its error code', async () => {
    const { authorize, cookie } = await startInstall();
    const path = await approve(authorize);
    ctx.zoom.mode = 'token-error';
    const response = await callback(path, cookie);
    expect(response.status).toBe(502);
    expect(await response.text()).toContain('Zoom refused the installation');
    const line = ctx.server.logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .findLast((l) => l.event === 'install.zoom-error');
    expect(line).toMatchObject({
      step: 'token',
      kind: 'rejected',
      status: 400,
      zoomError: 'invalid_grant',
    });
  });

  it('turns a Zoom deeplink error into a 502 page', async () => {
    const { authorize, cookie } = await startInstall();
    const path = await approve(authorize);
    ctx.zoom.mode = 'deeplink-error';
    expect((await callback(path, cookie)).status).toBe(502);
  });

  it('refuses to redirect to a deeplink outside Zoom', async () => {
    const { authorize, cookie } = await startInstall();
    const path = await approve(authorize);
    ctx.zoom.mode = 'deeplink-bad-link';
    const response = await callback(path, cookie);
    expect(response.status).toBe(502);
    expect(response.headers.get('location')).toBeNull();
  });

  it('gives up on a slow Zoom after the time-out with a 504 page', async () => {
    const { authorize, cookie } = await startInstall();
    const path = await approve(authorize);
    ctx.zoom.mode = 'token-slow';
    const started = Date.now();
    const response = await callback(path, cookie);
    expect(response.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(await response.text()).toContain('Zoom did not answer');
  });

  it('logs no code, state, token, verifier, cookie or secret', async () => {
    const { authorize, cookie } = await startInstall();
    const path = await approve(authorize);
    await callback(path, cookie);
    const params = new URLSearchParams(path.split('?')[1]);
    const secrets = [
      params.get('code'),
      params.get('state'),
      cookie.split('=')[1],
      ...ctx.zoom.issuedTokens,
      ...ctx.zoom.requests
        .map((r) => new URLSearchParams(r.body).get('code_verifier'))
        .filter(Boolean),
      TEST_CLIENT_SECRET,
      TEST_SESSION_SECRET,
    ];
    const logs = ctx.server.logs.join('\n');
    expect(logs).toContain('"path":"/auth/callback"');
    for (const secret of secrets) expect(logs).not.toContain(secret);
    expect(logs).not.toContain('?');
  });
});

describe('rate limit on the auth routes', () => {
  it('answers 429 past the limit, per client address, and leaves other routes alone', async () => {
    const limited = await startServer({
      config: testConfig(ctx.zoom.url),
      distDir: ctx.distDir,
      rateLimit: { max: 3, timeWindowMs: 60_000 },
    });
    try {
      const hit = (path: string, client: string): Promise<Response> =>
        fetchManual(`${limited.url}${path}`, { 'x-forwarded-for': client });
      for (let i = 0; i < 3; i += 1)
        expect((await hit('/install', '203.0.113.1')).status).toBe(302);
      const refused = await hit('/install', '203.0.113.1');
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await refused.text()).toContain('Too many attempts');
      expect(refused.headers.get('content-security-policy')).toContain("script-src 'self'");
      // The callback has its own budget; another client (through the loopback proxy) has a fresh one.
      expect((await hit('/auth/callback', '203.0.113.1')).status).toBe(400);
      expect((await hit('/install', '203.0.113.2')).status).toBe(302);
      for (let i = 0; i < 5; i += 1)
        expect((await hit('/healthz', '203.0.113.1')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
