/** Each export format as the files it writes. CSV is two files (nodes and relationships); the others one. */
import { toNodesCsv, toRelationshipsCsv } from './csv.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { toCytoscapeJson, toD3Json } from './json-formats.ts';
import type { ExportFile, ExportFormat, ExportGraph } from './types.ts';

export function renderExport(format: ExportFormat, graph: ExportGraph): ExportFile[] {
  switch (format) {
    case 'graphml':
      return [{ name: 'plangraph.graphml', mediaType: 'application/graphml+xml; charset=utf-8', content: toGraphml(graph) }];
    case 'gexf':
      return [{ name: 'plangraph.gexf', mediaType: 'application/gexf+xml; charset=utf-8', content: toGexf(graph) }];
    case 'cytoscape':
      return [{ name: 'plangraph.cytoscape.json', mediaType: 'application/json; charset=utf-8', content: toCytoscapeJson(graph) }];
    case 'd3':
      return [{ name: 'plangraph.d3.json', mediaType: 'application/json; charset=utf-8', content: toD3Json(graph) }];
    case 'csv':
      return [
        { name: 'nodes.csv', mediaType: 'text/csv; charset=utf-8', content: toNodesCsv(graph) },
        { name: 'relationships.csv', mediaType: 'text/csv; charset=utf-8', content: toRelationshipsCsv(graph) },
      ];
    default: {
      const never: never = format;
      throw new Error(`unknown export format ${String(never)}`);
    }
  }
}
