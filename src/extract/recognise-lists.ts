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
/** 等 + up to six characters of kind (医药龙头, 科技型) + 企业 or 公司. */
const GENERAL_CUE = /等([\u4e00-\u9fff]{0,6}?)(?:企业|公司)/g;

export function recogniseLists(scope: DocumentScope, view: SentenceView): Candidate[] {
  cues ??= readList('enterprise-list-cues.txt').sort((a, b) => b.length - a.length);
  const out: Candidate[] = [];
  for (const at of cueOffsets(scope, view.text, cues)) {
    {
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
        // 图谱分析、VR内容开发等科技型企业: an activity (ending with a verb) is not a firm's name.
        if (endsWithVerb(view, start + item.text.length)) continue;
        out.push({ type: 'Enterprise', name: item.text, surface: item.text, start, end: start + item.text.length, sentence: view.index, source: 'list' });
      }
    }
  }
  return out;
}

/**
 * Where a firm list ends: a cue of the list file, or 等 + a few words + 企业/公司 (等医药龙头企业).
 * Offsets of the cue starts, each once.
 */
function cueOffsets(scope: DocumentScope, text: string, fixed: string[]): number[] {
  const found = new Set<number>();
  for (const cue of fixed) for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length)) found.add(at);
  for (const m of text.matchAll(GENERAL_CUE)) if (isKindOfFirm(scope, m[1]!)) found.add(m.index!);
  return [...found].sort((a, b) => a - b);
}

/** 医药龙头, 科技型, 高新技术: words of kind (generic modifiers) and industries only. */
function isKindOfFirm(scope: DocumentScope, words: string): boolean {
  const ok = new Uint8Array(words.length + 1);
  ok[0] = 1;
  for (let i = 0; i < words.length; i++) {
    if (!ok[i]) continue;
    for (let len = 1; len <= 6 && i + len <= words.length; len++) {
      const w = words.slice(i, i + len);
      if (scope.lexicon.genericModifiers.has(w) || scope.lexicon.surfaces.get(w)?.some((h) => h.entry.type === 'Industry')) ok[i + len] = 1;
    }
  }
  return ok[words.length] === 1;
}

function endsWithVerb(view: SentenceView, end: number): boolean {
  const last = view.tokenEndingAt(end);
  return Boolean(last && /^(v|vn|vd)$/.test(last.tag));
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
