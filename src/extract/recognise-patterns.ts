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
import { instituteType } from './recognise-institutes.ts';
import { isCounted, isJointInName, isNamedZone, isNational, isPlaceAbbreviationPiece, isSchoolOfUniversity, parkBranchEnd } from './recognise-name-rules.ts';

/** “两个基地”, “一区一枢纽两中心”, “两心一环三基地”: counted things or a numbered slogan, not a name. */
export const COUNTED = /[一二两三四五六七八九十\d][个大项家所座批]|[一二两三四五六七八九十][^一二两三四五六七八九十]{1,3}[一二两三四五六七八九十]/;
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
  const lastChars = suffixLastChars(scope.lexicon);
  // Suffix ends are found in the text first; only the clause around one is segmented.
  for (let local = 1; local <= view.text.length; local++) {
    // most characters end no suffix: a table read answers them (this runs at every character)
    if (lastChars[view.text.charCodeAt(local - 1)] === 0) continue;
    const end = view.base + local;
    const rule = suffixAt(scope.lexicon, view, end);
    if (!rule) continue;
    // 区域中心城市: the suffix is the start of another word.
    const after = view.text.slice(local, local + 4);
    if (scope.lexicon.suffixBlockers.some((w) => after.startsWith(w))) continue;
    if (!view.isTokenEnd(end)) continue;
    const tokens = view.clauseTokens(end - 1);
    const k = tokens.findIndex((t) => t.end === end);
    const suffixStart = end - rule.suffix.length;
    let first = k;
    while (first > 0 && tokens[first]!.start > suffixStart) first--;
    // The suffix token itself must not be a boundary word (e.g. 中心 in 为中心).
    let startIdx = walkLeft(scope.lexicon, tokens, first, end);
    if (startIdx < 0) continue;
    const listItem = (rule.kind === 'platform' || rule.kind === 'institute') && view.text[tokens[0]!.start - view.base - 1] === '、';
    startIdx = joinedAfterVerb(scope.lexicon, tokens, startIdx, listItem);
    // Trim leading verbs/adverbs (强化云阳数据云中心 → 云阳数据云中心) while something distinctive remains.
    // A token that begins a longer lexicon name (新 of 新材料) is not trimmed.
    while (
      startIdx < first &&
      LEFT_TRIM_TAGS.has(tokens[startIdx]!.tag) &&
      !isFragment(tokens, startIdx, first) &&
      !beginsLongerName(scope, view, tokens[startIdx]!) &&
      isDistinctive(scope, tokens.slice(startIdx + 1, first + 1), suffixStart)
    ) startIdx++;
    let start = tokens[startIdx]!.start;
    // A level or count before the name (国家级万州经开区, 市级科普基地) is not part of it.
    for (let stripped = true; stripped; ) {
      stripped = false;
      const local = start - view.base;
      for (const word of scope.lexicon.nameLeftStrip) {
        if (view.text.startsWith(word, local) && start + word.length < suffixStart) {
          start += word.length;
          stripped = true;
          break;
        }
      }
    }
    if (start >= suffixStart) continue; // nothing before the suffix
    let stop = end;
    const rest = view.text.slice(end - view.base);
    const q = rest.match(QUALIFIER);
    if (q && rule.kind === 'university' && isPlace(scope, q[1]!)) stop = end + q[0].length;
    let surface = view.text.slice(start - view.base, stop - view.base);
    // A leading quote belongs to a quoted name only when its closing quote is inside the span.
    while ((/^[“‘]/.test(surface) && !/[”’]/.test(surface)) || /^[”’]/.test(surface)) {
      surface = surface.slice(1);
      start++;
    }
    // 小镇“科学科普科创中心, 众创空间（孵化器: an opening mark whose close is not in the span starts the name after it.
    const cut = unbalancedOpening(surface);
    if (cut > 0) {
      surface = surface.slice(cut);
      start += cut;
    }
    const prefixTokens = tokens.slice(startIdx, first + 1).filter((t) => t.start < suffixStart && t.end > start);
    if (isGeneric(scope.lexicon, prefixTokens, suffixStart)) continue;
    if (rule.ownPrefix && !hasOwnName(scope, prefixTokens, suffixStart)) continue;
    if (rule.kind === 'zone' && !isNamedZone(scope, view, prefixTokens, suffixStart)) continue;
    if (
      (rule.kind === 'platform' || rule.kind === 'enterprise') &&
      !isDistinctive(scope, prefixTokens, suffixStart, rule.kind === 'platform' ? rule.suffix : null) &&
      !(rule.kind === 'platform' && isNational(scope, prefixTokens, suffixStart)) &&
      !(rule.anyPrefix && hasOwnWord(scope, prefixTokens, suffixStart)) &&
      !(rule.kind === 'enterprise' && hasCoinedWord(scope.lexicon, prefixTokens, suffixStart))
    ) continue;
    const home = homeName(scope, rule, view.text.slice(start - view.base, suffixStart - view.base));
    if (home) {
      out.push({ type: typeOf(scope, rule, home + rule.suffix), name: home + rule.suffix, surface: view.text.slice(start - view.base, stop - view.base), start, end: stop, sentence: view.index, source: 'pattern', parentRegion: home });
      continue;
    }
    // 三甲中医院, “生态中医院”: a hospital is named by its place (开州人民医院, 重庆市中医院).
    if (rule.homePrefix && !prefixTokens.some((t) => t.tag === 'ns' || isPlace(scope, t.word))) continue;
    if (suffixStart - start < 2) continue; // 环大学: one character is not a name
    if (/\d+[个家所项座]/.test(surface)) continue;
    // “一城一区一廊”科技创新平台: a numbered slogan in quotes, not a name.
    if (/“[^”]*”/.test(surface) && COUNTED.test(surface.match(/“([^”]*)”/)![1]!)) continue;
    if (rule.kind !== 'platform' && rule.kind !== 'project' && /^[“‘]/.test(surface)) continue;
    if (rule.kind === 'platform' && isNonPlatform(scope.lexicon, surface)) continue;
    // 建成1个重庆市农业科技园区: a counted name is a kind of platform the plan will have, not a named one.
    if (rule.kind === 'platform' && isCounted(view, start)) continue;
    // 两江数字经济产业园万州园: a park's branch in a place is named by the park and the place.
    if (rule.kind === 'platform') {
      const branchEnd = parkBranchEnd(scope, view, stop);
      if (branchEnd > stop) surface = view.text.slice(start - view.base, (stop = branchEnd) - view.base);
    }
    // 共建云阳分院: a branch named by its place alone, without the academy it belongs to, is no name.
    if (isBareBranch(scope, surface)) continue;
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

/** Suffix rules indexed by the char code of their last character (longest first within each list). */
const suffixesByLast = new WeakMap<Lexicon, Map<number, SuffixRule[]>>();

function suffixIndex(lexicon: Lexicon): Map<number, SuffixRule[]> {
  let index = suffixesByLast.get(lexicon);
  if (!index) {
    index = new Map();
    for (const rule of lexicon.suffixes) {
      const last = rule.suffix.charCodeAt(rule.suffix.length - 1);
      index.set(last, [...(index.get(last) ?? []), rule]);
    }
    suffixesByLast.set(lexicon, index);
  }
  return index;
}

const lastCharTables = new WeakMap<Lexicon, Uint8Array>();
/** 1 for each code unit that ends some suffix rule. */
function suffixLastChars(lexicon: Lexicon): Uint8Array {
  let table = lastCharTables.get(lexicon);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const code of suffixIndex(lexicon).keys()) table[code] = 1;
    lastCharTables.set(lexicon, table);
  }
  return table;
}

