import type { ServerConfig } from './config';

/**
 * The two calls to Zoom the install flow makes: code → access token, token → deeplink. Each has
 * a time-out; failures become a ZoomCallError whose fields are safe to log (no token, no code,
 * no secret, no response body beyond Zoom's short error code).
 */

export const DEFAULT_OUTBOUND_TIMEOUT_MS = 10_000;

/** The `action` Zoom's own samples pass: it comes back to the app as the context's `act` field. */
const DEEPLINK_ACTION = JSON.stringify({ url: '/', role_name: 'Owner', verified: 1, role_id: 0 });

export type ZoomCallStep = 'token' | 'deeplink' | 'refresh' | 'registrants';

export class ZoomCallError extends Error {
  constructor(
    readonly step: ZoomCallStep,
    readonly kind: 'timeout' | 'network' | 'rejected' | 'bad-response',
    readonly status?: number,
    /** Zoom's machine-readable error (e.g. "invalid_grant"), only when it looks like one. */
    readonly zoomError?: string,
  ) {
    super(
      `Zoom ${step} call failed: ${kind}${status ? ` (HTTP ${status})` : ''}${zoomError ? ` ${zoomError}` : ''}`,
    );
    this.name = 'ZoomCallError';
  }
}

export type ZoomCallConfig = Pick<
  ServerConfig,
  'zoomClientId' | 'zoomClientSecret' | 'zoomRedirectUrl' | 'zoomOAuthBaseUrl' | 'zoomApiBaseUrl'
>;

/** Zoom's authorize URL for this install (PKCE S256). */
export function authorizeUrl(config: ZoomCallConfig, state: string, codeChallenge: string): URL {
  const url = new URL('/oauth/authorize', config.zoomOAuthBaseUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.zoomClientId,
    redirect_uri: config.zoomRedirectUrl.href,
    state,
    code_challenge: codeChallenge,
    code_challenge_method: 'S256',
  }).toString();
  return url;
}

function safeErrorCode(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { error, code } = body as Record<string, unknown>;
  if (typeof error === 'string' && /^[a-z_]{1,64}$/.test(error)) return error;
  if (typeof code === 'number' && Number.isInteger(code)) return String(code);
  return undefined;
}

export async function callZoom(
  step: ZoomCallStep,
  url: URL,
  init: RequestInit,
  timeoutMs: number,
): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new ZoomCallError(step, timedOut ? 'timeout' : 'network');
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    if (timedOut) throw new ZoomCallError(step, 'timeout', response.status);
    body = undefined;
  }
  if (!response.ok) throw new ZoomCallError(step, 'rejected', response.status, safeErrorCode(body));
  if (typeof body !== 'object' || body === null)
    throw new ZoomCallError(step, 'bad-response', response.status);
  return body as Record<string, unknown>;
}

/** The form of an authorization-code grant (PKCE): the install's code or the in-client one. */
export function codeGrant(
  config: ZoomCallConfig,
  code: string,
  codeVerifier: string,
): Record<string, string> {
  return {
    grant_type: 'authorization_code',
    code,
    redirect_uri: config.zoomRedirectUrl.href,
    code_verifier: codeVerifier,
  };
}

/**
 * POSTs a grant to Zoom's token endpoint, the app's client ID and secret in Basic auth as Zoom
 * asks; the one token request behind the install, the in-client code and the refresh.
 */
export function requestTokens(
  config: ZoomCallConfig,
  step: 'token' | 'refresh',
  grant: Record<string, string>,
  timeoutMs: number,
): Promise<Record<string, unknown>> {
  return callZoom(
    step,
    new URL('/oauth/token', config.zoomOAuthBaseUrl),
    {
      method: 'POST',
      headers: {
        authorization: clientBasicAuth(config),
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: new URLSearchParams(grant).toString(),
    },
    timeoutMs,
  );
}

/** Exchanges the install's authorization code for an access token. */
export async function exchangeCode(
  config: ZoomCallConfig,
  code: string,
  codeVerifier: string,
  timeoutMs = DEFAULT_OUTBOUND_TIMEOUT_MS,
): Promise<string> {
  const body = await requestTokens(
    config,
    'token',
    codeGrant(config, code, codeVerifier),
    timeoutMs,
  );
  if (typeof body.access_token !== 'string' || body.access_token.length === 0)
    throw new ZoomCallError('token', 'bad-response');
  return body.access_token;
}

/** Zoom's token reply as tokens, or a bad-response error for the step. */
export function tokensOf(
  step: ZoomCallStep,
  body: Record<string, unknown>,
  now: number,
): { access: string; refresh: string; expiresAt: number } {
  const { access_token: access, refresh_token: refresh, expires_in: expiresIn } = body;
  if (typeof access !== 'string' || access === '' || typeof refresh !== 'string' || refresh === '')
    throw new ZoomCallError(step, 'bad-response');
  const seconds = typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : 3600;
  return { access, refresh, expiresAt: now + seconds * 1000 };
}

/** Basic auth with the app's client ID and secret, as Zoom's token endpoint asks. */
function clientBasicAuth(config: ZoomCallConfig): string {
  const pair = `${config.zoomClientId}:${config.zoomClientSecret}`;
  return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
}

/** Deeplinks open the Zoom client: its URL schemes, or an https link on Zoom's own domains. Anything else would make us an open redirect. */
export function isZoomDeeplink(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (/^zoom[a-z]*:$/.test(url.protocol)) return true;
  return url.protocol === 'https:' && /(^|\.)zoom\.(us|com)$/.test(url.hostname);
}

/** Asks Zoom for the link that sends the user back into the client with the app open. */
export async function fetchDeeplink(
  config: ZoomCallConfig,
  accessToken: string,
  timeoutMs = DEFAULT_OUTBOUND_TIMEOUT_MS,
): Promise<string> {
  const body = await callZoom(
    'deeplink',
    new URL('/v2/zoomapp/deeplink', config.zoomApiBaseUrl),
    {
      method: 'POST',
      headers: {
        authorization: `Bearer ${accessToken}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify({ action: DEEPLINK_ACTION }),
    },
    timeoutMs,
  );
  if (typeof body.deeplink !== 'string' || !isZoomDeeplink(body.deeplink))
    throw new ZoomCallError('deeplink', 'bad-response');
  return body.deeplink;
}
