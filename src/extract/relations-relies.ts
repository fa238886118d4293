/**
 * RELIES_ON (Platform/Project → the organisation or platform it is built on).
 *
 * Frames (cue words in data/lexicon/cues.json, reliesOn):
 *   依托 X、Y … P               prefixes (依托A、B等: items the recogniser missed are passed over)
 *   以 X 为依托/为核心/为载体 … P  frames (以 may be shared by a series: 以A为范围，B为核心主体)
 *   由 X 牵头/承建 … P           frames
 *   X 在 <place> 设立 P          siteVerbs: the organisation before 在 is the host; a place that is
 *                               a platform (在西部（重庆）科学城设立P) is a host too, a region never
 *   支持 X 建成/发挥 P            supportVerbs + supportBuildVerbs
 * The platform a frame is about, in this order:
 *   1. the first list of platforms after the hosts in the same clause (依托X建设P);
 *   2. the list right before the cue in the same clause (P依托X);
 *   3. the platform of a short headline sentence that opens the paragraph
 *      (聚焦“健康+”建设三峡国际健康城。) or of a 「N．P：」 lead;
 *   4. (paragraphs without a headline) the first list of platforms in the next clause, passing
 *      over clauses that continue a series of frames (依托X，加快建设P);
 *   5. a numbered heading that is a platform's name (6．三峡库区自然疫源性疾病临床防治研究所).
 * 支持 X 发挥/建成 P looks in its own clause only.
 * Equal lists are paired in order (依托A、B、C建设甲、乙、丙 → 甲–A, 乙–B, 丙–C). A platform
 * written with a count (建设5个区级以上…研发平台) is a class of platforms, not one, and is skipped.
 * A platform named after its host (重庆大学转化医学中心 → 重庆大学) relies on it (reliancesByName).
 */
import type { NodeType } from '../graph/model.ts';
import { DEPENDENT_TYPES, HOST_TYPES, ref, type RelationContext } from './relations-context.ts';
import { findCues, itemsBeforeDeng, listAfter, listBefore, type Clause, type SentenceView } from './relations-sentence.ts';
import type { Topic } from './relations-topic.ts';
import type { EntityMention } from './types.ts';

