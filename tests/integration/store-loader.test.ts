/**
 * The loader against the real Neo4j: a small graph built from real plan sentences, loaded twice
 * (idempotent), re-loaded with a change (replaced), and re-loaded with a failure in the middle
 * (the previous graph stays whole).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphDocument } from '../../src/graph/model.ts';
import { Store, loadGraph } from '../../src/store/index.ts';

const KAIZHOU = readFileSync('data/plans/kaizhou-2021-2025.txt', 'utf8');
const SENTENCE = KAIZHOU.split('\n').find((l) => l.includes('加强与重庆大学、重庆交通大学'))!;

function sampleGraph(partners: string[]): GraphDocument {
  const doc = 'kaizhou-test';
  const start = KAIZHOU.indexOf(SENTENCE);
  const evidence = { document: doc, section: '第三章 / 一、', sentence: SENTENCE, start, end: start + SENTENCE.length };
  const plan = { id: 'Plan:开州区科技创新规划', type: 'Plan' as const, name: '开州区科技创新规划', aliases: [] };
  const region = { id: 'Region:开州区', type: 'Region' as const, name: '开州区', aliases: ['开州'] };
  const unis = partners.map((name) => ({ id: `University:${name}`, type: 'University' as const, name, aliases: [] }));
  return {
    documents: [
      {
        id: doc,
        title: '开州区科技创新规划',
        issuer: region.id,
        path: 'data/plans/kaizhou-2021-2025.txt',
        plan: plan.id,
        sections: [{ id: `${doc}#s0`, index: 0, level: 1, title: '第三章', path: '第三章', parent: null }],
        sentences: [{ id: `${doc}#t0`, index: 0, section: `${doc}#s0`, text: SENTENCE, start, end: start + SENTENCE.length }],
        mentions: unis.map((u) => ({ node: u.id, sentence: `${doc}#t0`, surface: u.name, start: start + SENTENCE.indexOf(u.name), end: start + SENTENCE.indexOf(u.name) + u.name.length })),
      },
    ],
    nodes: [plan, region, ...unis],
    relations: [
      ...unis.map((u) => ({ type: 'COLLABORATES_WITH' as const, source: region.id, target: u.id, evidence: [evidence] })),
      ...unis.map((u) => ({ type: 'MENTIONS' as const, source: plan.id, target: u.id, evidence: [evidence], count: 1 })),
    ],
    indicators: [
      { document: doc, region: region.id, name: '研发投入强度', unit: '%', baseline: { year: 2020, value: 1.2 }, target: { year: 2025, value: 2 }, evidence },
    ],
  };
}

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
  });

  it('refuses a node of a type the model does not have, before writing anything', async () => {
    const before = await counts();
    const bad = sampleGraph(['重庆大学']);
    (bad.nodes[2] as unknown as { type: string }).type = 'Person';
    await expect(loadGraph(store, bad)).rejects.toThrow(/Person, not one of the model's types/);
    expect(await counts()).toEqual(before);
  });
});
