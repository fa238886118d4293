/**
 * Names not in the lexicon, found by their ending (…大学, …研究院, …实验室, …有限公司; the list is
 * data/lexicon/suffixes.tsv). A name ends at a token edge with a suffix; its start is found by
 * walking left over tokens until a boundary: punctuation, a preposition, conjunction, particle,
 * numeral or pronoun, or a word of data/lexicon/boundary-words.txt (与, 推动, 依托, 建设 …).
 * A candidate whose words before the suffix are all generic (市级重点实验室, 企业技术中心) is a
 * class of things, not a name, and is dropped.
 */
import type { NodeType } from '../graph/model.ts';
import type { Lexicon, SuffixRule } from './lexicon.ts';
import type { Token } from './lexicon-segmenter.ts';
import type { Candidate, DocumentScope, SentenceView } from './recognise-context.ts';
import { expandAbbreviations } from './normalise-name.ts';

const MAX_NAME = 32;
const MAX_TOKENS = 12;
/** Tags that never stand inside a name: preposition, conjunction, particle, pronoun, numeral, adverb, punctuation. */
const STOP_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'r', 'm', 'd', 'x', 'w', 'y', 'e', 'o', 'q']);
/** Tags of words trimmed from the left of a candidate (verbs, adjectives, adverbs: 强化, 充分, 搭好). */
const LEFT_TRIM_TAGS = new Set(['v', 'vd', 'a', 'ad', 'd', 'l', 'i']);
/** Tags that make a prefix distinctive: place, person, organisation, other proper noun, abbreviation, morphemes of coined names. */
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nz', 'nt', 'j', 'eng', 'ng', 'zg']);
/** Punctuation allowed inside a name. */
const NAME_PUNCT = /^[·（）]$/;
/** A bracketed qualifier after a name: 中国地质大学（武汉）. */
const QUALIFIER = /^（([\u4e00-\u9fff]{2,6})）/;

export function recognisePatterns(scope: DocumentScope, view: SentenceView): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = view;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const end = token.end;
    const rule = suffixAt(scope.lexicon, view, end);
    if (!rule) continue;
    const suffixStart = end - rule.suffix.length;
    let first = k;
    while (first > 0 && tokens[first]!.start > suffixStart) first--;
    // The suffix token itself must not be a boundary word (e.g. 中心 in 为中心).
    let startIdx = walkLeft(scope.lexicon, tokens, first, end);
    if (startIdx < 0) continue;
    // Trim leading verbs/adverbs (强化云阳数据云中心 → 云阳数据云中心) while something distinctive remains.
    while (startIdx < first && LEFT_TRIM_TAGS.has(tokens[startIdx]!.tag) && isDistinctive(scope, tokens.slice(startIdx + 1, first + 1), suffixStart)) startIdx++;
    let start = tokens[startIdx]!.start;
    if (start >= suffixStart) continue; // nothing before the suffix
    let stop = end;
    const rest = view.text.slice(end - view.base);
    const q = rest.match(QUALIFIER);
    if (q && rule.kind === 'university' && isPlace(scope, q[1]!)) stop = end + q[0].length;
    let surface = view.text.slice(start - view.base, stop - view.base);
    // A leading quote belongs to a quoted name only when its closing quote is inside the span.
    while (/^[“‘]/.test(surface) && !/[”’]/.test(surface)) {
      surface = surface.slice(1);
      start++;
    }
    const prefixTokens = tokens.slice(startIdx, first + 1).filter((t) => t.start < suffixStart);
    if (isGeneric(scope.lexicon, prefixTokens, suffixStart)) continue;
    if ((rule.kind === 'platform' || rule.kind === 'enterprise') && !isDistinctive(scope, prefixTokens, suffixStart)) continue;
    if (suffixStart - start < 2) continue; // 环大学: one character is not a name
    if (/\d+[个家所项座]/.test(surface)) continue;
    if (rule.kind !== 'platform' && rule.kind !== 'project' && /^[“‘]/.test(surface)) continue;
    const name = expandAbbreviations(surface);
    out.push({
      type: typeOf(scope, rule, name),
      name,
      surface,
      start,
      end: stop,
      sentence: view.index,
      source: 'pattern',
      parentRegion: null,
    });
  }
  return out;
}

const suffixesByLast = new WeakMap<Lexicon, Map<string, SuffixRule[]>>();

/** The longest suffix rule whose suffix ends at `end` (rules indexed by their last character). */
function suffixAt(lexicon: Lexicon, view: SentenceView, end: number): SuffixRule | null {
  const local = end - view.base;
  let index = suffixesByLast.get(lexicon);
  if (!index) {
    index = new Map();
    for (const rule of lexicon.suffixes) index.set(rule.suffix.at(-1)!, [...(index.get(rule.suffix.at(-1)!) ?? []), rule]);
    suffixesByLast.set(lexicon, index);
  }
  for (const rule of index.get(view.text[local - 1] ?? '') ?? []) {
    if (local >= rule.suffix.length && view.text.endsWith(rule.suffix, local)) return rule;
  }
  return null;
}

