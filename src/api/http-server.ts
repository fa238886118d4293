/**
 * The HTTP side: a Node http server with a small router (later routes — the explorer page at `/`, `/export/...`
 * — are added with `router.add`), CORS limited to config.corsOrigins, a 1 MB body limit (413 beyond), and
 * `/graphql` (POST and GET) handed to Apollo's executeHTTPGraphQLRequest.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap } from '@apollo/server';
import { ANSWER_CACHE_HEADER } from './answer-cache.ts';
import type { Api } from './create-api.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

export class Router {
  private readonly routes: { path: string; prefix: boolean; handler: RouteHandler }[] = [];

  /** `path` matches exactly; a path ending in "/*" matches everything under it. */
  add(path: string, handler: RouteHandler): this {
    const prefix = path.endsWith('/*');
    this.routes.push({ path: prefix ? path.slice(0, -1) : path, prefix, handler });
    return this;
  }

  find(pathname: string): RouteHandler | null {
    const route = this.routes.find((r) => (r.prefix ? pathname.startsWith(r.path) : pathname === r.path));
    return route?.handler ?? null;
  }
}

export class BodyTooLargeError extends Error {}

/** Reads the body, failing as soon as it passes `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/** Sets CORS headers for allowed origins. Returns false for a preflight from an origin that is not allowed. */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  res.setHeader('vary', 'Origin');
  if (!origin || !allowed.includes(origin)) return !(req.method === 'OPTIONS' && origin);
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-allow-headers', 'content-type, apollo-require-preflight, x-apollo-operation-name');
  res.setHeader('access-control-max-age', '600');
  return true;
}

export function graphqlHandler(api: Api): RouteHandler {
  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'POST') {
      res.setHeader('allow', 'GET, POST');
      return sendJson(res, 405, { errors: [{ message: `${req.method} is not supported on /graphql; use POST (or GET for queries).`, extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
    }
    let raw = '';
    try {
      raw = await readBody(req);
    } catch (err) {
      if (err instanceof BodyTooLargeError) {
        res.setHeader('connection', 'close');
        return sendJson(res, 413, {
          errors: [{ message: `The request body is larger than ${MAX_BODY_BYTES} bytes; send a smaller query (use variables, fewer aliases).`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
        });
      }
      throw err;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = raw;
    if (raw !== '' && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        return sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON; send {"query": "...", "variables": {...}}.', extensions: { code: 'BAD_REQUEST' } }] });
      }
    }
    // An answer of the answer cache, sent again as it was (src/api/answer-cache.ts, SentAnswers): no parse, no
    // serialisation. Only for POST: a GET's query is in the URL, and browsers cache GETs themselves.
    const found = req.method === 'POST' && api.sent ? await api.sent.find(body, raw, headers.get('accept') ?? '') : null;
    if (found?.answer) {
      res.statusCode = 200;
      for (const [key, value] of found.answer.headers) res.setHeader(key, value);
      res.setHeader(ANSWER_CACHE_HEADER, 'hit');
      res.end(found.answer.body);
      return;
    }
    const context = api.context();
    const response = await api.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
      context: async () => context,
    });
    res.statusCode = response.status ?? 200;
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (response.body.kind === 'complete') {
      if (found) await api.sent!.keep(found.key, context, res.statusCode, response.headers, response.body.string);
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

export interface HttpServerOptions {
  host: string;
  port: number;
  corsOrigins: readonly string[];
  router: Router;
  onLog?: (msg: string) => void;
}

export async function listen(options: HttpServerOptions): Promise<{ url: string; server: http.Server; close(): Promise<void> }> {
  const log = options.onLog ?? (() => {});
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!applyCors(req, res, options.corsOrigins)) {
      return sendJson(res, 403, { errors: [{ message: `Origin ${req.headers.origin} is not allowed; add it to CORS_ORIGINS.`, extensions: { code: 'FORBIDDEN' } }] });
    }
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      return res.end();
    }
    const handler = options.router.find(url.pathname);
    if (!handler) return sendJson(res, 404, { errors: [{ message: `Nothing at ${url.pathname}; the API is at /graphql.`, extensions: { code: 'NOT_FOUND' } }] });
    handler(req, res, url).catch((err: unknown) => {
      log(`error serving ${req.method} ${url.pathname}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error; the server log has the details.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
  server.requestTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
