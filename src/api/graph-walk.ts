/**
 * Breadth-first walk from seed entities: one Cypher per level (api-expand) and, when the query asks for edges, one
 * for the edges among the nodes found (api-edges-among). Used by neighbors and subgraph. A level-by-level walk keeps
 * each node once, where a variable-length pattern would enumerate every path through hubs.
 */
import type { Store } from '../store/store.ts';
import { entityOut, type EntityOut, type EntityRow } from './values.ts';

export interface WalkOptions {
  depth: number;
  types: string[];
  direction: 'OUT' | 'IN' | 'BOTH';
  /** Most nodes in the answer, seeds included. */
  limit: number;
  /** Fetch the edges among the nodes (the query asks for edges); false answers with nodes only. */
  edges: boolean;
  /** Fetch each edge's documents (the query asks for them). */
  documents: boolean;
  /** Fetch one stating sentence and its section per edge (the query asks for them). */
  evidence: boolean;
}

export interface WalkNode extends EntityOut {
  distance: number;
}

export interface WalkEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  evidenceCount: number;
  documents: string[];
  sentence: string | null;
  section: string | null;
}

export interface WalkResult {
  nodes: WalkNode[];
  edges: WalkEdge[];
  truncated: boolean;
}

/** Edges per node the answer may carry: enough for every relation of a dense neighbourhood. */
const EDGES_PER_NODE = 8;

export async function walk(store: Store, seeds: readonly EntityOut[], options: WalkOptions): Promise<WalkResult> {
  const nodes = new Map<string, WalkNode>();
  for (const s of seeds.slice(0, options.limit)) nodes.set(s.id, { ...s, distance: 0 });
  let truncated = seeds.length > options.limit;
  let frontier = [...nodes.keys()];
  for (let distance = 1; distance <= options.depth && frontier.length > 0 && !truncated; distance++) {
    const rows = await store.read<{ node: EntityRow }>('api-expand', {
      frontier,
      types: options.types,
      direction: options.direction,
      cap: options.limit + nodes.size + 1,
    });
    const next: string[] = [];
    for (const { node } of rows) {
      if (nodes.has(node.id)) continue;
      if (nodes.size >= options.limit) {
        truncated = true;
        break;
      }
      nodes.set(node.id, { ...entityOut(node), distance });
      next.push(node.id);
    }
    frontier = next;
  }
  const cap = Math.max(1, nodes.size) * EDGES_PER_NODE;
  const edgeRows =
    options.edges && nodes.size > 1
      ? await store.read<Omit<WalkEdge, 'id'>>('api-edges-among', { ids: [...nodes.keys()], types: options.types, cap: cap + 1, documents: options.documents, evidence: options.evidence })
      : [];
  if (edgeRows.length > cap) truncated = true;
  const edges = edgeRows.slice(0, cap).map((e) => ({ ...e, id: `${e.source}|${e.type}|${e.target}` }));
  return { nodes: [...nodes.values()], edges, truncated };
}