/** Index of the first token of the name whose last token is `last`, or -1. */
function walkLeft(lexicon: Lexicon, tokens: Token[], last: number, end: number): number {
  let idx = last;
  let length = end - tokens[last]!.start;
  let count = 1;
  while (idx > 0) {
    const prev = tokens[idx - 1]!;
    if (isBoundary(lexicon, prev)) break;
    if (length + prev.word.length > MAX_NAME || count >= MAX_TOKENS) break;
    length += prev.word.length;
    count++;
    idx--;
  }
  // Drop a leading bracket or dot left over by the walk.
  while (idx < last && NAME_PUNCT.test(tokens[idx]!.word)) idx++;
  return idx;
}

function isBoundary(lexicon: Lexicon, token: Token): boolean {
  if (NAME_PUNCT.test(token.word)) return false;
  if (lexicon.boundaryWords.has(token.word)) return true;
  if (/^[A-Za-z0-9]+$/.test(token.word)) return false;
  if (/^[“”‘’]$/.test(token.word)) return false;
  if (token.tag === 'f') return token.word.length < 2;
  // 亿 in 鑫亿 is a numeral to jieba but part of a firm name; counts and amounts stop a name.
  if (token.tag === 'm') return /[0-9０-９一二三四五六七八九十百千两几余多首批个]/.test(token.word);
  return STOP_TAGS.has(token.tag) || !/[\u4e00-\u9fffA-Za-z0-9]/.test(token.word);
}

/**
 * A platform name needs something that names it: a place or organisation, a proper noun or coined
 * word, Latin letters, a quoted part, or an industry together with another word (新材料研发平台).
 * Without it, 数据中心 and 院士工作站 are kinds of things, not names.
 */
function isDistinctive(scope: DocumentScope, prefix: Token[], suffixStart: number): boolean {
  let industry = false;
  let words = 0;
  for (const t of prefix) {
    if (t.start >= suffixStart) continue;
    if (/^[A-Za-z0-9+]+$/.test(t.word) || /[“”（]/.test(t.word)) return true;
    if (PROPER_TAGS.has(t.tag) && !/^[（）·]$/.test(t.word)) return true;
    const hits = scope.overlay.extra.get(t.word) ?? scope.lexicon.surfaces.get(t.word);
    if (hits?.some((h) => h.entry.type !== 'Industry' && h.entry.type !== 'Project')) return true;
    if (hits?.some((h) => h.entry.type === 'Industry')) industry = true;
    if (/[\u4e00-\u9fff]/.test(t.word)) words++;
  }
  return industry && words >= 2;
}

function isGeneric(lexicon: Lexicon, prefix: Token[], suffixStart: number): boolean {
  for (const t of prefix) {
    const word = t.end > suffixStart ? t.word.slice(0, suffixStart - t.start) : t.word;
    if (!word) continue;
    if (/^[“”‘’（）·\d]+$/.test(word)) continue;
    if (!lexicon.genericModifiers.has(word)) return false;
  }
  return true;
}

function isPlace(scope: DocumentScope, word: string): boolean {
  const hits = scope.lexicon.surfaces.get(word);
  return Boolean(hits?.some((h) => h.entry.type === 'Region'));
}

/** Type of a candidate by its suffix class; institutes are split into ResearchInstitute and Platform. */
function typeOf(scope: DocumentScope, rule: SuffixRule, name: string): NodeType {
  if (rule.kind !== 'institute') return rule.type;
  const rules = scope.lexicon.instituteRules;
  if (rules.platformMarkers.some((m) => name.includes(m))) return 'Platform';
  if (rules.instituteMarkers.some((m) => name.endsWith(m))) return 'ResearchInstitute';
  if (rules.institutePrefixes.some((p) => name.startsWith(p))) return 'ResearchInstitute';
  if (startsWithFullRegion(scope.lexicon, name)) return 'ResearchInstitute';
  return 'Platform';
}

/** 重庆市…, 万州区…, 区… (the plan's own district), but not a short form (万州烤鱼研究院). */
function startsWithFullRegion(lexicon: Lexicon, name: string): boolean {
  if (/^[市区县]/.test(name)) return true;
  for (let len = Math.min(12, name.length - 2); len >= 2; len--) {
    const hits = lexicon.surfaces.get(name.slice(0, len));
    if (hits?.some((h) => h.entry.type === 'Region' && !h.short && /[省市区县州]$/.test(name.slice(0, len)))) return true;
  }
  return false;
}
