/** Counts and precision / recall / F1. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Figures extends Counts {
  /** null when there is nothing to score (no gold item and no prediction). */
  p: number | null;
  r: number | null;
  f1: number | null;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(into: Counts, more: Counts): Counts {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
  return into;
}

/** P = tp/(tp+fp), R = tp/(tp+fn), F1 their harmonic mean; 0 where a denominator is 0 but something was scored. */
export function figures(c: Counts): Figures {
  if (c.tp + c.fp + c.fn === 0) return { ...c, p: null, r: null, f1: null };
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { ...c, p, r, f1 };
}
