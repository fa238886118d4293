/**
 * One-to-one matching of predicted items to gold items, shared by entities, relations and indicators.
 * Certain gold items are matched first, best pair first; a prediction left over that still fits a
 * `certain: false` gold item is ignored (neither true nor false positive), one that fits an already
 * matched gold item is a duplicate (a false positive).
 */

export interface MatchOutcome<P, G> {
  matched: { pred: P; gold: G }[];
  /** Predictions that fit nothing (or only an already matched gold item: `duplicateOf`). */
  unmatched: { pred: P; duplicateOf: G | null }[];
  /** Certain gold items nothing matched. */
  missed: G[];
  /** Predictions that fit only uncertain gold items. */
  ignored: P[];
}

/**
 * `score(p, g)` is null when p cannot stand for g, else a number (higher = better fit).
 * Ties keep input order, so the result is deterministic.
 */
export function matchOneToOne<P, G extends { certain?: boolean }>(
  preds: readonly P[],
  golds: readonly G[],
  score: (p: P, g: G) => number | null,
): MatchOutcome<P, G> {
  const pairs: { p: number; g: number; s: number }[] = [];
  const fits: number[][] = preds.map(() => []);
  preds.forEach((p, pi) => {
    golds.forEach((g, gi) => {
      const s = score(p, g);
      if (s === null) return;
      fits[pi]!.push(gi);
      if (g.certain !== false) pairs.push({ p: pi, g: gi, s });
    });
  });
  pairs.sort((a, b) => b.s - a.s || a.p - b.p || a.g - b.g);
  const predTaken = new Array<boolean>(preds.length).fill(false);
  const goldTaken = new Array<boolean>(golds.length).fill(false);
  const matched: MatchOutcome<P, G>['matched'] = [];
  for (const { p, g } of pairs) {
    if (predTaken[p] || goldTaken[g]) continue;
    predTaken[p] = true;
    goldTaken[g] = true;
    matched.push({ pred: preds[p]!, gold: golds[g]! });
  }
  const unmatched: MatchOutcome<P, G>['unmatched'] = [];
  const ignored: P[] = [];
  preds.forEach((p, pi) => {
    if (predTaken[pi]) return;
    const fit = fits[pi]!;
    if (fit.some((gi) => golds[gi]!.certain === false)) ignored.push(p);
    else unmatched.push({ pred: p, duplicateOf: fit.length > 0 ? golds[fit[0]!]! : null });
  });
  const missed = golds.filter((g, gi) => g.certain !== false && !goldTaken[gi]);
  return { matched, unmatched, ignored, missed };
}
