/**
 * CSV in the layout `neo4j-admin database import full` takes: nodes.csv (`id:ID`, `:LABEL`, typed properties,
 * arrays split by ";") and relationships.csv (`:START_ID`, `:END_ID`, `:TYPE`). Fields are quoted RFC 4180-style;
 * line breaks inside a value become spaces and ";" inside an array element becomes "；" so that the importer's
 * defaults (no --multiline-fields, --array-delimiter=";") read every row back as written.
 * Import: neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv neo4j
 */
import type { ExportGraph } from './types.ts';

export const ARRAY_DELIMITER = ';';

function field(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value).replace(/\r\n|\r|\n/g, ' ');
  return /[",\s]/.test(text) || text.includes(ARRAY_DELIMITER) ? `"${text.replace(/"/g, '""')}"` : text;
}

function array(values: readonly string[]): string {
  return values.map((v) => v.replaceAll(ARRAY_DELIMITER, '；')).join(ARRAY_DELIMITER);
}

function rows(header: string[], body: (string | number | null)[][]): string {
  return [header.join(','), ...body.map((r) => r.map(field).join(','))].join('\n') + '\n';
}

export function toNodesCsv(graph: ExportGraph): string {
  return rows(
    ['id:ID', ':LABEL', 'type', 'name', 'aliases:string[]', 'regions:string[]', 'evidenceCount:int', 'mentions:int'],
    graph.nodes.map((n) => [n.id, `Entity${ARRAY_DELIMITER}${n.type}`, n.type, n.name, array(n.aliases), array(n.regions), n.evidenceCount, n.mentions]),
  );
}

export function toRelationshipsCsv(graph: ExportGraph): string {
  return rows(
    [':START_ID', ':END_ID', ':TYPE', 'evidenceCount:int', 'documents:string[]', 'sentence', 'section'],
    graph.edges.map((e) => [e.source, e.target, e.type, e.evidenceCount, array(e.documents), e.sentence, e.section]),
  );
}
