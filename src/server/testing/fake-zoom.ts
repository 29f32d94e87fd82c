import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A fake Zoom OAuth + REST server on loopback, for tests only: real HTTP, real PKCE checks.
 * GET /oauth/authorize records the code challenge and redirects with a fresh code, as Zoom does
 * after the user clicks "Allow"; asked with `Accept: application/json` (the emulated Zoom client's
 * in-client `authorize`, see src/emulator/zoom-consent.ts) it answers the code as JSON, readable
 * cross-origin, instead. POST /oauth/token checks Basic auth, redirect_uri and the verifier (S256,
 * each code once); POST /v2/zoomapp/deeplink checks the bearer token.
 */

export type FakeZoomMode =
  | 'ok'
  | 'token-error'
  | 'token-slow'
  | 'deeplink-error'
  | 'deeplink-bad-link'
  | 'registrants-down'
  | 'registrants-slow';

/** A registrant as Zoom's list returns one (only some of its fields). */
export interface FakeRegistrant {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  status: 'approved' | 'pending' | 'denied';
  /** Fields Doorkeeper must not pass on. */
  phone: string;
  join_url: string;
}

export interface FakeZoomRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeZoom {
  url: string;
  mode: FakeZoomMode;
  /** Every request received, in order. */
  requests: FakeZoomRequest[];
  /** Access tokens issued (to check none leaks into logs or pages). */
  issuedTokens: string[];
  deeplink: string;
  /** Meeting ID → its registrants; a meeting not listed has no registration. */
  meetings: Map<string, FakeRegistrant[]>;
  /** Lifetime of the access tokens issued next, in seconds (Zoom's is 3599). */
  accessTtlSeconds: number;
  /** Refresh tokens issued (each works once, as Zoom's do). */
  issuedRefreshTokens: string[];
  /** Makes every access token issued so far stop working (Zoom revoking them early). */
  expireAccessTokens(): void;
  close(): Promise<void>;
}

/** `count` made-up registrants, every tenth pending and every 25th denied. */
export function fakeRegistrants(count: number): FakeRegistrant[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    first_name: `Given${i}`,
    last_name: `Family${i}`,
    email: `person${i}@example.org`,
    status: i % 25 === 24 ? 'denied' : i % 10 === 9 ? 'pending' : 'approved',
    phone: `+1555000${String(i).padStart(4, '0')}`,
    join_url: `https://zoom.us/w/1?tk=secret${i}`,
  }));
}

