/**
 * A sentence as the relation rules see it: its text (from ReadDocument.match), its clauses
 * (split at ，；： …) and the entity mentions in each, plus small helpers to read lists of
 * mentions (与重庆大学、西南大学等) next to a cue word.
 */
import type { NodeType } from '../graph/model.ts';
import type { ReadDocument } from '../ingest/types.ts';
import type { EntityMention } from './types.ts';

export interface Clause {
  start: number;
  end: number;
  /** The clause text (from `match`). */
  text: string;
  mentions: EntityMention[];
}

export interface SentenceView {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  /** The innermost section, or null. */
  section: number | null;
  text: string;
  mentions: EntityMention[];
  clauses: Clause[];
}

/** Characters that may stand between two items of a list: 重庆大学、西南大学和江苏大学. */
const LIST_GAP = /^[、，,和及与或“”‘’"\s]*(以及)?[“”‘’"\s]*$/u;

let separators: { of: string; table: Uint8Array } | null = null;
/**
 * 1 for each separator's code unit. Code units, not one-character strings: text[i] would allocate a
 * string per character, and this runs over every character of every sentence.
 */
function separatorTable(chars: string): Uint8Array {
  if (separators?.of !== chars) {
    const table = new Uint8Array(0x10000);
    for (let k = 0; k < chars.length; k++) table[chars.charCodeAt(k)] = 1;
    separators = { of: chars, table };
  }
  return separators.table;
}

/** Group mentions by sentence and cut each sentence into clauses. Mentions must be sorted by start. */
export function sentenceViews(doc: ReadDocument, mentions: readonly EntityMention[], separators: string): SentenceView[] {
  const bySentence = new Map<number, EntityMention[]>();
  for (const m of mentions) {
    let list = bySentence.get(m.sentence);
    if (!list) bySentence.set(m.sentence, (list = []));
    list.push(m);
  }
  const sep = separatorTable(separators);
  const views: SentenceView[] = [];
  for (const s of doc.sentences) {
    const ms = bySentence.get(s.index) ?? [];
    const text = doc.match.slice(s.start, s.end);
    const clauses: Clause[] = [];
    let clauseStart = 0;
    let mi = 0;
    for (let i = 0; i <= text.length; i++) {
      // A clause ends after a separator and at the sentence's end. A separator inside a mention
      // (中国地质大学（武汉）never has one, but be safe) does not cut.
      if (i < text.length && (sep[text.charCodeAt(i)] !== 1 || covered(ms, s.start + i))) continue;
      const endRel = Math.min(i + 1, text.length);
      if (endRel <= clauseStart) continue;
      const absStart = s.start + clauseStart;
      const absEnd = s.start + endRel;
      const cm: EntityMention[] = [];
      while (mi < ms.length && ms[mi]!.start < absEnd) {
        if (ms[mi]!.start >= absStart) cm.push(ms[mi]!);
        mi++;
      }
      clauses.push({ start: absStart, end: absEnd, text: text.slice(clauseStart, endRel), mentions: cm });
      clauseStart = endRel;
    }
    views.push({ index: s.index, start: s.start, end: s.end, paragraph: s.paragraph, section: s.section, text, mentions: ms, clauses });
  }
  return views;
}

/** True when a mention covers offset `at`. */
function covered(mentions: readonly EntityMention[], at: number): boolean {
  for (const m of mentions) if (m.start <= at && at < m.end) return true;
  return false;
}

/** True when [pos, pos+len) overlaps a mention: a cue inside a name (联合研究院) is not a cue. */
export function insideMention(mentions: readonly EntityMention[], pos: number, len: number): boolean {
  for (const m of mentions) if (m.start < pos + len && pos < m.end) return true;
  return false;
}

