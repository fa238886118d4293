/**
 * Shortest paths between pairs of entities (cypher/api-paths.cypher). One relationship per (type, source,
 * target, document) means that one path through the graph comes back once per combination of documents:
 * those rows are merged here into one path whose steps carry the evidence of every document.
 */
import type { Store } from '../store/store.ts';
import { entityOut, evidenceCountOf, type EntityOut, type EntityRow, type RelRow } from './values.ts';

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
  /** Read each step's evidence lists (the query asks for steps' evidence); without them a step carries its count. */
  evidence: boolean;
}

interface PathRow {
  from: string;
  to: string;
  nodes: EntityRow[];
  steps: { type: string; source: string; target: string; rel: RelRow }[];
}

/** Rows Neo4j may return per pair before merging: parallel per-document relationships multiply paths. */
const ROWS_PER_PATH = 20;
const MAX_ROWS_PER_PAIR = 2_000;

export function pairKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

export async function findPaths(store: Store, pairs: readonly { from: string; to: string }[], options: PathOptions): Promise<Map<string, PathOut[]>> {
  const result = new Map<string, PathOut[]>();
  const asked = pairs.filter((p) => p.from !== p.to);
  for (const p of pairs) result.set(pairKey(p.from, p.to), []);
  if (asked.length === 0) return result;
  const rows = await store.read<PathRow>('api-paths', {
    pairs: asked,
    types: options.types,
    cap: Math.min(MAX_ROWS_PER_PAIR, options.limit * ROWS_PER_PATH),
    evidence: options.evidence,
  });
  const bySignature = new Map<string, { key: string; path: PathOut }>();
  for (const row of rows) {
    if (row.steps.length > options.maxHops) continue;
    const signature = `${pairKey(row.from, row.to)}|${row.nodes.map((n) => n.id).join('>')}|${row.steps.map((s) => `${s.type}:${s.source}`).join(',')}`;
    let entry = bySignature.get(signature);
    if (!entry) {
      entry = {
        key: pairKey(row.from, row.to),
        path: {
          length: row.steps.length,
          nodes: row.nodes.map(entityOut),
          steps: row.steps.map((s) => ({ type: s.type, source: s.source, target: s.target, rels: [], evidenceCount: 0 })),
        },
      };
      bySignature.set(signature, entry);
    }
    row.steps.forEach((s, i) => {
      const step = entry.path.steps[i]!;
      if (!step.rels.some((r) => r.document === s.rel.document)) step.rels.push(s.rel);
    });
  }
  for (const { key, path } of bySignature.values()) {
    const list = result.get(key)!;
    if (list.length >= options.limit) continue;
    for (const step of path.steps) step.evidenceCount = evidenceCountOf(step.rels);
    list.push(path);
  }
  return result;
}
