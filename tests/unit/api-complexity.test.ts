/**
 * The query cost is computed once per parsed document, operation and variables, and refuses exactly what it refused
 * when it was computed on every request: the same document with other variables or another operation is costed anew.
 */
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { computeOutcome, CostCache, queryCost, type Outcome } from '../../src/api/complexity.ts';
import { createApi, typeDefs } from '../../src/api/index.ts';
import { loadConfig } from '../../src/config.ts';
import type { Store } from '../../src/store/store.ts';
import { makeExecutableSchema } from '@graphql-tools/schema';

const schema = makeExecutableSchema({ typeDefs });
const NESTED = 'query Q($n: Int) { entities(first: $n) { edges { node { relations(first: $n) { evidence(first: $n) { sentence } } } } } }';

function countingCache(perDocument?: number) {
  const calls: unknown[] = [];
  const cache = new CostCache(perDocument, (...args): Outcome => {
    calls.push(args[2]);
    return computeOutcome(...args);
  });
  return { cache, calls };
}

describe('CostCache', () => {
  it('gives the cost graphql-query-complexity gives, computed once per document and variables', () => {
    const { cache, calls } = countingCache();
    const document = parse(NESTED);
    for (const n of [500, 5, 500, 5, 500]) expect(cache.outcome(schema, document, { n }, undefined)).toBe(queryCost(schema, document, { n }));
    expect(calls).toEqual([{ n: 500 }, { n: 5 }]);
    expect(cache.outcome(schema, document, { n: 500 }, undefined)).toBeGreaterThan(50_000);
    expect(cache.outcome(schema, document, { n: 5 }, undefined)).toBeLessThan(50_000);
  });

  it('costs each operation of a document on its own', () => {
    const { cache, calls } = countingCache();
    const document = parse('query Cheap { health { ok } } query Dear { entities(first: 500) { edges { node { relations(first: 500) { type } } } } }');
    expect(cache.outcome(schema, document, {}, 'Cheap')).toBe(1);
    expect(cache.outcome(schema, document, {}, 'Dear')).toBeGreaterThan(50_000);
    expect(cache.outcome(schema, document, {}, 'Cheap')).toBe(1);
    expect(calls).toHaveLength(2);
  });

  it('another parse of the same text is another document (costed again), and variables that are not plain JSON are never cached', () => {
    const { cache, calls } = countingCache();
    cache.outcome(schema, parse(NESTED), { n: 5 }, undefined);
    cache.outcome(schema, parse(NESTED), { n: 5 }, undefined);
    const document = parse(NESTED);
    cache.outcome(schema, document, { n: undefined }, undefined);
    cache.outcome(schema, document, { n: undefined }, undefined);
    // A value graphql refuses is refused every time (an error is never remembered).
    for (let i = 0; i < 2; i++) expect(() => cache.outcome(schema, document, { n: Number.NaN }, undefined)).toThrow(/invalid value NaN/);
    expect(calls).toHaveLength(6);
  });

  it('keeps at most the set number of variable sets per document, forgetting the oldest', () => {
    const { cache, calls } = countingCache(2);
    const document = parse(NESTED);
    for (const n of [1, 2, 3, 1]) cache.outcome(schema, document, { n }, undefined);
    expect(calls).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 1 }]);
    cache.outcome(schema, document, { n: 3 }, undefined);
    expect(calls).toHaveLength(4);
  });
});

describe('the complexity plugin with its cache', () => {
  async function withApi<T>(body: (run: (query: string, variables?: Record<string, unknown>) => Promise<{ codes: unknown[]; messages: string[]; status?: number }>) => Promise<T>): Promise<T> {
    const store = { roundTrips: 0, read: async () => [] } as unknown as Store;
    const api = createApi(store, loadConfig({ NODE_ENV: 'test' }));
    await api.server.start();
    try {
      return await body(async (query, variables) => {
        const response = await api.server.executeOperation({ query, variables }, { contextValue: api.context() });
        if (response.body.kind !== 'single') throw new Error('expected a single result');
        const errors = response.body.singleResult.errors ?? [];
        return { codes: errors.map((e) => e.extensions?.code), messages: errors.map((e) => e.message), status: response.http.status };
      });
    } finally {
      await api.server.stop();
    }
  }

  it('refuses a repeated costly request every time, and lets the same document through with small pages', async () => {
    await withApi(async (run) => {
      for (const n of [500, 5, 500, 500, 5]) {
        const { codes, messages, status } = await run(NESTED, { n });
        if (n === 500) {
          expect(codes).toEqual(['QUERY_TOO_COMPLEX']);
          expect(messages[0]).toMatch(/cost \d+, above the limit of 50000/);
          expect(status).toBe(400);
        } else {
          expect(codes).toEqual([]);
        }
      }
    });
  });

  it('refuses a document whose fragments spread past the node cap every time it is sent', async () => {
    // Each fragment spreads the one below it twice: 2^12 copies of the innermost fields once spread out.
    const fragments = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Entity { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const query = `{ entity(id: "Region:万州区") { ...F0 } } ${fragments} fragment F12 on Entity { id name }`;
    await withApi(async (run) => {
      for (let i = 0; i < 3; i++) {
        const { codes, messages } = await run(query);
        expect(codes).toEqual(['QUERY_TOO_COMPLEX']);
        expect(messages[0]).toMatch(/too many fields once its fragments are spread/);
      }
    });
  });
});
