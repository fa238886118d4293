/** GraphML (yEd, Gephi, NetworkX): one <key> per attribute; lists (aliases, regions, documents) joined with "; ". */
import type { ExportGraph } from './types.ts';
import { buildXml, xmlText } from './xml.ts';

const NODE_KEYS = [
  ['label', 'string'],
  ['type', 'string'],
  ['name', 'string'],
  ['aliases', 'string'],
  ['regions', 'string'],
  ['evidenceCount', 'int'],
  ['mentions', 'int'],
] as const;
const EDGE_KEYS = [
  ['relation', 'string'],
  ['evidenceCount', 'int'],
  ['documents', 'string'],
  ['sentence', 'string'],
  ['section', 'string'],
] as const;

function data(keyPrefix: string, values: Record<string, string | number>) {
  // An empty value is left out: GraphML reads a missing <data> as the key's default (none).
  return Object.entries(values)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => ({ '@_key': `${keyPrefix}${k}`, '#text': typeof v === 'string' ? xmlText(v) : String(v) }));
}

export function toGraphml(graph: ExportGraph): string {
  const keys = [
    ...NODE_KEYS.map(([name, type]) => ({ '@_id': `n_${name}`, '@_for': 'node', '@_attr.name': name, '@_attr.type': type })),
    ...EDGE_KEYS.map(([name, type]) => ({ '@_id': `e_${name}`, '@_for': 'edge', '@_attr.name': name, '@_attr.type': type })),
  ];
  const nodes = graph.nodes.map((n) => ({
    '@_id': xmlText(n.id),
    data: data('n_', { label: n.name, type: n.type, name: n.name, aliases: n.aliases.join('; '), regions: n.regions.join('; '), evidenceCount: n.evidenceCount, mentions: n.mentions }),
  }));
  const edges = graph.edges.map((e) => ({
    '@_id': xmlText(e.id),
    '@_source': xmlText(e.source),
    '@_target': xmlText(e.target),
    data: data('e_', { relation: e.type, evidenceCount: e.evidenceCount, documents: e.documents.join('; '), sentence: e.sentence ?? '', section: e.section ?? '' }),
  }));
  return buildXml({
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: keys,
      graph: { '@_id': 'plangraph', '@_edgedefault': 'directed', node: nodes, edge: edges },
    },
  });
}
