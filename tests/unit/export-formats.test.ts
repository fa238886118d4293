/**
 * Every export format, written from the five plans as extracted (no database), parsed back with a real parser:
 * fast-xml-parser for GraphML and GEXF, csv-parse for the neo4j-admin CSV, Cytoscape.js (headless) for its JSON.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportGraphFromDocument, renderExport, toCytoscapeJson, toD3Json, toGexf, toGraphml, toNodesCsv, toRelationshipsCsv, type ExportGraph } from '../../src/export/index.ts';
import { extractDocuments } from '../../src/extract/index.ts';

let graph: ExportGraph;

beforeAll(async () => {
  const result = await extractDocuments(['data/plans'], { manifest: 'data/plans/manifest.json' });
  graph = exportGraphFromDocument(result.graph);
}, 60_000);

/** A node and an edge with every character that needs escaping somewhere. */
function awkward(): ExportGraph {
  return {
    nodes: [
      { id: 'Enterprise:A&B "<甲>"', type: 'Enterprise', name: 'A&B "<甲>"', aliases: ['甲;乙', "O'Neil, \n两行"], regions: ['万州区'], evidenceCount: 2, mentions: 1 },
      { id: 'Region:万州区', type: 'Region', name: '万州区', aliases: [], regions: [], evidenceCount: 2, mentions: 0 },
    ],
    edges: [
      { id: 'Enterprise:A&B "<甲>"|BELONGS_TO|Region:万州区', source: 'Enterprise:A&B "<甲>"', target: 'Region:万州区', type: 'BELONGS_TO', evidenceCount: 2, documents: ['d1', 'd2'], sentence: '引号"、逗号,\u0001与<尖括号>&', section: '第一章 / 一、' },
    ],
    truncated: false,
  };
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, parseTagValue: false, isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data', 'attribute', 'attvalue', 'attributes'].includes(name) });

type Data = { key: string; '#text'?: string };
type XmlNode = { id: string; data?: Data[]; label?: string; attvalues?: { attvalue: { for: string; value: string }[] } };
type XmlEdge = XmlNode & { source: string; target: string };

function graphmlBack(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  const doc = xml.parse(text) as { graphml: { key: { id: string; for: string; 'attr.name': string }[]; graph: { node?: XmlNode[]; edge?: XmlEdge[] } } };
  const data = (n: XmlNode) => Object.fromEntries((n.data ?? []).map((d) => [d.key, d['#text'] ?? '']));
  return { doc: doc.graphml, data };
}

describe('GraphML', () => {
  it('parses back with every node, edge and declared attribute of the plans', () => {
    const { doc, data } = graphmlBack(toGraphml(graph));
    const nodes = doc.graph.node ?? [];
    const edges = doc.graph.edge ?? [];
    expect(nodes).toHaveLength(graph.nodes.length);
    expect(edges).toHaveLength(graph.edges.length);
    expect(graph.nodes.length).toBeGreaterThan(100);
    const keys = new Set(doc.key.map((k) => k.id));
    for (const n of [...nodes, ...edges]) for (const d of n.data ?? []) expect(keys.has(d.key)).toBe(true);
    const ids = new Set(nodes.map((n) => n.id));
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    // 重庆大学 is named by several plans (e.g. qianjiang: 加强与重庆大学、西南大学……合作).
    const cqu = nodes.find((n) => n.id === 'University:重庆大学');
    expect(cqu).toBeDefined();
    expect(data(cqu!)).toMatchObject({ n_type: 'University', n_name: '重庆大学', n_label: '重庆大学' });
    expect(Number(data(cqu!).n_evidenceCount)).toBeGreaterThan(0);
    expect(edges.some((e) => (e.source === 'University:重庆大学' || e.target === 'University:重庆大学') && data(e).e_relation === 'COLLABORATES_WITH')).toBe(true);
  });

  it('escapes quotes, ampersands and angle brackets and drops control characters', () => {
    const { doc, data } = graphmlBack(toGraphml(awkward()));
    const [node] = doc.graph.node!;
    expect(node!.id).toBe('Enterprise:A&B "<甲>"');
    expect(data(node!).n_aliases).toBe("甲;乙; O'Neil, \n两行");
    expect(data(doc.graph.edge![0]!).e_sentence).toBe('引号"、逗号,与<尖括号>&');
  });
});

describe('GEXF', () => {
  it('parses back: nodes labelled with names, attvalues declared, colours per type, weights from evidence', () => {
    const text = toGexf(graph, new Date('2024-01-02T00:00:00Z'));
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = xml.parse(text) as {
      gexf: { version: string; meta: { lastmodifieddate: string }; graph: { attributes: { class: string; attribute: { id: string }[] }[]; nodes: { node: (XmlNode & { 'viz:color': { r: string } })[] }; edges: { edge: (XmlEdge & { weight: string })[] } } };
    };
    expect(doc.gexf.version).toBe('1.3');
    expect(doc.gexf.meta.lastmodifieddate).toBe('2024-01-02');
    const { nodes, edges, attributes } = doc.gexf.graph;
    expect(nodes.node).toHaveLength(graph.nodes.length);
    expect(edges.edge).toHaveLength(graph.edges.length);
    const declared = new Set(attributes.flatMap((a) => a.attribute.map((x) => `${a.class}:${x.id}`)));
    for (const n of nodes.node) for (const v of n.attvalues!.attvalue) expect(declared.has(`node:${v.for}`)).toBe(true);
    for (const e of edges.edge) {
      for (const v of e.attvalues!.attvalue) expect(declared.has(`edge:${v.for}`)).toBe(true);
      expect(Number(e.weight)).toBeGreaterThanOrEqual(1);
    }
    const cqu = nodes.node.find((n) => n.id === 'University:重庆大学')!;
    expect(cqu.label).toBe('重庆大学');
    expect(cqu.attvalues!.attvalue.find((v) => v.for === 'type')!.value).toBe('University');
    const region = nodes.node.find((n) => n.id === 'Region:万州区')!;
    expect(region['viz:color'].r).not.toBe(cqu['viz:color'].r);
  });

  it('keeps awkward characters as written', () => {
    const doc = xml.parse(toGexf(awkward())) as { gexf: { graph: { nodes: { node: XmlNode[] } } } };
    expect(doc.gexf.graph.nodes.node[0]!.label).toBe('A&B "<甲>"');
  });
});

describe('Cytoscape.js JSON', () => {
  it('loads into Cytoscape.js (headless) with every node and edge and their attributes', () => {
    const json = JSON.parse(toCytoscapeJson(graph)) as { elements: cytoscape.ElementsDefinition };
    const cy = cytoscape({ headless: true, elements: json.elements });
    expect(cy.nodes()).toHaveLength(graph.nodes.length);
    expect(cy.edges()).toHaveLength(graph.edges.length);
    const cqu = cy.getElementById('University:重庆大学');
    expect(cqu.data('type')).toBe('University');
    expect(cqu.data('label')).toBe('重庆大学');
    expect(cqu.connectedEdges('[type = "COLLABORATES_WITH"]').length).toBeGreaterThan(0);
    cy.destroy();
  });
});

describe('D3 JSON', () => {
  it('is {nodes, links} whose links name existing nodes', () => {
    const d3 = JSON.parse(toD3Json(graph)) as { nodes: { id: string; name: string; group: string }[]; links: { source: string; target: string; value: number }[] };
    expect(d3.nodes).toHaveLength(graph.nodes.length);
    expect(d3.links).toHaveLength(graph.edges.length);
    const ids = new Set(d3.nodes.map((n) => n.id));
    expect(ids.size).toBe(d3.nodes.length);
    for (const l of d3.links) {
      expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
      expect(l.value).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('CSV for neo4j-admin import', () => {
  // The header grammar of neo4j-admin database import: name[:type] or :ID/:LABEL/:START_ID/:END_ID/:TYPE.
  const HEADER = /^([A-Za-z][A-Za-z0-9]*)?(:(ID|LABEL|START_ID|END_ID|TYPE|int|long|float|double|boolean|string|string\[\]|int\[\]))?$/;

  it('writes headers neo4j-admin understands and rows csv-parse reads back', () => {
    const nodes = parseCsv(toNodesCsv(graph), { columns: true, relax_quotes: false }) as Record<string, string>[];
    const rels = parseCsv(toRelationshipsCsv(graph), { columns: true, relax_quotes: false }) as Record<string, string>[];
    for (const h of [...Object.keys(nodes[0]!), ...Object.keys(rels[0]!)]) expect(h).toMatch(HEADER);
    expect(nodes).toHaveLength(graph.nodes.length);
    expect(rels).toHaveLength(graph.edges.length);
    const ids = new Set(nodes.map((n) => n['id:ID']));
    expect(ids.size).toBe(nodes.length);
    for (const r of rels) expect(ids.has(r[':START_ID']!) && ids.has(r[':END_ID']!)).toBe(true);
    const cqu = nodes.find((n) => n['id:ID'] === 'University:重庆大学')!;
    expect(cqu[':LABEL']!.split(';')).toEqual(['Entity', 'University']);
    expect(Number(cqu['evidenceCount:int'])).toBeGreaterThan(0);
    for (const r of rels) expect(Number.isInteger(Number(r['evidenceCount:int']))).toBe(true);
  });

  it('keeps one array element per alias and one row per line', () => {
    const g = awkward();
    const [row] = parseCsv(toNodesCsv(g), { columns: true }) as Record<string, string>[];
    expect(row!['name']).toBe('A&B "<甲>"');
    expect(row!['aliases:string[]']!.split(';')).toEqual(['甲；乙', "O'Neil,  两行"]);
    expect(toNodesCsv(g).trimEnd().split('\n')).toHaveLength(3);
    const [rel] = parseCsv(toRelationshipsCsv(g), { columns: true }) as Record<string, string>[];
    expect(rel!['documents:string[]']!.split(';')).toEqual(['d1', 'd2']);
  });

  it('renders csv as two files and every other format as one', () => {
    expect(renderExport('csv', graph).map((f) => f.name)).toEqual(['nodes.csv', 'relationships.csv']);
    for (const format of ['graphml', 'gexf', 'cytoscape', 'd3'] as const) expect(renderExport(format, graph)).toHaveLength(1);
  });
});
