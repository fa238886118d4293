/**
 * The region whose plan a document is. From the title first (重庆市万州区科技创新“十四五”规划 →
 * 万州区: the most specific region the title names). Without a title, or a title that names no
 * region: the county- or city-level region named most in the opening of the text, counting double
 * a name in a sentence that also speaks as the plan's own area (我县, 全区, 本市 …).
 *
 * Choice for the relations stage: 我区/全区/我县/县政府 are NOT emitted as fake mentions of the
 * issuer. They are context: the pipeline knows the issuer (ExtractionResult meta / detectIssuer)
 * and uses it as the subject of a relation stated for "our district"; `selfReferences(doc)` gives
 * the spans of those words for a relation extractor that wants them.
 */
import type { ReadDocument } from '../ingest/types.ts';
import { loadLexicon, SurfaceOverlay, type LexiconEntry } from './lexicon.ts';
import type { DocumentScope } from './recognise-context.ts';
import { recogniseLexicon } from './recognise-lexicon.ts';
import { sentenceView } from './recognise-view.ts';

const OPENING = 4000;
const LEVEL_RANK: Record<string, number> = { town: 4, county: 3, city: 2, province: 1 };
/** How a plan speaks of its own area. */
export const SELF_REFERENCE = /(我|全|本)(区|县|市|州|省)|(区|县|市)(委|政府|人民政府)/g;

export function detectIssuer(doc: Pick<ReadDocument, 'title' | 'match'>): string | null {
  return detectIssuerEntry(doc)?.name ?? null;
}

export function detectIssuerEntry(doc: Pick<ReadDocument, 'title' | 'match'>): LexiconEntry | null {
  const lexicon = loadLexicon();
  const scope: DocumentScope = { lexicon, overlay: new SurfaceOverlay(lexicon), issuer: null, issuerChain: [] };
  if (doc.title) {
    const view = sentenceView(doc.title, 0, 0, doc.title.length);
    const regions = recogniseLexicon(scope, view)
      .map((c) => c.entry!)
      .filter((e) => e.type === 'Region' && e.level && LEVEL_RANK[e.level]);
    if (regions.length) return regions.sort((a, b) => LEVEL_RANK[b.level!]! - LEVEL_RANK[a.level!]!)[0]!;
  }
  const opening = doc.match.slice(0, OPENING);
  const counts = new Map<LexiconEntry, number>();
  for (const line of splitSentences(opening)) {
    const view = sentenceView(opening, 0, line.start, line.end);
    const self = /(我|全|本)(区|县|市)/.exec(view.text)?.[2] ?? null;
    for (const c of recogniseLexicon(scope, view)) {
      const e = c.entry!;
      if (e.type !== 'Region' || (e.level !== 'county' && e.level !== 'city')) continue;
      const weight = self && e.name.endsWith(self) ? 2 : 1;
      counts.set(e, (counts.get(e) ?? 0) + weight);
    }
  }
  let best: LexiconEntry | null = null;
  let bestCount = 0;
  for (const [entry, count] of counts) {
    if (count > bestCount || (count === bestCount && best && LEVEL_RANK[entry.level!]! > LEVEL_RANK[best.level!]!)) {
      best = entry;
      bestCount = count;
    }
  }
  return best;
}

/** Offsets of 我区/全县/区政府 … in `match`, for relation extractors that need the plan's own area as subject. */
export function selfReferences(match: string): { start: number; end: number; surface: string }[] {
  return [...match.matchAll(SELF_REFERENCE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, surface: m[0] }));
}

function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (/[。！？\n；]/.test(text[i]!)) {
      if (i + 1 > start) out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
