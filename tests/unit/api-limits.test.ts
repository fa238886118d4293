/**
 * The API's limits and error codes, without a database: every breach is refused before any Cypher runs
 * (the fake store records each call), with the code and a message that says what to change.
 */
import { describe, expect, it } from 'vitest';
import { createApi } from '../../src/api/index.ts';
import { loadConfig } from '../../src/config.ts';
import { StoreError } from '../../src/store/errors.ts';
import type { Store } from '../../src/store/store.ts';

function fakeStore(behaviour: (name: string) => unknown[] = () => []) {
  const calls: string[] = [];
  const store = {
    roundTrips: 0,
    async read(name: string) {
      calls.push(name);
      return behaviour(name);
    },
  };
  return { store: store as unknown as Store, calls };
}

async function run(query: string, options: { env?: string; behaviour?: (name: string) => unknown[]; variables?: Record<string, unknown> } = {}) {
  const { store, calls } = fakeStore(options.behaviour);
  const api = createApi(store, loadConfig({ NODE_ENV: options.env ?? 'test' }));
  await api.server.start();
  try {
    const response = await api.server.executeOperation({ query, variables: options.variables }, { contextValue: api.context() });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { result: response.body.singleResult, calls, status: response.http.status };
  } finally {
    await api.server.stop();
  }
}

function codes(result: { errors?: readonly { extensions?: Record<string, unknown> }[] }): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

