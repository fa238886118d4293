/** Finding entities: by id, by any name form, by full-text search, page by page. */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import type { RelationsKey } from '../loaders.ts';
import { childSelection } from '../selection.ts';
import { relationsKey, type RelationsArgs } from './entity.ts';
import { apiError } from '../errors.ts';
import { checkPageSize, checkText } from '../limits.ts';
import { checkEntityTypes, resolveRegions } from '../refs.ts';
import { decodeCursor, encodeCursor, entityOut, lucenePhrase, nameRef, type EntityRow } from '../values.ts';

async function regionId(ctx: ApiContext, region: string | null | undefined): Promise<string | null> {
  if (!region) return null;
  const { found } = await resolveRegions(ctx, [region], 'region');
  return found[0]!.id;
}

export const lookupResolvers = {
  Query: {
    async entity(_: unknown, args: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) {
      const id = checkText('id', args.id);
      // Asked with its relations (one set of arguments): one statement returns both and primes the entity loader.
      const relations = childSelection(info, 'relations');
      const asked = relations?.arguments ?? [];
      if (relations && asked.length > 0 && new Set(asked.map((a) => JSON.stringify(a))).size === 1) {
        let key: RelationsKey | null = null;
        try {
          // The key the relations resolver will ask for: its arguments, and the evidence read below it.
          key = relationsKey(id, asked[0] as unknown as RelationsArgs, relations);
        } catch {
          // An argument out of range: the relations field reports it.
        }
        if (key) await ctx.loaders.relations.load(key);
      }
      return ctx.loaders.entity.load(id);
    },

    entityByName(_: unknown, args: { name: string; type?: string | null }, ctx: ApiContext) {
      const name = checkText('name', args.name);
      return ctx.loaders.resolve.load({ ref: name, types: checkEntityTypes('type', args.type ? [args.type] : null) });
    },

    async search(_: unknown, args: { query: string; types?: string[] | null; region?: string | null; limit: number }, ctx: ApiContext) {
      const text = checkText('query', args.query);
      const limit = checkPageSize('limit', args.limit);
      const types = checkEntityTypes('types', args.types);
      const region = await regionId(ctx, args.region);
      const ref = nameRef(text);
      const rows = await ctx.store.read<{ entity: EntityRow; score: number; matchedBy: string }>('api-search', {
        lucene: lucenePhrase(ref.simplified),
        text: ref.simplified,
        key: ref.key,
        types,
        region,
        limit,
        cap: Math.max(limit * 4, 50),
      });
      return rows.map((r) => ({ entity: entityOut(r.entity), score: r.score, matchedBy: r.matchedBy }));
    },

    async entities(_: unknown, args: { type?: string | null; region?: string | null; first: number; after?: string | null }, ctx: ApiContext) {
      const first = checkPageSize('first', args.first);
      const type = checkEntityTypes('type', args.type ? [args.type] : null)?.[0] ?? null;
      const after = args.after ? decodeCursor(args.after) : null;
      if (args.after && after === null) throw apiError('BAD_USER_INPUT', `after: "${args.after}" is not a cursor from this API; pass pageInfo.endCursor of the previous page.`);
      const region = await regionId(ctx, args.region);
      const [row] = await ctx.store.read<{ total: number; page: EntityRow[] }>('api-entities-page', { type, region, after, take: first + 1 });
      const page = (row?.page ?? []).map(entityOut);
      const edges = page.slice(0, first).map((node) => ({ cursor: encodeCursor(node.id), node }));
      // Entities fetched here are primed so that nested look-ups of the same ids cost nothing.
      for (const { node } of edges) ctx.loaders.entity.prime(node.id, node);
      return {
        edges,
        totalCount: row?.total ?? 0,
        pageInfo: { hasNextPage: page.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
  },
};
