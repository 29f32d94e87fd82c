import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import { APP_CONTEXT_HEADER, decryptAppContext, type AppContext } from './app-context';
import type { ServerConfig } from './config';
import { InstallGuard } from './install-guard';
import { registerInstallRoutes } from './install-routes';
import { registerRegistrantRoutes, SESSION_PATH } from './registrant-routes';
import { ZoomSessionSealer } from './zoom-session';
import { PAGES, renderPage, type PageContent } from './pages';
import {
  CACHE_IMMUTABLE,
  CACHE_NONE,
  CACHE_REVALIDATE,
  isHashedAsset,
  securityHeaders,
} from './security-headers';
import { DEFAULT_OUTBOUND_TIMEOUT_MS } from './zoom-oauth';

declare module 'fastify' {
  interface FastifyRequest {
    /** The decrypted X-Zoom-App-Context of a Home URL request; null when absent (e.g. a plain browser visit). */
    zoomContext: AppContext | null;
  }
}

export interface ServerOptions {
  config: ServerConfig;
  /** The built panel (vite's outDir). */
  distDir: string;
  /** Pino options, e.g. { level: 'silent' } or a test stream; defaults to JSON lines on stdout. */
  logger?: FastifyServerOptions['logger'];
  outboundTimeoutMs?: number;
  /** Per client address, for each of /install and /auth/callback. */
  rateLimit?: { max: number; timeWindowMs: number };
  now?: () => number;
}

export const DEFAULT_RATE_LIMIT = { max: 20, timeWindowMs: 60_000 } as const;

/** No route takes a body; the limit only bounds what a client can make us read before refusing. */
export const BODY_LIMIT_BYTES = 1024;

/** Files in dist/ that production does not serve: the emulator is a demo and test bed, not part of the app. */
const HIDDEN_FILES = new Set(['/index.html', '/emulator.html']);

const MAX_LOGGED_PATH = 200;

/** The path only: query strings of the auth routes carry the OAuth code and state. */
function pathOf(url: string): string {
  const path = url.split('?', 1)[0] ?? '';
  return path.length > MAX_LOGGED_PATH ? `${path.slice(0, MAX_LOGGED_PATH)}…` : path;
}

