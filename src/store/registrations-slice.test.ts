import { describe, expect, it } from 'vitest';
import { createFakeMeetingClient } from '../../test/helpers/fake-meeting-client';
import { createAppStore } from './app-store';

type Handler = (url: string, init?: RequestInit) => Response;

function setup(handler: Handler) {
  const requests: { url: string; init?: RequestInit }[] = [];
  const client = createFakeMeetingClient();
  const store = createAppStore({
    client,
    http: async (url, init) => {
      requests.push({ url, init });
      return handler(url, init);
    },
  });
  store.getState().setMeetingInfo({ meetingUUID: 'u', meetingID: '81234567890', topic: 'T' });
  return { client, store, requests };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const PEOPLE = {
  registrants: [
    { name: 'Amara Okafor', email: 'amara@example.org', status: 'approved' },
    { name: 'Wei Zhang', email: 'wei@example.org', status: 'approved' },
  ],
};

describe('registrations slice', () => {
  it('with a Zoom session: the list goes straight into the import preview', async () => {
    const { store, requests } = setup(() => json(200, PEOPLE));
    await store.getState().loadRegistrations();
    expect(requests.map((r) => r.url)).toEqual(['/api/meetings/81234567890/registrants']);
    const flow = store.getState().rollImport;
    expect(flow.status).toBe('preview');
    if (flow.status !== 'preview' || !flow.result.ok) throw new Error('no preview');
    expect(flow.result.roll.map((entry) => [entry.name, entry.email])).toEqual([
      ['Amara Okafor', 'amara@example.org'],
      ['Wei Zhang', 'wei@example.org'],
    ]);
    expect(store.getState().roll).toBeNull(); // nothing is set until the host confirms
  });

  it('without one: authorize with PKCE, post the code and verifier, then load', async () => {
    let session = false;
    const { client, store, requests } = setup((url, init) => {
      if (url === '/api/zoom/session') {
        session = true;
        return new Response(null, { status: 204 });
      }
      void init;
      return session ? json(200, PEOPLE) : json(401, { error: 'not-authorised' });
    });
    await store.getState().loadRegistrations();
    expect(store.getState().registrations.status).toBe('authorizing');
    const call = client.calls.find((c) => c.api === 'authorize');
    const [challenge, state] = (call?.args ?? []) as [string, string];
    expect(challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // An answer that echoes another round's state is not this round's: nothing is posted.
    await store.getState().receiveAuthorization('forged', 'another-state');
    expect(requests.some((r) => r.url === '/api/zoom/session')).toBe(false);
    expect(store.getState().registrations.status).toBe('authorizing');

    await store.getState().receiveAuthorization('the-code', state);
    const post = requests.find((r) => r.url === '/api/zoom/session');
    const body = JSON.parse(String(post?.init?.body)) as { code: string; codeVerifier: string };
    expect(body.code).toBe('the-code');
    // The verifier is the one behind the challenge Zoom was given (S256).
    const digest = await crypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode(body.codeVerifier),
    );
    const expected = btoa(String.fromCharCode(...new Uint8Array(digest)))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    expect(challenge).toBe(expected);
    expect(store.getState().rollImport.status).toBe('preview');
    // A second code for the same round is ignored.
    await store.getState().receiveAuthorization('again', state);
    expect(requests.filter((r) => r.url === '/api/zoom/session')).toHaveLength(1);
  });

  it('says why in plain words: declined, no registration, unreachable', async () => {
    const declined = setup(() => json(401, { error: 'not-authorised' }));
    await declined.store.getState().loadRegistrations();
    await declined.store.getState().receiveAuthorization(null, null);
    expect(declined.store.getState().registrations).toEqual({
      status: 'failed',
      problem: 'declined',
    });

    const none = setup(() => json(404, { error: 'no-registration' }));
    await none.store.getState().loadRegistrations();
    expect(none.store.getState().registrations.problem).toBe('no-registration');

    const down = setup(() => {
      throw new TypeError('Failed to fetch');
    });
    await down.store.getState().loadRegistrations();
    expect(down.store.getState().registrations.problem).toBe('zoom-unreachable');
  });
});
