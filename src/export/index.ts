/** Exports for visualization tools: GraphML, GEXF, Cytoscape.js JSON, D3 JSON, neo4j-admin CSV. */
export { EXPORT_FORMATS, type ExportEdge, type ExportFile, type ExportFormat, type ExportGraph, type ExportNode, type ExportQuery } from './types.ts';
export { DEFAULT_EXPORT_RELATIONS, EXPORT_LIMITS, ExportQueryError, exportQueryFromSearchParams, parseExportFormat, parseExportQuery, type RawExportQuery } from './query.ts';
export { selectExportGraph } from './select.ts';
export { exportGraphFromDocument } from './from-document.ts';
export { renderExport } from './formats.ts';
export { toGraphml } from './graphml.ts';
export { toGexf } from './gexf.ts';
export { toCytoscapeJson, toD3Json } from './json-formats.ts';
export { toNodesCsv, toRelationshipsCsv, ARRAY_DELIMITER } from './csv.ts';
export { TYPE_COLOURS, COMMUNITY_COLOURS } from './palette.ts';
export { exportRoutes } from './routes.ts';
