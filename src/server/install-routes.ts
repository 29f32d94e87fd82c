import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ServerConfig } from './config';
import {
  INSTALL_COOKIE,
  INSTALL_TTL_MS,
  type InstallCheck,
  type InstallGuard,
} from './install-guard';
import { PAGES, type PageContent } from './pages';
import { authorizeUrl, exchangeCode, fetchDeeplink, ZoomCallError } from './zoom-oauth';

/**
 * /install and /auth/callback. The access token lives for the length of one request: Doorkeeper
 * makes no REST calls, so the token is used once, for the deeplink, and dropped.
 */

export interface InstallRoutesOptions {
  config: ServerConfig;
  guard: InstallGuard;
  outboundTimeoutMs: number;
  rateLimit: { max: number; timeWindowMs: number };
  sendPage: (reply: FastifyReply, status: number, page: PageContent) => FastifyReply;
}

interface CallbackQuery {
  code?: unknown;
  state?: unknown;
  error?: unknown;
}

/** Zoom's codes are short URL-safe tokens; refusing anything else keeps junk out of the token request. */
const CODE_PATTERN = /^[A-Za-z0-9._~-]{1,512}$/;

const FAILED_CHECK: Record<
  Exclude<InstallCheck, { ok: true }>['reason'],
  { status: number; page: PageContent }
> = {
  'missing-state': { status: 400, page: PAGES.missingState },
  'invalid-state': { status: 400, page: PAGES.invalidState },
  expired: { status: 400, page: PAGES.expiredState },
  replayed: { status: 400, page: PAGES.replayedState },
  'missing-cookie': { status: 400, page: PAGES.missingCookie },
  mismatch: { status: 400, page: PAGES.invalidState },
  busy: { status: 503, page: PAGES.busy },
};

function installCookie(value: string, maxAgeSeconds: number): string {
  // __Host- makes the browser insist on Secure, Path=/ and no Domain: no subdomain can plant it.
  return `${INSTALL_COOKIE}=${value}; Max-Age=${maxAgeSeconds}; Path=/; HttpOnly; Secure; SameSite=Lax`;
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** Registers the install routes on the server. */
export function registerInstallRoutes(app: FastifyInstance, options: InstallRoutesOptions): void {
  const { config, guard, outboundTimeoutMs, sendPage } = options;
  const rateLimit = { max: options.rateLimit.max, timeWindow: options.rateLimit.timeWindowMs };

  app.get('/install', { config: { rateLimit } }, async (_request, reply) => {
    const { state, codeChallenge, cookieValue } = guard.start();
    return reply
      .header('set-cookie', installCookie(cookieValue, INSTALL_TTL_MS / 1000))
      .header('cache-control', 'no-store')
      .redirect(authorizeUrl(config, state, codeChallenge).href, 302);
  });

  app.get<{ Querystring: CallbackQuery }>(
    '/auth/callback',
    { config: { rateLimit } },
    async (request, reply) => {
      reply.header('set-cookie', installCookie('', 0)).header('cache-control', 'no-store');
      const query = request.query;

      if (asString(query.error) !== undefined) {
        request.log.info({ event: 'install.denied' }, 'user did not authorise the app');
        return sendPage(reply, 400, PAGES.accessDenied);
      }
      const code = asString(query.code);
      if (!code || !CODE_PATTERN.test(code)) {
        request.log.info(
          { event: 'install.rejected', reason: 'missing-code' },
          'install callback refused',
        );
        return sendPage(reply, 400, PAGES.missingCode);
      }
      const check = guard.finish(
        asString(query.state),
        readCookie(request.headers.cookie, INSTALL_COOKIE),
      );
      if (!check.ok) {
        request.log.info(
          { event: 'install.rejected', reason: check.reason },
          'install callback refused',
        );
        const failure = FAILED_CHECK[check.reason];
        return sendPage(reply, failure.status, failure.page);
      }

      try {
        const accessToken = await exchangeCode(config, code, check.codeVerifier, outboundTimeoutMs);
        const deeplink = await fetchDeeplink(config, accessToken, outboundTimeoutMs);
        request.log.info(
          { event: 'install.completed' },
          'install completed; sending the user back to Zoom',
        );
        return reply.redirect(deeplink, 302);
      } catch (error) {
        if (!(error instanceof ZoomCallError)) throw error;
        request.log.warn(
          {
            event: 'install.zoom-error',
            step: error.step,
            kind: error.kind,
            status: error.status,
            zoomError: error.zoomError,
          },
          'Zoom call failed during install',
        );
        if (error.kind === 'timeout') return sendPage(reply, 504, PAGES.zoomTimeout);
        if (error.kind === 'network') return sendPage(reply, 502, PAGES.zoomUnavailable);
        return sendPage(reply, 502, PAGES.zoomRejected);
      }
    },
  );
}
