/**
 * Breadth-first walk from seed entities: one Cypher per level (api-expand) and, when the query asks for edges, one
 * for the edges among the nodes found (api-edges-among). Used by neighbors and subgraph. A level-by-level walk keeps
 * each node once, where a variable-length pattern would enumerate every path through hubs.
 */
import type { Store } from '../store/store.ts';

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

/** What the walk needs of a seed, and what a graph node shows (schema.graphql: GraphNode). */
export interface WalkSeed {
  id: string;
  type: string;
  name: string;
}

export interface WalkNode extends WalkSeed {
  distance: number;
}

/** An edge of the answer; its GraphQL `id` ("source|type|target") is made by the GraphEdge resolver when asked for. */
export interface WalkEdge {
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

/** api-edges-among's edge: [source position, target position, type, evidenceCount, documents, sentence, section]. */
type EdgeTuple = [number, number, string, number, string[], string | null, string | null];

export async function walk(store: Store, seeds: readonly WalkSeed[], options: WalkOptions): Promise<WalkResult> {
  const nodes = new Map<string, WalkNode>();
  for (const s of seeds.slice(0, options.limit)) nodes.set(s.id, { id: s.id, type: s.type, name: s.name, distance: 0 });
  let truncated = seeds.length > options.limit;
  let frontier = [...nodes.keys()];
  for (let distance = 1; distance <= options.depth && frontier.length > 0 && !truncated; distance++) {
    const [row] = await store.read<{ nodes: [string, string, string][] }>('api-expand', {
      frontier,
      types: options.types,
      direction: options.direction,
      cap: options.limit + nodes.size + 1,
    });
    const next: string[] = [];
    for (const [id, type, name] of row?.nodes ?? []) {
      if (nodes.has(id)) continue;
      if (nodes.size >= options.limit) {
        truncated = true;
        break;
      }
      nodes.set(id, { id, type, name, distance });
      next.push(id);
    }
    frontier = next;
  }
  const cap = Math.max(1, nodes.size) * EDGES_PER_NODE;
  let edgeTuples: EdgeTuple[] = [];
  const ids = [...nodes.keys()];
  if (options.edges && nodes.size > 1) {
    // Each id with its position, in an object without a prototype (ids are data, never Object's own property names).
    const index = Object.create(null) as Record<string, number>;
    ids.forEach((id, i) => (index[id] = i));
    const [row] = await store.read<{ edges: EdgeTuple[] }>('api-edges-among', { index, types: options.types, cap: cap + 1, documents: options.documents, evidence: options.evidence });
    edgeTuples = row?.edges ?? [];
  }
  if (edgeTuples.length > cap) truncated = true;
  const edges = edgeTuples
    .slice(0, cap)
    .map(([s, t, type, evidenceCount, documents, sentence, section]): WalkEdge => ({ source: ids[s]!, target: ids[t]!, type, evidenceCount, documents, sentence, section }));
  return { nodes: [...nodes.values()], edges, truncated };
}
