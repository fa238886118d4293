/**
 * Within one document, names that a text writes in several ways for one organisation:
 *  - interchangeable endings (data/lexicon/head-variants.tsv): …服务平台 / …服务中心;
 *  - a shorter form whose characters all stand, in order, in a longer one of the same ending, a few
 *    characters apart: 渝东南上市孵化基地 / 渝东南企业上市孵化基地, 华录数据湖产业园 / 中国华录黔江数据湖产业园;
 *    but not when the longer one only adds an owner's name before it (中船重工智能装备产业园);
 *  - a firm named with or without a firm word (data/lexicon/firm-words.txt): 科瑞南海 / 科瑞南海制药;
 *  - a firm named with or without a place before it: 云海药业 / 三峡云海药业;
 *  - a firm's brand and material with one business word or another: 京宏源铝业 / 京宏源铝加工.
 * `variantGroups` returns, for each name, the representative of its group (union-find).
 */
import type { NodeType } from '../graph/model.ts';
import { readList, readTsv } from './lexicon-files.ts';
import { loadLexicon } from './lexicon.ts';
import { tokenise } from './lexicon-segmenter.ts';

const MERGED_TYPES = new Set<NodeType>(['Platform', 'ResearchInstitute', 'Enterprise', 'University']);
/** The shorter name must be at least this long, and the longer at most this much longer. */
const MIN_SHORT = 6;
const MAX_EXTRA = 5;

let heads: string[][] | null = null;
let firmWords: string[] | null = null;

/** The name with an interchangeable ending replaced by the first of its set. */
export function headKey(name: string): string {
  heads ??= readTsv('head-variants.tsv').map((row) => row.filter(Boolean).sort((a, b) => b.length - a.length));
  for (const set of heads) {
    for (const head of set) {
      if (name.endsWith(head) && name.length > head.length + 1) return name.slice(0, -head.length) + set[set.length - 1];
    }
  }
  return name;
}

/** name → representative name, for names of one type in one document. */
export function variantGroups(type: NodeType, names: string[]): Map<string, string> {
  const parent = new Map(names.map((n) => [n, n]));
  const find = (n: string): string => {
    let r = n;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(n, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  if (!MERGED_TYPES.has(type)) return parent;
  firmWords ??= readList('firm-words.txt');
  const sorted = [...names].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const short = sorted[i]!;
      const long = sorted[j]!;
      if (sameOrganisation(type, short, long)) union(long, short);
    }
  }
  return new Map(names.map((n) => [n, find(n)]));
}

function sameOrganisation(type: NodeType, short: string, long: string): boolean {
  if (headKey(short) === headKey(long)) return true;
  if (type === 'Enterprise') {
    if (short.length >= 4 && long.endsWith(short) && isPlace(long.slice(0, long.length - short.length))) return true;
    if (sameBrandOtherBusinessWord(short, long)) return true;
    return short.length >= 2 && long.startsWith(short) && firmWords!.includes(long.slice(short.length)) && !firmWords!.some((w) => short.endsWith(w));
  }
  if (short.length < MIN_SHORT || long.length - short.length > MAX_EXTRA) return false;
  if (short.slice(-2) !== long.slice(-2) || short[0] === undefined) return false;
  // 中船重工智能装备产业园 is not (万州)智能装备产业园: an owner's name before the same words is another one.
  if (long.endsWith(short) && namesOwner(long.slice(0, long.length - short.length))) return false;
  return isSubsequence(short, long) && sharesStart(short, long);
}

/** Shared start of at least four characters (brand and material), then one or two characters each. */
function sameBrandOtherBusinessWord(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  const restA = a.length - common;
  const restB = b.length - common;
  return common >= 4 && restA >= 1 && restA <= 2 && restB >= 1 && restB <= 2;
}

/** `prefix` is the name of an organisation (not a place): 中船重工, 重庆大学. */
function namesOwner(prefix: string): boolean {
  return Boolean(loadLexicon().surfaces.get(prefix)?.some((h) => ['Enterprise', 'University', 'ResearchInstitute', 'Platform'].includes(h.entry.type)));
}

/** 三峡, 重庆, 万州: a place name of two or three characters (a region's surface, or a place word to the segmenter). */
function isPlace(prefix: string): boolean {
  if (prefix.length < 2 || prefix.length > 3) return false;
  if (loadLexicon().surfaces.get(prefix)?.some((h) => h.entry.type === 'Region')) return true;
  const tokens = tokenise(prefix);
  return tokens.length === 1 && tokens[0]!.tag === 'ns';
}

/** The shorter name's first two characters stand together in the longer one (not scattered). */
function sharesStart(short: string, long: string): boolean {
  return long.includes(short.slice(0, 2));
}

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (const ch of long) if (ch === short[j]) j++;
  return j === short.length;
}