/** The longest suffix rule whose suffix ends at `end` (rules indexed by their last character). */
export function suffixAt(lexicon: Lexicon, view: Pick<SentenceView, 'text' | 'base'>, end: number): SuffixRule | null {
  const local = end - view.base;
  if (local < 1) return null;
  const rules = suffixIndex(lexicon).get(view.text.charCodeAt(local - 1));
  if (!rules) return null;
  for (const rule of rules) {
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
    if (
      isBoundary(lexicon, prev) &&
      !isJointInName(lexicon, tokens[idx - 2], prev, tokens[idx]!) &&
      !isPlaceAbbreviationPiece(lexicon, prev, tokens[idx]!) &&
      !isNumeralInName(prev, tokens[idx]!) &&
      !isOrdinalInName(prev, tokens[idx]!) &&
      !isLocaliserInName(lexicon, tokens[idx - 2], prev) &&
      !lexicon.boundaryExceptions.get(prev.word)?.some((n) => tokens[idx]!.word.startsWith(n))
    ) break;
    if (length + prev.word.length > MAX_NAME || count >= MAX_TOKENS) break;
    length += prev.word.length;
    count++;
    idx--;
  }
  // Drop a leading bracket or dot left over by the walk, and an item number (1）开州区科技馆).
  while (idx < last && (NAME_PUNCT.test(tokens[idx]!.word) || (/^\d{1,2}$/.test(tokens[idx]!.word) && tokens[idx + 1]?.word === '）'))) idx++;
  return idx;
}

