import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildScenario } from '../../src/emulator/scenarios';
import { fakeRegistrants, startFakeZoom, type FakeZoom } from '../../src/server/testing/fake-zoom';
import { ZOOM_SESSION_COOKIE } from '../../src/server/zoom-session';
import {
  openEmulator,
  openMore,
  rowText,
  waitForRow,
  waitForText,
  type EmulatorSession,
} from './harness';
import { freePort, productionBuild, startProductionServer } from './production';
import type { ProductionServer } from './production';

/**
 * "Load this meeting's registrations" as a host does it, end to end: the built panel served by the
 * production server (`npm run serve`'s entry point, production CSP), framed by the emulator on a
 * Zoom origin; Zoom's authorization server and REST API are the fake Zoom of the server tests, on
 * loopback. The emulator's `authorize` gets its code from that fake for the panel's PKCE
 * challenge (`?oauth=`); the server exchanges it (the fake checks the verifier), seals the tokens
 * into its HttpOnly cookie and pages through the registrants.
 *
 * Faithful to production, not weakened for the test:
 * - the server is the same process `npm run serve` starts, configured by its environment only,
 *   and answers with its production headers (CSP frame-ancestors: Zoom's origins only);
 * - the emulator (the Zoom client) is on https://app.zoom.us, answered by a Playwright route from
 *   the build, and the panel is a cross-site frame on http://127.0.0.1 (third-party, as on a
 *   deployed host), so the cookie must really be `SameSite=None; Secure; Partitioned`;
 * - Chromium keeps `Secure` (and `__Host-`) cookies from http://127.0.0.1 because loopback is a
 *   potentially trustworthy origin, and does not count it as mixed content in an https page. It
 *   does block a public page from reaching loopback (Local Network Access): the test grants
 *   `local-network-access` to the Zoom origin, which a deployed server on a public host never needs.
 */

const ZOOM_ORIGIN = 'https://app.zoom.us';
const CLIENT_ID = 'e2e-client-id';
const CLIENT_SECRET = 'e2e-client-secret-0123456789abcdef';
const SEED = 11;
const MEETING_ID = buildScenario('empty', SEED).setup.meetingID;
/**
 * 700 made up, of whom 616 approved: three pages of Zoom's largest, 300. Two carry real-looking
 * names for the joiners (the made-up "GivenN FamilyN" differ only in digits, and matching calls
 * such a joiner ambiguous): one approved, one still pending.
 */
const PEOPLE = fakeRegistrants(700).map((person, i) =>
  i === 5
    ? { ...person, first_name: 'Amara', last_name: 'Okafor' }
    : i === 9
      ? { ...person, first_name: 'Wei', last_name: 'Zhang' }
      : person,
);
const APPROVED = PEOPLE.filter((p) => p.status === 'approved');

let outDir: string;
let zoom: FakeZoom;
let server: ProductionServer;
let s: EmulatorSession;

