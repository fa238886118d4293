/** GEXF 1.3 (Gephi): declared attributes, the type's colour as viz:color, edge weight = evidence count. */
import type { ExportGraph } from './types.ts';
import { rgb, TYPE_COLOURS } from './palette.ts';
import { buildXml, xmlText } from './xml.ts';

const NODE_ATTRIBUTES = [
  ['type', 'string'],
  ['aliases', 'string'],
  ['regions', 'string'],
  ['evidenceCount', 'integer'],
  ['mentions', 'integer'],
] as const;
const EDGE_ATTRIBUTES = [
  ['relation', 'string'],
  ['evidenceCount', 'integer'],
  ['documents', 'string'],
  ['sentence', 'string'],
  ['section', 'string'],
] as const;

function attvalues(values: Record<string, string | number>) {
  return { attvalue: Object.entries(values).map(([k, v]) => ({ '@_for': k, '@_value': typeof v === 'string' ? xmlText(v) : String(v) })) };
}

export function toGexf(graph: ExportGraph, generated: Date = new Date()): string {
  const nodes = graph.nodes.map((n) => {
    const c = rgb(TYPE_COLOURS[n.type]);
    return {
      '@_id': xmlText(n.id),
      '@_label': xmlText(n.name),
      attvalues: attvalues({ type: n.type, aliases: n.aliases.join('; '), regions: n.regions.join('; '), evidenceCount: n.evidenceCount, mentions: n.mentions }),
      'viz:color': { '@_r': c.r, '@_g': c.g, '@_b': c.b },
    };
  });
  const edges = graph.edges.map((e) => ({
    '@_id': xmlText(e.id),
    '@_source': xmlText(e.source),
    '@_target': xmlText(e.target),
    '@_label': e.type,
    '@_weight': Math.max(1, e.evidenceCount),
    attvalues: attvalues({ relation: e.type, evidenceCount: e.evidenceCount, documents: e.documents.join('; '), sentence: e.sentence ?? '', section: e.section ?? '' }),
  }));
  return buildXml({
    gexf: {
      '@_xmlns': 'http://gexf.net/1.3',
      '@_xmlns:viz': 'http://gexf.net/1.3/viz',
      '@_version': '1.3',
      meta: { '@_lastmodifieddate': generated.toISOString().slice(0, 10), creator: 'PlanGraph', description: 'Entities and relations extracted from regional science-and-technology plans' },
      graph: {
        '@_mode': 'static',
        '@_defaultedgetype': 'directed',
        attributes: [
          { '@_class': 'node', attribute: NODE_ATTRIBUTES.map(([title, type]) => ({ '@_id': title, '@_title': title, '@_type': type })) },
          { '@_class': 'edge', attribute: EDGE_ATTRIBUTES.map(([title, type]) => ({ '@_id': title, '@_title': title, '@_type': type })) },
        ],
        nodes: { node: nodes },
        edges: { edge: edges },
      },
    },
  });
}
