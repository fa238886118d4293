/**
 * COLLABORATES_WITH: 与/同 X（、Y 等）… 合作/签订/共建/协作/对接 ; 联合/会同/携手 X、Y ; 引入/引进 <university|institute>.
 * The subject is the organisation or region written right before 与, else the issuer (我区, or a
 * plan sentence without a subject). One relation per partner. 与 X 共建 “P” and 联合 X 建立 P also yield
 * P RELIES_ON each builder that is an organisation.
 */
import { COLLABORATOR_TYPES, DEPENDENT_TYPES, ref, type RelationContext } from './relations-context.ts';
import { findCues, listAfter, listBefore, type Clause, type SentenceView } from './relations-sentence.ts';
import type { NodeType } from '../graph/model.ts';
import type { EntityMention, EntityRef } from './types.ts';

/** What may stand between a subject and 与: 黔江区政府与…, 我区与… */
const SUBJECT_TAIL = /^(人民政府|政府|区政府|县政府|市政府|党委|[“”"\s])*$/u;

function firstIndexOf(text: string, words: readonly string[]): { word: string; at: number } | null {
  let best: { word: string; at: number } | null = null;
  for (const w of words) {
    const at = text.indexOf(w);
    if (at >= 0 && (best === null || at < best.at)) best = { word: w, at };
  }
  return best;
}

function subjects(ctx: RelationContext, clause: Clause, cuePos: number): { refs: EntityRef[]; explicit: boolean } {
  const before = listBefore(clause, cuePos, COLLABORATOR_TYPES, ctx.text, SUBJECT_TAIL);
  if (before.length > 0) return { refs: before.map(ref), explicit: true };
  return { refs: ctx.issuer ? [ctx.issuer] : [], explicit: false };
}

function pairAll(ctx: RelationContext, view: SentenceView, from: EntityRef[], to: EntityMention[]): void {
  for (const s of from) for (const p of to) ctx.emit('COLLABORATES_WITH', s, ref(p), view.index);
}

/** Whether the text after a region partner goes on as a clause (合作, 等, 建立…), not as the rest of a name. */
function regionStandsAlone(rest: string, c: RelationContext['cues']['collaborate']): boolean {
  const t = rest.replace(/^[“”"\s]+/u, '');
  return t.length === 0 || /^[、，；。,;]/u.test(t) || [...c.verbs, ...c.regionPartnerFollowers].some((w) => t.startsWith(w));
}

/** 共建（的）“P”、Q: each platform built relies on every builder that is not a region. */
function coBuilt(ctx: RelationContext, view: SentenceView, clause: Clause, at: number, builders: EntityRef[]): void {
  const from = ctx.text(at, at + 1) === '的' ? at + 1 : at;
  const built = listAfter(clause, from, DEPENDENT_TYPES, ctx.text, 2);
  for (const p of built) for (const b of builders) if (b.type !== 'Region') ctx.emit('RELIES_ON', ref(p), b, view.index);
}

export function collaborations(ctx: RelationContext, view: SentenceView): void {
  const c = ctx.cues.collaborate;
  for (const clause of view.clauses) {
    if (clause.mentions.length === 0) continue;
    // 与 X、Y 等 … 合作
    for (const { cue, pos } of findCues(clause, c.partnerMarkers)) {
      const partners = listAfter(clause, pos + cue.length, COLLABORATOR_TYPES, ctx.text, 1);
      if (partners.length === 0) continue;
      let listEnd = partners[partners.length - 1]!.end;
      let rest = ctx.text(listEnd, clause.end);
      if (!firstIndexOf(rest, c.verbs)) continue;
      // X和Y与企业开展…: 和 joins two subjects here, it does not name a partner
      if (c.partnerMarkers.some((w) => rest.startsWith(w))) continue;
      // 与长江经济带沿线地区, 与达州市达川区军民整合产业园: a region that only qualifies what follows is no partner
      while (partners.length > 0 && partners[partners.length - 1]!.type === 'Region' && !regionStandsAlone(rest, c)) {
        partners.pop();
        listEnd = partners.length > 0 ? partners[partners.length - 1]!.end : listEnd;
        rest = ctx.text(listEnd, clause.end);
      }
      if (partners.length === 0) continue;
      const subj = subjects(ctx, clause, pos);
      pairAll(ctx, view, subj.refs, partners);
      // 与 X 共建 “P”: P is built on every builder named
      const build = firstIndexOf(rest, c.coBuildVerbs);
      if (build) coBuilt(ctx, view, clause, listEnd + build.at + build.word.length, [...(subj.explicit ? subj.refs : []), ...partners.map(ref)]);
    }
    // 联合/会同/携手 X、Y (… 共建/建立 P: P is built on X and Y)
    for (const { cue, pos } of findCues(clause, c.leadVerbs)) {
      const partners = listAfter(clause, pos + cue.length, COLLABORATOR_TYPES, ctx.text, 0);
      if (partners.length === 0) continue;
      const subj = subjects(ctx, clause, pos);
      pairAll(ctx, view, subj.refs, partners);
      const listEnd = partners[partners.length - 1]!.end;
      const verb = c.leadBuildVerbs.find((v) => ctx.text(listEnd, listEnd + v.length) === v);
      if (verb) coBuilt(ctx, view, clause, listEnd + verb.length, [...(subj.explicit ? subj.refs : []), ...partners.map(ref)]);
    }
    // 引入/引进 <university or institute>: the issuer brings the partner in
    if (ctx.issuer) {
      const hostTypes = c.hostTypes as NodeType[];
      for (const { cue, pos } of findCues(clause, c.hostVerbs)) {
        const partners = listAfter(clause, pos + cue.length, hostTypes, ctx.text, 0);
        pairAll(ctx, view, [ctx.issuer], partners);
      }
    }
  }
}
