/**
 * BELONGS_TO:
 *   entity → Region: the parent region the recogniser gives, else a region written inside the
 *     name (万州产业技术研究院 → 万州区, 达州市达川区军民整合产业园 → 达川区, the most specific one);
 *   Region → Region: 达州市达川区 (two regions written together), a recogniser's parent region,
 *     and a grouping abbreviated from its members' first characters (万开云 ← 万州区, 开州区, 云阳县);
 *   Platform/Enterprise → Industry: an industry written inside the name (三峡柑橘技术研究中心 → 柑橘),
 *     an enterprise list followed by 等<industry> (京宏源铝业等铝加工企业), or enterprises in a
 *     paragraph headed by an industry (“3．硬质合金。依托武陵硅业…”).
 */
import { HOST_TYPES, type RelationContext } from './relations-context.ts';
import { hostByName, type NamedEntity } from './relations-relies.ts';
import { loadLexicon } from './lexicon.ts';
import { findCues, listBefore, type SentenceView } from './relations-sentence.ts';

const REGION_SUFFIX = /(省|市|区|县|自治县|自治州|州|镇|乡|街道|新区)$/u;
const HEADLINE_MAX = 24;

/** Written forms of a region, with the short form (万州 for 万州区) when it keeps two characters. */
function regionForms(r: NamedEntity): string[] {
  const forms = new Set(r.forms);
  for (const f of r.forms) {
    const short = f.replace(REGION_SUFFIX, '');
    if (short.length >= 2 && short !== f) forms.add(short);
  }
  return [...forms];
}

/** The last (most specific) region written inside `text`. */
function lastRegionIn(text: string, regions: readonly { region: NamedEntity; forms: string[] }[]): NamedEntity | null {
  let best: { region: NamedEntity; at: number; len: number } | null = null;
  for (const { region, forms } of regions) {
    for (const f of forms) {
      const at = text.lastIndexOf(f);
      if (at < 0) continue;
      if (!best || at > best.at || (at === best.at && f.length > best.len)) best = { region, at, len: f.length };
    }
  }
  return best?.region ?? null;
}

/** Entity types whose place the gold annotates: platforms and local research organisations. */
const LOCATED_TYPES = new Set(['Platform', 'ResearchInstitute', 'University']);

/**
 * Whether `e BELONGS_TO region` is worth stating: the plan's own district (万州产业技术研究院), or
 * a county-level region written in full (达州市达川区军民整合产业园 → 达川区). A province or city
 * inside a name (重庆大学, 武汉波睿达公司) and a wide area (三峡库区, 渝东南地区) only say where
 * the name comes from.
 */
function placeable(ctx: RelationContext, region: string, writtenInFull: boolean): boolean {
  if (ctx.issuer && region === ctx.issuer.name) return true;
  if (!writtenInFull) return false;
  return (loadLexicon().regions.get(region) ?? []).some((r) => r.level === 'county');
}

export function belongingsByName(ctx: RelationContext, entities: readonly NamedEntity[], parents: ReadonlyMap<string, string>): void {
  const regions = entities.filter((e) => e.type === 'Region').map((r) => ({ region: r, forms: regionForms(r) }));
  const industries = entities.filter((e) => e.type === 'Industry');
  const organisations = entities.filter((e) => HOST_TYPES.includes(e.type));
  // every industry form, longest first (the same list for every entity: sorted once)
  const industryForms = industries.flatMap((i) => i.forms.map((f) => ({ i, f }))).sort((a, b) => b.f.length - a.f.length);
  for (const e of entities) {
    if (LOCATED_TYPES.has(e.type)) {
      // the part of the name after a host organisation's name: 重庆邮电大学云阳产业技术研究院 → 云阳产业技术研究院
      const host = hostByName(e.name, e, organisations, ctx.cues.reliesOn.hostNameBlockers);
      const rest = host ? e.name.slice(host.form.length) : e.name;
      const region = lastRegionIn(rest, regions.filter((r) => r.region.name !== e.name));
      const parent = parents.get(`${e.type}:${e.name}`);
      if (region && placeable(ctx, region.name, rest.includes(region.name))) ctx.emit('BELONGS_TO', e, region, e.sentence);
      else if (parent && parent !== e.name && placeable(ctx, parent, e.name.includes(parent))) ctx.emit('BELONGS_TO', e, { type: 'Region', name: parent }, e.sentence);
    }
    if (e.type === 'Platform' || e.type === 'Enterprise') {
      const taken: [number, number][] = [];
      for (const { i, f } of industryForms) {
        const at = e.name.indexOf(f);
        if (at < 0 || taken.some(([a, b]) => at < b && a < at + f.length)) continue;
        taken.push([at, at + f.length]);
        ctx.emit('BELONGS_TO', e, i, e.sentence);
      }
    }
  }
  issuerParent(ctx, entities);
  groupings(ctx, entities);
  groupingProjects(ctx, entities);
}

/**
 * A project or mechanism named for a grouping of regions is that grouping's joint undertaking
 * (“万开云”科技会商制度 → 万开云): the name states whose it is, so analysts find it among the
 * grouping's members' joint mechanisms.
 */