/** Tags of the words on the left of 及/和 in a founded name: nouns, places, organisations, verbal nouns. */
const NOUN_TAGS = new Set(['n', 'nz', 'ns', 'nt', 'nr', 'vn', 'j', 'ng', 'an', 'nrt']);
/** A word that can stand on the left of 及/和 inside a founded name. */
function nounLike(lexicon: Lexicon, t: Token): boolean {
  return !isBoundary(lexicon, t) && (NOUN_TAGS.has(t.tag) || t.tag === 'z' || t.word.length === 1);
}
/** Conjunctions that can join two nouns inside one name (湿地及水环境研究院). */
const JOINING = new Set(['及', '和', '与']);

/**
 * 建设三峡库区消落带湿地及水环境研究院: after a creation verb (data/lexicon/creation-verbs.txt), nouns
 * joined by 及/和 up to the ending are one name. Returns the index of the name's first token (`startIdx`
 * unchanged when the words before the conjunction are not nouns right after such a verb).
 */
function joinedAfterVerb(lexicon: Lexicon, tokens: Token[], startIdx: number, listItem: boolean): number {
  const conj = startIdx - 1;
  if (conj < 1 || !JOINING.has(tokens[conj]!.word)) return startIdx;
  // Nouns right after a creation verb, or a whole list item (…创新中心、三峡库区环境与人群健康研究中心).
  let idx = conj;
  let length = 0;
  while (idx > 0 && nounLike(lexicon, tokens[idx - 1]!) && length < 12) {
    idx--;
    length += tokens[idx]!.word.length;
  }
  if (idx === conj || length < 2) return startIdx;
  // In a list, 和/及 join the list's last items (…系统和…平台); only 与 joins inside a name.
  if (idx === 0 ? !listItem || tokens[conj]!.word !== '与' : !lexicon.creationVerbs.includes(tokens[idx - 1]!.word)) return startIdx;
  const left = tokens.slice(idx, conj).map((t) => t.word).join('');
  // 院士专家工作站和博士后工作站, 三峡大学及…: the left part is a name of its own; 科技研发和服务平台: a class.
  if (suffixAt(lexicon, { text: left, base: 0 }, left.length) || left.endsWith('机构')) return startIdx;
  return segmentsInto(lexicon.genericModifiers, left) ? startIdx : idx;
}

/**
 * 三 in 三磊集团, 六九 in 六九畜牧公司: a short Chinese numeral is part of a firm's name unless a
 * measure word or a count follows it (三个, 五大, 一批).
 */
function isNumeralInName(numeral: Token, next: Token): boolean {
  if (!/^[一二三四五六七八九十两]{1,2}$/.test(numeral.word)) return false;
  return !/^[个家项批大类种所座年次级位名条只份倍期届轮点化是]/.test(next.word);
}

/** 第十 in 中国电子科技集团公司第十研究所: an ordinal right before an institute's ending numbers the institute. */
function isOrdinalInName(ordinal: Token, next: Token): boolean {
  return /^第[一二三四五六七八九十百零〇\d]{1,4}$/.test(ordinal.word) && /^研究[所院]|^[研分]?所$|^分院/.test(next.word);
}

/**
 * 西 of 发挥西永微电子产业园, 中 of 、中移物联网公司: a one-character localiser (上, 中, 内, 西) ends a name
 * only as a postposition after a noun (园区内, 在…中); right after a verb, a preposition or punctuation
 * it is the first character of a name that jieba cut.
 */
