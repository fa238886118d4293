/**
 * Abusive requests against the real HTTP server on the five-plan graph (production mode): each is refused with
 * a GraphQL error and a code (or, for hostile search text, answered normally), quickly, without a stack trace or
 * Cypher in the answer; afterwards the server is healthy and the database holds exactly what it held before.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApiServer, MAX_BODY_BYTES } from '../../src/api/index.ts';
import { loadConfig } from '../../src/config.ts';
import { Store } from '../../src/store/store.ts';
import { resetDatabase } from '../setup/db.ts';
import { loadPlans } from './helpers/load-plans.ts';
import { fingerprints, totals } from './reliability-support.ts';

/** An abusive request must be answered within this (the machine is shared; refusals take milliseconds). */
const FAST_MS = 3_000;
let store: Store;
let server: { url: string; close(): Promise<void> };
let documents: string[];
let before: { totals: Awaited<ReturnType<typeof totals>>; fingerprints: Awaited<ReturnType<typeof fingerprints>> };

beforeAll(async () => {
  store = new Store({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
  await resetDatabase(store.driver);
  const graph = await loadPlans(store);
  documents = graph.documents.map((d) => d.id);
  before = { totals: await totals(store.driver), fingerprints: await fingerprints(store.driver, documents) };
  server = await startApiServer({ store, config: loadConfig({ PORT: '0', NODE_ENV: 'production' }), mode: 'external' });
});

afterAll(async () => {
  await server?.close();
  await store?.close();
});

interface Answer {
  status: number;
  ms: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data?: any;
  errors?: { message: string; extensions: { code: string } }[];
  raw: string;
}

async function post(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const t0 = performance.now();
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await res.text();
  const ms = performance.now() - t0;
  const body = JSON.parse(raw) as Omit<Answer, 'status' | 'ms' | 'raw'>;
  return { status: res.status, ms, raw, ...body };
}

function expectRefused(answer: Answer, code: string | RegExp): void {
  expect(answer.ms).toBeLessThan(FAST_MS);
  expect(answer.data ?? null).toBeNull();
  expect(answer.errors?.length).toBeGreaterThan(0);
  expect(answer.errors![0]!.extensions.code).toMatch(code);
  expect(answer.errors![0]!.message.length).toBeGreaterThan(20);
  expect(answer.raw).not.toMatch(/stacktrace|\bat .*\.(ts|js):\d+|MATCH \(|Neo4jError/);
}

describe('abusive queries are refused quickly with a code', () => {
  it('depth 50', async () => {
    const query = `{ entity(id: "Region:重庆市") { ${'relations { other { '.repeat(25)} id ${'} } '.repeat(25)} } }`;
    expectRefused(await post(query), 'QUERY_TOO_DEEP');
  });

  it('1,000 aliases', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: stats { documents }`).join(' ')} }`;
    expectRefused(await post(query), 'LIMIT_EXCEEDED');
  });

  it('cyclic fragments', async () => {
    const query = `{ entity(id: "Region:重庆市") { ...A } }
      fragment A on Entity { relations { other { ...B } } }
      fragment B on Entity { relations { other { ...A } } }`;
    expectRefused(await post(query), /QUERY_TOO_DEEP|GRAPHQL_VALIDATION_FAILED/);
  });

  it('a huge fragment (20,000 fields) spread many times', async () => {
    const query = `{ ${Array.from({ length: 50 }, () => '...F').join(' ')} }
      fragment F on Query { stats { ${'documents '.repeat(20_000)} } }`;
    const answer = await post(query);
    expectRefused(answer, 'LIMIT_EXCEEDED');
    expect(answer.errors![0]!.message).toMatch(/more than \d+ tokens/);
  });

  it('a fragment fan-out (each level spreads the one below twice under two aliases)', async () => {
    const levels = 12;
    const fragments = [`fragment L0 on Entity { id name }`];
    for (let i = 1; i <= levels; i++) fragments.push(`fragment L${i} on Entity { x${i}: regions { ...L${i - 1} } y${i}: regions { ...L${i - 1} } }`);
    const query = `{ entity(id: "Region:重庆市") { ...L${levels} } } ${fragments.join(' ')}`;
    expectRefused(await post(query), 'QUERY_TOO_DEEP');
  });

  it('a wide fragment fan-out within the depth limit (each level spreads the one below 20 times)', async () => {
    const fragments = [`fragment W0 on Entity { id name }`];
    for (let i = 1; i <= 6; i++) fragments.push(`fragment W${i} on Entity { regions { ${Array(20).fill(`...W${i - 1}`).join(' ')} } }`);
    expectRefused(await post(`{ entity(id: "Region:重庆市") { ...W6 } } ${fragments.join(' ')}`), 'QUERY_TOO_COMPLEX');
  });

  it('page sizes of 10^9 (and an Int beyond 32 bits)', async () => {
    for (const query of [
      '{ entities(first: 1000000000) { totalCount } }',
      '{ search(query: "大学", limit: 1000000000) { entity { id } } }',
      '{ neighbors(id: "Region:重庆市", limit: 1000000000) { nodes { id } } }',
      '{ entity(id: "Region:重庆市") { relations(first: 1000000000) { type } } }',
    ]) {
      expectRefused(await post(query), /LIMIT_EXCEEDED|QUERY_TOO_COMPLEX/);
    }
    expectRefused(await post('{ entities(first: 10000000000) { totalCount } }'), /GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
  });

  it('maxHops 100, depth 100', async () => {
    expectRefused(await post('{ paths(from: "重庆大学", to: "西南大学", maxHops: 100) { length } }'), 'LIMIT_EXCEEDED');
    expectRefused(await post('{ neighbors(id: "Region:重庆市", depth: 100) { nodes { id } } }'), 'LIMIT_EXCEEDED');
    expectRefused(await post('{ subgraph(seeds: ["Region:重庆市"], depth: 100) { nodes { id } } }'), 'LIMIT_EXCEEDED');
  });

  it(`a body over ${MAX_BODY_BYTES} bytes gets HTTP 413`, async () => {
    const t0 = performance.now();
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ stats { documents } } #${'x'.repeat(2 * MAX_BODY_BYTES)}` }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(performance.now() - t0).toBeLessThan(FAST_MS);
  });

  it('mutations and subscriptions are refused', async () => {
    expectRefused(await post('mutation { __typename }'), /BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    expectRefused(await post('subscription { __typename }'), /BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    const schema = await post('{ __schema { mutationType { name } subscriptionType { name } } }');
    expect(schema.data.__schema).toEqual({ mutationType: null, subscriptionType: null });
  });
});

const HOSTILE = [
  '" ) ( * ~ AND OR // MATCH (n) DETACH DELETE n',
  "') RETURN 1 UNION MATCH (n) DETACH DELETE n //",
  '*:*',
  'name:重庆* OR id:/.*/ ~0.1 ^10',
  '\\" } ] ) ; CALL db.clearQueryCaches() //',
  '重庆大学" OR "1"="1',
];

describe('hostile text in arguments', () => {
  it('search, look-ups and reports answer normally or with a validation error, never a database error', async () => {
    const query = `query($q: String!, $id: ID!, $list: [String!]) {
      search(query: $q, limit: 5) { entity { id } }
      entityByName(name: $q) { id }
      entity(id: $id) { id }
      plan(id: $id) { id }
      compareIndicators(name: $q) { region { id } }
      sharedPartners(regions: $list) { partner { id } }
    }`;
    for (const q of HOSTILE) {
      const answer = await post(query, { q, id: q, list: [q, '重庆市'] });
      expect(answer.ms).toBeLessThan(FAST_MS * 2);
      for (const error of answer.errors ?? []) expect(error.extensions.code).toMatch(/^(BAD_USER_INPUT|NOT_FOUND|LIMIT_EXCEEDED)$/);
      if (!answer.errors) {
        expect(Array.isArray(answer.data.search)).toBe(true);
        expect(answer.data.entity).toBeNull();
      }
      const inline = await post(`{ search(query: ${JSON.stringify(q)}, limit: 5) { entity { id } } }`);
      expect(inline.errors ?? []).toEqual([]);
      expect(Array.isArray(inline.data.search)).toBe(true);
    }
  });

  it('a hostile path query answers or refuses, never runs the text', async () => {
    for (const q of HOSTILE) {
      const answer = await post('query($q: ID!) { paths(from: $q, to: "重庆大学", maxHops: 3) { length } }', { q });
      for (const error of answer.errors ?? []) expect(error.extensions.code).toMatch(/^(BAD_USER_INPUT|NOT_FOUND)$/);
    }
  });
});

describe('afterwards', () => {
  it('the server is healthy and the database holds exactly what it held before', async () => {
    const health = await post('{ health { ok database } stats { documents } }');
    expect(health.data).toEqual({ health: { ok: true, database: true }, stats: { documents: documents.length } });
    expect(await totals(store.driver)).toEqual(before.totals);
    expect(await fingerprints(store.driver, documents)).toEqual(before.fingerprints);
  });
});
