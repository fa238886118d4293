/**
 * The three systems under test, in one child process (so the load generator does not share their event loop):
 * PlanGraph's API (and the same without its answer cache), the floor (bench/floor.ts) and the peer (bench/peer.ts), each with its own driver, all behind
 * PlanGraph's own HTTP layer (src/api/http-server.ts) so that only what is behind /graphql differs.
 * Prints one JSON line {plangraph, uncached, floor, peer, idle} (base URLs, and the URL that answers once no request
 * of any system is being served); exits when stdin closes or on SIGTERM.
 *
 *   NODE_ENV=production tsx bench/servers.ts <boltUri>
 */
import { ApolloServer } from '@apollo/server';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.ts';
import { graphqlHandler, listen, readBody, Router, sendJson } from '../src/api/http-server.ts';
import { startApiServer, type Api } from '../src/api/index.ts';
import { Store } from '../src/store/store.ts';
import { FLOOR } from './floor.ts';
import { InFlight } from './in-flight.ts';
import type { ServersProcess } from './query-bench.ts';
import { peerSchema } from './peer.ts';
import { QUESTION_IDS, type QuestionParams } from './questions.ts';

async function main(): Promise<void> {
  const uri = process.argv[2];
  if (!uri) throw new Error('usage: tsx bench/servers.ts <boltUri>');
  // As deployed: graphql-js (PlanGraph's and the peer's) decides once, when it loads, whether to run its development
  // checks (a slower instanceOf on every type test), so NODE_ENV must be set before this process starts.
  if (process.env.NODE_ENV !== 'production') throw new Error('start bench/servers.ts with NODE_ENV=production in its environment (graphql-js reads it when it loads)');
  const config = loadConfig({ NEO4J_URI: uri, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', PLANGRAPH_QUERY_TIMEOUT_MS: '60000' });
  const log = (msg: string) => process.stderr.write(`${msg}\n`);

  const inFlight = new InFlight();
  const apiStore = new Store({ uri, queryTimeoutMs: config.queryTimeoutMs });
  const planGraph = await startApiServer({ store: apiStore, config, onLog: log, mode: 'external', routes: (r) => inFlight.track(r) });
  // The same API with its answer cache off: what PlanGraph does on the cached questions without it.
  const uncachedStore = new Store({ uri, queryTimeoutMs: config.queryTimeoutMs });
  const uncached = await startApiServer({ store: uncachedStore, config: { ...config, answerCacheMb: 0 }, onLog: log, mode: 'external', routes: (r) => inFlight.track(r) });

  const floorStore = new Store({ uri, queryTimeoutMs: config.queryTimeoutMs });
  const floorRouter = new Router();
  for (const q of QUESTION_IDS) {
    floorRouter.add(
      `/floor/${q}`,
      inFlight.wrap(async (req, res) => {
        const params = JSON.parse(await readBody(req)) as QuestionParams;
        sendJson(res, 200, { data: await FLOOR[q](floorStore, params) });
      }),
    );
  }
  // Not tracked itself: answers once every system has finished the requests it was serving.
  floorRouter.add('/bench/idle', async (_req, res) => {
    await inFlight.idle();
    sendJson(res, 200, { idle: true });
  });
  const floor = await listen({ host: config.host, port: 0, corsOrigins: [], router: floorRouter, onLog: log });

  const peerDriver = neo4j.driver(uri, undefined, { userAgent: 'plangraph-bench-peer' });
  const peerServer = new ApolloServer({ schema: await peerSchema(peerDriver), introspection: false, stopOnTerminationSignals: false });
  await peerServer.start();
  const peerApi = { server: peerServer, context: () => ({}) } as unknown as Api;
  const peer = await listen({ host: config.host, port: 0, corsOrigins: [], router: new Router().add('/graphql', inFlight.wrap(graphqlHandler(peerApi))), onLog: log });

  const servers: ServersProcess = { plangraph: planGraph.url, uncached: uncached.url, floor: floor.url, peer: peer.url, idle: `${floor.url}/bench/idle` };
  process.stdout.write(`${JSON.stringify(servers)}\n`);

  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await Promise.allSettled([planGraph.close(), uncached.close(), floor.close(), peer.close(), peerServer.stop()]);
    await Promise.allSettled([apiStore.close(), uncachedStore.close(), floorStore.close(), peerDriver.close()]);
    process.exit(0);
  };
  process.stdin.on('end', close);
  process.stdin.resume();
  process.on('SIGTERM', close);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench servers failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
