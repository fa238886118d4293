/**
 * Shortest paths between pairs of entities (cypher/api-paths.cypher). One relationship per (type, source,
 * target, document) means that one path through the graph is found once per combination of documents: the
 * statement merges those into one row per path whose steps carry the evidence of every document.
 */
import type { Store } from '../store/store.ts';
import { entityOut, type EntityOut, type EntityRow, type RelRow } from './values.ts';

export interface PathStepOut {
  type: string;
  source: string;
  target: string;
  rels: RelRow[];
  evidenceCount: number;
}

export interface PathOut {
  length: number;
  nodes: EntityOut[];
  steps: PathStepOut[];
}

export interface PathOptions {
  maxHops: number;
  types: string[];
  /** Paths per pair. */
  limit: number;
  /** Read each step's relationships with their evidence lists (the query asks for steps' evidence); without them a step carries its count only. */
  evidence: boolean;
}

interface PathRow {
  from: string;
  to: string;
  nodes: EntityRow[];
  /** `rels` is empty unless evidence was asked for; `evidenceCount` counts every relationship of the step. */
  steps: { type: string; source: string; target: string; evidenceCount: number; rels: RelRow[] }[];
}

/** Rows Neo4j may read per pair before merging: parallel per-document relationships multiply paths. */
const ROWS_PER_PATH = 20;
const MAX_ROWS_PER_PAIR = 2_000;

export function pairKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

/** The statement's parameters for these pairs (also what the bench's floor and peer send). */
export function pathParams(pairs: readonly { from: string; to: string }[], options: Omit<PathOptions, 'maxHops'>) {
  return { pairs, types: options.types, cap: Math.min(MAX_ROWS_PER_PAIR, options.limit * ROWS_PER_PATH), limit: options.limit, evidence: options.evidence };
}

export async function findPaths(store: Store, pairs: readonly { from: string; to: string }[], options: PathOptions): Promise<Map<string, PathOut[]>> {
  const result = new Map<string, PathOut[]>();
  const asked = pairs.filter((p) => p.from !== p.to);
  for (const p of pairs) result.set(pairKey(p.from, p.to), []);
  if (asked.length === 0) return result;
  // One row per path, its variants over documents merged by the statement, at most `limit` per pair.
  const rows = await store.read<PathRow>('api-paths', pathParams(asked, options));
  for (const row of rows) {
    if (row.steps.length > options.maxHops) continue;
    result.get(pairKey(row.from, row.to))!.push({
      length: row.steps.length,
      nodes: row.nodes.map(entityOut),
      steps: row.steps.map((s) => ({ type: s.type, source: s.source, target: s.target, rels: s.rels, evidenceCount: s.evidenceCount })),
    });
  }
  return result;
}
