/**
 * The bench's loading warm-up (bench/warm-up.ts, warmUpDatabase) loads the graph's first document alone before the
 * timed load of the whole graph. The timed figure is fair only if that load does all the work a load into an empty
 * database does and ends in the same database: every node and relationship, with every property, is compared with a
 * load of the graph alone.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphDocument } from '../../src/graph/model.ts';
import { loadGraph, Store } from '../../src/store/index.ts';
import { documentSubgraph, warmUpDatabase } from '../../bench/warm-up.ts';
import { extractPlans } from './helpers/load-plans.ts';

let store: Store;
let graph: GraphDocument;

/** A property map with its keys in order, so equal maps give equal JSON (the Store's driver gives numbers as numbers). */
function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(canonical);
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
}

/** The time a plan's document was loaded: the one property two loads of the same graph set differently. */
const LOAD_TIME = 'loadedAt';

function withoutLoadTime(props: Record<string, unknown>): Record<string, unknown> {
  const { [LOAD_TIME]: _time, ...rest } = props;
  return rest;
}

/**
 * Every node and relationship of the database, sorted, but PlanGraph's bookkeeping (its versions are new at every load)
 * and the load time of each plan.
 */
async function snapshot(): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await store.driver.executeQuery('MATCH (n) WHERE NOT n:PlanGraphMeta RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await store.driver.executeQuery('MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props');
  return {
    nodes: nodes.records.map((r) => JSON.stringify([[...(r.get('labels') as string[])].sort(), canonical(withoutLoadTime(r.get('props') as Record<string, unknown>))])).sort(),
    relationships: rels.records.map((r) => JSON.stringify([r.get('from'), r.get('type'), r.get('to'), canonical(r.get('props'))])).sort(),
  };
}

async function empty(): Promise<void> {
  await store.driver.executeQuery('MATCH (n) DETACH DELETE n');
}

beforeAll(async () => {
  store = new Store({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
  graph = await extractPlans();
}, 300_000);

afterAll(async () => {
  await store?.close();
});

describe("the bench's loading warm-up", () => {
  it('loads the first document alone: its sections and relations, no other document', async () => {
    const first = graph.documents[0]!;
    const sub = documentSubgraph(graph, first.id);
    expect(sub.documents.map((d) => d.id)).toEqual([first.id]);
    expect(sub.relations.length).toBeGreaterThan(10);
    expect(sub.relations.every((r) => r.evidence.length > 0 && r.evidence.every((e) => e.document === first.id))).toBe(true);
    expect(sub.relations.length).toBeLessThan(graph.relations.length);

    await empty();
    const warm = await warmUpDatabase(store, graph);
    expect(warm.records).toBeGreaterThan(100);
    const docs = await store.driver.executeQuery('MATCH (s:Section) RETURN collect(DISTINCT s.document) AS docs');
    expect(docs.records[0]!.get('docs')).toEqual([first.id]);
  }, 300_000);

  it('then a load of the whole graph leaves the database a load of the graph alone leaves', async () => {
    await empty();
    await loadGraph(store, graph);
    const alone = await snapshot();
    expect(alone.nodes.length).toBeGreaterThan(1000);
    expect(alone.relationships.length).toBeGreaterThan(1000);
    // every relationship's ends are told apart by their ids
    expect(alone.relationships.some((r) => r.startsWith('[null') || r.includes(',null,{'))).toBe(false);

    await empty();
    await warmUpDatabase(store, graph);
    const partial = await snapshot();
    expect(partial.nodes.length).toBeLessThan(alone.nodes.length);
    const result = await loadGraph(store, graph);
    const after = await snapshot();
    expect(after.nodes).toEqual(alone.nodes);
    expect(after.relationships).toEqual(alone.relationships);
    // the timed load wrote every document, the warmed-up one too
    expect(result.documents).toBe(graph.documents.length);
  }, 300_000);
});
