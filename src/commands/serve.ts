/**
 * plangraph serve (npm start): open Neo4j (embedded unless NEO4J_URI is set), load the documents in
 * data/plans when they changed, serve the GraphQL API. Ctrl-C / SIGTERM shut everything down cleanly.
 */
import { existsSync } from 'node:fs';
import { startApiServer } from '../api/index.ts';
import { explorerRoutes } from '../explorer/index.ts';
import { loadConfig, redactedConfig } from '../config.ts';
import { applySchema, openStore, partnerSummaryIsStale, refreshPartnerSummary } from '../store/index.ts';
import { parseArgs } from 'node:util';
import { loadCorpus } from './load-corpus.ts';

export const summary = 'start Neo4j if needed, load data/plans, serve the GraphQL API (npm start)';

const USAGE = `Usage: plangraph serve [--no-load]

Serves GraphQL on http://HOST:PORT/graphql (default 127.0.0.1:4000). Without NEO4J_URI it starts an
embedded Neo4j (data in PLANGRAPH_DATA_DIR, default .plangraph/) and stops it on exit.
Documents in PLANGRAPH_PLANS_DIR (default data/plans) are extracted and loaded when they changed.
--no-load   serve the stored graph as it is.`;

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { 'no-load': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    console.error(`plangraph serve: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig();
  const log = (msg: string) => console.error(`[plangraph] ${msg}`);
  if (config.logLevel === 'debug') log(`configuration: ${JSON.stringify(redactedConfig(config))}`);

  const opened = await openStore(config, log);
  let server: { url: string; close(): Promise<void> } | null = null;
  let stopping: Promise<void> | null = null;
  const stop = (signal: string) => {
    stopping ??= (async () => {
      log(`${signal}: shutting down…`);
      await server?.close().catch((err: unknown) => log(`closing the HTTP server: ${String(err)}`));
      await opened.close();
      log('stopped');
    })();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    void stop(signal).then(() => process.exit(0));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    log(`Neo4j ${opened.version} ${opened.edition} (${opened.mode}) at ${opened.store.uri}`);
    await applySchema(opened.store);
    if (!parsed.values['no-load'] && existsSync(config.plansDir)) {
      const result = await loadCorpus(opened.store, [config.plansDir], { onlyIfChanged: true, log });
      if (result.failures.length > 0) log(`${result.failures.length} document(s) in ${config.plansDir} could not be read; the rest is served.`);
      if (result.load) log(`loaded ${result.load.documents} documents, ${result.load.records} records in ${result.load.ms} ms`);
    }
    if (await partnerSummaryIsStale(opened.store)) {
      log('rebuilding the partner summary (a load stopped before it was rebuilt, or the graph was loaded by an older version)…');
      await refreshPartnerSummary(opened.store);
    }
    server = await startApiServer({ store: opened.store, config, onLog: log, mode: opened.mode, routes: (router) => explorerRoutes(router, { store: opened.store, onLog: log }) });
    log(`GraphQL API ready at ${server.url}`);
    console.log(`PLANGRAPH_READY ${server.url}`);
  } catch (err) {
    await stop('error');
    throw err;
  }
  await new Promise<never>(() => {});
  return 0;
}
