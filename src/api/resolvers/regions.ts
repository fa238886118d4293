/** Questions about regions: shared partners, a group's collaboration report, indicators side by side. */
import { ORGANISATION_TYPES } from '../../graph/model.ts';
import type { ApiContext } from '../context.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { checkList, checkPageSize, checkRange, checkText, LIMITS } from '../limits.ts';
import { selects } from '../selection.ts';
import { findPaths, pairKey } from '../paths.ts';
import { checkEntityTypes, resolveRegions } from '../refs.ts';
import { entityOut, type EntityOut, type EntityRow, type RelRow } from '../values.ts';
import type { IndicatorOut } from '../loaders.ts';
import { evidenceField, SEMANTIC_TYPES } from './entity.ts';

interface LinkRow {
  region: EntityRow;
  via: string;
  through: EntityRow | null;
  relType: string;
  rels: RelRow[];
}

function linksOut(links: LinkRow[]) {
  return links.map((l) => ({
    region: entityOut(l.region),
    via: l.via,
    through: l.through ? entityOut(l.through) : null,
    relationType: l.relType,
    rels: l.rels,
  }));
}

/** Entities by id in the order String#localeCompare gives, with one collator (localeCompare builds one per call). */
const collator = new Intl.Collator();
const byEntityId = (a: EntityOut, b: EntityOut) => collator.compare(a.id, b.id);

function regionsOfLinks(links: LinkRow[]): EntityOut[] {
  const byId = new Map(links.map((l) => [l.region.id, entityOut(l.region)]));
  return [...byId.values()].sort(byEntityId);
}

/** What of the links the query asks for: without them (or their evidence) the answer is a fraction of the bytes. */
function partnerDetail(info: GraphQLResolveInfo, below: string[] = []): { links: boolean; evidence: boolean } {
  return { links: selects(info, [...below, 'links']), evidence: selects(info, [...below, 'links', 'evidence']) };
}

async function sharedPartners(ctx: ApiContext, regionIds: string[] | null, partnerTypes: string[], minRegions: number, limit: number, detail: { links: boolean; evidence: boolean }) {
  const params = { regions: regionIds, partnerTypes, minRegions, limit };
  if (!detail.links) {
    // Counts only (no links asked): one pass over distinct region–partner pairs, no relationship property read. The
    // regions come as ids; each distinct region is fetched once (hundreds of partners share the same few hundred).
    const rows = await ctx.store.read<{ partner: EntityRow; regionCount: number; regionIds: string[] }>('api-region-partners', params);
    const regionIds = [...new Set(rows.flatMap((r) => r.regionIds))];
    const loaded = regionIds.length ? await ctx.loaders.entity.loadMany(regionIds) : [];
    const byId = new Map<string, EntityOut>();
    for (const e of loaded) if (e && !(e instanceof Error)) byId.set(e.id, e);
    // Each partner's regions in collator order: the distinct regions are ranked once, and each list is sorted by rank
    // (a partner may share hundreds of regions; a collator comparison per pair and per partner cost more than the query).
    const rank = new Map([...byId.values()].sort(byEntityId).map((e, i) => [e.id, i]));
    return rows.map((r) => ({
      partner: entityOut(r.partner),
      regionCount: r.regionCount,
      regions: r.regionIds
        .flatMap((id) => byId.get(id) ?? [])
        .sort((a, b) => rank.get(a.id)! - rank.get(b.id)!),
      links: [],
    }));
  }
  const rows = await ctx.store.read<{ partner: EntityRow; regionCount: number; links: LinkRow[] }>('api-region-partner-links', { ...params, evidence: detail.evidence });
  return rows.map((r) => ({ partner: entityOut(r.partner), regionCount: r.regionCount, regions: regionsOfLinks(r.links), links: linksOut(r.links) }));
}

/** Group results keyed by one entity, linked to two or more regions. `evidence`: the query asks for the links' evidence. */
async function groupRows(ctx: ApiContext, query: string, key: string, ids: string[], evidence: boolean, params: Record<string, unknown> = {}) {
  const rows = await ctx.store.read<Record<string, unknown> & { links: LinkRow[] }>(query, { ids, limit: LIMITS.maxPageSize, evidence, ...params });
  return rows.map((r) => ({ entity: entityOut(r[key] as EntityRow), regions: regionsOfLinks(r.links), links: linksOut(r.links) }));
}

