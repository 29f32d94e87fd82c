/**
 * Server configuration, read once from the environment. Every problem is collected first so that a
 * failed start names every missing or malformed variable at once, not one per restart.
 */

export interface ServerConfig {
  zoomClientId: string;
  zoomClientSecret: string;
  /** The OAuth redirect URL registered with Zoom; its path is where /auth/callback must be reachable. */
  zoomRedirectUrl: URL;
  /** The public HTTPS origin Zoom loads (Home URL) and users install from. */
  publicUrl: URL;
  sessionSecret: string;
  host: string;
  port: number;
  /** Zoom's OAuth host (authorize + token). The tests point it at a fake Zoom on loopback. */
  zoomOAuthBaseUrl: URL;
  /** Zoom's REST API host (deeplink). */
  zoomApiBaseUrl: URL;
}

export const REQUIRED_VARIABLES = [
  'ZOOM_CLIENT_ID',
  'ZOOM_CLIENT_SECRET',
  'ZOOM_REDIRECT_URL',
  'PUBLIC_URL',
  'SESSION_SECRET',
] as const;

export const DEFAULTS = {
  HOST: '127.0.0.1',
  PORT: '3000',
  ZOOM_OAUTH_BASE_URL: 'https://zoom.us',
  ZOOM_API_BASE_URL: 'https://api.zoom.us',
} as const;

/** Short secrets make the HMAC on `state` and the install cookie guessable offline. */
export const MIN_SESSION_SECRET_LENGTH = 32;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Doorkeeper server configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example.`,
    );
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** Plain HTTP is accepted only on loopback, where no network sits between the browser and us. */
function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

function parseUrl(
  name: string,
  value: string,
  problems: string[],
  allowLoopbackHttp = true,
): URL | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`${name} is not an absolute URL: "${value}"`);
    return null;
  }
  const httpAllowed = allowLoopbackHttp && url.protocol === 'http:' && isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !httpAllowed) {
    problems.push(
      `${name} must use https:// (plain http is accepted only for localhost/127.0.0.1): "${value}"`,
    );
    return null;
  }
  return url;
}

/** Reads and validates the configuration; throws a ConfigError naming every problem. */
export function loadConfig(env: Env): ServerConfig {
  const problems: string[] = [];
  const missing = REQUIRED_VARIABLES.filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    problems.push(
      `missing required environment variable${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`,
    );
  }
  const read = (name: string): string => env[name]?.trim() ?? '';
  const withDefault = (name: keyof typeof DEFAULTS): string => read(name) || DEFAULTS[name];

  const sessionSecret = read('SESSION_SECRET');
  if (sessionSecret && sessionSecret.length < MIN_SESSION_SECRET_LENGTH) {
    problems.push(
      `SESSION_SECRET must be at least ${MIN_SESSION_SECRET_LENGTH} characters (try: node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))")`,
    );
  }

  const publicUrl = read('PUBLIC_URL')
    ? parseUrl('PUBLIC_URL', read('PUBLIC_URL'), problems)
    : null;
  if (publicUrl && (publicUrl.pathname !== '/' || publicUrl.search || publicUrl.hash)) {
    problems.push(
      `PUBLIC_URL must be an origin with no path, e.g. https://doorkeeper.example.com: "${read('PUBLIC_URL')}"`,
    );
  }
  const zoomRedirectUrl = read('ZOOM_REDIRECT_URL')
    ? parseUrl('ZOOM_REDIRECT_URL', read('ZOOM_REDIRECT_URL'), problems)
    : null;
  if (zoomRedirectUrl && zoomRedirectUrl.pathname !== '/auth/callback') {
    problems.push(
      `ZOOM_REDIRECT_URL must end in /auth/callback (the route that finishes the install): "${read('ZOOM_REDIRECT_URL')}"`,
    );
  }
  // The install cookie is set by /install on PUBLIC_URL: the callback must land on the same origin to see it.
  if (publicUrl && zoomRedirectUrl && publicUrl.origin !== zoomRedirectUrl.origin) {
    problems.push(
      `ZOOM_REDIRECT_URL must be on PUBLIC_URL's origin (${publicUrl.origin}): "${read('ZOOM_REDIRECT_URL')}"`,
    );
  }
  const zoomOAuthBaseUrl = parseUrl(
    'ZOOM_OAUTH_BASE_URL',
    withDefault('ZOOM_OAUTH_BASE_URL'),
    problems,
  );
  const zoomApiBaseUrl = parseUrl('ZOOM_API_BASE_URL', withDefault('ZOOM_API_BASE_URL'), problems);

  const portText = withDefault('PORT');
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535)
    problems.push(`PORT must be a number from 0 to 65535: "${portText}"`);

  if (
    problems.length > 0 ||
    !publicUrl ||
    !zoomRedirectUrl ||
    !zoomOAuthBaseUrl ||
    !zoomApiBaseUrl
  ) {
    throw new ConfigError(problems);
  }
  return {
    zoomClientId: read('ZOOM_CLIENT_ID'),
    zoomClientSecret: read('ZOOM_CLIENT_SECRET'),
    zoomRedirectUrl,
    publicUrl,
    sessionSecret,
    host: withDefault('HOST'),
    port,
    zoomOAuthBaseUrl,
    zoomApiBaseUrl,
  };
}