interface PendingCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Starts the fake on 127.0.0.1 with a random port. */
export async function startFakeZoom(clientId: string, clientSecret: string): Promise<FakeZoom> {
  const codes = new Map<string, PendingCode>();
  const tokens = new Map<string, number>();
  const refreshTokens = new Set<string>();
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(500).end());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const fake: FakeZoom = {
    url: '',
    mode: 'ok',
    requests: [],
    issuedTokens: [],
    deeplink: 'zoommtg://zoom.us/launch?action=app&appid=doorkeeper-test',
    meetings: new Map(),
    accessTtlSeconds: 3599,
    issuedRefreshTokens: [],
    expireAccessTokens: () => {
      for (const token of tokens.keys()) tokens.set(token, 0);
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };

  const issue = () => {
    const token = randomBytes(32).toString('base64url');
    tokens.set(token, Date.now() + fake.accessTtlSeconds * 1000);
    fake.issuedTokens.push(token);
    const refresh = randomBytes(16).toString('hex');
    refreshTokens.add(refresh);
    fake.issuedRefreshTokens.push(refresh);
    return {
      access_token: token,
      token_type: 'bearer',
      refresh_token: refresh,
      expires_in: fake.accessTtlSeconds,
      scope: 'zoomapp:inmeeting meeting:read:list_registrants',
    };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', fake.url);
    const body = await readBody(req);
    fake.requests.push({
      method: req.method ?? '',
      path: url.pathname,
      headers: req.headers,
      body,
    });

    if (req.method === 'GET' && url.pathname === '/oauth/authorize') {
      const q = url.searchParams;
      if (
        q.get('client_id') !== clientId ||
        q.get('response_type') !== 'code' ||
        q.get('code_challenge_method') !== 'S256' ||
        !q.get('code_challenge')
      ) {
        return json(res, 400, { error: 'invalid_request' });
      }
      const code = randomBytes(24).toString('base64url');
      codes.set(code, {
        clientId,
        redirectUri: q.get('redirect_uri') ?? '',
        challenge: q.get('code_challenge') ?? '',
      });
      if ((req.headers.accept ?? '').includes('application/json')) {
        const origin = req.headers.origin;
        res.writeHead(200, {
          'content-type': 'application/json',
          'cache-control': 'no-store',
          ...(origin ? { 'access-control-allow-origin': origin, vary: 'origin' } : {}),
        });
        res.end(JSON.stringify({ code, state: q.get('state') ?? '' }));
        return;
      }
      const back = new URL(q.get('redirect_uri') ?? '');
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state') ?? '');
      res.writeHead(302, { location: back.href }).end();
      return;
    }

    if (req.method === 'POST' && url.pathname === '/oauth/token') {
      if (fake.mode === 'token-slow') {
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
      if (fake.mode === 'token-error')
        return json(res, 400, { reason: 'Invalid authorization code', error: 'invalid_grant' });
      const expected = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
      if (req.headers.authorization !== expected)
        return json(res, 401, { reason: 'Invalid client', error: 'invalid_client' });
      const form = new URLSearchParams(body);
      if (form.get('grant_type') === 'refresh_token') {
        const old = form.get('refresh_token') ?? '';
        if (!refreshTokens.delete(old))
          return json(res, 400, { reason: 'Invalid Token!', error: 'invalid_request' });
        return json(res, 200, issue());
      }
      const pending = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (
        form.get('grant_type') !== 'authorization_code' ||
        !pending ||
        pending.redirectUri !== form.get('redirect_uri') ||
        pending.challenge !== challenge
      ) {
        return json(res, 400, { reason: 'Invalid authorization code', error: 'invalid_grant' });
      }
      return json(res, 200, issue());
    }

    const listing = /^\/v2\/meetings\/([^/]+)\/registrants$/.exec(url.pathname);
    if (req.method === 'GET' && listing) {
      if (fake.mode === 'registrants-down') return json(res, 503, { code: 0, message: 'down' });
      if (fake.mode === 'registrants-slow') await new Promise((r) => setTimeout(r, 2_000));
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      if ((tokens.get(token) ?? 0) <= Date.now())
        return json(res, 401, { code: 124, message: 'Invalid access token.' });
      const people = fake.meetings.get(decodeURIComponent(listing[1] ?? ''));
      if (!people)
        return json(res, 400, {
          code: 3000,
          message: 'Registration has not been enabled for this meeting.',
        });
      const status = url.searchParams.get('status') ?? 'approved';
      const size = Math.min(300, Number(url.searchParams.get('page_size') ?? 30) || 30);
      const start = Number(url.searchParams.get('next_page_token')?.replace(/^p/, '') ?? 0) || 0;
      const matching = people.filter((p) => p.status === status);
      const page = matching.slice(start, start + size);
      const next = start + size < matching.length ? `p${start + size}` : '';
      return json(res, 200, {
        page_size: size,
        total_records: matching.length,
        next_page_token: next,
        registrants: page,
      });
    }

    if (req.method === 'POST' && url.pathname === '/v2/zoomapp/deeplink') {
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      if (fake.mode === 'deeplink-error' || !tokens.has(token))
        return json(res, 401, { code: 124, message: 'Invalid access token.' });
      if (fake.mode === 'deeplink-bad-link')
        return json(res, 201, { deeplink: 'https://evil.example/phish' });
      return json(res, 201, { deeplink: fake.deeplink });
    }

    json(res, 404, { error: 'not_found' });
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