export const regionResolvers = {
  Query: {
    async sharedPartners(
      _: unknown,
      args: { regions?: string[] | null; partnerTypes?: string[] | null; minRegions: number; limit: number },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) {
      const minRegions = checkRange('minRegions', args.minRegions, 1, LIMITS.maxListArgument);
      const limit = checkPageSize('limit', args.limit);
      const partnerTypes = checkEntityTypes('partnerTypes', args.partnerTypes) ?? [...ORGANISATION_TYPES];
      let regionIds: string[] | null = null;
      if (args.regions) {
        checkList('regions', args.regions, 1, LIMITS.maxListArgument);
        regionIds = (await resolveRegions(ctx, args.regions, 'regions')).found.map((r) => r.id);
      }
      return sharedPartners(ctx, regionIds, partnerTypes, minRegions, limit, partnerDetail(info));
    },

    async collaboration(_: unknown, args: { regions: string[] }, ctx: ApiContext, info: GraphQLResolveInfo) {
      checkList('regions', args.regions, 2, LIMITS.maxGroupSize);
      const { found, unresolved } = await resolveRegions(ctx, args.regions, 'regions');
      const ids = found.map((r) => r.id);
      const pairs = ids.flatMap((from, i) => ids.slice(i + 1).map((to) => ({ from, to })));
      const [direct, partners, industries, projects, groupings, paths] = await Promise.all([
        ctx.store.read<{ source: EntityRow; target: EntityRow; type: string; rels: RelRow[] }>('api-group-direct', { ids, types: SEMANTIC_TYPES }),
        sharedPartners(ctx, ids, [...ORGANISATION_TYPES], 2, LIMITS.maxPageSize, partnerDetail(info, ['sharedPartners'])),
        groupRows(ctx, 'api-group-industries', 'industry', ids, selects(info, ['sharedIndustries', 'links', 'evidence'])),
        groupRows(ctx, 'api-group-projects', 'project', ids, selects(info, ['jointProjects', 'links', 'evidence']), { types: SEMANTIC_TYPES }),
        groupRows(ctx, 'api-group-groupings', 'group', ids, selects(info, ['groupings', 'links', 'evidence'])),
        findPaths(ctx.store, pairs, { maxHops: LIMITS.maxPathHops, types: SEMANTIC_TYPES, limit: 5, evidence: selects(info, ['shortestPaths', 'paths', 'steps', 'evidence']) }),
      ]);
      const byId = new Map(found.map((r) => [r.id, r]));
      return {
        regions: found,
        unresolved,
        directRelations: direct.map((d) => ({ source: entityOut(d.source), target: entityOut(d.target), type: d.type, rels: d.rels })),
        sharedPartners: partners,
        sharedIndustries: industries.map((g) => ({ industry: g.entity, regions: g.regions, links: g.links })),
        jointProjects: projects.map((g) => ({ project: g.entity, regions: g.regions, links: g.links })),
        groupings: groupings.map((g) => ({ group: g.entity, members: g.regions, links: g.links })),
        shortestPaths: pairs.map((p) => ({ from: byId.get(p.from)!, to: byId.get(p.to)!, paths: paths.get(pairKey(p.from, p.to)) ?? [] })),
      };
    },

    async compareIndicators(_: unknown, args: { regions?: string[] | null; name: string }, ctx: ApiContext) {
      const name = checkText('name', args.name);
      let regions: EntityOut[] | null = null;
      if (args.regions) {
        checkList('regions', args.regions, 1, LIMITS.maxListArgument);
        regions = (await resolveRegions(ctx, args.regions, 'regions')).found;
      }
      const rows = await ctx.store.read<{ indicator: IndicatorOut }>('api-indicators-by-name', {
        name,
        regions: regions?.map((r) => r.id) ?? null,
        limit: LIMITS.maxPageSize * 4,
      });
      const byRegion = new Map<string, IndicatorOut[]>();
      for (const { indicator } of rows) {
        if (!indicator.region) continue;
        const list = byRegion.get(indicator.region) ?? [];
        list.push(indicator);
        byRegion.set(indicator.region, list);
      }
      if (!regions) {
        const loaded = await ctx.loaders.entity.loadMany([...byRegion.keys()]);
        regions = loaded.filter((e): e is EntityOut => !!e && !(e instanceof Error));
      }
      return regions.map((region) => ({ region, indicators: byRegion.get(region.id) ?? [] }));
    },
  },
  RegionLink: { evidence: evidenceField },
  PairRelation: { evidence: evidenceField },
};
