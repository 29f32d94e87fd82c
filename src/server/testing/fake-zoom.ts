import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A fake Zoom OAuth + REST server on loopback, for tests only: real HTTP, real PKCE checks.
 * GET /oauth/authorize records the code challenge and redirects with a fresh code, as Zoom does
 * after the user clicks "Allow"; POST /oauth/token checks Basic auth, redirect_uri and the
 * verifier; POST /v2/zoomapp/deeplink checks the bearer token.
 */

export type FakeZoomMode =
  'ok' | 'token-error' | 'token-slow' | 'deeplink-error' | 'deeplink-bad-link';

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
  close(): Promise<void>;
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
  const tokens = new Set<string>();
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
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
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
        q.get('code_challenge_method') !== 'S256'
      ) {
        return json(res, 400, { error: 'invalid_request' });
      }
      const code = randomBytes(24).toString('base64url');
      codes.set(code, {
        clientId,
        redirectUri: q.get('redirect_uri') ?? '',
        challenge: q.get('code_challenge') ?? '',
      });
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
      const token = randomBytes(32).toString('base64url');
      tokens.add(token);
      fake.issuedTokens.push(token);
      return json(res, 200, {
        access_token: token,
        token_type: 'bearer',
        refresh_token: randomBytes(16).toString('hex'),
        expires_in: 3599,
        scope: 'zoomapp:inmeeting',
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
