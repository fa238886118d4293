/**
 * The GraphQL API over the graph in Neo4j. `startApiServer` serves /graphql over HTTP; `createApi` gives the
 * Apollo Server for in-process use (tests call `server.executeOperation(..., { contextValue: api.context() })`).
 */
import type { Config } from '../config.ts';
import type { Store } from '../store/store.ts';
import { createApi } from './create-api.ts';
import { healthRoute } from './health-route.ts';
import { graphqlHandler, listen, Router } from './http-server.ts';

export { createApi, typeDefs, type Api, type ApiOptions } from './create-api.ts';
export { Router, MAX_BODY_BYTES, type RouteHandler } from './http-server.ts';
export { LIMITS } from './limits.ts';
export type { ApiContext } from './context.ts';

export interface ApiServerOptions {
  store: Store;
  config: Config;
  onLog?: (msg: string) => void;
  /** How Neo4j runs ("embedded" | "external"), reported by health. */
  mode?: string;
  /** Add routes (the explorer page, exports) before the server starts listening. */
  routes?: (router: Router) => void;
}

export async function startApiServer(options: ApiServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const { store, config, onLog } = options;
  const api = createApi(store, config, { mode: options.mode, onLog });
  await api.server.start();
  const router = new Router().add('/graphql', graphqlHandler(api)).add('/health', healthRoute(store, Math.min(config.queryTimeoutMs, 5_000)));
  options.routes?.(router);
  const http = await listen({ host: config.host, port: config.port, corsOrigins: config.corsOrigins, router, onLog });
  onLog?.(`GraphQL API at ${http.url}/graphql`);
  return {
    url: http.url,
    async close() {
      await http.close();
      await api.server.stop();
    },
  };
}
