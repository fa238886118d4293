/**
 * What the scorer compares against the gold: the entities, relations and indicators the pipeline
 * produced for one document, cut out of a GraphDocument.
 */
import type { GraphDocument, GraphNode, NodeType, RelationType } from '../graph/model.ts';

export interface PredictedEntity {
  id: string;
  type: NodeType;
  name: string;
  aliases: string[];
  /** A sentence that mentions it, when the graph says. */
  evidence: string;
}

export interface PredictedRelation {
  type: RelationType;
  source: PredictedEntity;
  target: PredictedEntity;
  evidence: string;
}

export interface PredictedIndicator {
  name: string;
  unit: string;
  baseline: { year: number; value: number } | null;
  target: { year: number; value: number } | null;
  evidence: string;
}

export interface Prediction {
  entities: PredictedEntity[];
  relations: PredictedRelation[];
  indicators: PredictedIndicator[];
}

function toEntity(node: GraphNode, evidence: string): PredictedEntity {
  return { id: node.id, type: node.type, name: node.name, aliases: node.aliases ?? [], evidence };
}

/**
 * The prediction for one document of `graph` (by GraphDocumentMeta.id; the first document when
 * omitted). Entities are the document's Plan node and the nodes its Plan MENTIONS (what the text
 * names; a parent region the lexicon adds without the text naming it is not an entity of the
 * document), or every node when the graph has no MENTIONS at all. Relations are those with evidence
 * in the document, whatever their ends. MENTIONS itself is not scored.
 */
export function predictionFromGraph(graph: GraphDocument, documentId?: string): Prediction {
  const meta = documentId === undefined ? graph.documents[0] : graph.documents.find((d) => d.id === documentId);
  if (!meta) {
    throw new Error(`predictionFromGraph: the graph has no document ${JSON.stringify(documentId ?? '(first)')}; it has ${graph.documents.map((d) => d.id).join(', ') || 'none'}.`);
  }
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const evidence = new Map<string, string>();
  const wanted = new Set<string>([meta.plan]);
  const hasMentions = graph.relations.some((r) => r.type === 'MENTIONS');
  for (const r of graph.relations) {
    const here = r.evidence.filter((e) => e.document === meta.id);
    if (r.type === 'MENTIONS') {
      if (r.source !== meta.plan && here.length === 0) continue;
      wanted.add(r.target);
      if (here[0] && !evidence.has(r.target)) evidence.set(r.target, here[0].sentence);
    }
  }
  if (!hasMentions) for (const id of nodes.keys()) wanted.add(id);
  const byId = new Map<string, PredictedEntity>();
  for (const [id, node] of nodes) byId.set(id, toEntity(node, evidence.get(id) ?? ''));
  const entities = [...wanted].flatMap((id) => byId.get(id) ?? []);
  const relations: PredictedRelation[] = [];
  for (const r of graph.relations) {
    if (r.type === 'MENTIONS') continue;
    const here = r.evidence.filter((e) => e.document === meta.id);
    if (here.length === 0 && graph.documents.length > 1) continue;
    const source = byId.get(r.source);
    const target = byId.get(r.target);
    if (!source || !target) continue;
    relations.push({ type: r.type, source, target, evidence: (here[0] ?? r.evidence[0])?.sentence ?? '' });
  }
  const indicators = graph.indicators
    .filter((i) => i.document === meta.id || graph.documents.length === 1)
    .map((i): PredictedIndicator => ({
      name: i.name,
      unit: i.unit,
      baseline: i.baseline,
      target: i.target,
      evidence: i.evidence.sentence,
    }));
  return { entities, relations, indicators };
}
