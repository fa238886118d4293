/**
 * The graph an export writes: entities with the attributes visualization tools show (type, name, aliases,
 * regions, evidence count) and the semantic relations among them, aggregated over documents.
 */
import type { NodeType, RelationType } from '../graph/model.ts';

export interface ExportNode {
  id: string;
  type: NodeType;
  name: string;
  aliases: string[];
  /** Names of the regions the entity belongs to (BELONGS_TO and its region property). */
  regions: string[];
  /** Evidence sentences over all its semantic relations. */
  evidenceCount: number;
  /** Times the loaded plans name it (MENTIONS counts). */
  mentions: number;
}

export interface ExportEdge {
  /** `${source}|${type}|${target}` */
  id: string;
  source: string;
  target: string;
  type: RelationType;
  evidenceCount: number;
  /** Document ids that state it. */
  documents: string[];
  /** One sentence that states it, and its heading path. */
  sentence: string | null;
  section: string | null;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
  /** True when the node limit cut the selection short. */
  truncated: boolean;
}

/** What to export. Lists are empty for "no filter". */
export interface ExportQuery {
  /** Region names or ids: the regions, the entities that belong to them, and their direct partners. */
  regions: string[];
  /** Entity types to keep (Region nodes named in `regions` are always kept). */
  types: NodeType[];
  /** Seed entities (ids or names): the seeds and everything within `depth` hops. */
  seeds: string[];
  depth: number;
  /** Relation types to export (default: every semantic type, MENTIONS excluded). */
  relations: RelationType[];
  /** Most nodes. */
  limit: number;
}

export const EXPORT_FORMATS = ['graphml', 'gexf', 'cytoscape', 'd3', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** File name, e.g. "plangraph.graphml" or "nodes.csv". */
  name: string;
  mediaType: string;
  content: string;
}
