/**
 * Relations from cue words and clause structure.
 *
 * Glossary (cue words → relation type; the words themselves live in data/lexicon/cues.json):
 *   依托 X / 以 X 为依托 / 由 X 牵头 / 在 X 设立 / X 共建 P        → P RELIES_ON X
 *   与 X 合作 / 签订 / 共建 / 协作 / 对接, 联合 / 会同 / 携手 X, 产学研 → COLLABORATES_WITH
 *   位于 / 在 X / X 的 / a region inside a name / 万开云 groupings      → BELONGS_TO
 *   根据 / 依据《…》, any other 《…》                                 → CITES
 *   重点发展 / 培育 / 壮大 / 打造 / 聚焦 … <industry>                 → FOCUSES_ON
 * A sentence is cut into clauses at ，；：; the subject of a clause is the organisation written
 * before the cue, else the issuer (我区, 全区, 县政府 and plan sentences without a subject).
 * A list of partners (与重庆大学、西南大学等合作) gives one relation per partner.
 */
import type { NodeType } from '../graph/model.ts';
import type { ReadDocument } from '../ingest/types.ts';
import { belongings, belongingsByName } from './relations-belongs.ts';
import { collaborations } from './relations-collaborate.ts';
import { makeSink, type RelationContext } from './relations-context.ts';
import { loadCues } from './relations-cues.ts';
import { citations, focuses } from './relations-focus.ts';
import { reliances, reliancesByInner, reliancesByName, type NamedEntity } from './relations-relies.ts';
import { sentenceViews, type SentenceView } from './relations-sentence.ts';
import { passageTopics } from './relations-topic.ts';
import type { EntityMention, EntityRef, FoundRelation } from './types.ts';

export interface RelationInput {
  /** Canonical name of the region whose plan this is, or null. */
  issuer: string | null;
  /** The document's own Plan (its canonical name) and the other names it goes by. */
  plan: { name: string; aliases?: readonly string[] };
}

/**
 * Types of inner entities (EntityMention.inner) that the by-name rules treat as entities of the
 * document: regions (达州市达川区军民整合产业园 → 达川区). An industry word inside a name is not one the
 * plan develops unless it names it on its own (measured: +1 and −9 BELONGS_TO on the gold).
 */
const INNER_NAMED: ReadonlySet<NodeType> = new Set(['Region']);

/** Entities of the document with every form it writes them in, and where each first appears. */
function namedEntities(mentions: readonly EntityMention[]): { entities: NamedEntity[]; parents: Map<string, string> } {
  const byKey = new Map<string, NamedEntity>();
  const parents = new Map<string, string>();
  for (const m of mentions) {
    const key = `${m.type}:${m.name}`;
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { type: m.type, name: m.name, forms: [m.name], sentence: m.sentence }));
    for (const f of [m.surface, ...(m.aliases ?? [])]) if (f && !e.forms.includes(f)) e.forms.push(f);
    if (m.parentRegion && !parents.has(key)) parents.set(key, m.parentRegion);
  }
  // entities named inside a name (达州市达川区军民整合产业园 → 达川区) are entities of the document too
  for (const m of mentions) {
    for (const i of m.inner ?? []) {
      if (!INNER_NAMED.has(i.type)) continue;
      const key = `${i.type}:${i.name}`;
      let e = byKey.get(key);
      if (!e) byKey.set(key, (e = { type: i.type, name: i.name, forms: [i.name], sentence: m.sentence, insideOnly: true }));
      if (!e.forms.includes(i.surface)) e.forms.push(i.surface);
    }
  }
  return { entities: [...byKey.values()], parents };
}

/**
 * Every relation the document states, one FoundRelation per (sentence, type, source, target).
 * `mentions` are recogniseEntities' output (sorted by start, non-overlapping).
 */
export function extractRelations(doc: ReadDocument, mentions: readonly EntityMention[], input: RelationInput): FoundRelation[] {
  const cues = loadCues();
  const toc = doc.tableOfContents;
  const content = toc ? mentions.filter((m) => m.end <= toc.start || m.start >= toc.end) : mentions;
  const allViews = sentenceViews(doc, content, cues.clauseSeparators);
  const views = toc ? allViews.filter((v) => v.end <= toc.start || v.start >= toc.end) : allViews;
  const out: FoundRelation[] = [];
  const issuer: EntityRef | null = input.issuer ? { type: 'Region', name: input.issuer } : null;
  const ctx: RelationContext = {
    doc,
    cues,
    views,
    issuer,
    plan: { type: 'Plan', name: input.plan.name },
    planNames: new Set([input.plan.name, ...(input.plan.aliases ?? [])]),
    text: (a, b) => doc.match.slice(a, b),
    emit: makeSink(out),
  };
  // The first sentence of each paragraph: a headline (“3．硬质合金。”) for the sentences after it.
  const headlines = new Map<number, SentenceView>();
  const topics = passageTopics(doc, views, [...cues.reliesOn.prefixes, ...cues.reliesOn.frames.filter((f) => f.open === '以').map((f) => f.close)]);
  for (const view of views) {
    if (!headlines.has(view.paragraph)) headlines.set(view.paragraph, view);
    if (view.mentions.length > 0) {
      collaborations(ctx, view);
      reliances(ctx, view, topics.of(view));
      belongings(ctx, view, headlines.get(view.paragraph));
      focuses(ctx, view);
      citations(ctx, view);
    }
  }
  const { entities, parents } = namedEntities(content);
  reliancesByInner(ctx, content, reliancesByName(ctx, entities));
  belongingsByName(ctx, entities, parents);
  return dedupe(out);
}

function dedupe(found: FoundRelation[]): FoundRelation[] {
  const seen = new Set<string>();
  const out: FoundRelation[] = [];
  for (const r of found) {
    const key = `${r.type}|${r.source.type}:${r.source.name}|${r.target.type}:${r.target.name}|${r.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out.sort((a, b) => a.sentence - b.sentence);
}
