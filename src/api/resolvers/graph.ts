/** Traversals: neighbors, paths, subgraph. Hop counts and sizes are checked before any Cypher runs. */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import { walk, type WalkEdge, type WalkNode, type WalkResult } from '../graph-walk.ts';
import { checkList, checkPageSize, checkRange, LIMITS } from '../limits.ts';
import { findPaths, pairKey, type PathStepOut } from '../paths.ts';
import { looksLikeId, resolveOne, resolveRefs } from '../refs.ts';
import { selects } from '../selection.ts';
import { apiError } from '../errors.ts';
import type { EntityOut } from '../values.ts';
import { evidenceField, relationTypesOr } from './entity.ts';

type Direction = 'OUT' | 'IN' | 'BOTH';

interface NeighborhoodOut {
  /** The resolved centre, or the id the walk started from (and the argument as typed, for NOT_FOUND). */
  center: EntityOut | { ref: string; id: string };
  nodes: WalkNode[];
  edges: WalkEdge[];
  truncated: boolean;
}

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
      const limit = checkRange('limit', args.limit, 1, LIMITS.maxGraphNodes);
      // The walk counts the centre among its nodes (hence limit + 1); the answer lists the neighbours.
      const options = { depth, types: relationTypesOr(args.types), direction: args.direction, limit: limit + 1, ...edgeDetail(info) };
      const neighbourhood = (center: NeighborhoodOut['center'], result: WalkResult): NeighborhoodOut => ({
        center,
        nodes: result.nodes.filter((n) => n.distance > 0),
        edges: result.edges,
        truncated: result.truncated,
      });
      // An id (the usual call): the walk starts from it as given, since an id resolves to the entity that has it; the
      // centre entity is then read only if the query asks for it. An id that matches nothing, an entity without
      // neighbours and a name go through the look-up (NOT_FOUND when nothing matches), as before.
      const raw = args.id.trim();
      let fromId: WalkResult | null = null;
      if (looksLikeId(raw)) {
        fromId = await walk(ctx.store, [{ id: raw, type: '', name: '' }], options);
        if (fromId.nodes.length > 1) return neighbourhood({ ref: args.id, id: raw }, fromId);
      }
      const center = await resolveOne(ctx, args.id, 'id');
      // The id's entity has no neighbours: the walk from it is already done.
      if (fromId && center.id === raw) return neighbourhood(center, fromId);
      return neighbourhood(center, await walk(ctx.store, [center], options));
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
      const limit = checkRange('limit', args.limit, 1, LIMITS.maxGraphNodes);
      const { found, unresolved } = await resolveRefs(ctx, args.seeds, null);
      if (found.length === 0) {
        throw apiError('NOT_FOUND', `seeds: none of ${unresolved.map((s) => `"${s}"`).join(', ')} is an entity id or name; find ids with search(query: ...).`);
      }
      return walk(ctx.store, found, { depth, types: relationTypesOr(args.types), direction: 'BOTH', limit, ...edgeDetail(info) });
    },
  },
  GraphEdge: {
    id: (parent: WalkEdge) => `${parent.source}|${parent.type}|${parent.target}`,
  },
  Neighborhood: {
    /** The centre as resolved, or (walked from an id) the entity with that id, read only when the query asks for it. */
    async center(parent: NeighborhoodOut, _: unknown, ctx: ApiContext): Promise<EntityOut> {
      const c = parent.center;
      if (!('ref' in c)) return c;
      return (await ctx.loaders.entity.load(c.id)) ?? resolveOne(ctx, c.ref, 'id');
    },
  },
  PathStep: {
    evidence: (parent: PathStepOut, args: { first: number }) => evidenceField(parent, args),
  },
};