const FRAME_TAIL = /^(等[^，；、。]{0,6})?[“”"\s]*$/u;
/** A count right before a platform: 5个区级以上, 一批, 20家. */
const COUNTED = /([0-9０-９]+|[一二三四五六七八九十百两]+)\s*(个|家|所|座|批|项)[^，；。、]{0,8}$/u;

interface Frame {
  hosts: EntityMention[];
  clause: Clause;
  /** Where the cue starts (for platforms written before it). */
  cueAt: number;
  /** Where platforms after the hosts may start. */
  after: number;
  /** Look no further than the clause (支持 X 发挥 P). */
  local?: boolean;
}

/** The first list of platforms/projects in [from, to), hosts excluded. */
function dependentsIn(ctx: RelationContext, mentions: readonly EntityMention[], clause: Clause, from: number, to: number, hosts: readonly EntityMention[]): EntityMention[] {
  const first = mentions.find((m) => m.start >= from && m.end <= to && DEPENDENT_TYPES.includes(m.type) && !hosts.includes(m));
  if (!first) return [];
  return listAfter(clause, first.start, DEPENDENT_TYPES, ctx.text, 0).filter((m) => !hosts.includes(m) && m.end <= to);
}

function uncounted(ctx: RelationContext, deps: EntityMention[], clause: Clause): EntityMention[] {
  return deps.filter((d) => !COUNTED.test(ctx.text(Math.max(clause.start, d.start - 12), d.start)));
}

/** Pair hosts and platforms: in order when both lists have the same length (>1), else every pair. */
function link(ctx: RelationContext, view: SentenceView, deps: readonly EntityMention[], hosts: readonly EntityMention[]): void {
  if (deps.length > 1 && deps.length === hosts.length) {
    deps.forEach((d, i) => ctx.emit('RELIES_ON', ref(d), ref(hosts[i]!), view.index));
    return;
  }
  for (const d of deps) for (const h of hosts) ctx.emit('RELIES_ON', ref(d), ref(h), view.index);
}

/** Every reliance frame of the clause, in text order. */
function framesOf(ctx: RelationContext, clause: Clause): Frame[] {
  const r = ctx.cues.reliesOn;
  const frames: Frame[] = [];
  // 依托 X、Y 等 …
  for (const { cue, pos } of findCues(clause, r.prefixes)) {
    const named = listAfter(clause, pos + cue.length, HOST_TYPES, ctx.text, 1);
    // 依托A、B等: a list item the recogniser missed does not hide the items after it
    const listed = itemsBeforeDeng(clause, pos + cue.length, HOST_TYPES, ctx.text);
    const hosts = listed.length > named.length ? listed : named;
    if (hosts.length > 0) frames.push({ hosts, clause, cueAt: pos, after: hosts[hosts.length - 1]!.end });
  }
  // 以 X 为依托 / 由 X 牵头
  for (const frame of r.frames) {
    for (let from = clause.text.indexOf(frame.close); from >= 0; from = clause.text.indexOf(frame.close, from + frame.close.length)) {
      const closeAt = clause.start + from;
      const hosts = listBefore(clause, closeAt, HOST_TYPES, ctx.text, FRAME_TAIL);
      if (hosts.length === 0) continue;
      const opener = ctx.text(Math.max(clause.start, hosts[0]!.start - frame.open.length), hosts[0]!.start);
      if (opener !== frame.open && frame.open !== '以') continue;
      frames.push({ hosts, clause, cueAt: hosts[0]!.start - frame.open.length, after: closeAt + frame.close.length });
    }
  }
  // X 在 <place> 设立 P
  for (const { cue, pos } of findCues(clause, r.siteVerbs)) {
    const place = listBefore(clause, pos, [...HOST_TYPES, 'Region'], ctx.text);
    const placeStart = place.length > 0 ? place[0]!.start : pos;
    const lead = ctx.text(clause.start, placeStart);
    const zai = lead.lastIndexOf('在');
    if (zai < 0 || lead.length - zai > 3) continue;
    const hosts = place.filter((m) => m.type !== 'Region');
    const modal = new RegExp(`^(${r.siteModals.join('|')})*$`, 'u');
    const before = listBefore(clause, clause.start + zai, HOST_TYPES, ctx.text, modal);
    hosts.unshift(...before);
    if (hosts.length > 0) frames.push({ hosts, clause, cueAt: pos, after: pos + cue.length });
  }
  // 支持 X 建成/整合/发挥 P
  for (const { cue, pos } of findCues(clause, r.supportVerbs)) {
    const hosts = listAfter(clause, pos + cue.length, ['University', 'ResearchInstitute', 'Enterprise'], ctx.text, 0);
    if (hosts.length === 0) continue;
    const rest = ctx.text(hosts[hosts.length - 1]!.end, clause.end);
    if (!r.supportBuildVerbs.some((v) => rest.startsWith(v))) continue;
    frames.push({ hosts, clause, cueAt: pos, after: hosts[hosts.length - 1]!.end, local: true });
  }
  return frames.sort((a, b) => a.cueAt - b.cueAt);
}

/**
 * The clause after `clause` that may name the platform: the next one, passing over clauses that
 * continue a series of frames (以A为范围，B为核心主体，C为合作载体，创建P).
 */
function nextClause(view: SentenceView, clause: Clause, frames: readonly Frame[]): Clause | null {
  let i = view.clauses.indexOf(clause) + 1;
  while (i < view.clauses.length && frames.some((f) => f.clause === view.clauses[i])) i++;
  return view.clauses[i] ?? null;
}

/** The reliances of one sentence; `topic` is the passage's headline and heading (relations-topic.ts). */
export function reliances(ctx: RelationContext, view: SentenceView, topic: Topic): void {
  const frames = view.clauses.flatMap((c) => (c.mentions.length === 0 ? [] : framesOf(ctx, c)));
  const notHost = (f: Frame) => (m: EntityMention) => !f.hosts.some((h) => h.name === m.name);
  for (const f of frames) {
    const candidates: (() => EntityMention[])[] = [
      () => dependentsIn(ctx, f.clause.mentions, f.clause, f.after, f.clause.end, f.hosts),
      () => (f.local ? [] : listBefore(f.clause, f.cueAt, DEPENDENT_TYPES, ctx.text).filter(notHost(f))),
      () => (f.local ? [] : (topic.headline ?? []).filter(notHost(f))),
      () => {
        // a paragraph under a headline is about the headline, not what a later clause names
        if (f.local || topic.headline !== null) return [];
        const next = nextClause(view, f.clause, frames);
        return next ? dependentsIn(ctx, next.mentions, next, next.start, next.end, f.hosts) : [];
      },
      () => (f.local ? [] : topic.heading.filter(notHost(f))),
    ];
    for (const find of candidates) {
      const deps = uncounted(ctx, find(), f.clause);
      if (deps.length === 0) continue;
      link(ctx, view, deps, f.hosts);
      break;
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
  /** Named only inside another entity's name (EntityMention.inner), never on its own. */
  insideOnly?: boolean;
}

/**
 * The longest other organisation whose name (or written form) starts `name`, or null. A form followed
 * by one of `blockers` is not the host (重庆大学附属三峡医院…: the hospital is, not the university).
 */
export function hostByName(name: string, self: NamedEntity, organisations: readonly NamedEntity[], blockers: readonly string[] = []): { host: NamedEntity; form: string } | null {
  let best: { host: NamedEntity; form: string } | null = null;
  for (const o of organisations) {
    if (o === self) continue;
    for (const f of o.forms) {
      if (f.length < 2 || f.length >= name.length || !name.startsWith(f) || (best && f.length <= best.form.length)) continue;
      if (blockers.some((b) => name.startsWith(b, f.length))) continue;
      best = { host: o, form: f };
    }
  }
  return best;
}

/**
 * Platforms and projects named after their host organisation: 重庆大学转化医学中心 → 重庆大学.
 * Returns the keys (type:name) of the platforms and projects given a host.
 */
export function reliancesByName(ctx: RelationContext, entities: readonly NamedEntity[]): Set<string> {
  const organisations = entities.filter((e) => HOST_TYPES.includes(e.type));
  const hosted = new Set<string>();
  for (const e of entities) {
    if (!DEPENDENT_TYPES.includes(e.type)) continue;
    const found = hostByName(e.name, e, organisations, ctx.cues.reliesOn.hostNameBlockers);
    if (!found) continue;
    ctx.emit('RELIES_ON', e, found.host, e.sentence);
    hosted.add(`${e.type}:${e.name}`);
  }
  return hosted;
}

/**
 * A platform or project whose written name starts with the name of an organisation the recogniser
 * found inside it relies on it, whether or not the text names that organisation on its own
 * (重庆市蚕科院黔江分院 → 重庆市蚕业科学技术研究院, 吉利工业互联网平台 → 吉利). A platform inside a
 * platform's name is its host only for a branch (国家生猪技术创新中心万州分中心); a blocker after the
 * host's name (附属) passes the name on to what follows. Platforms that reliancesByName gave a host
 * (`hosted`) are left as they are.
 */
export function reliancesByInner(ctx: RelationContext, mentions: readonly EntityMention[], hosted: ReadonlySet<string>): void {
  const r = ctx.cues.reliesOn;
  for (const m of mentions) {
    // a host the document names on its own (reliancesByName) is the better-typed one
    if (!m.inner || !DEPENDENT_TYPES.includes(m.type) || hosted.has(`${m.type}:${m.name}`)) continue;
    const lead = m.inner[0]!;
    if (lead.start !== m.start || !HOST_TYPES.includes(lead.type)) continue;
    if (r.hostNameBlockers.some((b) => ctx.text(lead.end, lead.end + b.length) === b)) continue;
    if (lead.type === 'Platform' && !r.branchSuffixes.some((b) => m.surface.endsWith(b))) continue;
    ctx.emit('RELIES_ON', m, lead, m.sentence);
  }
}
