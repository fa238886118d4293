/**
 * FOCUSES_ON: a sentence that names an industry with a development verb (重点发展, 培育, 壮大,
 * 打造, 聚焦 …) sets it as one the plan's region develops: issuer → Industry (the Plan when the
 * issuer is unknown; another region when it is the clause's subject: 两江新区重点发展汽车).
 * CITES: every other plan the text names in 《》 is cited by this plan (根据《…》, 落实《…》).
 */
import { ref, type RelationContext } from './relations-context.ts';
import type { SentenceView } from './relations-sentence.ts';

export function focuses(ctx: RelationContext, view: SentenceView): void {
  const verbs = ctx.cues.focusesOn.verbs;
  for (const clause of view.clauses) {
    const industries = clause.mentions.filter((m) => m.type === 'Industry');
    if (industries.length === 0) continue;
    if (!verbs.some((v) => view.text.includes(v))) continue;
    const first = clause.mentions[0]!;
    const regionSubject = first.type === 'Region' && first.start === clause.start && first !== industries[0] ? ref(first) : null;
    const subject = regionSubject ?? ctx.issuer ?? ctx.plan;
    for (const ind of industries) ctx.emit('FOCUSES_ON', subject, ref(ind), view.index);
  }
}

export function citations(ctx: RelationContext, view: SentenceView): void {
  for (const m of view.mentions) {
    if (m.type !== 'Plan' || ctx.planNames.has(m.name) || ctx.planNames.has(m.surface)) continue;
    ctx.emit('CITES', ctx.plan, ref(m), view.index);
  }
}
