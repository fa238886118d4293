/**
 * The five plans, extracted and loaded: every link the graph holds is the one the extraction stated. The load statements
 * name nodes by position in a list sent beside the rows (src/store/loader.ts, NodeRefs), so a position taken from the
 * wrong list, or a list out of order, would join a sentence to the wrong section or a mention to the wrong entity;
 * this compares every such link, one by one, with the GraphDocument.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphDocument } from '../../src/graph/model.ts';
import { Store } from '../../src/store/index.ts';
import { loadPlans } from './helpers/load-plans.ts';

let store: Store;
let graph: GraphDocument;

async function rows(text: string): Promise<string[]> {
  const result = await store.driver.executeQuery(text);
  return result.records.map((r) => JSON.stringify(Object.values(r.toObject()))).sort();
}

function sorted(list: unknown[][]): string[] {
  return list.map((x) => JSON.stringify(x)).sort();
}

beforeAll(async () => {
  store = new Store({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
  await store.driver.executeQuery('MATCH (n) DETACH DELETE n');
  graph = await loadPlans(store);
}, 300_000);

afterAll(async () => {
  await store?.close();
});

describe('a load of the five plans holds exactly the links the extraction stated', () => {
  it('each sentence under its section, each section under its parent and its plan', async () => {
    const sentences = graph.documents.flatMap((d) => (d.sentences ?? []).map((s) => [s.section ?? `${d.id}#s-1`, s.id]));
    expect(sentences.length).toBeGreaterThan(1000);
    expect(await rows(`MATCH (s:Section)-[:HAS_SENTENCE]->(t:Sentence) RETURN s.id, t.id`)).toEqual(sorted(sentences));
    const parents = graph.documents.flatMap((d) => (d.sections ?? []).map((s) => [s.id, s.parent ?? `${d.id}#s-1`]));
    expect(parents.length).toBeGreaterThan(100);
    expect(await rows(`MATCH (s:Section)-[:SUBSECTION_OF]->(p:Section) RETURN s.id, p.id`)).toEqual(sorted(parents));
    const plans = graph.documents.flatMap((d) => [`${d.id}#s-1`, ...(d.sections ?? []).map((s) => s.id)].map((id) => [d.plan, id]));
    expect(await rows(`MATCH (p:Plan)-[:HAS_SECTION]->(s:Section) RETURN p.id, s.id`)).toEqual(sorted(plans));
  });

  it('each mention from its sentence to its entity, at its offsets', async () => {
    const mentions = graph.documents.flatMap((d) => (d.mentions ?? []).map((m) => [m.sentence, m.node, m.start, m.end, m.surface]));
    expect(mentions.length).toBeGreaterThan(1000);
    expect(new Set(mentions.map((m) => m[1])).size).toBeGreaterThan(100);
    expect(await rows(`MATCH (t:Sentence)-[m:MENTIONS]->(e:Entity) RETURN t.id, e.id, m.start, m.end, m.surface`)).toEqual(sorted(mentions));
  });

  it('each relation between its source and target, with its document and first sentence; each indicator on its plan', async () => {
    const relations = graph.relations
      .filter((r) => r.type !== 'MENTIONS')
      .flatMap((r) => [...new Set(r.evidence.map((e) => e.document))].map((doc) => [r.type, r.source, r.target, doc, r.evidence.find((e) => e.document === doc)!.sentence]));
    expect(relations.length).toBeGreaterThan(100);
    expect(await rows(`MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) <> 'MENTIONS' RETURN type(r), a.id, b.id, r.document, r.sentences[0]`)).toEqual(sorted(relations));
    const indicators = graph.indicators.map((i) => [graph.documents.find((d) => d.id === i.document)!.plan, i.name, i.evidence.start]);
    expect(indicators.length).toBeGreaterThan(10);
    expect(await rows(`MATCH (p:Plan)-[:HAS_INDICATOR]->(i:Indicator) RETURN p.id, i.name, i.start`)).toEqual(sorted(indicators));
  });
});
