/** Per-type figures over a set of documents, with micro-averaged totals. */
import type { NodeType } from '../graph/model.ts';
import { addCounts, emptyCounts, figures, type Counts, type Figures } from './metrics.ts';
import { ENTITY_KEYS, RELATION_KEYS, SCORE_KEYS, type DocumentScore, type ScoreKey } from './score.ts';

export type TotalKey = 'entities' | 'relations' | 'all';
export type SummaryKey = ScoreKey | TotalKey;

/** The rows in print order: entity types, their total, relation types, their total, indicators, all. */
export const SUMMARY_KEYS: readonly SummaryKey[] = [...ENTITY_KEYS, 'entities', ...RELATION_KEYS, 'relations', 'Indicator', 'all'];

export type Summary = Record<SummaryKey, Figures>;

export function summarise(scores: readonly DocumentScore[]): Summary {
  const counts = Object.fromEntries(SCORE_KEYS.map((k) => [k, emptyCounts()])) as Record<ScoreKey, Counts>;
  for (const s of scores) for (const k of SCORE_KEYS) addCounts(counts[k], s.counts[k]);
  const total = (keys: readonly ScoreKey[]): Counts => keys.reduce((acc, k) => addCounts(acc, counts[k]), emptyCounts());
  const out = {} as Summary;
  for (const k of SCORE_KEYS) out[k] = figures(counts[k]);
  out.entities = figures(total(ENTITY_KEYS as readonly NodeType[]));
  out.relations = figures(total(RELATION_KEYS));
  out.all = figures(total(SCORE_KEYS));
  return out;
}
