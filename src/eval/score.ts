/**
 * Scoring one document's prediction against its gold annotation, as tests/fixtures/dev-gold/README.md says:
 * - entities match by type and by any normalised name or alias (of either side);
 * - relations match by type and both ends, ends matched through the names and aliases of the gold
 *   entity and of the predicted node (COLLABORATES_WITH is undirected); end types are not compared
 *   (a typing error is already counted once, on the entity);
 * - indicators match by target year, target value and a similar name (normalise.ts: containment or
 *   character-bigram Dice ≥ 0.5);
 * - `certain: false` gold items are left out of recall and a prediction that fits one is not a false positive;
 * - MENTIONS is not scored.
 * Pure functions: no I/O.
 */
import { NODE_TYPES, RELATION_TYPES, type NodeType, type RelationType } from '../graph/model.ts';
import type { GoldDocument, GoldEntity, GoldIndicator } from './gold.ts';
import { matchOneToOne } from './match.ts';
import { emptyCounts, type Counts } from './metrics.ts';
import { intersects, nameKeys, nameSimilarity, normaliseName, SIMILAR_DICE } from './normalise.ts';
import type { PredictedIndicator, Prediction } from './prediction.ts';

export type ScoredRelationType = Exclude<RelationType, 'MENTIONS'>;
export type ScoreKey = NodeType | ScoredRelationType | 'Indicator';

export const ENTITY_KEYS: readonly NodeType[] = NODE_TYPES;
export const RELATION_KEYS: readonly ScoredRelationType[] = RELATION_TYPES.filter(
  (t): t is ScoredRelationType => t !== 'MENTIONS',
);
export const SCORE_KEYS: readonly ScoreKey[] = [...ENTITY_KEYS, ...RELATION_KEYS, 'Indicator'];

export interface ErrorItem {
  key: ScoreKey;
  kind: 'FP' | 'FN';
  document: string;
  /** The item, e.g. "重庆大学" or "万州区 → 重庆大学" or "技术合同成交额 2025=7 亿元". */
  item: string;
  evidence: string;
  /** A hint: "duplicate of …", "gold has it as Platform", "predicted as ResearchInstitute". */
  note?: string;
}

export interface DocumentScore {
  document: string;
  counts: Record<ScoreKey, Counts>;
  errors: ErrorItem[];
}

function keysOf(e: { name: string; aliases?: readonly string[] }): Set<string> {
  return nameKeys(e.name, e.aliases ?? []);
}

function scoreEntities(gold: GoldDocument, pred: Prediction, out: DocumentScore): void {
  for (const type of ENTITY_KEYS) {
    const golds = gold.entities.filter((e) => e.type === type).map((e) => ({ ...e, keys: keysOf(e) }));
    const preds = pred.entities.filter((e) => e.type === type).map((e) => ({ ...e, keys: keysOf(e) }));
    const m = matchOneToOne(preds, golds, (p, g) => {
      if (g.keys.has(normaliseName(p.name))) return 2;
      return intersects(p.keys, g.keys) ? 1 : null;
    });
    const c = out.counts[type];
    c.tp += m.matched.length;
    c.fp += m.unmatched.length;
    c.fn += m.missed.length;
    for (const { pred: p, duplicateOf } of m.unmatched) {
      const other = gold.entities.find((g) => g.type !== type && intersects(keysOf(g), p.keys));
      const note = duplicateOf ? `duplicate of ${duplicateOf.name}` : other ? `gold has it as ${other.type}` : undefined;
      out.errors.push({ key: type, kind: 'FP', document: gold.document, item: p.name, evidence: p.evidence, ...(note ? { note } : {}) });
    }
    for (const g of m.missed) {
      const other = pred.entities.find((p) => p.type !== type && intersects(keysOf(p), g.keys));
      const note = other ? `predicted as ${other.type}` : undefined;
      out.errors.push({ key: type, kind: 'FN', document: gold.document, item: g.name, evidence: g.evidence, ...(note ? { note } : {}) });
    }
  }
}