/** The emulator page and its scripts come from the build, as if Zoom served its client. */
async function serveZoomClient(page: Page, outDir: string): Promise<void> {
  await page.context().grantPermissions(['local-network-access'], { origin: ZOOM_ORIGIN });
  await page.route(`${ZOOM_ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/emulator.html' || /^\/assets\/[\w.-]+$/u.test(pathname))
      await route.fulfill({ path: join(outDir, pathname) });
    else await route.fulfill({ status: 404, body: 'not found' });
  });
}

const countOf = (path: string, grant?: string) =>
  zoom.requests.filter(
    (r) => r.path === path && (grant === undefined || r.body.includes(`grant_type=${grant}`)),
  ).length;

async function loadRegistrations(): Promise<void> {
  await openMore(s.panel);
  await s.panel.getByRole('button', { name: "Load this meeting's registrations" }).click();
}

const preview = () =>
  s.panel.getByRole('dialog', { name: `Check the roll: Registrations ${MEETING_ID}` });

beforeAll(async () => {
  outDir = productionBuild();
  zoom = await startFakeZoom(CLIENT_ID, CLIENT_SECRET);
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  server = await startProductionServer(port, {
    ZOOM_CLIENT_ID: CLIENT_ID,
    ZOOM_CLIENT_SECRET: CLIENT_SECRET,
    PUBLIC_URL: publicUrl,
    ZOOM_REDIRECT_URL: `${publicUrl}/auth/callback`,
    SESSION_SECRET: 'e2e-session-secret-that-is-long-enough-0123456789',
    ZOOM_OAUTH_BASE_URL: zoom.url,
    ZOOM_API_BASE_URL: zoom.url,
    DIST_DIR: outDir,
  });
  const authorizeEndpoint = new URL('/oauth/authorize', zoom.url);
  authorizeEndpoint.searchParams.set('client_id', CLIENT_ID);
  authorizeEndpoint.searchParams.set('redirect_uri', `${publicUrl}/auth/callback`);
  s = await openEmulator({
    emulatorOrigin: ZOOM_ORIGIN,
    prepare: (page) => serveZoomClient(page, outDir),
    query: [
      'scenario=empty',
      `seed=${SEED}`,
      `panel=${encodeURIComponent(`${publicUrl}/`)}`,
      `oauth=${encodeURIComponent(authorizeEndpoint.href)}`,
    ].join('&'),
  });
}, 300_000);

afterEach(() => {
  expect(s.pageErrors).toEqual([]);
  zoom.mode = 'ok';
});

afterAll(async () => {
  await s?.close();
  await server?.stop();
  await zoom?.close();
});

describe('registrations through the production server', () => {
  it('authorises in Zoom, loads 616 registrants over three pages, imports them and matches a joiner', async () => {
    zoom.meetings.set(MEETING_ID, PEOPLE);
    expect(new URL(s.panel.url()).origin).toBe(server.url);
    await loadRegistrations();

    await preview()
      .getByText(`${APPROVED.length} people will be imported`)
      .waitFor({ timeout: 30_000 });
    // Zoom's consent: one code, issued by the fake for the panel's challenge and exchanged once.
    expect(countOf('/oauth/authorize')).toBe(1);
    expect(countOf('/oauth/token', 'authorization_code')).toBe(1);
    expect(countOf(`/v2/meetings/${MEETING_ID}/registrants`)).toBe(3);
    const authorize = zoom.requests.find((r) => r.path === '/oauth/authorize');
    expect(authorize?.headers.origin).toBe(ZOOM_ORIGIN);

    // The tokens live only in the sealed cookie: HttpOnly, Secure, SameSite=None, partitioned
    // under Zoom's site, and out of reach of the panel's scripts and the server's logs.
    const cookie = (await s.page.context().cookies(server.url)).find(
      (c) => c.name === ZOOM_SESSION_COOKIE,
    );
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'None' });
    expect(cookie?.partitionKey).toBe('https://zoom.us');
    expect(await s.panel.evaluate(() => document.cookie)).not.toContain(ZOOM_SESSION_COOKIE);
    const accessToken = zoom.issuedTokens.at(-1) ?? '';
    expect(accessToken).not.toBe('');
    expect(cookie?.value).not.toContain(accessToken);
    expect(server.output.join('\n')).not.toContain(accessToken);

    await preview().getByRole('button', { name: 'Confirm' }).click();
    await preview().waitFor({ state: 'detached' });
    await openMore(s.panel);
    await s.panel.getByText(`Roll: 0 of ${APPROVED.length} present`).waitFor();

    await s.panel.getByRole('tab', { name: /^Roster/u }).click();
    const registered = await s.emu.join({ screenName: 'amara okafor', waitingRoom: false });
    // Registered but still pending approval: not on the roll.
    const pending = await s.emu.join({ screenName: 'Wei Zhang', waitingRoom: false });
    await waitForRow(s.panel, registered, 'On roll', 15_000);
    expect(await rowText(s.panel, registered)).toContain('Amara Okafor');
    await waitForRow(s.panel, pending, 'Not on roll', 15_000);
  });

  it('refreshes an expired token without asking the host again', async () => {
    zoom.meetings.set(MEETING_ID, PEOPLE);
    zoom.expireAccessTokens();
    const authorizations = countOf('/oauth/authorize');
    await loadRegistrations();
    await preview()
      .getByText(`${APPROVED.length} people will be imported`)
      .waitFor({ timeout: 30_000 });
    expect(countOf('/oauth/authorize')).toBe(authorizations);
    expect(countOf('/oauth/token', 'refresh_token')).toBe(1);
    await preview().getByRole('button', { name: 'Cancel' }).click();
    await preview().waitFor({ state: 'detached' });
  });

  it('says in plain words when the meeting has no registration', async () => {
    zoom.meetings.delete(MEETING_ID);
    await loadRegistrations();
    await waitForText(s.panel, 'This meeting has no registration in Zoom.', 30_000);
    await openMore(s.panel);
    expect(await s.panel.getByRole('alert').allTextContents()).toContain(
      'This meeting has no registration in Zoom.',
    );
  });
});
