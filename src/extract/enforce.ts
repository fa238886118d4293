/**
 * Schema enforcement on the way out: a node of an unknown type, a relation whose ends are not of
 * the types relationAllowed() allows (or do not exist), or one without evidence is dropped and
 * counted, never written.
 */
import { isNodeType, isRelationType, relationAllowed, type GraphNode, type GraphRelation, type NodeType } from '../graph/model.ts';

export type DropReason = 'unknown-node-type' | 'unknown-relation-type' | 'missing-endpoint' | 'types-not-allowed' | 'no-evidence';

export interface Drop {
  reason: DropReason;
  /** One line a curator can act on. */
  detail: string;
}

export interface Enforced {
  nodes: GraphNode[];
  relations: GraphRelation[];
  drops: Drop[];
}

export function enforceSchema(nodes: readonly GraphNode[], relations: readonly GraphRelation[]): Enforced {
  const drops: Drop[] = [];
  const kept = new Map<string, GraphNode>();
  for (const n of nodes) {
    if (!isNodeType(n.type)) {
      drops.push({ reason: 'unknown-node-type', detail: `node ${n.id}: type "${String(n.type)}" is not one of the model's node types` });
      continue;
    }
    kept.set(n.id, n);
  }
  const out: GraphRelation[] = [];
  for (const r of relations) {
    const label = `${r.type} ${r.source} -> ${r.target}`;
    if (!isRelationType(r.type)) {
      drops.push({ reason: 'unknown-relation-type', detail: `${label}: "${String(r.type)}" is not a relation type` });
      continue;
    }
    const s = kept.get(r.source);
    const t = kept.get(r.target);
    if (!s || !t) {
      drops.push({ reason: 'missing-endpoint', detail: `${label}: ${!s ? r.source : r.target} is not a node of the graph` });
      continue;
    }
    if (!relationAllowed(r.type, s.type as NodeType, t.type as NodeType)) {
      drops.push({ reason: 'types-not-allowed', detail: `${label}: ${r.type} does not go from ${s.type} to ${t.type}` });
      continue;
    }
    if (!r.evidence || r.evidence.length === 0 || r.evidence.some((e) => !e.sentence)) {
      drops.push({ reason: 'no-evidence', detail: `${label}: no sentence states it` });
      continue;
    }
    out.push(r);
  }
  return { nodes: [...kept.values()], relations: out, drops };
}
