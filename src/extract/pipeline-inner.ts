/**
 * Entities named inside another entity's name (EntityMention.inner: 重庆市蚕科院黔江分院 names
 * 重庆市蚕业科学技术研究院, 吉利工业互联网平台 names 吉利). The pipeline resolves them like any
 * mention, so that they are nodes of the document (MENTIONS, with their own offsets) and the
 * relation rules can use them (a platform named after its host relies on it; a region or an
 * industry written in a name is where the entity belongs). They stay inside their outer mention:
 * the mention list the relation rules read remains sorted and non-overlapping.
 */
import type { NodeType } from '../graph/model.ts';
import type { EntityMention, EntityRef, InnerMention } from './types.ts';

/**
 * The outer mention with its inner entities that count as mentioned resolved (canonical type and
 * name) by `resolve`; the others keep the recogniser's name.
 * Left out: a firm inside a firm's name (科瑞南海 in 科瑞南海制药 is the same firm written short),
 * and an inner entity that resolves to the outer one.
 */
export function withResolvedInner(outer: EntityMention, inner: readonly InnerMention[], resolve: (m: EntityMention) => EntityRef): EntityMention {
  const out: InnerMention[] = [];
  for (const i of inner) {
    if (i.type === 'Enterprise' && outer.type === 'Enterprise') continue;
    // only what counts as mentioned becomes a node here; the rest only when a relation names it
    const r = innerIsMentioned(outer.type, i.type) ? resolve({ type: i.type, name: i.name, surface: i.surface, start: i.start, end: i.end, sentence: outer.sentence, source: 'inner' }) : i;
    if (r.type === outer.type && r.name === outer.name) continue;
    out.push({ ...i, type: r.type, name: r.name });
  }
  const { inner: _dropped, ...rest } = outer;
  return out.length > 0 ? { ...rest, inner: out } : rest;
}

/** Organisations whose names may name a host organisation that the text thereby mentions. */
const HOSTED: ReadonlySet<NodeType> = new Set(['Platform', 'Project']);
const HOSTS: ReadonlySet<NodeType> = new Set(['University', 'ResearchInstitute', 'Enterprise']);

/**
 * Whether an inner entity counts as mentioned by the text: a region written in full (达州市达川区军民整合产业园
 * names 达川区), and the host organisation in a platform's or project's name (重庆市蚕科院黔江分院 names
 * 重庆市蚕业科学技术研究院). Not: the parent inside an organisation's own name (中国科学院 in
 * 中国科学院成都分院, 中国电科 in 中国电子科技集团公司第十研究所), an industry word inside a name (an
 * industry the plan develops is one it names on its own), a platform name inside another.
 */
export function innerIsMentioned(outer: NodeType, inner: NodeType): boolean {
  return inner === 'Region' || (HOSTS.has(inner) && HOSTED.has(outer));
}

/** Every mention and, after each, the entities named inside it that count as mentioned (same sentence). */
export function* everyMention(mentions: readonly EntityMention[]): Generator<EntityMention> {
  for (const m of mentions) {
    yield m;
    for (const i of m.inner ?? []) {
      if (innerIsMentioned(m.type, i.type)) yield { type: i.type, name: i.name, surface: i.surface, start: i.start, end: i.end, sentence: m.sentence, source: 'inner' };
    }
  }
}