/** Every position of each cue in the clause (absolute offsets), outside mentions, in text order. */
export function findCues(clause: Clause, cues: readonly string[]): { cue: string; pos: number }[] {
  const found: { cue: string; pos: number }[] = [];
  const taken: [number, number][] = [];
  for (const cue of cues) {
    let from = 0;
    for (;;) {
      const i = clause.text.indexOf(cue, from);
      if (i < 0) break;
      from = i + 1;
      const abs = clause.start + i;
      if (insideMention(clause.mentions, abs, cue.length)) continue;
      // cues are sorted longest first: skip a shorter cue inside a longer one already found
      if (taken.some(([a, b]) => abs < b && a < abs + cue.length)) continue;
      taken.push([abs, abs + cue.length]);
      found.push({ cue, pos: abs });
    }
  }
  return found.sort((a, b) => a.pos - b.pos);
}

/**
 * The list of mentions that starts right after `from` (at most `slack` characters later, e.g. a quote)
 * and continues while only list punctuation stands between items. Items of other types end the list.
 */
export function listAfter(
  clause: Clause,
  from: number,
  types: readonly NodeType[],
  text: (a: number, b: number) => string,
  slack = 1,
): EntityMention[] {
  const list: EntityMention[] = [];
  let cursor = from;
  for (const m of clause.mentions) {
    if (m.start < cursor) continue;
    const gap = text(cursor, m.start);
    const ok = list.length === 0 ? m.start - cursor <= slack && /^[“”‘’"\s]*$/u.test(gap) : LIST_GAP.test(gap);
    if (!ok || !types.includes(m.type)) break;
    list.push(m);
    cursor = m.end;
  }
  return list;
}

/** The list of mentions that ends right before `to` (walking left), same rules as listAfter. */
export function listBefore(
  clause: Clause,
  to: number,
  types: readonly NodeType[],
  text: (a: number, b: number) => string,
  trailing: RegExp = /^[“”‘’"\s]*$/u,
): EntityMention[] {
  const list: EntityMention[] = [];
  let cursor = to;
  for (let i = clause.mentions.length - 1; i >= 0; i--) {
    const m = clause.mentions[i]!;
    if (m.end > cursor) continue;
    const gap = text(m.end, cursor);
    const ok = list.length === 0 ? trailing.test(gap) : LIST_GAP.test(gap);
    if (!ok || !types.includes(m.type)) break;
    list.unshift(m);
    cursor = m.start;
  }
  return list;
}

/** Longest list item read as a name: a longer one is a phrase (依托…优势资源), not a missed name. */
const MAX_ITEM = 24;

/**
 * The items of a list that starts at `from` and is closed by 等 (依托黔江食药检所、科瑞南海制药等平台): each
 * item between 、 that is exactly one mention of `types`. Items the recogniser did not find whole
 * (黔江食药检所, of which it only saw 黔江) are passed over instead of ending the list. Empty when no
 * 等 outside a name closes the list within the clause, or an item is too long to be a name.
 */
export function itemsBeforeDeng(clause: Clause, from: number, types: readonly NodeType[], text: (a: number, b: number) => string): EntityMention[] {
  const rest = text(from, clause.end);
  let close = -1;
  for (let i = rest.indexOf('等'); i >= 0; i = rest.indexOf('等', i + 1)) {
    if (!insideMention(clause.mentions, from + i, 1)) {
      close = from + i;
      break;
    }
  }
  if (close <= from) return [];
  const items: EntityMention[] = [];
  let start = from;
  for (let at = from; at <= close; at++) {
    if (at < close && (text(at, at + 1) !== '、' || insideMention(clause.mentions, at, 1))) continue;
    const raw = text(start, at);
    const lead = raw.length - raw.replace(/^[“”‘’"\s]+/u, '').length;
    const trail = raw.length - raw.replace(/[“”‘’"\s]+$/u, '').length;
    const [a, b] = [start + lead, at - trail];
    if (b - a > MAX_ITEM) return [];
    const m = clause.mentions.find((x) => x.start === a && x.end === b && types.includes(x.type));
    if (m) items.push(m);
    start = at + 1;
  }
  return items;
}