function isLocaliserInName(lexicon: Lexicon, before: Token | undefined, localiser: Token): boolean {
  if (localiser.tag !== 'f' || localiser.word.length !== 1) return false;
  return !before || isBoundary(lexicon, before);
}

/** Offset just after the last opening quote or bracket of `surface` that is not closed inside it (0 when none). */
function unbalancedOpening(surface: string): number {
  const close = surface.indexOf('”');
  if (close >= 0 && surface.lastIndexOf('“', close) < 0) return close + 1;
  const quote = surface.lastIndexOf('“');
  const bracket = surface.lastIndexOf('（');
  let cut = 0;
  if (quote >= 0 && surface.indexOf('”', quote) < 0) cut = Math.max(cut, quote + 1);
  if (bracket >= 0 && surface.indexOf('）', bracket) < 0) cut = Math.max(cut, bracket + 1);
  return cut;
}

/**
 * 易 of 易/智/网 (易智网): a one-character word followed by another one-character word is a piece of a
 * coined name jieba did not know, not a verb or adjective before the name.
 */
function isFragment(tokens: Token[], idx: number, last: number): boolean {
  const next = tokens[idx + 1];
  // 提/质 of 提质众创空间 is a verb and its object: trimmed.
  return tokens[idx]!.word.length === 1 && tokens[idx]!.tag !== 'v' && idx + 1 < last && next !== undefined && next.word.length === 1 && /[\u4e00-\u9fff]/.test(next.word);
}

/** The token starts a lexicon name that runs past it (新 of 新材料). */
function beginsLongerName(scope: DocumentScope, view: SentenceView, token: Token): boolean {
  const found = scope.overlay.longestAt(view.text, token.start - view.base);
  return Boolean(found && found.surface.length > token.word.length);
}

/** 区 of 区人民医院 in 开州区's plan: the issuer's canonical name when `prefix` is its level character and the rule allows it. */
function homeName(scope: DocumentScope, rule: SuffixRule, prefix: string): string | null {
  const issuer = scope.issuer;
  if (!rule.homePrefix || !issuer || issuer.level !== 'county' || prefix.length !== 1) return null;
  return issuer.name.endsWith(prefix) ? issuer.name : null;
}

/** 云阳分院, 重庆分所: a regional-branch ending after nothing but a region's name. */
function isBareBranch(scope: DocumentScope, surface: string): boolean {
  const ending = scope.lexicon.instituteRules.regionalBranches.find((e) => surface.endsWith(e));
  if (!ending) return false;
  const place = surface.slice(0, -ending.length);
  const hits = scope.overlay.extra.get(place) ?? scope.lexicon.surfaces.get(place);
  return Boolean(hits?.some((h) => h.entry.type === 'Region'));
}

