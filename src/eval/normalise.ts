/**
 * Name normalisation and name similarity, as the dev-gold README defines matching:
 * NFKC, quotes and 《》 removed, full-width brackets as half-width.
 */

/** Quote marks and book-title marks that never decide whether two names are the same. */
const DROPPED = /[“”‘’"'「」『』《》〈〉〔〕\s]/gu;

/** NFKC (which also turns full-width brackets and letters half-width), drop quotes and 《》, lower-case Latin letters. */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(DROPPED, '').replace(/【/g, '[').replace(/】/g, ']').toLowerCase();
}

/** The set of normalised forms of a name and its aliases (empty strings left out). */
export function nameKeys(name: string, aliases: readonly string[] = []): Set<string> {
  const keys = new Set<string>();
  for (const n of [name, ...aliases]) {
    const key = normaliseName(n);
    if (key) keys.add(key);
  }
  return keys;
}

export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const key of small) if (large.has(key)) return true;
  return false;
}

function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const grams = new Map<string, number>();
  if (chars.length === 1) grams.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice coefficient over character bigrams (multiset), of normalised names; 0..1. */
export function bigramDice(a: string, b: string): number {
  const ga = bigrams(normaliseName(a));
  const gb = bigrams(normaliseName(b));
  let total = 0;
  let shared = 0;
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** The Dice threshold above which two indicator names count as the same indicator. */
export const SIMILAR_DICE = 0.5;

/**
 * Similarity of two indicator names, 0..1: 1 when one normalised name contains the other
 * (万人发明专利拥有量 ⊂ 每万人口发明专利拥有量), else the bigram Dice coefficient.
 */
export function nameSimilarity(a: string, b: string): number {
  const na = normaliseName(a);
  const nb = normaliseName(b);
  if (!na || !nb) return 0;
  // Containment only counts for a shorter name of at least two characters: "企业" is not a name.
  const shorter = na.length <= nb.length ? na : nb;
  if ([...shorter].length >= 2 && (na.includes(nb) || nb.includes(na))) return 1;
  return bigramDice(na, nb);
}

/** "Similar" indicator names: containment, or bigram Dice ≥ 0.5. */
export function similarNames(a: string, b: string): boolean {
  return nameSimilarity(a, b) >= SIMILAR_DICE;
}
