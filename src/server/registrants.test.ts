// @vitest-environment node
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SESSION_PATH } from './registrant-routes';
import { fakeRegistrants } from './testing/fake-zoom';
import { setUpServerWithFakeZoom, testConfig, TEST_CLIENT_ID } from './testing/harness';
import { ZOOM_SESSION_COOKIE } from './zoom-session';

/**
 * The whole registrations flow over real HTTP: a code from (fake) Zoom's in-client authorize with
 * PKCE, the token exchange into a sealed cookie, then the registrants, paged, refreshed, failing.
 */

const OUTBOUND_TIMEOUT_MS = 500;
const MEETING = '81234567890';

const ctx = setUpServerWithFakeZoom(OUTBOUND_TIMEOUT_MS);

/** What the panel does: a verifier, `authorize({ codeChallenge })`, and the code `onAuthorized` gives. */
async function authorizeInClient(): Promise<{ code: string; codeVerifier: string }> {
  const codeVerifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(codeVerifier).digest('base64url');
  const url = new URL('/oauth/authorize', ctx.zoom.url);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: TEST_CLIENT_ID,
    redirect_uri: testConfig(ctx.zoom.url).zoomRedirectUrl.href,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  const response = await fetch(url, { redirect: 'manual' });
  const code = new URL(response.headers.get('location') ?? '').searchParams.get('code') ?? '';
  return { code, codeVerifier };
}

async function startSession(): Promise<{ response: Response; cookie: string }> {
  const response = await fetch(`${ctx.server.url}${SESSION_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(await authorizeInClient()),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';', 1)[0] ?? '';
  return { response, cookie };
}

const listRegistrants = (cookie: string, meeting = MEETING) =>
  fetch(`${ctx.server.url}/api/meetings/${meeting}/registrants`, { headers: { cookie } });

describe('registrations through the server', () => {
  it('exchanges the in-client code for a sealed, partitioned, HttpOnly cookie holding no readable token', async () => {
    const { response, cookie } = await startSession();
    expect(response.status).toBe(204);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(new RegExp(`^${ZOOM_SESSION_COOKIE}=`));
    for (const attribute of ['HttpOnly', 'Secure', 'SameSite=None', 'Partitioned', 'Path=/'])
      expect(setCookie).toContain(attribute);
    const token = ctx.zoom.issuedTokens.at(-1) ?? '';
    expect(token).not.toBe('');
    expect(cookie).not.toContain(token);
    expect(ctx.server.logs.join('\n')).not.toContain(token);
  });

  it('refuses a bad code or verifier in plain words', async () => {
    const { codeVerifier } = await authorizeInClient();
    const forged = await fetch(`${ctx.server.url}${SESSION_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'not-a-real-code', codeVerifier }),
    });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({ error: 'not-authorised' });
    const junk = await fetch(`${ctx.server.url}${SESSION_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'x', codeVerifier: 'short' }),
    });
    expect(junk.status).toBe(400);
  });

  it('pages through 2,000 people and returns only name, e-mail and status of the approved', async () => {
    const people = fakeRegistrants(2000);
    ctx.zoom.meetings.set(MEETING, people);
    const { cookie } = await startSession();
    const before = ctx.zoom.requests.length;
    const response = await listRegistrants(cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { registrants } = (await response.json()) as { registrants: Record<string, string>[] };
    const approved = people.filter((p) => p.status === 'approved');
    expect(registrants).toHaveLength(approved.length);
    expect(registrants[0]).toEqual({
      name: 'Given0 Family0',
      email: 'person0@example.org',
      status: 'approved',
    });
    expect(new Set(registrants.map((r) => r.email)).size).toBe(approved.length);
    for (const person of registrants)
      expect(Object.keys(person).sort()).toEqual(['email', 'name', 'status']);
    const pages = ctx.zoom.requests.slice(before).filter((r) => r.path.endsWith('/registrants'));
    expect(pages).toHaveLength(Math.ceil(approved.length / 300));
    expect(JSON.stringify(registrants)).not.toMatch(/join_url|tk=secret|\+1555/);
  });

  it('refreshes an expired access token and hands back the new cookie', async () => {
    ctx.zoom.meetings.set(MEETING, fakeRegistrants(5));
    ctx.zoom.accessTtlSeconds = 30; // inside the one-minute margin: expired for our purposes
    const { cookie } = await startSession();
    ctx.zoom.accessTtlSeconds = 3599;
    const response = await listRegistrants(cookie);
    expect(response.status).toBe(200);
    const renewed = response.headers.get('set-cookie') ?? '';
    expect(renewed).toMatch(new RegExp(`^${ZOOM_SESSION_COOKIE}=`));
    expect(renewed.split(';', 1)[0]).not.toBe(cookie);
    // Zoom's refresh tokens are single-use: the old cookie cannot refresh again.
    const stale = await listRegistrants(cookie);
    expect(stale.status).toBe(401);
    expect(await stale.json()).toEqual({ error: 'not-authorised' });
    expect(stale.headers.get('set-cookie')).toContain('Max-Age=0');
    const fresh = await listRegistrants(renewed.split(';', 1)[0] ?? '');
    expect(fresh.status).toBe(200);
  });

  it('refreshes once when Zoom revokes the token early', async () => {
    ctx.zoom.meetings.set(MEETING, fakeRegistrants(3));
    const { cookie } = await startSession();
    ctx.zoom.expireAccessTokens();
    const response = await listRegistrants(cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(new RegExp(`^${ZOOM_SESSION_COOKIE}=`));
  });

  it('says plainly: not authorised, no registration, Zoom unreachable, bad meeting ID', async () => {
    const none = await listRegistrants('');
    expect([none.status, await none.json()]).toEqual([401, { error: 'not-authorised' }]);
    const forged = await listRegistrants(`${ZOOM_SESSION_COOKIE}=${'A'.repeat(80)}`);
    expect(forged.status).toBe(401);

    const { cookie } = await startSession();
    const noRegistration = await listRegistrants(cookie, '89999999999');
    expect([noRegistration.status, await noRegistration.json()]).toEqual([
      404,
      { error: 'no-registration' },
    ]);

    ctx.zoom.meetings.set(MEETING, fakeRegistrants(3));
    ctx.zoom.mode = 'registrants-down';
    const down = await listRegistrants(cookie);
    expect([down.status, await down.json()]).toEqual([502, { error: 'zoom-unreachable' }]);
    ctx.zoom.mode = 'registrants-slow';
    const slow = await listRegistrants(cookie);
    expect([slow.status, await slow.json()]).toEqual([504, { error: 'zoom-unreachable' }]);

    const bad = await listRegistrants(cookie, 'abc');
    expect(bad.status).toBe(400);
  });

  it('still refuses other methods and other POSTs', async () => {
    const response = await fetch(`${ctx.server.url}/api/meetings/${MEETING}/registrants`, {
      method: 'POST',
    });
    expect(response.status).toBe(405);
  });
});
