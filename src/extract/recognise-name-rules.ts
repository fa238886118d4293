/**
 * Small rules about the edges of a name found by its ending (recognise-patterns.ts): joints that stay
 * inside a name, a national prefix that names a platform, a count that makes it a kind, named zones,
 * a school of a university, and a park's
 * branch in a place.
 */
import type { Lexicon } from './lexicon.ts';
import type { Token } from './lexicon-segmenter.ts';
import type { DocumentScope, SentenceView } from './recognise-context.ts';

const HAN = /^[\u4e00-\u9fff]/;
const HAN_END = /[\u4e00-\u9fff]$/;
const ALNUM = /^[A-Za-z0-9]+$/;
/** Dashes that join two parts of one name (智慧黔江-农业综合服务云平台, 巴阳—人和田园综合体). */
const DASH = /^[-‐‑–—－]$/;

/**
 * A punctuation token that stays inside a name: a dash between two Han words, or a plus after
 * Latin letters or digits (T3+数据中心, 5G+工业互联网平台).
 */
export function isJointInName(lexicon: Lexicon, before: Token | undefined, joint: Token, after: Token): boolean {
  if (!before) return false;
  if (DASH.test(joint.word)) {
    // 万州—两江新区: a dash between two places pairs them; it is not one name.
    if (isRegionWord(lexicon, before.word) && isRegionWord(lexicon, after.word)) return false;
    return HAN_END.test(before.word) && HAN.test(after.word) && before.end === joint.start && joint.end === after.start;
  }
  if (joint.word === '+') return ALNUM.test(before.word) && before.end === joint.start;
  return false;
}

/**
 * 遂 of 遂潼 (遂宁 + 潼南): one character before a one-character place abbreviation is the other half
 * of a coined pair of places, though jieba tags it an adverb — unless it is a boundary word (在渝).
 */
export function isPlaceAbbreviationPiece(lexicon: Lexicon, piece: Token, next: Token): boolean {
  return piece.word.length === 1 && next.word.length === 1 && next.tag === 'ns' && HAN.test(piece.word) && !lexicon.boundaryWords.has(piece.word) && piece.end === next.start;
}

function isRegionWord(lexicon: Lexicon, word: string): boolean {
  return Boolean(lexicon.surfaces.get(word)?.some((h) => h.entry.type === 'Region'));
}

/**
 * 国家农作物品种测试站, 国家农业科技园区: in the plan of a city or district, a platform of the national
 * system is named by 国家 and its field — the one the place hosts. The words after 国家 must not all be
 * generic (国家重点实验室 is a class; isGeneric drops it). A province's plan names national kinds it
 * aims to win (国家制造业创新中心, 国家区域医疗中心), so there 国家 does not name one.
 */
export function isNational(scope: DocumentScope, prefix: Token[], suffixStart: number): boolean {
  const lexicon = scope.lexicon;
  const first = prefix[0];
  if (!first || first.word !== '国家' || scope.issuer?.level === 'province') return false;
  return prefix.some((t) => t !== first && t.end <= suffixStart && HAN.test(t.word) && !lexicon.genericModifiers.has(t.word));
}

/** A count right before `pos` (建成1个, 培育两家, 建设5个区级以上): what follows is a kind of thing, not a name. */
const COUNT_BEFORE = /(?:\d+|[一二两三四五六七八九十百]+)[个家座所](?:(?:国家|省部|省|市|区|县)级)?(?:以上)?$/;

export function isCounted(view: Pick<SentenceView, 'text' | 'base'>, pos: number): boolean {
  const local = pos - view.base;
  return COUNT_BEFORE.test(view.text.slice(Math.max(0, local - 8), local));
}

/** Tags of words that name a place: 潼 of 遂潼, 竹 of 高竹, 明月山. */
const PLACE_TAGS = new Set(['ns', 'nr', 'nrt', 'ng']);

/**
 * A named zone (…先行区, …示范带, …新区) is named by a place (遂潼一体化发展先行区, 高竹新区); the ending
 * is a word of its own (创新区 is not …新区), and without a place it is a designation (文旅融合发展先行区).
 */
export function isNamedZone(scope: DocumentScope, view: SentenceView, prefix: Token[], suffixStart: number): boolean {
  if (!view.isTokenStart(suffixStart)) return false;
  return prefix.some((t) => t.end <= suffixStart && (PLACE_TAGS.has(t.tag) || isRegionWord(scope.lexicon, t.word)));
}

/** Endings of a park's branch after a place's name: 两江数字经济产业园万州园, …科学城璧山片区. */
const BRANCH_ENDINGS = ['分园', '园区', '片区', '园'];
const PARK_END = /[园城区]$/;

/** The end of `<park><place><branch ending>` when one follows the park name ending at `stop`; else `stop`. */
export function parkBranchEnd(scope: DocumentScope, view: SentenceView, stop: number): number {
  const local = stop - view.base;
  if (!PARK_END.test(view.text.slice(0, local))) return stop;
  const place = scope.overlay.longestAt(view.text, local);
  if (!place || !place.hits.some((h) => h.entry.type === 'Region')) return stop;
  const after = local + place.surface.length;
  const ending = BRANCH_ENDINGS.find((e) => view.text.startsWith(e, after));
  if (!ending) return stop;
  const end = view.base + after + ending.length;
  return view.isTokenEnd(end) ? end : stop;
}

/**
 * 重庆大学临床医学院: a school of a university, named by its field, is a carrier of that university, not a
 * university; a campus named by its place (中国科学院大学重庆学院) is still the university's.
 */
export function isSchoolOfUniversity(scope: DocumentScope, name: string): boolean {
  const found = scope.lexicon.trie.longestAt(name, 0);
  if (!found || found.length >= name.length - 2 || !found.value.some((h) => h.entry.type === 'University' && !h.short)) return false;
  const place = scope.lexicon.trie.longestAt(name, found.length);
  return !place?.value.some((h) => h.entry.type === 'Region');
}
