/**
 * What the loader relies on, checked on the real corpus: every id that a relation, mention or document
 * names is a node of the graph, every mention stands in a sentence of its document, and every relation's
 * evidence quotes a sentence of the document it names.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/extract/index.ts';
import { isNodeType, relationAllowed, type GraphDocument } from '../../src/graph/model.ts';

let graph: GraphDocument;

beforeAll(async () => {
  graph = (await extractDocuments(['data/plans'])).graph;
}, 60_000);

describe('the extracted graph of data/plans', () => {
  it('names only nodes it defines', () => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    const dangling: string[] = [];
    for (const r of graph.relations) for (const end of [r.source, r.target]) if (!ids.has(end)) dangling.push(`${r.type} → ${end}`);
    for (const d of graph.documents) {
      if (!ids.has(d.plan)) dangling.push(`document ${d.id} plan ${d.plan}`);
      if (d.issuer && !ids.has(d.issuer)) dangling.push(`document ${d.id} issuer ${d.issuer}`);
      for (const m of d.mentions ?? []) if (!ids.has(m.node)) dangling.push(`mention in ${m.sentence} → ${m.node}`);
    }
    expect(dangling).toEqual([]);
  });

  it('has one node per id, of the model types, and relations the spec allows', () => {
    const ids = graph.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(graph.nodes.every((n) => isNodeType(n.type))).toBe(true);
    const types = new Map(graph.nodes.map((n) => [n.id, n.type]));
    const refused = graph.relations.filter((r) => !relationAllowed(r.type, types.get(r.source)!, types.get(r.target)!));
    expect(refused.map((r) => `${r.type} ${r.source} → ${r.target}`)).toEqual([]);
  });

  it('keeps, for every relation, a sentence of the named document that contains the relation', () => {
    const sentences = new Map<string, Map<number, string>>();
    const spans = new Map<string, { start: number; end: number; text: string }[]>();
    for (const d of graph.documents) {
      sentences.set(d.id, new Map((d.sentences ?? []).map((s) => [s.start, s.text])));
      spans.set(d.id, d.sentences ?? []);
    }
    const unsupported: string[] = [];
    for (const r of graph.relations) {
      expect(r.evidence.length, `${r.type} ${r.source} → ${r.target}`).toBeGreaterThan(0);
      for (const ev of r.evidence) {
        if (r.type === 'MENTIONS') {
          // a mention's evidence gives the mention's own offsets, inside a sentence that quotes it
          const s = spans.get(ev.document)?.find((x) => x.start <= ev.start && ev.end <= x.end);
          if (!s || s.text !== ev.sentence) unsupported.push(`MENTIONS ${r.target} @ ${ev.document}:${ev.start}`);
          continue;
        }
        const text = sentences.get(ev.document)?.get(ev.start);
        if (text === undefined || !text.includes(ev.sentence.slice(0, 10))) unsupported.push(`${r.type} ${r.source} → ${r.target} @ ${ev.document}:${ev.start}`);
      }
    }
    expect(unsupported).toEqual([]);
  });

  it('puts every mention inside a sentence of its document, at the offsets it gives', () => {
    for (const d of graph.documents) {
      const byId = new Map((d.sentences ?? []).map((s) => [s.id, s]));
      for (const m of d.mentions ?? []) {
        const s = byId.get(m.sentence);
        expect(s, `${d.id} ${m.sentence}`).toBeDefined();
        expect(m.start >= s!.start && m.end <= s!.end, `${d.id} ${m.surface} at ${m.start}`).toBe(true);
      }
    }
  });
});