function loggerOptions(logger: ServerOptions['logger']): FastifyServerOptions['logger'] {
  if (logger === false) return false;
  const base = logger === undefined || logger === true ? {} : logger;
  return {
    level: 'info',
    ...base,
    // Whatever logs a request or reply gets only these fields: no headers, cookies, query or address.
    serializers: {
      req: (req: { method?: string; url?: string }) => ({
        method: req.method,
        path: pathOf(req.url ?? ''),
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

function readIndexHtml(distDir: string): { html: Buffer; etag: string } {
  const path = join(distDir, 'index.html');
  if (!existsSync(path)) {
    throw new Error(`The built panel was not found at ${path}. Run "npm run build" first.`);
  }
  const html = readFileSync(path);
  return { html, etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"` };
}

/** Builds the production server (not yet listening). */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { config } = options;
  const distDir = resolve(options.distDir);
  const index = readIndexHtml(distDir);
  const headers = securityHeaders();

  const app = Fastify({
    logger: loggerOptions(options.logger),
    logController: new LogController({ disableRequestLogging: true }),
    // Only a reverse proxy or tunnel on this machine may tell us the client's address.
    trustProxy: 'loopback',
    bodyLimit: BODY_LIMIT_BYTES,
    requestTimeout: 15_000,
    connectionTimeout: 30_000,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
  });
  app.decorateRequest('zoomContext', null);

  const sendPage = (reply: FastifyReply, status: number, page: PageContent): FastifyReply =>
    reply
      .code(status)
      .header('cache-control', CACHE_NONE)
      .type('text/html; charset=utf-8')
      .send(renderPage(page));

  app.addHook('onRequest', async (request, reply) => {
    // Nothing here accepts a body: refuse other methods, and bodies on GET, before any of it is
    // read; closing the connection stops Node from draining the rest.
    // The one exception: the panel posts its in-client OAuth code (a small JSON body) here.
    const sessionPost = request.method === 'POST' && request.url === SESSION_PATH;
    if (request.method !== 'GET' && request.method !== 'HEAD' && !sessionPost) {
      return sendPage(
        reply.header('allow', 'GET, HEAD').header('connection', 'close'),
        405,
        PAGES.methodNotAllowed,
      );
    }
    const declaredLength = Number(request.headers['content-length'] ?? 0);
    if (
      request.headers['transfer-encoding'] !== undefined ||
      !(declaredLength <= BODY_LIMIT_BYTES)
    ) {
      return sendPage(reply.header('connection', 'close'), 413, PAGES.tooLarge);
    }
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(headers);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', CACHE_NONE);
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        path: pathOf(request.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  app.setNotFoundHandler((_request, reply) => sendPage(reply, 404, PAGES.notFound));
  app.setErrorHandler(
    (error: { statusCode?: number; code?: string; message?: string }, request, reply) => {
      const status = error.statusCode ?? 500;
      if (status === 429) return sendPage(reply, 429, PAGES.tooManyRequests);
      // @fastify/static answers 403 for a directory: to a visitor it is simply not there.
      if (status === 403 || status === 404) return sendPage(reply, 404, PAGES.notFound);
      if (status >= 400 && status < 500) {
        request.log.info({ event: 'request.refused', status, code: error.code }, 'request refused');
        return sendPage(reply, status, {
          title: 'Bad request',
          message: 'The server could not accept this request.',
        });
      }
      request.log.error(
        { event: 'request.failed', code: error.code, err: error },
        'request failed',
      );
      return sendPage(reply, 500, PAGES.serverError);
    },
  );

  await app.register(fastifyRateLimit, { global: false });

  app.get('/healthz', async (_request, reply) =>
    reply.header('cache-control', CACHE_NONE).send({ status: 'ok' }),
  );

  const home = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const header = request.headers[APP_CONTEXT_HEADER];
    if (header !== undefined) {
      const result = decryptAppContext(
        Array.isArray(header) ? header.join(',') : header,
        config.zoomClientSecret,
        (options.now ?? Date.now)(),
      );
      if (!result.ok) {
        request.log.info(
          { event: 'app-context.refused', reason: result.reason },
          'X-Zoom-App-Context refused',
        );
        if (result.reason === 'expired') return sendPage(reply, 401, PAGES.contextExpired);
        return sendPage(reply, result.reason === 'undecryptable' ? 403 : 400, PAGES.contextInvalid);
      }
      request.zoomContext = result.context;
      // typ only: uid and mid identify a person and a meeting.
      request.log.info(
        { event: 'app-context.accepted', typ: result.context.typ },
        'opened from Zoom',
      );
    }
    reply
      .header('cache-control', CACHE_REVALIDATE)
      .header('etag', index.etag)
      .type('text/html; charset=utf-8');
    if (request.headers['if-none-match'] === index.etag) return reply.code(304).send();
    return reply.send(index.html);
  };
  app.get('/', home);
  app.get('/index.html', home);

  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    index: false,
    wildcard: true,
    dotfiles: 'ignore',
    cacheControl: false,
    allowedPath: (pathName) => !HIDDEN_FILES.has(pathName),
    setHeaders: (reply, filePath) => {
      const urlPath = filePath.slice(distDir.length).split(sep).join('/');
      reply.header('cache-control', isHashedAsset(urlPath) ? CACHE_IMMUTABLE : CACHE_REVALIDATE);
    },
  });

  registerInstallRoutes(app, {
    config,
    guard: new InstallGuard(config.sessionSecret, options.now),
    outboundTimeoutMs: options.outboundTimeoutMs ?? DEFAULT_OUTBOUND_TIMEOUT_MS,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    sendPage,
  });
  registerRegistrantRoutes(app, {
    config,
    sealer: new ZoomSessionSealer(config.sessionSecret),
    outboundTimeoutMs: options.outboundTimeoutMs ?? DEFAULT_OUTBOUND_TIMEOUT_MS,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    now: options.now ?? Date.now,
  });

  return app;
}