/** The names an end of a gold relation goes by: the gold entity's name and aliases when the gold lists it. */
function goldEndKeys(gold: GoldDocument, name: string, type: NodeType): Set<string> {
  const entity: GoldEntity | undefined =
    gold.entities.find((e) => e.type === type && e.name === name) ?? gold.entities.find((e) => e.name === name);
  return entity ? keysOf(entity) : nameKeys(name);
}

function describeRelation(r: { source: string; target: string }): string {
  return `${r.source} → ${r.target}`;
}

function scoreRelations(gold: GoldDocument, pred: Prediction, out: DocumentScore): void {
  for (const type of RELATION_KEYS) {
    const golds = gold.relations
      .filter((r) => r.type === type)
      .map((r) => ({ ...r, s: goldEndKeys(gold, r.source, r.source_type), t: goldEndKeys(gold, r.target, r.target_type) }));
    const preds = pred.relations
      .filter((r) => r.type === type)
      .map((r) => ({ ...r, s: keysOf(r.source), t: keysOf(r.target) }));
    const undirected = type === 'COLLABORATES_WITH';
    const m = matchOneToOne(preds, golds, (p, g) => {
      if (intersects(p.s, g.s) && intersects(p.t, g.t)) return 1;
      if (undirected && intersects(p.s, g.t) && intersects(p.t, g.s)) return 1;
      return null;
    });
    const c = out.counts[type];
    c.tp += m.matched.length;
    c.fp += m.unmatched.length;
    c.fn += m.missed.length;
    for (const { pred: p, duplicateOf } of m.unmatched) {
      out.errors.push({
        key: type,
        kind: 'FP',
        document: gold.document,
        item: `${p.source.name} (${p.source.type}) → ${p.target.name} (${p.target.type})`,
        evidence: p.evidence,
        ...(duplicateOf ? { note: `duplicate of ${describeRelation(duplicateOf)}` } : {}),
      });
    }
    for (const g of m.missed) {
      out.errors.push({
        key: type,
        kind: 'FN',
        document: gold.document,
        item: `${g.source} (${g.source_type}) → ${g.target} (${g.target_type})`,
        evidence: g.evidence,
      });
    }
  }
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function describeIndicator(i: { name: string; unit: string; target: { year: number; value: number } | null }): string {
  return `${i.name}: ${i.target ? `${i.target.year} = ${i.target.value}` : 'no target'} ${i.unit}`.trim();
}

function scoreIndicators(gold: GoldDocument, pred: Prediction, out: DocumentScore): void {
  const m = matchOneToOne<PredictedIndicator, GoldIndicator>(pred.indicators, gold.indicators, (p, g) => {
    if (!p.target || p.target.year !== g.target.year || !sameNumber(p.target.value, g.target.value)) return null;
    const s = nameSimilarity(p.name, g.name);
    return s >= SIMILAR_DICE ? s : null;
  });
  const c = out.counts.Indicator;
  c.tp += m.matched.length;
  c.fp += m.unmatched.length;
  c.fn += m.missed.length;
  for (const { pred: p, duplicateOf } of m.unmatched) {
    out.errors.push({
      key: 'Indicator',
      kind: 'FP',
      document: gold.document,
      item: describeIndicator(p),
      evidence: p.evidence,
      ...(duplicateOf ? { note: `duplicate of ${duplicateOf.name}` } : {}),
    });
  }
  for (const g of m.missed) {
    out.errors.push({ key: 'Indicator', kind: 'FN', document: gold.document, item: describeIndicator(g), evidence: g.evidence });
  }
}

export function emptyScoreCounts(): Record<ScoreKey, Counts> {
  return Object.fromEntries(SCORE_KEYS.map((k) => [k, emptyCounts()])) as Record<ScoreKey, Counts>;
}

/** Score one document. */
export function scoreDocument(gold: GoldDocument, pred: Prediction): DocumentScore {
  const out: DocumentScore = { document: gold.document, counts: emptyScoreCounts(), errors: [] };
  scoreEntities(gold, pred, out);
  scoreRelations(gold, pred, out);
  scoreIndicators(gold, pred, out);
  return out;
}

/** Every certain gold item missed: the score of an empty prediction (used when extraction fails). */
export function scoreNothing(gold: GoldDocument): DocumentScore {
  return scoreDocument(gold, { entities: [], relations: [], indicators: [] });
}

