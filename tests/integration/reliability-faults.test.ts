/**
 * Faults: our own embedded Neo4j on a fixed port, SIGKILLed (the JVM) while the API serves and in the middle of
 * a load, then started again on the same port and store.
 * - While it is down: GraphQL answers DATABASE_UNAVAILABLE within the query timeout, `health` and GET /health say so.
 * - When it is back: the same API process (same driver) answers again, no restart.
 * - Killed during `plangraph load`: the graph that was there before is whole (counts and text of every document),
 *   each interrupted document is all there or not there at all, and re-running the load completes it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer } from '../../src/api/index.ts';
import { loadConfig } from '../../src/config.ts';
import type { GraphDocument } from '../../src/graph/model.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/store/embedded.ts';
import { loadGraph } from '../../src/store/loader.ts';
import { Store } from '../../src/store/store.ts';
import { extractPlans } from './helpers/load-plans.ts';
import { copyDocuments, fingerprints, freePort, runCli, totals, type DocumentFingerprint } from './reliability-support.ts';

const QUERY_TIMEOUT_MS = 3_000;
let dataDir: string;
let port: number;
let neo4j: EmbeddedNeo4j;
let store: Store;
let server: { url: string; close(): Promise<void> };
let graph: GraphDocument;

const start = () => startEmbeddedNeo4j({ dataDir, port, timeoutSec: 180, heap: '512m', pageCache: '64m', stopTimeoutSec: 20 });

async function killNeo4j(): Promise<void> {
  process.kill(neo4j.pid, 'SIGKILL');
  const { signal } = await neo4j.exited;
  expect(signal).toBe('SIGKILL');
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'plangraph-faults-'));
  port = await freePort();
  neo4j = await start();
  expect(neo4j.uri).toBe(`bolt://127.0.0.1:${port}`);
  store = new Store({ uri: neo4j.uri, queryTimeoutMs: QUERY_TIMEOUT_MS, connectTimeoutMs: 2_000 });
  graph = await extractPlans();
  await loadGraph(store, graph);
  const config = loadConfig({ PORT: '0', NODE_ENV: 'production', PLANGRAPH_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS) });
  server = await startApiServer({ store, config, mode: 'embedded' });
});

afterAll(async () => {
  await server?.close();
  await store?.close();
  await neo4j?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function gql(query: string): Promise<{ status: number; body: any; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, body: await res.json(), ms: performance.now() - t0 };
}

describe('Neo4j killed while the API serves', () => {
  it('answers DATABASE_UNAVAILABLE within the timeout, health says so, and recovers without a restart', async () => {
    const before = await gql('{ stats { documents entityTotal } }');
    expect(before.body.data.stats.documents).toBe(graph.documents.length);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);

    await killNeo4j();

    for (const query of ['{ stats { documents } }', '{ search(query: "大学", limit: 3) { entity { id } } }', '{ entity(id: "Region:重庆市") { name } }']) {
      const down = await gql(query);
      expect(down.ms).toBeLessThan(QUERY_TIMEOUT_MS + 2_000);
      expect(down.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(down.body.errors[0].message).toBe('The graph database is unavailable; try again later.');
      expect(JSON.stringify(down.body)).not.toMatch(/bolt:|ECONNREFUSED|MATCH|stacktrace/);
    }
    const health = await gql('{ health { ok database message } }');
    expect(health.body.data.health).toEqual({ ok: false, database: false, message: 'The graph database does not answer.' });
    expect(health.ms).toBeLessThan(QUERY_TIMEOUT_MS + 2_000);
    const httpHealth = await fetch(`${server.url}/health`);
    expect(httpHealth.status).toBe(503);
    expect(((await httpHealth.json()) as { ok: boolean }).ok).toBe(false);

    neo4j = await start();
    expect(neo4j.uri).toBe(`bolt://127.0.0.1:${port}`);
    // The same server and driver: the first request after the restart may still meet a dead pooled connection.
    let after = await gql('{ stats { documents entityTotal } }');
    for (let i = 0; i < 10 && after.body.errors; i++) {
      await new Promise((r) => setTimeout(r, 500));
      after = await gql('{ stats { documents entityTotal } }');
    }
    expect(after.body.data.stats).toEqual(before.body.data.stats);
    expect((await gql('{ health { ok database } }')).body.data.health).toEqual({ ok: true, database: true });
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});

describe('Neo4j killed in the middle of a load', () => {
  it('keeps the previous graph whole, each document all or nothing, and a second load completes it', async () => {
    const originals = graph.documents.map((d) => d.id);
    const before = await fingerprints(store.driver, originals);
    const totalsBefore = await totals(store.driver);
    expect(before.every((f) => f.sentences > 0 && f.relationships > 0)).toBe(true);

    const copies = copyDocuments(graph, '-copy');
    const copies2 = copyDocuments(graph, '-copy2');
    const big: GraphDocument = {
      documents: [...copies.documents, ...copies2.documents],
      nodes: [...copies.nodes, ...copies2.nodes.filter((n) => n.type === 'Plan' && n.id.endsWith('-copy2'))],
      relations: [...copies.relations, ...copies2.relations],
      indicators: [...copies.indicators, ...copies2.indicators],
    };
    const file = path.join(dataDir, 'copies.graph.json');
    await writeFile(file, JSON.stringify(big));
    const copyIds = big.documents.map((d) => d.id);
    const expectedOf = (id: string): DocumentFingerprint => before.find((f) => id.startsWith(`${f.document}-`))!;

    // One document per transaction: the kill lands between commits, with documents still to load.
    const load = runCli(['load', file, '--per-transaction', '1'], { NEO4J_URI: neo4j.uri });
    await load.waitFor(/loaded 2\/10/, 90_000);
    await killNeo4j();
    const code = await load.exit;
    expect(code).not.toBe(0);
    expect(load.lines.join('\n')).toMatch(/The graph database is unavailable \(/);
    const committed = load.lines.filter((l) => /loaded \d+\/10/.test(l)).length;

    neo4j = await start();
    const after = await fingerprints(store.driver, originals);
    expect(after).toEqual(before);
    const partial = await fingerprints(store.driver, copyIds);
    let whole = 0;
    for (const f of partial) {
      const expected = expectedOf(f.document);
      if (f.sentences === 0) {
        expect(f).toMatchObject({ sections: 0, indicators: 0, relationships: 0 });
      } else {
        whole++;
        expect({ ...f, textHash: '' }).toEqual({ ...expected, document: f.document, textHash: '' });
      }
    }
    expect(whole).toBeGreaterThanOrEqual(committed);
    expect(whole).toBeLessThan(copyIds.length);

    const again = runCli(['load', file], { NEO4J_URI: neo4j.uri });
    expect(await again.exit, again.lines.join('\n')).toBe(0);
    const done = await fingerprints(store.driver, copyIds);
    for (const f of done) expect({ ...f, textHash: '' }).toEqual({ ...expectedOf(f.document), document: f.document, textHash: '' });
    expect(await fingerprints(store.driver, originals)).toEqual(before);
    expect((await totals(store.driver)).nodes).toBeGreaterThan(totalsBefore.nodes);
  });
});
