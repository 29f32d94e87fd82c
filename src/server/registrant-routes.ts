import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServerConfig } from './config';
import { ZoomCallError } from './zoom-oauth';
import { exchangeInClientCode, fetchRegistrants, refreshTokens } from './zoom-registrants';
import {
  ZOOM_SESSION_COOKIE,
  zoomSessionCookie,
  type ZoomSessionSealer,
  type ZoomTokens,
} from './zoom-session';

/**
 * The panel's two API routes for "Load this meeting's registrations":
 * - `POST /api/zoom/session` `{ code, codeVerifier }`: the code from the in-client `authorize`
 *   (`onAuthorized`) and the PKCE verifier the panel made; the tokens go into a sealed cookie.
 * - `GET /api/meetings/:meetingId/registrants`: name, e-mail and status of every approved
 *   registrant, refreshing the token first when it expired.
 * Errors are JSON `{ error }` in plain words the panel translates: `not-authorised`,
 * `no-registration`, `zoom-unreachable`, `bad-request`.
 */

export const SESSION_PATH = '/api/zoom/session';
export const REGISTRANTS_PATH = '/api/meetings/:meetingId/registrants';

export type RegistrantsError =
  'not-authorised' | 'no-registration' | 'zoom-unreachable' | 'bad-request';

export interface RegistrantRoutesOptions {
  config: ServerConfig;
  sealer: ZoomSessionSealer;
  outboundTimeoutMs: number;
  rateLimit: { max: number; timeWindowMs: number };
  now: () => number;
}

const CODE_PATTERN = /^[A-Za-z0-9._~-]{1,512}$/;
/** RFC 7636 §4.1: 43–128 unreserved characters. */
const VERIFIER_PATTERN = /^[A-Za-z0-9._~-]{43,128}$/;
const MEETING_ID_PATTERN = /^\d{9,12}$/;
/** Refresh a little early, so a token does not expire between our check and Zoom's. */
const EXPIRY_MARGIN_MS = 60_000;

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function fail(reply: FastifyReply, status: number, error: RegistrantsError): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').send({ error });
}

/** Zoom's failure in the panel's words, with the status we answer. */
function failureOf(error: unknown): { status: number; error: RegistrantsError } {
  if (!(error instanceof ZoomCallError)) return { status: 502, error: 'zoom-unreachable' };
  if (error.kind === 'timeout') return { status: 504, error: 'zoom-unreachable' };
  if (error.kind !== 'rejected') return { status: 502, error: 'zoom-unreachable' };
  if (error.status === 401 || error.step === 'token' || error.step === 'refresh')
    return { status: 401, error: 'not-authorised' };
  // 400/404 on the list: no such meeting, or one without registration (Zoom 3000/3001/200).
  if (error.status === 400 || error.status === 404)
    return { status: 404, error: 'no-registration' };
  if (error.status === 403) return { status: 401, error: 'not-authorised' };
  return { status: 502, error: 'zoom-unreachable' };
}

function logFailure(request: FastifyRequest, error: unknown): void {
  if (error instanceof ZoomCallError)
    request.log.warn(
      {
        event: 'registrants.failed',
        step: error.step,
        kind: error.kind,
        status: error.status,
        zoomError: error.zoomError,
      },
      'Zoom call failed',
    );
  else request.log.warn({ event: 'registrants.failed' }, 'registrants failed');
}

export function registerRegistrantRoutes(
  app: FastifyInstance,
  options: RegistrantRoutesOptions,
): void {
  const { config, sealer, outboundTimeoutMs, now } = options;
  const rateLimit = { max: options.rateLimit.max, timeWindow: options.rateLimit.timeWindowMs };

  app.post<{ Body: unknown }>(SESSION_PATH, { config: { rateLimit } }, async (request, reply) => {
    const body = (
      typeof request.body === 'object' && request.body !== null ? request.body : {}
    ) as Record<string, unknown>;
    const { code, codeVerifier } = body;
    if (
      typeof code !== 'string' ||
      !CODE_PATTERN.test(code) ||
      typeof codeVerifier !== 'string' ||
      !VERIFIER_PATTERN.test(codeVerifier)
    )
      return fail(reply, 400, 'bad-request');
    try {
      const tokens = await exchangeInClientCode(
        config,
        code,
        codeVerifier,
        now(),
        outboundTimeoutMs,
      );
      request.log.info({ event: 'zoom-session.started' }, 'Zoom session started');
      return reply
        .code(204)
        .header('cache-control', 'no-store')
        .header('set-cookie', zoomSessionCookie(sealer.seal(tokens)))
        .send();
    } catch (error) {
      logFailure(request, error);
      const failure = failureOf(error);
      return fail(reply, failure.status, failure.error);
    }
  });

  app.get<{ Params: { meetingId: string } }>(
    REGISTRANTS_PATH,
    { config: { rateLimit } },
    async (request, reply) => {
      const meetingId = request.params.meetingId.replace(/\s+/g, '');
      if (!MEETING_ID_PATTERN.test(meetingId)) return fail(reply, 400, 'bad-request');
      let tokens: ZoomTokens | null = sealer.open(
        readCookie(request.headers.cookie, ZOOM_SESSION_COOKIE),
      );
      if (!tokens) return fail(reply, 401, 'not-authorised');
      let refreshed = false;
      const refresh = async (current: ZoomTokens): Promise<ZoomTokens> => {
        refreshed = true;
        return refreshTokens(config, current.refresh, now(), outboundTimeoutMs);
      };
      try {
        if (tokens.expiresAt - EXPIRY_MARGIN_MS <= now()) tokens = await refresh(tokens);
        let registrants;
        try {
          registrants = await fetchRegistrants(config, tokens.access, meetingId, outboundTimeoutMs);
        } catch (error) {
          // Revoked or expired early: one refresh, then give up.
          if (refreshed || !(error instanceof ZoomCallError) || error.status !== 401) throw error;
          tokens = await refresh(tokens);
          registrants = await fetchRegistrants(config, tokens.access, meetingId, outboundTimeoutMs);
        }
        if (refreshed) reply.header('set-cookie', zoomSessionCookie(sealer.seal(tokens)));
        request.log.info(
          { event: 'registrants.listed', count: registrants.length, refreshed },
          'registrants listed',
        );
        return reply.header('cache-control', 'no-store').send({ registrants });
      } catch (error) {
        logFailure(request, error);
        const failure = failureOf(error);
        // A refresh token Zoom refused is useless: drop the cookie so the panel asks again.
        if (failure.error === 'not-authorised')
          reply.header('set-cookie', zoomSessionCookie('', 0));
        return fail(reply, failure.status, failure.error);
      }
    },
  );
}
