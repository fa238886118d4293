/**
 * Longest-match lookup of lexicon names and aliases in one sentence. Short forms (万州, 达州) and
 * industries (汽车 in 汽车站?) must be words of their own: they count only at token edges.
 * When a surface names several regions (朝阳区 in Beijing and Changchun), the one in the
 * issuer's province wins.
 */
import type { LexiconEntry, SurfaceHit } from './lexicon.ts';
import type { Candidate, DocumentScope, SentenceView } from './recognise-context.ts';

export function recogniseLexicon(scope: DocumentScope, view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const { text, base } = view;
  let i = 0;
  while (i < text.length) {
    const found = scope.overlay.longestAt(text, i);
    if (!found) {
      i++;
      continue;
    }
    const start = base + i;
    const end = start + found.surface.length;
    const hit = chooseHit(scope, found.hits);
    const needsEdges = hit.short || hit.entry.type === 'Industry' || found.surface.length <= 2;
    // An abbreviation must end where a word ends: 市科研院 is 重庆市科学技术研究院, but 市科研院所 is
    // "the city's research institutes" (科研院所), a class.
    const alias = found.surface !== hit.entry.name;
    if ((needsEdges && !(view.isTokenStart(start) && view.isTokenEnd(end))) || (alias && !view.isTokenEnd(end))) {
      i++;
      continue;
    }
    // A county's short form (惠民 for 惠民县, 安居 for 安居区) is an ordinary word far from home: only
    // counties of the issuer's own province (or city) are known by their short forms.
    // So is a city's short form that is also an ordinary word (安康, 日照: data/lexicon/region-shortform-home-only.txt).
    if (hit.short && (hit.entry.level === 'county' || hit.homeOnly) && !nearIssuer(scope, hit.entry)) {
      i++;
      continue;
    }
    let surfaceEnd = end;
    // 新材料产业 is the industry 新材料.
    if (hit.entry.type === 'Industry' && text.startsWith('产业', i + found.surface.length) && !/^产业[园区基带链]/.test(text.slice(i + found.surface.length))) {
      surfaceEnd = end + 2;
    }
    out.push({
      type: hit.entry.type,
      name: hit.entry.name,
      surface: text.slice(i, surfaceEnd - base),
      start,
      end: surfaceEnd,
      sentence: view.index,
      source: hit.learned ? 'pattern' : 'lexicon',
      parentRegion: hit.entry.parent,
      ...(hit.learned ? {} : { entry: hit.entry }),
    });
    i = surfaceEnd - base;
  }
  return out;
}

function chooseHit(scope: DocumentScope, hits: SurfaceHit[]): SurfaceHit {
  if (hits.length === 1) return hits[0]!;
  const score = (entry: LexiconEntry): number => {
    if (scope.issuer && entry === scope.issuer) return 100;
    let s = 0;
    if (entry.parent && scope.issuerChain.includes(entry.parent)) s += 10;
    const grand = entry.parent ? scope.lexicon.regions.get(entry.parent)?.[0]?.parent : null;
    if (grand && scope.issuerChain.includes(grand)) s += 5;
    if (entry.level === 'province') s += 3;
    else if (entry.level === 'city') s += 2;
    return s;
  };
  return [...hits].sort((a, b) => Number(a.short) - Number(b.short) || score(b.entry) - score(a.entry))[0]!;
}

function nearIssuer(scope: DocumentScope, entry: LexiconEntry): boolean {
  if (!scope.issuer) return true;
  let parent = entry.parent;
  for (let depth = 0; parent && depth < 3; depth++) {
    if (scope.issuerChain.includes(parent)) return true;
    parent = scope.lexicon.regions.get(parent)?.[0]?.parent ?? null;
  }
  return false;
}
