import type { AuthorizationGrant, Authorizer, AuthorizeRequest } from './meeting-sim';

/**
 * In-client OAuth against a real authorization server (`?oauth=`). In Zoom, `authorize` makes the
 * client ask Zoom's authorization server, once the user approved the consent prompt, for a code
 * bound to the app's client ID, its OAuth redirect URL and the app's PKCE challenge; only the
 * verifier behind that challenge exchanges it. The emulator does the same against the endpoint it
 * is given (the fake Zoom of the tests): GET with the usual authorize parameters and
 * `Accept: application/json`, for the code as JSON instead of a browser redirect (the client talks
 * to Zoom directly; nothing is redirected).
 */

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The authorization endpoint from `?oauth=`, with the app's `client_id` and `redirect_uri` in its
 * query; null unless it is on loopback (the emulator sends challenges nowhere else) and complete.
 */
export function parseAuthorizationEndpoint(value: string | null): URL | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!LOOPBACK.has(url.hostname)) return null;
  if (!url.searchParams.get('client_id') || !url.searchParams.get('redirect_uri')) return null;
  return url;
}

/** An authorizer that asks `endpoint` for a code; rejects when the server refuses or is unreachable. */
export function authorizerFor(endpoint: URL, fetchCode: typeof fetch = fetch): Authorizer {
  return async (request: AuthorizeRequest): Promise<AuthorizationGrant> => {
    const url = new URL(endpoint.href);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('code_challenge', request.codeChallenge);
    url.searchParams.set('code_challenge_method', 'S256');
    if (request.state !== undefined) url.searchParams.set('state', request.state);
    const response = await fetchCode(url, {
      headers: { accept: 'application/json' },
      credentials: 'omit',
    });
    if (!response.ok) throw new Error(`authorization server answered ${response.status}`);
    const body: unknown = await response.json();
    const code = (body as { code?: unknown } | null)?.code;
    if (typeof code !== 'string' || code === '') throw new Error('no code in the answer');
    return { code, redirectUri: url.searchParams.get('redirect_uri') ?? '' };
  };
}
