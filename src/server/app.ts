/**
 * The HTTP server: a JSON API (OpenAPI at /api/openapi.json) and the dashboard, which is a client
 * of the same API. Strict Content-Security-Policy, no inline script, request size limits, and a
 * token on every request when bound beyond loopback.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { resolveAndSave } from '../cli/commands/resolve-and-save.js';
import type { Store } from '../store/store.js';
import { presentedToken, sameSecret, SESSION_COOKIE } from './auth.js';
import { ApiError, errorBody } from './http-error.js';
import { registerIngestRoute } from './routes/ingest-route.js';
import { registerReadRoutes } from './routes/read-routes.js';

/** Options for {@link createServer}. */
export interface ServerOptions {
  readonly store: Store;
  /** Required on every request when set (optional). */
  readonly token?: string;
  /** Allow POST /api/ingest with a URL (default: false). */
  readonly allowUrls?: boolean;
  /** Largest request body in bytes (default: 5 MiB). */
  readonly bodyLimit?: number;
  /** Folder of the built dashboard (default: dist/web of the project). */
  readonly webRoot?: string;
  /** Log requests (default: false). */
  readonly logger?: boolean;
}

/** The dashboard's Content-Security-Policy: nothing inline, nothing from elsewhere. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Headers on every response. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

const STATIC_FILES: Readonly<Record<string, { file: string; type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/login': { file: 'login.html', type: 'text/html; charset=utf-8' },
  '/assets/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/assets/login.js': { file: 'login.js', type: 'text/javascript; charset=utf-8' },
  '/assets/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};
const PUBLIC_PATHS = new Set(['/login', '/assets/login.js', '/assets/style.css', '/api/login', '/favicon.ico']);

/** Build the server (not yet listening). */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 5 * 1024 * 1024,
    // Note: fastify strips unknown query fields by default, so a misspelt filter answered with everything; it must be a 400.
    ajv: { customOptions: { removeAdditional: false } },
    // Note: the router answers a malformed URL or an over-long id itself, in fastify's own shape; the API promises {error:{code,message}}.
    frameworkErrors: (error, _request, reply) => {
      const body = JSON.stringify(errorBody('BAD_REQUEST', error.message));
      reply.raw.writeHead(400, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      reply.raw.end(body);
    },
  });
  const webRoot = options.webRoot ?? fileURLToPath(new URL('../../dist/web/', import.meta.url));
  // Note: documents stored but not resolved yet (an interrupted ingest, or a store migration 5 cleared) are resolved before serving.
  resolveAndSave(options.store);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'sitrep API', version: '0.1.0', description: 'Stored articles, their annotations, and what sitrep found across them. Errors are {"error":{"code","message"}}.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      ...(options.token === undefined ? {} : { security: [{ bearer: [] }] }),
    },
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });

  if (options.token !== undefined) {
    const token = options.token;
    app.addHook('onRequest', async (request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      if (PUBLIC_PATHS.has(path)) return;
      const given = presentedToken(request.headers);
      if (given !== undefined && sameSecret(given, token)) return;
      if (path.startsWith('/api/')) return reply.code(401).send(errorBody('UNAUTHORIZED', 'present the token as Authorization: Bearer <token>'));
      return reply.redirect('/login');
    });
    app.post<{ Body: { token?: unknown } }>('/api/login', { schema: { hide: true, body: { type: 'object', required: ['token'], properties: { token: { type: 'string', maxLength: 500 } } } } }, async (request, reply) => {
      const given = typeof request.body.token === 'string' ? request.body.token : '';
      if (!sameSecret(given, token)) return reply.code(401).send(errorBody('UNAUTHORIZED', 'wrong token'));
      reply.header('set-cookie', `${SESSION_COOKIE}=${encodeURIComponent(given)}; HttpOnly; SameSite=Strict; Path=/`);
      return { ok: true };
    });
  }

  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error instanceof ApiError) return reply.code(error.status).send(errorBody(error.code, error.message));
    if (error.validation !== undefined) return reply.code(400).send(errorBody('BAD_REQUEST', error.message));
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(errorBody('PAYLOAD_TOO_LARGE', 'the request body is larger than the limit'));
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.code(415).send(errorBody('UNSUPPORTED_MEDIA_TYPE', error.message));
    if (error.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.statusCode === 400) {
      return reply.code(400).send(errorBody('BAD_REQUEST', error.message));
    }
    app.log.error(error);
    return reply.code(500).send(errorBody('INTERNAL', 'the server could not complete the request'));
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send(errorBody('NOT_FOUND', `no route for ${request.method} ${request.url.split('?')[0] ?? ''}`)));

  registerReadRoutes(app, { store: options.store, findings: () => options.store.findings() });
  registerIngestRoute(app, {
    store: options.store,
    allowUrls: options.allowUrls === true,
    afterAdd: () => {
      resolveAndSave(options.store);
    },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  app.get('/favicon.ico', { schema: { hide: true } }, (_request, reply) => reply.code(204).send());

  for (const [path, asset] of Object.entries(STATIC_FILES)) {
    app.get(path, { schema: { hide: true } }, async (_request, reply) => {
      let body: Buffer;
      try {
        body = await readFile(`${webRoot}${asset.file}`);
      } catch {
        return reply.code(503).type('text/plain; charset=utf-8').send('The dashboard is not built: run npm run build.');
      }
      return reply.type(asset.type).header('cache-control', 'no-cache').send(body);
    });
  }
  return app;
}