/** 渝东北医药生产基地, 仓储物流中心: a facility, not an innovation carrier (data/lexicon/non-platform-heads.txt). */
function isNonPlatform(lexicon: Lexicon, surface: string): boolean {
  // A line `!双创示范基地` keeps a carrier whose head would otherwise make it a facility.
  if (lexicon.nonPlatformHeads.some((head) => head.startsWith('!') && surface.endsWith(head.slice(1)))) return false;
  return lexicon.nonPlatformHeads.some((head) => surface.endsWith(head));
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
 * Without it, 数据中心 and 院士工作站 are kinds of things, not names. For a platform (`ending` given),
 * the other word must make it an innovation carrier (data/lexicon/carrier-words.txt): 人工智能开放平台
 * and 物联网连接管理平台 are IT systems.
 */
function isDistinctive(scope: DocumentScope, prefix: Token[], suffixStart: number, ending: string | null = null): boolean {
  let industry = false;
  let words = 0;
  let text = '';
  for (const t of prefix) {
    if (t.start >= suffixStart) continue;
    // A bracket alone does not name (博士（生）工作站); what it holds may (先导（重庆）…: 重庆 is a place).
    if (/^[A-Za-z0-9+]+$/.test(t.word)) return true;
    const hits = scope.overlay.extra.get(t.word) ?? scope.lexicon.surfaces.get(t.word);
    if (hits?.some((h) => h.entry.type !== 'Industry' && h.entry.type !== 'Project')) return true;
    // 开放平台/nz: a word that runs into the ending is tagged as the whole; its head part is an ordinary word.
    if (t.end > suffixStart) {
      words++;
      text += t.word.slice(0, suffixStart - t.start);
      continue;
    }
    if (PROPER_TAGS.has(t.tag) && !/^[（）·]$/.test(t.word)) return true;
    if (hits?.some((h) => h.entry.type === 'Industry')) industry = true;
    else text += t.word;
    if (/[\u4e00-\u9fff]/.test(t.word)) words++;
  }
  if (!industry || words < 2) return false;
  if (ending === null) return true;
  const carriers = scope.lexicon.carrierWords;
  return carriers.some((w) => text.includes(w) || ending.includes(w));
}

/**
 * 龙/缸 of 龙缸茶业公司: two one-character nouns in a row before a firm's ending are a brand jieba did
 * not know (ordinary words before 公司 are words of two characters or more).
 */
function hasCoinedWord(lexicon: Lexicon, prefix: Token[], suffixStart: number): boolean {
  let run = 0;
  for (const t of prefix) {
    if (t.end > suffixStart) break;
    const piece = t.word.length === 1 && /[\u4e00-\u9fff]/.test(t.word) && !isBoundary(lexicon, t) && !LEFT_TRIM_TAGS.has(t.tag);
    run = piece ? run + 1 : 0;
    if (run >= 2) return true;
  }
  return false;
}

/** 繁星 of 繁星众创空间: a word before the suffix that is neither generic nor an industry (农业星创天地 has none). */
function hasOwnWord(scope: DocumentScope, prefix: Token[], suffixStart: number): boolean {
  return prefix.some((t) => {
    if (t.start >= suffixStart || !/[\u4e00-\u9fff]/.test(t.word)) return false;
    // 强化众创空间: a verb or adverb before the ending is no name.
    if (scope.lexicon.genericModifiers.has(t.word) || LEFT_TRIM_TAGS.has(t.tag)) return false;
    return !scope.lexicon.surfaces.get(t.word)?.some((h) => h.entry.type === 'Industry');
  });
}

/** 凤鸣 of 凤鸣现代农业产业园: what remains of the prefix without industries is not all generic words (医药科创产业园). */
function hasOwnName(scope: DocumentScope, prefix: Token[], suffixStart: number): boolean {
  let text = '';
  for (const t of prefix) {
    if (t.start >= suffixStart) continue;
    if (scope.lexicon.surfaces.get(t.word)?.some((h) => h.entry.type === 'Industry')) continue;
    text += (t.end > suffixStart ? t.word.slice(0, suffixStart - t.start) : t.word).replace(/[“”‘’（）·\d]/g, '');
  }
  return text.length > 0 && !segmentsInto(scope.lexicon.genericModifiers, text);
}

export function isGeneric(lexicon: Lexicon, prefix: Token[], suffixStart: number): boolean {
  let text = '';
  for (const t of prefix) {
    const word = t.end > suffixStart ? t.word.slice(0, suffixStart - t.start) : t.word;
    text += word.replace(/[“”‘’（）·\d]/g, '');
  }
  return segmentsInto(lexicon.genericModifiers, text);
}

/** `text` is a sequence of words of `words` (双创 split by jieba as 双/创 still counts). */
function segmentsInto(words: Set<string>, text: string): boolean {
  const ok = new Uint8Array(text.length + 1);
  ok[0] = 1;
  for (let i = 0; i < text.length; i++) {
    if (!ok[i]) continue;
    for (let len = 1; len <= 6 && i + len <= text.length; len++) if (words.has(text.slice(i, i + len))) ok[i + len] = 1;
  }
  return ok[text.length] === 1;
}

function isPlace(scope: DocumentScope, word: string): boolean {
  const hits = scope.lexicon.surfaces.get(word);
  return Boolean(hits?.some((h) => h.entry.type === 'Region'));
}

/** Type of a candidate by its suffix class; institutes are split into ResearchInstitute and Platform (recognise-institutes.ts). */
export function typeOf(scope: DocumentScope, rule: SuffixRule, name: string): NodeType {
  if (rule.kind === 'university' && isSchoolOfUniversity(scope, name)) return 'Platform';
  return rule.kind === 'institute' ? instituteType(scope, name) : rule.type;
}
