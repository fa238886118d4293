/**
 * From overlapping candidates to mentions: the longest span wins; at equal length a lexicon name
 * beats a quoted name, a pattern and a list item. Then a region written with its parent
 * (重庆市万州区, 达州市达川区) becomes one mention of the inner region.
 */
import type { Candidate, DocumentScope } from './recognise-context.ts';

const SOURCE_RANK: Record<Candidate['source'], number> = { abbreviation: 0, lexicon: 0, quoted: 1, pattern: 2, list: 3 };

export function selectMentions(scope: DocumentScope, match: string, candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || a.start - b.start,
  );
  const taken: Candidate[] = [];
  const occupied = new Uint8Array(match.length + 1);
  for (const c of ordered) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (occupied[i]) { free = false; break; }
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) occupied[i] = 1;
    taken.push(c);
  }
  taken.sort((a, b) => a.start - b.start);
  return joinQualifiedRegions(scope, taken);
}

function joinQualifiedRegions(scope: DocumentScope, mentions: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'Region' && m.type === 'Region' && prev.end === m.start && isAncestor(scope, prev.name, m)) {
      // 重庆市江津区 is one mention of 江津区 that also names 重庆市 (an inner mention).
      // (四川省成都市郫都区: the second qualifier's own surface starts after the first.)
      const own = prev.inner?.at(-1)?.end ?? prev.start;
      const qualifier = { type: prev.type, name: prev.name, surface: prev.surface.slice(own - prev.start), start: own, end: prev.end };
      out[out.length - 1] = { ...m, start: prev.start, surface: prev.surface + m.surface, inner: [...(prev.inner ?? []), qualifier, ...(m.inner ?? [])] };
      continue;
    }
    out.push(m);
  }
  return out;
}

function isAncestor(scope: DocumentScope, ancestor: string, child: Candidate): boolean {
  let parent = child.entry?.parent ?? child.parentRegion ?? null;
  for (let depth = 0; parent && depth < 4; depth++) {
    if (parent === ancestor) return true;
    parent = scope.lexicon.regions.get(parent)?.[0]?.parent ?? null;
  }
  return false;
}
