/**
 * The topic of a passage: the platform or project a sentence is about when it names none itself.
 *  - a short headline sentence opening the paragraph (聚焦“健康+”建设三峡国际健康城。依托…);
 *  - a lead clause ending in ：at the start of the paragraph (6．某某研究所：依托区人民医院，…);
 *  - the innermost heading, when the heading is (mostly) the name of a platform or project
 *    (1．渝东南大数据分中心 / 专栏 … / 5．创新创业人才服务基地).
 * Relation rules fall back on it (依托X，… with no platform in the sentence).
 */
import type { ReadDocument } from '../ingest/types.ts';
import { DEPENDENT_TYPES, HOST_TYPES } from './relations-context.ts';
import type { SentenceView } from './relations-sentence.ts';
import type { EntityMention } from './types.ts';

const HEADLINE_MAX = 40;
/** Numbering before a heading's words: 1．, （一）, 一、, 专栏3. */
const MARKER = /^(专栏\s*[0-9０-９]+\s*|[（(]?[0-9０-９一二三四五六七八九十]+[）)、．.]\s*)+/u;
/** Share of a heading's words that platform names must cover for the heading to be one. */
const HEADING_COVER = 0.6;

export interface Topic {
  /**
   * The platforms of the paragraph's headline (a short first sentence, or a lead clause ending in ：);
   * an empty list when the headline names none; null when the paragraph has no headline.
   */
  headline: EntityMention[] | null;
  /** The platforms the innermost heading names (empty when it names none). */
  heading: EntityMention[];
}

export interface Topics {
  of(view: SentenceView): Topic;
}

const dependents = (ms: readonly EntityMention[]): EntityMention[] => ms.filter((m) => DEPENDENT_TYPES.includes(m.type));

/**
 * A headline: one short clause closed by a full stop that names no host and states no reliance
 * (聚焦“健康+”建设三峡国际健康城。 but not 依托X建设P。).
 */
function isHeadline(v: SentenceView, relianceCues: readonly string[]): boolean {
  if (v.end - v.start > HEADLINE_MAX || v.clauses.length !== 1 || !/[。！]\s*$/u.test(v.text)) return false;
  if (v.mentions.some((m) => HOST_TYPES.includes(m.type) && !DEPENDENT_TYPES.includes(m.type))) return false;
  return !relianceCues.some((c) => v.text.includes(c));
}

export function passageTopics(doc: ReadDocument, views: readonly SentenceView[], relianceCues: readonly string[]): Topics {
  // paragraph → the headline that opens it (the headline sentence itself has none)
  const byParagraph = new Map<number, { deps: EntityMention[]; from: SentenceView | null } | null>();
  for (const v of views) {
    if (byParagraph.has(v.paragraph)) continue;
    const lead = v.clauses[0];
    if (isHeadline(v, relianceCues)) byParagraph.set(v.paragraph, { deps: dependents(v.mentions), from: v });
    else if (lead && v.clauses.length > 1 && lead.text.endsWith('：') && lead.end - lead.start <= HEADLINE_MAX) {
      byParagraph.set(v.paragraph, { deps: dependents(lead.mentions), from: null });
    } else byParagraph.set(v.paragraph, null);
  }
  // section → the platform its heading names
  const bySection = new Map<number, EntityMention[]>();
  let vi = 0;
  for (const s of doc.sections) {
    while (vi < views.length && views[vi]!.end <= s.start) vi++;
    const inHeading: EntityMention[] = [];
    for (let j = vi; j < views.length && views[j]!.start < s.end; j++) {
      for (const m of views[j]!.mentions) if (m.start >= s.start && m.end <= s.end) inHeading.push(m);
    }
    const deps = dependents(inHeading);
    if (deps.length === 0) continue;
    const words = doc.match.slice(s.start, s.end).trim().replace(MARKER, '').replace(/[。；：:\s]+$/u, '');
    const covered = deps.reduce((n, m) => n + (m.end - m.start), 0);
    if (words.length > 0 && covered / words.length >= HEADING_COVER) bySection.set(s.index, deps);
  }
  return {
    of(view) {
      const p = byParagraph.get(view.paragraph);
      const heading = view.section === null ? [] : (bySection.get(view.section) ?? []);
      return { headline: p && p.from !== view ? p.deps : null, heading };
    },
  };
}
