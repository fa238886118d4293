/**
 * Short firm names in a list the text marks as firms: "三峡云海药业、锦艺新材料等企业". The list runs
 * back from the cue (data/lexicon/enterprise-list-cues.txt) to the previous boundary; each item
 * separated by 、/和/及 that is a plausible name (2–12 characters, not generic, not a known
 * non-enterprise) becomes an Enterprise.
 */
import { readList } from './lexicon-files.ts';
import type { Candidate, DocumentScope, SentenceView } from './recognise-context.ts';

let cues: string[] | null = null;
const ITEM = /^[\u4e00-\u9fffA-Za-z0-9（）]{2,12}$/;

export function recogniseLists(scope: DocumentScope, view: SentenceView): Candidate[] {
  cues ??= readList('enterprise-list-cues.txt').sort((a, b) => b.length - a.length);
  const out: Candidate[] = [];
  for (const cue of cues) {
    let from = 0;
    for (;;) {
      const at = view.text.indexOf(cue, from);
      if (at < 0) break;
      from = at + cue.length;
      // Back to the previous clause boundary.
      let left = at;
      while (left > 0 && !/[，。；：！？\n（）“”《》]/.test(view.text[left - 1]!)) left--;
      const chunk = view.text.slice(left, at);
      let offset = left;
      for (const raw of chunk.split(/(、|和|及)/)) {
        const itemStart = offset;
        offset += raw.length;
        if (raw === '、' || raw === '和' || raw === '及') continue;
        const item = trimLeadingBoundary(scope, raw);
        if (!item || !ITEM.test(item.text)) continue;
        if (scope.lexicon.genericModifiers.has(item.text)) continue;
        if (scope.lexicon.surfaces.get(item.text)?.some((h) => h.entry.type !== 'Enterprise')) continue;
        const start = view.base + itemStart + item.skip;
        out.push({ type: 'Enterprise', name: item.text, surface: item.text, start, end: start + item.text.length, sentence: view.index, source: 'list' });
      }
    }
  }
  return out;
}

/** Drop a leading verb or preposition (支持云海药业 → 云海药业) using the boundary-word list. */
function trimLeadingBoundary(scope: DocumentScope, raw: string): { text: string; skip: number } | null {
  let skip = 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (let len = Math.min(4, raw.length - skip - 2); len >= 1; len--) {
      if (scope.lexicon.boundaryWords.has(raw.slice(skip, skip + len))) {
        skip += len;
        changed = true;
        break;
      }
    }
  }
  const text = raw.slice(skip);
  return text ? { text, skip } : null;
}
