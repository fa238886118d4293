/**
 * RELIES_ON (Platform/Project → the organisation it is built on):
 *   依托 X、Y … P            (the first list of platforms/projects after the hosts)
 *   以 X 为依托/为核心/为基础 … P ;  由 X 牵头 … P ;  在 X 设立 P
 *   支持/推动 X 建成/整合/发挥 P
 *   a platform named after its host: 重庆大学转化医学中心 → 重庆大学, 重庆市畜牧科学院万州分院 → 重庆市畜牧科学院
 * When the sentence names no platform, a short headline sentence just before it in the same
 * paragraph (聚焦“健康+”建设三峡国际健康城。依托…) supplies it.
 */
import type { NodeType } from '../graph/model.ts';
import { DEPENDENT_TYPES, HOST_TYPES, ref, sentenceAsClause, type RelationContext } from './relations-context.ts';
import { findCues, listAfter, listBefore, type SentenceView } from './relations-sentence.ts';
import type { EntityMention } from './types.ts';

const HEADLINE_MAX = 40;
const FRAME_TAIL = /^(等[^，；、。]{0,6})?[“”"\s]*$/u;

/** The first list of platforms/projects in the sentence at or after `from`, hosts excluded. */
function dependentsAfter(ctx: RelationContext, view: SentenceView, from: number, hosts: EntityMention[]): EntityMention[] {
  const first = view.mentions.find((m) => m.start >= from && DEPENDENT_TYPES.includes(m.type) && !hosts.includes(m));
  if (!first) return [];
  return listAfter(sentenceAsClause(view), first.start, DEPENDENT_TYPES, ctx.text, 0).filter((m) => !hosts.includes(m));
}

/** Platforms/projects of the short headline sentence right before this one in the same paragraph. */
function headlineDependents(ctx: RelationContext, view: SentenceView, prev: SentenceView | undefined): EntityMention[] {
  if (!prev || prev.paragraph !== view.paragraph || prev.end - prev.start > HEADLINE_MAX) return [];
  return prev.mentions.filter((m) => DEPENDENT_TYPES.includes(m.type));
}

function link(ctx: RelationContext, view: SentenceView, dependents: EntityMention[], hosts: EntityMention[]): void {
  for (const d of dependents) for (const h of hosts) ctx.emit('RELIES_ON', ref(d), ref(h), view.index);
}

export function reliances(ctx: RelationContext, view: SentenceView, prev: SentenceView | undefined): void {
  const r = ctx.cues.reliesOn;
  for (const clause of view.clauses) {
    if (clause.mentions.length === 0) continue;
    // 依托 X、Y 等 …
    for (const { cue, pos } of findCues(clause, r.prefixes)) {
      const hosts = listAfter(clause, pos + cue.length, HOST_TYPES, ctx.text, 1);
      if (hosts.length === 0) continue;
      let deps = dependentsAfter(ctx, view, hosts[hosts.length - 1]!.end, hosts);
      if (deps.length === 0) deps = listBefore(clause, pos, DEPENDENT_TYPES, ctx.text);
      if (deps.length === 0) deps = headlineDependents(ctx, view, prev);
      link(ctx, view, deps, hosts);
    }
    // 以 X 为依托 / 由 X 牵头 / 在 X 设立
    for (const frame of r.frames) {
      let from = 0;
      for (;;) {
        const i = clause.text.indexOf(frame.close, from);
        if (i < 0) break;
        from = i + frame.close.length;
        const closeAt = clause.start + i;
        const types: readonly NodeType[] = frame.open === '在' ? [...HOST_TYPES, 'Region'] : HOST_TYPES;
        const hosts = listBefore(clause, closeAt, types, ctx.text, FRAME_TAIL);
        if (hosts.length === 0) continue;
        const opener = ctx.text(Math.max(clause.start, hosts[0]!.start - frame.open.length), hosts[0]!.start);
        // 以 may be shared by a series (以A为范围，B为核心主体，C为合作载体); 由 and 在 may not.
        if (opener !== frame.open && frame.open !== '以') continue;
        let deps = dependentsAfter(ctx, view, closeAt + frame.close.length, hosts);
        if (deps.length === 0) deps = headlineDependents(ctx, view, prev);
        link(ctx, view, deps, hosts);
      }
    }
    // 支持 X 建成/整合/发挥 P
    for (const { cue, pos } of findCues(clause, r.supportVerbs)) {
      const hosts = listAfter(clause, pos + cue.length, ['University', 'ResearchInstitute', 'Enterprise'], ctx.text, 0);
      if (hosts.length === 0) continue;
      const after = ctx.text(hosts[hosts.length - 1]!.end, clause.end);
      if (!r.supportBuildVerbs.some((v) => after.startsWith(v))) continue;
      link(ctx, view, dependentsAfter(ctx, view, hosts[hosts.length - 1]!.end, hosts).filter((m) => m.start < clause.end), hosts);
    }
  }
}

export interface NamedEntity {
  type: NodeType;
  name: string;
  /** Every written form: canonical name, surfaces, aliases. */
  forms: string[];
  /** The sentence of its first mention. */
  sentence: number;
}

/** The longest other organisation whose name (or written form) starts `name`, or null. */
export function hostByName(name: string, self: NamedEntity, organisations: readonly NamedEntity[]): { host: NamedEntity; form: string } | null {
  let best: { host: NamedEntity; form: string } | null = null;
  for (const o of organisations) {
    if (o === self) continue;
    for (const f of o.forms) {
      if (f.length >= 2 && f.length < name.length && name.startsWith(f) && (!best || f.length > best.form.length)) best = { host: o, form: f };
    }
  }
  return best;
}

/** Platforms and projects named after their host organisation: 重庆大学转化医学中心 → 重庆大学. */
export function reliancesByName(ctx: RelationContext, entities: readonly NamedEntity[]): void {
  const organisations = entities.filter((e) => HOST_TYPES.includes(e.type));
  for (const e of entities) {
    if (!DEPENDENT_TYPES.includes(e.type)) continue;
    const found = hostByName(e.name, e, organisations);
    if (found) ctx.emit('RELIES_ON', e, found.host, e.sentence);
  }
}
