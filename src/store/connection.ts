/**
 * Opens the graph database, one code path for all three ways of running Neo4j:
 * NEO4J_URI (the user's server, Aura, a cluster through neo4j://), or the embedded launcher.
 * (docker compose sets NEO4J_URI for the API container.)
 */
import { redactUri, type Config } from '../config.ts';
import { startEmbeddedNeo4j } from './embedded.ts';
import { Store } from './store.ts';

export interface OpenedStore {
  store: Store;
  /** "embedded" or "external". */
  mode: 'embedded' | 'external';
  version: string;
  edition: string;
  /** Closes the driver and stops the embedded Neo4j, if any. */
  close(): Promise<void>;
}

export async function openStore(config: Config, onProgress: (msg: string) => void = () => {}): Promise<OpenedStore> {
  if (config.neo4jUri) {
    onProgress(`connecting to Neo4j at ${redactUri(config.neo4jUri)}…`);
    const store = new Store({
      uri: config.neo4jUri,
      user: config.neo4jUser,
      password: config.neo4jPassword,
      database: config.neo4jDatabase,
      queryTimeoutMs: config.queryTimeoutMs,
      connectTimeoutMs: config.connectTimeoutSec * 1000,
    });
    try {
      const { version, edition } = await store.verify(config.connectTimeoutSec * 1000);
      return { store, mode: 'external', version, edition, close: () => store.close() };
    } catch (err) {
      await store.close().catch(() => {});
      throw err;
    }
  }
  const embedded = await startEmbeddedNeo4j({ dataDir: config.dataDir, timeoutSec: config.embeddedStartTimeoutSec, onProgress });
  const store = new Store({ uri: embedded.uri, database: null, queryTimeoutMs: config.queryTimeoutMs, connectTimeoutMs: 5_000 });
  try {
    const { version, edition } = await store.verify(30_000);
    return {
      store,
      mode: 'embedded',
      version,
      edition,
      close: async () => {
        await store.close().catch(() => {});
        await embedded.stop();
      },
    };
  } catch (err) {
    await store.close().catch(() => {});
    await embedded.stop();
    throw err;
  }
}
