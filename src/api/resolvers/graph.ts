/** Traversals: neighbors, paths, subgraph. Hop counts and sizes are checked before any Cypher runs. */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import { walk } from '../graph-walk.ts';
import { checkList, checkPageSize, checkRange, LIMITS } from '../limits.ts';
import { findPaths, pairKey, type PathStepOut } from '../paths.ts';
import { looksLikeId, resolveOne, resolveRefs } from '../refs.ts';
import { selects } from '../selection.ts';
import { apiError } from '../errors.ts';
import { evidenceField, relationTypesOr } from './entity.ts';

type Direction = 'OUT' | 'IN' | 'BOTH';

/** What of the edges the query asks for: none (no Cypher for them), counts, documents, a stating sentence. */
function edgeDetail(info: GraphQLResolveInfo): { edges: boolean; documents: boolean; evidence: boolean } {
  return {
    edges: selects(info, ['edges']),
    documents: selects(info, ['edges', 'documents']),
    evidence: selects(info, ['edges', 'sentence']) || selects(info, ['edges', 'section']),
  };
}

export const graphResolvers = {
  Query: {
    async neighbors(_: unknown, args: { id: string; depth: number; types?: string[] | null; direction: Direction; limit: number }, ctx: ApiContext, info: GraphQLResolveInfo) {
      const depth = checkRange('depth', args.depth, 1, LIMITS.maxNeighborDepth);
      const limit = checkPageSize('limit', args.limit);
      const center = await resolveOne(ctx, args.id, 'id');
      const result = await walk(ctx.store, [center], { depth, types: relationTypesOr(args.types), direction: args.direction, limit: limit + 1, ...edgeDetail(info) });
      // The walk counts the centre among its nodes (hence limit + 1); the answer lists the neighbours.
      return { center, nodes: result.nodes.filter((n) => n.distance > 0), edges: result.edges, truncated: result.truncated };
    },

    async paths(_: unknown, args: { from: string; to: string; maxHops: number; types?: string[] | null; limit: number; all: boolean }, ctx: ApiContext, info: GraphQLResolveInfo) {
      const maxHops = checkRange('maxHops', args.maxHops, 1, LIMITS.maxPathHops);
      const limit = checkRange('limit', args.limit, 1, LIMITS.maxPaths);
      const options = { maxHops, types: relationTypesOr(args.types), limit: args.all ? limit : 1, evidence: selects(info, ['steps', 'evidence']) };
      // Two ids (the usual call): the paths statement alone, as an id resolves to the entity that has it. Names, an
      // id that matches nothing or no path at all go through the look-up below (NOT_FOUND says which end is unknown).
      const [rawFrom, rawTo] = [args.from.trim(), args.to.trim()];
      if (looksLikeId(rawFrom) && looksLikeId(rawTo) && rawFrom !== rawTo) {
        const found = (await findPaths(ctx.store, [{ from: rawFrom, to: rawTo }], options)).get(pairKey(rawFrom, rawTo)) ?? [];
        if (found.length > 0) return found;
      }
      const [from, to] = await Promise.all([resolveOne(ctx, args.from, 'from'), resolveOne(ctx, args.to, 'to')]);
      if (from.id === to.id) return [{ length: 0, nodes: [from], steps: [] }];
      const found = await findPaths(ctx.store, [{ from: from.id, to: to.id }], options);
      return found.get(pairKey(from.id, to.id)) ?? [];
    },

    async subgraph(_: unknown, args: { seeds: string[]; depth: number; types?: string[] | null; limit: number }, ctx: ApiContext, info: GraphQLResolveInfo) {
      checkList('seeds', args.seeds, 1, LIMITS.maxSeeds);
      const depth = checkRange('depth', args.depth, 0, LIMITS.maxNeighborDepth);
      const limit = checkPageSize('limit', args.limit);
      const { found, unresolved } = await resolveRefs(ctx, args.seeds, null);
      if (found.length === 0) {
        throw apiError('NOT_FOUND', `seeds: none of ${unresolved.map((s) => `"${s}"`).join(', ')} is an entity id or name; find ids with search(query: ...).`);
      }
      return walk(ctx.store, found, { depth, types: relationTypesOr(args.types), direction: 'BOTH', limit, ...edgeDetail(info) });
    },
  },
  PathStep: {
    evidence: (parent: PathStepOut, args: { first: number }) => evidenceField(parent, args),
  },
};
