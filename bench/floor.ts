/**
 * The floor: PlanGraph's own named statements (cypher/api-*.cypher), in the same order and with the same
 * parameters as the API runs them, sent straight through neo4j-driver from a plain HTTP handler — no GraphQL
 * parsing, validation, resolvers or DataLoaders. The rows go back as JSON as the driver gives them.
 */
import { ORGANISATION_TYPES } from '../src/graph/model.ts';
import { walk } from '../src/api/graph-walk.ts';
import { findPaths } from '../src/api/paths.ts';
import { entityOut, nameRef, type EntityRow } from '../src/api/values.ts';
import type { Store } from '../src/store/store.ts';
import { Q1_FIRST, Q2_LIMIT, Q3_LIMIT, Q4_PATHS_PER_PAIR, Q5_PATHS, SEMANTIC_TYPES, type QuestionId, type QuestionParams } from './questions.ts';

const PAGE = 500;

async function resolve(store: Store, refs: string[], types: string[] | null) {
  const rows = await store.read<{ ref: string; entity: EntityRow | null }>('api-resolve', { refs: refs.map(nameRef), types });
  return rows.filter((r) => r.entity).map((r) => entityOut(r.entity!));
}

export const FLOOR: Record<QuestionId, (store: Store, p: QuestionParams) => Promise<unknown>> = {
  async Q1(store, p) {
    const [entity] = await store.read('api-entities-by-id', { ids: [p.q1Entity] });
    const relations = await store.read('api-relations', { ids: [p.q1Entity], types: SEMANTIC_TYPES, direction: 'BOTH', first: Q1_FIRST });
    return { entity, relations };
  },
  async Q2(store, p) {
    const [center] = await resolve(store, [p.q2Entity], null);
    if (!center) return { nodes: [], edges: [], truncated: false };
    const result = await walk(store, [center], { depth: 2, types: SEMANTIC_TYPES, direction: 'BOTH', limit: Q2_LIMIT + 1 });
    return { ...result, nodes: result.nodes.filter((n) => n.distance > 0) };
  },
  async Q3(store) {
    return store.read('api-region-partners', { regions: null, partnerTypes: [...ORGANISATION_TYPES], minRegions: 2, limit: Q3_LIMIT, links: false, evidence: false });
  },
  async Q4(store, p) {
    const regions = await resolve(store, p.q4Regions, ['Region']);
    const ids = regions.map((r) => r.id);
    const pairs = ids.flatMap((from, i) => ids.slice(i + 1).map((to) => ({ from, to })));
    const [direct, partners, industries, projects, groupings, paths] = await Promise.all([
      store.read('api-group-direct', { ids, types: SEMANTIC_TYPES }),
      store.read('api-region-partners', { regions: ids, partnerTypes: [...ORGANISATION_TYPES], minRegions: 2, limit: PAGE, links: false, evidence: false }),
      store.read('api-group-industries', { ids, limit: PAGE }),
      store.read('api-group-projects', { ids, limit: PAGE, types: SEMANTIC_TYPES }),
      store.read('api-group-groupings', { ids, limit: PAGE }),
      findPaths(store, pairs, { maxHops: 6, types: SEMANTIC_TYPES, limit: Q4_PATHS_PER_PAIR }),
    ]);
    return { regions, direct, partners, industries, projects, groupings, paths: [...paths.values()] };
  },
  async Q5(store, p) {
    const [from, to] = await Promise.all([resolve(store, [p.q5From], null), resolve(store, [p.q5To], null)]);
    if (!from[0] || !to[0]) return [];
    const found = await findPaths(store, [{ from: from[0].id, to: to[0].id }], { maxHops: 6, types: SEMANTIC_TYPES, limit: Q5_PATHS });
    return [...found.values()][0] ?? [];
  },
};
