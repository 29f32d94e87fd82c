import { describe, expect, it } from 'vitest';
import { MeetingSim, SUPPORTED_CAPABILITIES } from './meeting-sim';
import type { Authorizer, SimEvent } from './meeting-sim';
import { authorizerFor, parseAuthorizationEndpoint } from './zoom-consent';
import { callSim as call, simSetup } from './testing/sim-support';

/**
 * In-client OAuth in the emulator: `authorize` answers at once, and after the user's approval
 * `onAuthorized` carries the code the authorization server issued for the app's challenge (the
 * round trip against the fake Zoom and the production server is test/e2e/registrations.e2e.ts).
 */

const SETUP = simSetup({ waitingRoom: false });
const ENDPOINT =
  'http://127.0.0.1:4010/oauth/authorize?client_id=app-1&redirect_uri=https%3A%2F%2Fdoorkeeper.example%2Fauth%2Fcallback';

function make(authorizer?: Authorizer) {
  const timers: (() => void)[] = [];
  const sim = new MeetingSim(SETUP, {
    seed: 5,
    now: () => 1_750_000_000_000,
    schedule: (callback) => timers.push(callback),
    ...(authorizer ? { authorizer } : {}),
  });
  const events: SimEvent[] = [];
  sim.onEvent((event) => events.push(event));
  call(sim, 'config', { js_api_lists: SUPPORTED_CAPABILITIES, version: '0.16' });
  const authorized = () =>
    events.filter((e) => e.name === 'onAuthorized').map((e) => e.data as Record<string, unknown>);
  return { sim, timers, authorized };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('emulator: in-client OAuth', () => {
  it('asks the authorization server for a code bound to the challenge and delivers it', async () => {
    const asked: URL[] = [];
    const fetchCode = (async (input: URL | RequestInfo, init?: RequestInit) => {
      asked.push(new URL(String(input)));
      expect(new Headers(init?.headers).get('accept')).toBe('application/json');
      return new Response(JSON.stringify({ code: 'issued-code-1' }), { status: 200 });
    }) as typeof fetch;
    const endpoint = parseAuthorizationEndpoint(ENDPOINT);
    if (!endpoint) throw new Error('the endpoint should parse');
    const { sim, timers, authorized } = make(authorizerFor(endpoint, fetchCode));

    const reply = call(sim, 'authorize', { codeChallenge: 'challenge-abc', state: 'st-1' });
    expect(reply && 'result' in reply ? reply.result : reply).toBe('Success');
    expect(asked).toEqual([]); // nothing before the user approves the prompt
    for (const timer of timers) timer();
    await settle();

    expect(asked).toHaveLength(1);
    const query = Object.fromEntries(asked[0]?.searchParams ?? []);
    expect(query).toEqual({
      client_id: 'app-1',
      redirect_uri: 'https://doorkeeper.example/auth/callback',
      response_type: 'code',
      code_challenge: 'challenge-abc',
      code_challenge_method: 'S256',
      state: 'st-1',
    });
    expect(authorized()).toEqual([
      {
        code: 'issued-code-1',
        redirectUri: 'https://doorkeeper.example/auth/callback',
        result: true,
        state: 'st-1',
        timestamp: expect.any(Number) as number,
      },
    ]);
  });

  it('ends the round without a code when the server refuses', async () => {
    const refuse: Authorizer = () => Promise.reject(new Error('400'));
    const { sim, timers, authorized } = make(refuse);
    call(sim, 'authorize', { codeChallenge: 'c', state: 's' });
    for (const timer of timers) timer();
    await settle();
    expect(authorized()).toEqual([
      { code: '', redirectUri: '', result: false, state: 's', timestamp: expect.any(Number) },
    ]);
  });

  it('sends nothing to a panel that reloaded before the code came', async () => {
    let release: (code: string) => void = () => undefined;
    const slow: Authorizer = () =>
      new Promise((resolve) => {
        release = (code) => resolve({ code, redirectUri: 'https://x.example/auth/callback' });
      });
    const { sim, timers, authorized } = make(slow);
    call(sim, 'authorize', { codeChallenge: 'c' });
    for (const timer of timers) timer();
    sim.panelUnloaded();
    release('late');
    await settle();
    expect(authorized()).toEqual([]);
  });

  it('without a server, still answers with a made-up code for the demo', () => {
    const { sim, timers, authorized } = make();
    call(sim, 'authorize', { codeChallenge: 'c' });
    for (const timer of timers) timer();
    expect(authorized()).toHaveLength(1);
    expect(authorized()[0]).toMatchObject({
      result: true,
      code: expect.stringMatching(/^emulator-/),
    });
  });

  it('takes only a complete endpoint on loopback', () => {
    expect(parseAuthorizationEndpoint(ENDPOINT)?.hostname).toBe('127.0.0.1');
    expect(parseAuthorizationEndpoint(ENDPOINT.replace('127.0.0.1:4010', 'zoom.us'))).toBeNull();
    expect(parseAuthorizationEndpoint('http://localhost:1/oauth/authorize?client_id=a')).toBeNull();
    expect(parseAuthorizationEndpoint('javascript:alert(1)')).toBeNull();
    expect(parseAuthorizationEndpoint(null)).toBeNull();
  });
});
