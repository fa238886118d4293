/**
 * GET /health for load balancers and container health checks: 200 when the graph database answers,
 * 503 when it does not (the GraphQL `health` field says the same with more detail). Never throws.
 */
import type { Store } from '../store/store.ts';
import { sendJson, type RouteHandler } from './http-server.ts';

export function healthRoute(store: Store, timeoutMs: number): RouteHandler {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendJson(res, 405, { ok: false, message: `${req.method} is not supported on /health; use GET.` });
    }
    try {
      const [row] = await store.read<{ version: string }>('dbms-components', {}, { timeoutMs });
      sendJson(res, 200, { ok: true, database: true, neo4jVersion: row?.version ?? null });
    } catch {
      sendJson(res, 503, { ok: false, database: false, message: 'The graph database does not answer; the API answers again once it is back.' });
    }
  };
}
