/**
 * The floor: PlanGraph's own named statements (cypher/api-*.cypher), in the same order and with the same
 * parameters as the API runs them, sent straight through neo4j-driver from a plain HTTP handler — no GraphQL
 * parsing, validation, resolvers or DataLoaders. The rows go back as JSON as the driver gives them.
 */
import { ORGANISATION_TYPES } from '../src/graph/model.ts';
import { walk } from '../src/api/graph-walk.ts';
import { findPaths } from '../src/api/paths.ts';
import { looksLikeId } from '../src/api/refs.ts';
import { entityRowOf, relationRowsOf, type RelationsRowList } from '../src/api/relation-rows.ts';
import { entityOut, nameRef, type EntityRow } from '../src/api/values.ts';
import type { Store } from '../src/store/store.ts';
import { Q1_EVIDENCE, Q1_FIRST, Q2_LIMIT, Q3_LIMIT, Q4_PATHS_PER_PAIR, Q5_PATHS, SEMANTIC_TYPES, type QuestionId, type QuestionParams } from './questions.ts';

const PAGE = 500;

async function resolve(store: Store, refs: string[], types: string[] | null) {
  const rows = await store.read<{ ref: string; entity: EntityRow | null }>('api-resolve', { refs: refs.map(nameRef), types });
  return rows.filter((r) => r.entity).map((r) => entityOut(r.entity!));
}

/** Shared partners as PlanGraph fetches them: the counts, then each distinct region once (rows as the driver gives them). */
async function partnersWithRegions(store: Store, partnerTypes: string[], regions: string[] | null, limit: number) {
  const rows = await store.read<{ regionIds: string[] }>('api-region-partners', { regions, partnerTypes, minRegions: 2, limit });
  const ids = [...new Set(rows.flatMap((r) => r.regionIds))];
  const entities = ids.length ? await store.read<{ entity: EntityRow }>('api-entities-by-id', { ids }) : [];
  const byId = new Map(entities.map((e) => [e.entity.id, e.entity]));
  return rows.map((r) => ({ ...r, regions: r.regionIds.map((id) => byId.get(id)) }));
}

/** Q2 and Q2e as PlanGraph's neighbors runs them: the walk, with the edges among the nodes when `edges`. */
async function neighbourhood(store: Store, entity: string, edges: boolean) {
  const options = { depth: 2, types: SEMANTIC_TYPES, direction: 'BOTH' as const, limit: Q2_LIMIT + 1, edges, documents: false, evidence: false };
  const neighbours = (result: Awaited<ReturnType<typeof walk>>) => ({ ...result, nodes: result.nodes.filter((n) => n.distance > 0) });
  // An id: the walk starts from it (as PlanGraph's neighbors does); otherwise, or with no neighbours, resolve first.
  if (looksLikeId(entity)) {
    const fromId = await walk(store, [{ id: entity, type: '', name: '' }], options);
    if (fromId.nodes.length > 1) return neighbours(fromId);
  }
  const [center] = await resolve(store, [entity], null);
  if (!center) return { nodes: [], edges: [], truncated: false };
  return neighbours(await walk(store, [center], options));
}

export const FLOOR: Record<QuestionId, (store: Store, p: QuestionParams) => Promise<unknown>> = {
  async Q1(store, p) {
    // One statement gives the entity and its relations (as PlanGraph asks it: evidence 1, the sentences without their
    // ids, as many as the first Q1_EVIDENCE of each relation need).
    const [row] = await store.read<RelationsRowList>('api-relations', {
      ids: [p.q1Entity],
      types: SEMANTIC_TYPES,
      direction: 'BOTH',
      first: Q1_FIRST,
      evidence: 1,
      items: Q1_EVIDENCE,
    });
    // The statement sends lists (src/api/relation-rows.ts): named here as PlanGraph names them.
    return { entity: row ? entityRowOf(row.entity) : null, relations: row ? relationRowsOf(row.relations, entityRowOf) : [] };
  },
  Q2: (store, p) => neighbourhood(store, p.q2Entity, false),
  Q2e: (store, p) => neighbourhood(store, p.q2Entity, true),
  async Q3(store) {
    return partnersWithRegions(store, [...ORGANISATION_TYPES], null, Q3_LIMIT);
  },
  async Q4(store, p) {
    const regions = await resolve(store, p.q4Regions, ['Region']);
    const ids = regions.map((r) => r.id);
    const pairs = ids.flatMap((from, i) => ids.slice(i + 1).map((to) => ({ from, to })));
    const [direct, partners, industries, projects, groupings, paths] = await Promise.all([
      store.read('api-group-direct', { ids, types: SEMANTIC_TYPES }),
      partnersWithRegions(store, [...ORGANISATION_TYPES], ids, PAGE),
      store.read('api-group-industries', { ids, limit: PAGE, evidence: false }),
      store.read('api-group-projects', { ids, limit: PAGE, types: SEMANTIC_TYPES, evidence: false }),
      store.read('api-group-groupings', { ids, limit: PAGE, evidence: false }),
      findPaths(store, pairs, { maxHops: 6, types: SEMANTIC_TYPES, limit: Q4_PATHS_PER_PAIR, evidence: false }),
    ]);
    return { regions, direct, partners, industries, projects, groupings, paths: [...paths.values()] };
  },
  async Q5(store, p) {
    const options = { maxHops: 6, types: SEMANTIC_TYPES, limit: Q5_PATHS, evidence: false };
    // Two ids: the paths statement alone (as PlanGraph runs it); otherwise resolve first.
    if (looksLikeId(p.q5From) && looksLikeId(p.q5To)) {
      const direct = [...(await findPaths(store, [{ from: p.q5From, to: p.q5To }], options)).values()][0] ?? [];
      if (direct.length > 0) return direct;
    }
    const [from, to] = await Promise.all([resolve(store, [p.q5From], null), resolve(store, [p.q5To], null)]);
    if (!from[0] || !to[0]) return [];
    const found = await findPaths(store, [{ from: from[0].id, to: to[0].id }], options);
    return [...found.values()][0] ?? [];
  },
};
