/**
 * The answer cache over HTTP, on the real Neo4j: graph-wide answers are served again until the data changes, and a
 * load by another process (another Store on the same database) is seen by the very next request. While a load is
 * writing nothing is cached; other questions, and errors, are never cached; PLANGRAPH_ANSWER_CACHE_MB=0 turns it off.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ANSWER_CACHE_HEADER } from '../../src/api/answer-cache.ts';
import { createApi, startApiServer } from '../../src/api/index.ts';
import { graphqlHandler, listen, Router } from '../../src/api/http-server.ts';
import { loadConfig } from '../../src/config.ts';
import { DATA_STATE_KEY, loadGraph, refreshPartnerSummary, Store } from '../../src/store/index.ts';
import { resetDatabase } from '../setup/db.ts';
import { sampleGraph } from './helpers/sample-graph.ts';

const connect = () => new Store({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });

let store: Store;
/** Stands for another process loading into the same Neo4j (`plangraph load` while `serve` runs). */
let other: Store;
let server: { url: string; close(): Promise<void> };
let uncached: { url: string; close(): Promise<void> };
const other_ = () => other;

const SHARED = '{ sharedPartners(limit: 50) { partner { id } regionCount regions { name } } }';

async function ask(url: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  return { cache: res.headers.get(ANSWER_CACHE_HEADER), cacheControl: res.headers.get('cache-control'), age: res.headers.get('age'), text, body: JSON.parse(text) };
}

/** Partner id → names of the regions sharing it. */
function partners(body: { data: { sharedPartners: { partner: { id: string }; regions: { name: string }[] }[] } }) {
  return Object.fromEntries(body.data.sharedPartners.map((p) => [p.partner.id, p.regions.map((r) => r.name)]));
}

beforeAll(async () => {
  store = connect();
  other = connect();
  await resetDatabase(store.driver);
  await loadGraph(store, sampleGraph(['重庆大学', '重庆交通大学'], 'kaizhou-test', '开州区'));
  await loadGraph(store, sampleGraph(['重庆大学'], 'qianjiang-test', '黔江区'));
  server = await startApiServer({ store, config: loadConfig({ NODE_ENV: 'test', PORT: '0' }) });
  uncached = await startApiServer({ store, config: loadConfig({ NODE_ENV: 'test', PORT: '0', PLANGRAPH_ANSWER_CACHE_MB: '0' }) });
});

afterAll(async () => {
  await server?.close();
  await uncached?.close();
  await other?.close();
  await store?.close();
});