describe('limits are refused before the database is asked', () => {
  it('a query nested deeper than 10 levels is QUERY_TOO_DEEP', async () => {
    const deep = '{ entity(id: "x") { relations { other { relations { other { relations { other { relations { other { relations { other { name } } } } } } } } } } } }';
    const { result, calls } = await run(deep);
    expect(codes(result)).toContain('QUERY_TOO_DEEP');
    expect(result.errors![0]!.message).toMatch(/deeper than 10 levels/);
    expect(calls).toEqual([]);
  });

  it('a query of depth 10 or less passes validation', async () => {
    const { result } = await run('{ entity(id: "x") { relations { other { relations { other { name } } } } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ entity: null });
  });

  it('more than 100 aliases is LIMIT_EXCEEDED', async () => {
    const many = `{ ${Array.from({ length: 101 }, (_, i) => `a${i}: health { ok }`).join(' ')} }`;
    const { result, calls } = await run(many);
    expect(codes(result)).toEqual(['LIMIT_EXCEEDED']);
    expect(result.errors![0]!.message).toMatch(/more than 100 aliases/);
    expect(calls).toEqual([]);
  });

  it('a query whose nested pages multiply past the cost limit is QUERY_TOO_COMPLEX, with variables counted', async () => {
    const query = 'query Q($n: Int) { entities(first: $n) { edges { node { relations(first: $n) { evidence(first: $n) { sentence } } } } } }';
    const { result, calls, status } = await run(query, { variables: { n: 500 } });
    expect(codes(result)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(result.errors![0]!.message).toMatch(/cost \d+, above the limit of 50000/);
    expect(status).toBe(400);
    expect(calls).toEqual([]);
  });

  it('a neighbourhood of 2,000 nodes with its edges may be asked for: it reaches the database', async () => {
    const { result, calls } = await run('{ neighbors(id: "Region:万州区", depth: 2, limit: 2000) { nodes { id type name distance } edges { source target type evidenceCount } truncated } }');
    expect(codes(result).filter((c) => c === 'LIMIT_EXCEEDED' || c === 'QUERY_TOO_COMPLEX')).toEqual([]);
    expect(calls.length).toBeGreaterThan(0);
  });

  it('a nested page size above 500 is LIMIT_EXCEEDED', async () => {
    const entity = { id: 'Region:万州区', type: 'Region', name: '万州区', aliases: [], pinyin: null, pinyinInitials: null, region: null };
    const { result, calls } = await run('{ entity(id: "Region:万州区") { relations(first: 1000) { type } } }', {
      behaviour: (name) => (name === 'api-entities-by-id' ? [{ entity }] : []),
    });
    expect(codes(result)).toEqual(['LIMIT_EXCEEDED']);
    expect(result.errors![0]!.message).toMatch(/relations\(first\) is 1000, above the limit of 500/);
    expect(calls).toEqual(['api-entities-by-id']);
  });

  it.each([
    ['{ entities(first: 501) { totalCount } }', 'LIMIT_EXCEEDED', /first is 501, above the limit of 500/],
    ['{ entities(first: 0) { totalCount } }', 'BAD_USER_INPUT', /first must be at least 1/],
    ['{ neighbors(id: "Region:万州区", depth: 4) { truncated } }', 'LIMIT_EXCEEDED', /depth is 4, above the limit of 3/],
    ['{ neighbors(id: "Region:万州区", limit: 2001) { truncated } }', 'LIMIT_EXCEEDED', /limit is 2001, above the limit of 2000/],
    ['{ subgraph(seeds: ["Region:万州区"], limit: 2001) { truncated } }', 'LIMIT_EXCEEDED', /limit is 2001, above the limit of 2000/],
    ['{ paths(from: "a", to: "b", maxHops: 7) { length } }', 'LIMIT_EXCEEDED', /maxHops is 7, above the limit of 6/],
    ['{ search(query: "   ") { score } }', 'BAD_USER_INPUT', /query is empty/],
    [`{ search(query: "${'重'.repeat(201)}") { score } }`, 'LIMIT_EXCEEDED', /201 characters/],
    ['{ collaboration(regions: ["万州区"]) { unresolved } }', 'BAD_USER_INPUT', /at least 2/],
    ['{ subgraph(seeds: [], depth: 1) { truncated } }', 'BAD_USER_INPUT', /seeds needs at least 1/],
    ['{ entities(after: "not-a-cursor") { totalCount } }', 'BAD_USER_INPUT', /not a cursor/],
  ])('%s → %s', async (query, code, message) => {
    const { result } = await run(query);
    expect(codes(result)).toEqual([code]);
    expect(result.errors![0]!.message).toMatch(message);
  });

  it.each([
    ['query($n: Int) { entities(first: $n) { totalCount } }', { n: 'ten' }, /"\$n" got invalid value "ten"/],
    ['query($id: ID!) { entity(id: $id) { id } }', {}, /"\$id" of required type "ID!" was not provided/],
  ] as const)('a bad variable is the client\'s mistake: 400 BAD_USER_INPUT (%s)', async (query, variables, message) => {
    const { result, calls, status } = await run(query, { variables });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.message).toMatch(message);
    expect(status).toBe(400);
    expect(calls).toEqual([]);
  });

  it('the API is read-only: a mutation is refused', async () => {
    const { result, calls } = await run('mutation { deleteEverything }');
    expect(codes(result)).toContain('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toMatch(/read-only/);
    expect(calls).toEqual([]);
  });
});

describe('store errors map to codes', () => {
  const failing = (code: 'DATABASE_UNAVAILABLE' | 'QUERY_TIMEOUT' | 'DATABASE_ERROR') => () => {
    throw new StoreError(code, `Neo4j refused query api-search: MATCH (e:Entity) RETURN e ${code}`);
  };

  it.each(['DATABASE_UNAVAILABLE', 'QUERY_TIMEOUT', 'DATABASE_ERROR'] as const)('%s keeps its code', async (code) => {
    const { result } = await run('{ search(query: "重庆") { score } }', { behaviour: failing(code) });
    expect(codes(result)).toEqual([code]);
  });

  it('in production, errors carry no stack trace and no Cypher', async () => {
    for (const code of ['DATABASE_ERROR', 'QUERY_TIMEOUT'] as const) {
      const { result } = await run('{ search(query: "重庆") { score } }', { env: 'production', behaviour: failing(code) });
      const text = JSON.stringify(result.errors);
      expect(codes(result)).toEqual([code]);
      expect(text).not.toMatch(/MATCH|stacktrace|Neo4j refused/);
    }
  });

  it('outside production the stack trace is there for developers', async () => {
    const { result } = await run('{ search(query: "重庆") { score } }', { behaviour: failing('DATABASE_ERROR') });
    expect(result.errors![0]!.extensions!.stacktrace).toBeDefined();
  });

  it('health answers ok: false (not an error) when the database does not answer', async () => {
    const { result } = await run('{ health { ok database version mode } }', { behaviour: failing('DATABASE_UNAVAILABLE') });
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ health: { ok: false, database: false, mode: 'unknown' } });
  });
});
