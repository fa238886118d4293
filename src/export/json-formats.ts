/** The JSON formats: Cytoscape.js elements (cy.json(), Cytoscape desktop's import) and D3's {nodes, links}. */
import type { ExportGraph } from './types.ts';

export function toCytoscapeJson(graph: ExportGraph): string {
  return JSON.stringify(
    {
      format_version: '1.0',
      generated_by: 'PlanGraph',
      data: { name: 'PlanGraph', truncated: graph.truncated },
      elements: {
        nodes: graph.nodes.map((n) => ({ data: { id: n.id, label: n.name, name: n.name, type: n.type, aliases: n.aliases, regions: n.regions, evidenceCount: n.evidenceCount, mentions: n.mentions } })),
        edges: graph.edges.map((e) => ({
          data: { id: e.id, source: e.source, target: e.target, interaction: e.type, type: e.type, evidenceCount: e.evidenceCount, documents: e.documents, sentence: e.sentence, section: e.section },
        })),
      },
    },
    null,
    2,
  );
}

export function toD3Json(graph: ExportGraph): string {
  return JSON.stringify(
    {
      nodes: graph.nodes.map((n) => ({ id: n.id, name: n.name, type: n.type, group: n.type, aliases: n.aliases, regions: n.regions, evidenceCount: n.evidenceCount, mentions: n.mentions })),
      links: graph.edges.map((e) => ({ source: e.source, target: e.target, type: e.type, value: Math.max(1, e.evidenceCount), evidenceCount: e.evidenceCount, documents: e.documents, sentence: e.sentence, section: e.section })),
      truncated: graph.truncated,
    },
    null,
    2,
  );
}