describe('the answer cache', () => {
  it('computes a graph-wide answer once, then serves the same bytes, with no HTTP caching headers', async () => {
    const first = await ask(server.url, SHARED);
    expect(first.cache).toBe('miss');
    expect(partners(first.body)).toEqual({ 'University:重庆大学': ['开州区', '黔江区'] });
    const second = await ask(server.url, SHARED);
    expect(second.cache).toBe('hit');
    expect(second.text).toBe(first.text);
    expect(second.cacheControl).toBeNull();
    expect(second.age).toBeNull();
    // Other variables or another query are other answers.
    const limited = await ask(server.url, 'query Q($n: Int!) { sharedPartners(limit: $n) { partner { id } } }', { n: 1 });
    expect(limited.cache).toBe('miss');
  });

  it('answers from the new data on the first request after another process loaded a document', async () => {
    expect((await ask(server.url, SHARED)).cache).toBe('hit');
    await loadGraph(other, sampleGraph(['重庆交通大学'], 'wanzhou-test', '万州区'));
    const after = await ask(server.url, SHARED);
    expect(after.cache).toBe('miss');
    expect(partners(after.body)).toEqual({ 'University:重庆大学': ['开州区', '黔江区'], 'University:重庆交通大学': ['万州区', '开州区'] });
    const again = await ask(server.url, SHARED);
    expect(again.cache).toBe('hit');
    expect(again.text).toBe(after.text);
  });

  it('neither reads nor writes the cache while a load is writing, and caches again once it is done', async () => {
    await other.write('meta-set', { key: DATA_STATE_KEY, fingerprint: 'stale' });
    const during = [await ask(server.url, SHARED), await ask(server.url, SHARED)];
    expect(during.map((r) => r.cache)).toEqual(['bypass', 'bypass']);
    expect(partners(during[1]!.body)).toEqual(partners(during[0]!.body));
    await refreshPartnerSummary(other);
    expect((await ask(server.url, SHARED)).cache).toBe('miss');
    expect((await ask(server.url, SHARED)).cache).toBe('hit');
  });

  it('caches the collaboration report and the indicators compared across regions', async () => {
    const report = '{ collaboration(regions: ["开州区", "黔江区"]) { regions { name } sharedPartners { partner { name } } } }';
    const first = await ask(server.url, report);
    expect(first.cache).toBe('miss');
    expect(first.body.data.collaboration.sharedPartners.map((p: { partner: { name: string } }) => p.partner.name)).toEqual(['重庆大学']);
    expect((await ask(server.url, report)).cache).toBe('hit');
    const indicators = '{ compareIndicators(name: "研发投入强度") { region { name } indicators { name targetValue } } }';
    expect((await ask(server.url, indicators)).cache).toBe('miss');
    const hit = await ask(server.url, indicators);
    expect(hit.cache).toBe('hit');
    expect(hit.body.data.compareIndicators.length).toBeGreaterThan(0);
  });

  it('never caches other questions, a cached field asked beside them, or an error', async () => {
    for (const query of ['{ entity(id: "University:重庆大学") { name } }', '{ sharedPartners { regionCount } entity(id: "University:重庆大学") { name } }', '{ health { ok } }']) {
      for (let i = 0; i < 2; i++) {
        const r = await ask(server.url, query);
        expect(r.body.errors).toBeUndefined();
        expect(r.cache).toBeNull();
      }
    }
    const bad = '{ collaboration(regions: ["开州区"]) { unresolved } }';
    for (let i = 0; i < 2; i++) {
      const r = await ask(server.url, bad);
      expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.cache).toBe('miss');
    }
  });

  it('sends a hit as the bytes sent the first time, without Apollo; per Accept header, and anew after a load', async () => {
    const api = createApi(store, loadConfig({ NODE_ENV: 'test', PORT: '0' }));
    await api.server.start();
    let executed = 0;
    const execute = api.server.executeHTTPGraphQLRequest.bind(api.server);
    api.server.executeHTTPGraphQLRequest = (request) => {
      executed++;
      return execute(request);
    };
    const http = await listen({ host: '127.0.0.1', port: 0, corsOrigins: [], router: new Router().add('/graphql', graphqlHandler(api)) });
    try {
      const first = await ask(http.url, SHARED);
      expect([first.cache, executed]).toEqual(['miss', 1]);
      const second = await ask(http.url, SHARED);
      expect([second.cache, executed]).toEqual(['hit', 1]);
      expect(second.text).toBe(first.text);
      // another Accept header may get another content type from Apollo: its own entry
      const other = await fetch(`${http.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query: SHARED, variables: {} }) });
      expect(other.headers.get('content-type')).toMatch(/graphql-response\+json/);
      await other.text();
      expect(executed).toBe(2);
      await loadGraph(other_(), sampleGraph(['重庆大学'], 'yunyang-test', '云阳县'));
      const after = await ask(http.url, SHARED);
      expect([after.cache, executed]).toEqual(['miss', 3]);
      expect(partners(after.body)['University:重庆大学']).toContain('云阳县');
      expect([(await ask(http.url, SHARED)).cache, executed]).toEqual(['hit', 3]);
    } finally {
      await http.close();
      await api.server.stop();
    }
  });

  it('is off with PLANGRAPH_ANSWER_CACHE_MB=0: the same answer, computed each time', async () => {
    const cached = await ask(server.url, SHARED);
    for (let i = 0; i < 2; i++) {
      const r = await ask(uncached.url, SHARED);
      expect(r.cache).toBeNull();
      expect(r.text).toBe(cached.text);
    }
  });
});
