import {
  callZoom,
  codeGrant,
  DEFAULT_OUTBOUND_TIMEOUT_MS,
  requestTokens,
  tokensOf,
  ZoomCallError,
  type ZoomCallConfig,
} from './zoom-oauth';
import type { ZoomTokens } from './zoom-session';

/**
 * The REST calls behind "Load this meeting's registrations": the in-client authorization code
 * (PKCE) for tokens, a refresh when the access token expired, and the approved registrants,
 * page by page. Only name, e-mail and status leave this module.
 */

/** Zoom's largest page for this list. */
export const REGISTRANTS_PAGE_SIZE = 300;
/** A meeting may have at most this many pages fetched in one request (30,000 people). */
export const MAX_REGISTRANT_PAGES = 100;

export interface Registrant {
  name: string;
  email: string;
  status: string;
}

/** The authorization code from `onAuthorized` (in-client OAuth, PKCE) for tokens. */
export async function exchangeInClientCode(
  config: ZoomCallConfig,
  code: string,
  codeVerifier: string,
  now: number,
  timeoutMs = DEFAULT_OUTBOUND_TIMEOUT_MS,
): Promise<ZoomTokens> {
  const grant = codeGrant(config, code, codeVerifier);
  return tokensOf('token', await requestTokens(config, 'token', grant, timeoutMs), now);
}

/** A new access token (and Zoom's new refresh token: the old one stops working). */
export async function refreshTokens(
  config: ZoomCallConfig,
  refresh: string,
  now: number,
  timeoutMs = DEFAULT_OUTBOUND_TIMEOUT_MS,
): Promise<ZoomTokens> {
  const grant = { grant_type: 'refresh_token', refresh_token: refresh };
  return tokensOf('refresh', await requestTokens(config, 'refresh', grant, timeoutMs), now);
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Every approved registrant of the meeting, following `next_page_token` to the end. */
export async function fetchRegistrants(
  config: ZoomCallConfig,
  accessToken: string,
  meetingId: string,
  timeoutMs = DEFAULT_OUTBOUND_TIMEOUT_MS,
): Promise<Registrant[]> {
  const people: Registrant[] = [];
  let pageToken = '';
  for (let page = 0; page < MAX_REGISTRANT_PAGES; page += 1) {
    const url = new URL(
      `/v2/meetings/${encodeURIComponent(meetingId)}/registrants`,
      config.zoomApiBaseUrl,
    );
    url.searchParams.set('status', 'approved');
    url.searchParams.set('page_size', String(REGISTRANTS_PAGE_SIZE));
    if (pageToken) url.searchParams.set('next_page_token', pageToken);
    const body = await callZoom(
      'registrants',
      url,
      { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' } },
      timeoutMs,
    );
    const list = Array.isArray(body.registrants) ? (body.registrants as unknown[]) : null;
    if (!list) throw new ZoomCallError('registrants', 'bad-response');
    for (const raw of list) {
      const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      const name = [text(entry.first_name), text(entry.last_name)].filter(Boolean).join(' ');
      if (!name && !text(entry.email)) continue;
      people.push({ name, email: text(entry.email), status: text(entry.status) || 'approved' });
    }
    pageToken = text(body.next_page_token);
    if (!pageToken) return people;
  }
  throw new ZoomCallError('registrants', 'bad-response');
}
