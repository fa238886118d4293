/**
 * The loader against the real Neo4j: a small graph built from real plan sentences, loaded twice
 * (idempotent), re-loaded with a change (replaced), and re-loaded with a failure in the middle
 * (the previous graph stays whole).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Store, loadGraph, partnerSummaryIsStale, refreshPartnerSummary } from '../../src/store/index.ts';
import { SENTENCE, sampleGraph } from './helpers/sample-graph.ts';

let store: Store;

async function counts() {
  const [row] = await store.driver
    .executeQuery(
      `MATCH (n) WITH count(n) AS nodes
       MATCH ()-[r]->() WITH nodes, count(r) AS rels
       MATCH (:Region {name: '开州区'})-[c:COLLABORATES_WITH]->(u:University)
       WITH nodes, rels, u, c ORDER BY u.name
       RETURN nodes, rels, collect(u.name) AS partners, collect(c.sentences[0]) AS sentences`,
    )
    .then((r) => r.records.map((x) => x.toObject()));
  return row as { nodes: number; rels: number; partners: string[]; sentences: string[] };
}

beforeAll(async () => {
  store = new Store({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
  await store.driver.executeQuery('MATCH (n) DETACH DELETE n');
});

afterAll(async () => {
  await store?.close();
});

describe('loading a graph into Neo4j', () => {
  it('writes entities with labels, relations with their sentence, the lexical graph and indicators', async () => {
    await loadGraph(store, sampleGraph(['重庆大学', '重庆交通大学']));
    const c = await counts();
    expect(c.partners).toEqual(['重庆交通大学', '重庆大学'].sort());
    expect(c.sentences.every((s) => s === SENTENCE)).toBe(true);
    const [labels] = (await store.driver.executeQuery(`MATCH (u {id: 'University:重庆大学'}) RETURN labels(u) AS labels, u.pinyin AS pinyin, u.names AS names`)).records.map((r) => r.toObject());
    expect(labels!.labels.sort()).toEqual(['Entity', 'University']);
    expect(labels!.pinyin).toBe('chong qing da xue');
    expect(labels!.names).toContain('重慶大學');
    const [path] = (
      await store.driver.executeQuery(
        `MATCH (p:Plan)-[:HAS_SECTION]->(:Section)-[:HAS_SENTENCE]->(t:Sentence)-[:MENTIONS]->(u:University {name: '重庆大学'})
         MATCH (p)-[:HAS_INDICATOR]->(i:Indicator)
         RETURN p.documentId AS doc, t.text AS text, i.targetValue AS target`,
      )
    ).records.map((r) => r.toObject());
    expect(path).toEqual({ doc: 'kaizhou-test', text: SENTENCE, target: 2 });
  });

  it('is idempotent: loading the same graph again gives the same counts', async () => {
    const before = await counts();
    await loadGraph(store, sampleGraph(['重庆大学', '重庆交通大学']));
    expect(await counts()).toEqual(before);
  });

  it('replaces a document on re-load, and drops entities nothing refers to any more', async () => {
    await loadGraph(store, sampleGraph(['重庆大学']));
    const c = await counts();
    expect(c.partners).toEqual(['重庆大学']);
    const gone = await store.driver.executeQuery(`MATCH (u {name: '重庆交通大学'}) RETURN count(u) AS n`);
    expect(gone.records[0]!.get('n')).toBe(0);
  });

  it('leaves the previous graph whole when a load fails in the middle', async () => {
    const before = await counts();
    const bad = sampleGraph(['重庆大学', '西南大学']);
    // A sentence whose offset is a map: Neo4j refuses it after the delete and the entities were written.
    (bad.documents[0]!.sentences![0] as unknown as { start: unknown }).start = { not: 'a number' };
    await expect(loadGraph(store, bad)).rejects.toThrow(/kaizhou-test.*previous version/);
    expect(await counts()).toEqual(before);
    expect(await partnerSummaryIsStale(store)).toBe(false);
  });

  it('refuses a node of a type the model does not have, before writing anything', async () => {
    const before = await counts();
    const bad = sampleGraph(['重庆大学']);
    (bad.nodes[2] as unknown as { type: string }).type = 'Person';
    await expect(loadGraph(store, bad)).rejects.toThrow(/Person, not one of the model's types/);
    expect(await counts()).toEqual(before);
  });

  it('keeps the partner summary in step with the relations, and marks it fresh', async () => {
    const partnerIds = async () => (await store.driver.executeQuery(`MATCH (r:Region {id: 'Region:开州区'}) RETURN r.partnerIds AS ids`)).records[0]!.get('ids');
    await loadGraph(store, sampleGraph(['重庆大学', '重庆交通大学']));
    expect(await partnerIds()).toEqual(['University:重庆交通大学', 'University:重庆大学'].sort());
    expect(await partnerSummaryIsStale(store)).toBe(false);
    await loadGraph(store, sampleGraph(['重庆大学']));
    expect(await partnerIds()).toEqual(['University:重庆大学']);
  });

  it('rebuilds a summary a load left stale (what serve does at start)', async () => {
    await store.driver.executeQuery(`MATCH (r:Region) REMOVE r.partnerIds, r.partnerTypes, r.partnerLinks`);
    await store.write('meta-set', { key: 'partner-summary', fingerprint: 'stale' });
    expect(await partnerSummaryIsStale(store)).toBe(true);
    await refreshPartnerSummary(store);
    expect(await partnerSummaryIsStale(store)).toBe(false);
    const [row] = (await store.driver.executeQuery(`MATCH (r:Region {id: 'Region:开州区'}) RETURN r.partnerIds AS ids, r.partnerLinks AS links`)).records.map((r) => r.toObject());
    expect(row).toEqual({ ids: ['University:重庆大学'], links: [1] });
  });
});
