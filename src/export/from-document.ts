/**
 * An ExportGraph straight from a GraphDocument (the output of `plangraph extract`), with no database: the same
 * aggregation the export-*.cypher statements do (one edge per source, type and target; MENTIONS counted per node).
 */
import type { GraphDocument, RelationType } from '../graph/model.ts';
import { DEFAULT_EXPORT_RELATIONS } from './query.ts';
import type { ExportEdge, ExportGraph, ExportNode } from './types.ts';

export function exportGraphFromDocument(doc: GraphDocument, relations: readonly RelationType[] = DEFAULT_EXPORT_RELATIONS): ExportGraph {
  const names = new Map(doc.nodes.map((n) => [n.id, n.name]));
  const nodes = new Map<string, ExportNode>();
  for (const n of doc.nodes) {
    const region = n.region ? names.get(n.region) : undefined;
    nodes.set(n.id, { id: n.id, type: n.type, name: n.name, aliases: [...n.aliases], regions: region ? [region] : [], evidenceCount: 0, mentions: 0 });
  }
  const edges = new Map<string, ExportEdge>();
  for (const r of doc.relations) {
    const [source, target] = [nodes.get(r.source), nodes.get(r.target)];
    if (!source || !target) continue;
    if (r.type === 'MENTIONS') target.mentions += r.count ?? r.evidence.length;
    else {
      source.evidenceCount += r.evidence.length;
      target.evidenceCount += r.evidence.length;
    }
    if (r.type === 'BELONGS_TO' && target.type === 'Region' && !source.regions.includes(target.name)) source.regions.push(target.name);
    if (!relations.includes(r.type)) continue;
    const id = `${r.source}|${r.type}|${r.target}`;
    const edge = edges.get(id) ?? { id, source: r.source, target: r.target, type: r.type, evidenceCount: 0, documents: [], sentence: null, section: null };
    edge.evidenceCount += r.type === 'MENTIONS' ? (r.count ?? r.evidence.length) : r.evidence.length;
    for (const e of r.evidence) {
      if (!edge.documents.includes(e.document)) edge.documents.push(e.document);
      if (edge.sentence === null) {
        edge.sentence = e.sentence;
        edge.section = e.section;
      }
    }
    edges.set(id, edge);
  }
  return { nodes: [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id)), edges: [...edges.values()], truncated: false };
}