function groupingProjects(ctx: RelationContext, entities: readonly NamedEntity[]): void {
  const all = entities.filter((e) => e.type === 'Region');
  const groups = loadLexicon().groups;
  const groupings = all.filter((g) => groupMembers(g, all, groups).length > 0);
  if (groupings.length === 0) return;
  for (const e of entities) {
    if (e.type !== 'Project') continue;
    for (const g of groupings) {
      if (g.name !== e.name && g.forms.some((f) => e.name.includes(f))) ctx.emit('BELONGS_TO', e, g, e.sentence);
    }
  }
}

/** The plan's own district is part of its parent region (重庆市万州区), when the text names that region. */
function issuerParent(ctx: RelationContext, entities: readonly NamedEntity[]): void {
  if (!ctx.issuer) return;
  const parent = (loadLexicon().regions.get(ctx.issuer.name) ?? []).find((r) => r.parent)?.parent;
  const named = parent ? entities.find((e) => e.type === 'Region' && e.name === parent) : undefined;
  if (named) ctx.emit('BELONGS_TO', ctx.issuer, named, named.sentence);
}

/**
 * Groupings: a region the lexicon lists as a grouping (data/lexicon/region-groups.tsv), else a short
 * name whose every character starts exactly one region the text names (万开云 ← 万州区, 开州区, 云阳县).
 * Members the document names (or the issuer) BELONGS_TO the grouping.
 */
function groupMembers(g: NamedEntity, regions: readonly NamedEntity[], groups: ReadonlyMap<string, string[]>): string[] {
  const listed = groups.get(g.name);
  if (listed) return listed;
  const name = g.name;
  if (name.length < 2 || name.length > 5 || REGION_SUFFIX.test(name)) return [];
  const members: string[] = [];
  for (const ch of name) {
    const starts = regions.filter((r) => r !== g && r.name.length > 1 && r.name[0] === ch && REGION_SUFFIX.test(r.name));
    if (starts.length !== 1) return [];
    members.push(starts[0]!.name);
  }
  return members;
}

function groupings(ctx: RelationContext, entities: readonly NamedEntity[]): void {
  // a grouping written only inside a name (成渝地区双城经济圈产业协作示范园区) states no membership
  const regions = entities.filter((e) => e.type === 'Region' && !e.insideOnly);
  const named = new Set(regions.map((r) => r.name));
  if (ctx.issuer) named.add(ctx.issuer.name);
  const groups = loadLexicon().groups;
  const cues = [...ctx.cues.belongsTo.groupMarkers, ...ctx.cues.collaborate.verbs];
  for (const g of regions) {
    // a province inside a wide zone (重庆市 in 成渝地区双城经济圈) is not what a district plan states
    const province = (m: string): boolean => (loadLexicon().regions.get(m) ?? []).some((r) => r.level === 'province');
    const members = groupMembers(g, regions, groups).filter((m) => named.has(m) && m !== g.name && !province(m));
    if (members.length === 0) continue;
    for (const m of members) ctx.emit('BELONGS_TO', { type: 'Region', name: m }, g, g.sentence);
    // a grouping named in a clause about working together: the issuer works with the other members
    const issuer = ctx.issuer;
    if (!issuer || !members.includes(issuer.name)) continue;
    for (const view of ctx.views) {
      for (const clause of view.clauses) {
        if (!clause.mentions.some((m) => m.type === 'Region' && m.name === g.name)) continue;
        if (findCues(clause, cues).length === 0) continue;
        for (const m of members) if (m !== issuer.name) ctx.emit('COLLABORATES_WITH', issuer, { type: 'Region', name: m }, view.index);
      }
    }
  }
}

function isParentOf(parent: string, child: { name: string; parentRegion?: string | null }): boolean {
  if (child.parentRegion === parent) return true;
  return (loadLexicon().regions.get(child.name) ?? []).some((r) => r.parent === parent);
}

/** Sentence rules: 达州市达川区, 京宏源铝业等铝加工企业, paragraphs headed by an industry. */
export function belongings(ctx: RelationContext, view: SentenceView, headline: SentenceView | undefined): void {
  const ms = view.mentions;
  for (let i = 1; i < ms.length; i++) {
    const a = ms[i - 1]!;
    const b = ms[i]!;
    if (a.type === 'Region' && b.type === 'Region' && a.end === b.start && isParentOf(a.name, b)) ctx.emit('BELONGS_TO', b, a, view.index);
  }
  for (const clause of view.clauses) {
    for (const ind of clause.mentions) {
      if (ind.type !== 'Industry') continue;
      const list = listBefore(clause, ind.start, ['Enterprise', 'Platform'], ctx.text, /^等[“”"\s]*$/u);
      for (const e of list) ctx.emit('BELONGS_TO', e, ind, view.index);
    }
  }
  if (headline && headline !== view && headline.end - headline.start <= HEADLINE_MAX) {
    const industries = headline.mentions.filter((m) => m.type === 'Industry');
    const others = headline.mentions.filter((m) => m.type !== 'Industry');
    if (industries.length === 1 && others.length === 0) {
      for (const e of ms) if (e.type === 'Enterprise') ctx.emit('BELONGS_TO', e, industries[0]!, view.index);
    }
  }
}

