/**
 * Document transactions side by side: six documents of six regions that all name the same two universities (so
 * concurrent transactions lock the same entities), one document per transaction. Loaded two at a time, the graph
 * is the one loaded one at a time: every node, every relationship with its document, the partner summary.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphDocument } from '../../src/graph/model.ts';
import { Store, loadGraph, partnerSummaryIsStale } from '../../src/store/index.ts';
import { sampleGraph } from './helpers/sample-graph.ts';

const REGIONS = ['开州区', '万州区', '云阳县', '黔江区', '荣昌区', '巫山县'];

function corpus(): GraphDocument {
  const parts = REGIONS.map((region, i) => sampleGraph(['重庆大学', '重庆交通大学'], `concurrent-${i}`, region));
  const nodes = new Map(parts.flatMap((g) => g.nodes).map((n) => [n.id, n]));
  return {
    documents: parts.flatMap((g) => g.documents),
    nodes: [...nodes.values()],
    relations: parts.flatMap((g) => g.relations),
    indicators: parts.flatMap((g) => g.indicators),
  };
}

let store: Store;

async function snapshot() {
  const q = async (text: string) => (await store.driver.executeQuery(text)).records.map((r) => JSON.stringify(r.toObject()));
  return {
    nodes: await q(`MATCH (n) WHERE NOT n:PlanGraphMeta RETURN n.id AS id, labels(n) AS labels, n.partnerIds AS partners ORDER BY id`),
    relationships: (
      await q(`MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.key) AS a, type(r) AS type, coalesce(b.id, b.key) AS b, r.document AS document, r.sentences AS sentences`)
    ).sort(),
  };
}

beforeAll(() => {
  store = new Store({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
});

afterAll(async () => {
  await store?.close();
});

describe('loading documents in concurrent transactions', () => {
  it('gives the graph that loading them one at a time gives', async () => {
    await store.driver.executeQuery('MATCH (n) DETACH DELETE n');
    const serial = await loadGraph(store, corpus(), undefined, { concurrency: 1, recordsPerTransaction: 1 });
    const expected = await snapshot();
    expect(serial.documents).toBe(REGIONS.length);
    // every region shares both universities
    expect(expected.nodes.filter((n) => n.includes('"Region:')).every((n) => n.includes('University:重庆大学') && n.includes('University:重庆交通大学'))).toBe(true);

    await store.driver.executeQuery('MATCH (n) DETACH DELETE n');
    const progress: string[] = [];
    const concurrent = await loadGraph(store, corpus(), (p) => progress.push(p.document), { concurrency: 2, recordsPerTransaction: 1 });
    expect(concurrent.documents).toBe(REGIONS.length);
    expect(concurrent.records).toBe(serial.records);
    expect(progress.sort()).toEqual(REGIONS.map((_, i) => `concurrent-${i}`));
    expect(await snapshot()).toEqual(expected);
    expect(await partnerSummaryIsStale(store)).toBe(false);

    // and re-loading them two at a time replaces each document's contribution exactly
    await loadGraph(store, corpus(), undefined, { concurrency: 2, recordsPerTransaction: 1 });
    expect(await snapshot()).toEqual(expected);
  });

  it('refuses a concurrency that is not a whole number of at least 1, before writing', async () => {
    await expect(loadGraph(store, corpus(), undefined, { concurrency: 0 })).rejects.toThrow(/concurrency must be a whole number of at least 1/);
  });
});
