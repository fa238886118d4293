/**
 * Q1–Q5 as each system asks them: PlanGraph's GraphQL, the floor's HTTP route (same Cypher, no GraphQL) and the
 * peer's GraphQL (@neo4j/graphql). Parameters are chosen from the graph (bench/pick.ts), never from the texts.
 */
import { isCacheableQuery } from '../src/api/answer-cache.ts';
import { pathParams } from '../src/api/paths.ts';
import { ORGANISATION_TYPES, RELATION_TYPES } from '../src/graph/model.ts';
import { PEER_RELATION_FIELDS } from './peer.ts';

export const QUESTION_IDS = ['Q1', 'Q2', 'Q2e', 'Q3', 'Q4', 'Q5'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];
/**
 * `uncached`: PlanGraph with its answer cache off (PLANGRAPH_ANSWER_CACHE_MB=0), measured on the questions the cache
 * serves (answeredFromCache), so that the table shows what the cache does and what PlanGraph does without it.
 */
export const SYSTEMS = ['plangraph', 'uncached', 'floor', 'peer'] as const;
export type SystemId = (typeof SYSTEMS)[number];
/** How a system is asked and answers: `uncached` is PlanGraph. */
export type Dialect = 'plangraph' | 'floor' | 'peer';
export const dialectOf = (system: SystemId): Dialect => (system === 'uncached' ? 'plangraph' : system);

export const QUESTION_TITLES: Record<QuestionId, string> = {
  Q1: 'one entity with its relations and evidence',
  Q2: 'neighbours at depth 2',
  Q2e: 'neighbours at depth 2 with the edges among them',
  Q3: 'shared partners of all regions',
  Q4: 'collaboration report of a group of regions',
  Q5: 'shortest paths between two organisations',
};

export interface QuestionParams {
  q1Entity: string;
  q2Entity: string;
  /** Region names as a user types them (PlanGraph and the floor resolve them), and their ids (the peer's @cypher fields take ids). */
  q4Regions: string[];
  q4RegionIds: string[];
  q5From: string;
  q5To: string;
}

/** The group of regions of Q4, as the issue names it. */
export const Q4_REGIONS = ['万州区', '开州区', '云阳县'];

export const SEMANTIC_TYPES = RELATION_TYPES.filter((t) => t !== 'MENTIONS');
/** Page sizes asked of every system, so that they return the same rows. */
export const Q1_FIRST = 500;
/** Evidence items per relation asked by Q1 (PlanGraph's default of `evidence(first)`). */
export const Q1_EVIDENCE = 20;
/**
 * Q2's neighbourhood: PlanGraph's largest (LIMITS.maxGraphNodes), so that it answers the whole neighbourhood at
 * every size, as the peer does (at ×100 the entity picked at ×1 has about 1,000 neighbours).
 */
export const Q2_LIMIT = 2000;
/** Q2's entity is picked at ×1 among those with at most this many neighbours at depth 2. */
export const Q2_PICK_MAX = 166;
export const Q3_LIMIT = 100;
export const Q4_PATHS_PER_PAIR = 5;
export const Q5_PATHS = 100;
/** Rows per pair the paths statement may read for `paths` paths: PlanGraph's own parameter (src/api/paths.ts). */
export const pathCap = (paths: number) => pathParams([], { types: [], limit: paths, evidence: false }).cap;

export interface HttpRequest {
  path: string;
  body: string;
}

const gql = (query: string, variables: Record<string, unknown>): HttpRequest => ({ path: '/graphql', body: JSON.stringify({ query, variables }) });

function planGraphRequest(q: QuestionId, p: QuestionParams): HttpRequest {
  switch (q) {
    case 'Q1':
      return gql(
        `query Q1($id: ID!) { entity(id: $id) { id type name aliases relations(first: ${Q1_FIRST}) { type direction other { id type name } evidenceCount documents evidence(first: ${Q1_EVIDENCE}) { document section sentence } } } }`,
        { id: p.q1Entity },
      );
    case 'Q2':
      return gql(`query Q2($id: ID!) { neighbors(id: $id, depth: 2, limit: ${Q2_LIMIT}) { nodes { id type name distance } truncated } }`, { id: p.q2Entity });
    case 'Q2e':
      return gql(`query Q2e($id: ID!) { neighbors(id: $id, depth: 2, limit: ${Q2_LIMIT}) { nodes { id type name distance } edges { source target type evidenceCount } truncated } }`, {
        id: p.q2Entity,
      });
    case 'Q3':
      return gql(`query Q3 { sharedPartners(limit: ${Q3_LIMIT}) { partner { id type name } regionCount regions { id } } }`, {});
    case 'Q4':
      return gql(
        `query Q4($regions: [String!]!) { collaboration(regions: $regions) { regions { id } unresolved directRelations { source { id } target { id } type evidence { sentence } }
          sharedPartners { partner { id } regionCount regions { id } } sharedIndustries { industry { id } regions { id } } jointProjects { project { id } regions { id } }
          groupings { group { id } members { id } } shortestPaths { from { id } to { id } paths { length nodes { id } } } } }`,
        { regions: p.q4Regions },
      );
    case 'Q5':
      return gql(
        `query Q5($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 6, all: true, limit: ${Q5_PATHS}) { length nodes { id name } steps { type source target evidenceCount } } }`,
        { from: p.q5From, to: p.q5To },
      );
  }
}

function floorRequest(q: QuestionId, p: QuestionParams): HttpRequest {
  return { path: `/floor/${q}`, body: JSON.stringify(p) };
}

/**
 * Depth-2 neighbourhood the way a user of the library writes it: every relationship field, nested once, each
 * neighbour with the fields PlanGraph's Q2 gives (id, type, name; the nesting says its distance).
 */
function peerNeighbours(): string {
  const inner = PEER_RELATION_FIELDS.map((r) => `${r.field} { id type name }`).join(' ');
  return PEER_RELATION_FIELDS.map((r) => `${r.field} { id type name ${inner} }`).join(' ');
}

function peerRequest(q: QuestionId, p: QuestionParams): HttpRequest {
  const types = SEMANTIC_TYPES;
  switch (q) {
    case 'Q1': {
      const connections = PEER_RELATION_FIELDS.map(
        (r) => `${r.field}Connection(first: ${Q1_FIRST}) { edges { properties { document evidenceCount sentences sections } node { id type name } } }`,
      ).join(' ');
      return gql(`query Q1($id: ID!) { entities(where: { id: { eq: $id } }) { id type name aliases ${connections} } }`, { id: p.q1Entity });
    }
    case 'Q2':
      return gql(`query Q2($id: ID!) { entities(where: { id: { eq: $id } }) { id ${peerNeighbours()} } }`, { id: p.q2Entity });
    case 'Q2e':
      throw new Error(`the peer does not express ${q} (${QUESTION_TITLES[q]}): its relationship fields give a tree, not the edges among the nodes`);
    case 'Q3':
      return gql(`query Q3($types: [String!]!) { sharedPartners(regions: null, partnerTypes: $types, minRegions: 2, limit: ${Q3_LIMIT}, links: false, evidence: false) { partnerId regionCount regionIds } }`, {
        types: ORGANISATION_TYPES,
      });
    case 'Q4': {
      const ids = p.q4RegionIds;
      const pairs = ids.flatMap((from, i) => ids.slice(i + 1).map((to) => ({ from, to })));
      return gql(
        `query Q4($ids: [ID!]!, $types: [String!]!, $orgs: [String!]!, $pairs: [PairInput!]!) {
          regions: entities(where: { id: { in: $ids } }) { id }
          groupDirect(ids: $ids, types: $types) { source target type }
          sharedPartners(regions: $ids, partnerTypes: $orgs, minRegions: 2, limit: 500, links: false, evidence: false) { partnerId regionCount regionIds }
          groupIndustries(ids: $ids, limit: 500) { key regionIds } groupProjects(ids: $ids, types: $types, limit: 500) { key regionIds }
          groupGroupings(ids: $ids, limit: 500) { key regionIds } paths(pairs: $pairs, types: $types, cap: ${pathCap(Q4_PATHS_PER_PAIR)}, limit: ${Q4_PATHS_PER_PAIR}) { from to nodeIds } }`,
        { ids, types, orgs: ORGANISATION_TYPES, pairs },
      );
    }
    case 'Q5':
      // The same fields of each path as PlanGraph's Q5: its nodes' ids and names, and its steps.
      return gql(`query Q5($pairs: [PairInput!]!, $types: [String!]!) { paths(pairs: $pairs, types: $types, cap: ${pathCap(Q5_PATHS)}, limit: ${Q5_PATHS}) { from to nodes { id name } steps { type source target evidenceCount } } }`, {
        pairs: [{ from: p.q5From, to: p.q5To }],
        types,
      });
  }
}

/** True when PlanGraph's answer cache serves PlanGraph's request for `q` (src/api/answer-cache.ts decides). */
export function answeredFromCache(q: QuestionId, p: QuestionParams): boolean {
  return isCacheableQuery((JSON.parse(planGraphRequest(q, p).body) as { query: string }).query);
}

/**
 * Questions the peer cannot express. Q2e, the neighbourhood with every edge among its nodes (what a graph drawing
 * needs), is PlanGraph's `neighbors { edges }`: the library's nested relationship fields give the edges of a tree
 * (centre → ring 1 → ring 2), not those among the nodes of ring 2 or of ring 1.
 */
export const PEER_CANNOT: ReadonlySet<QuestionId> = new Set(['Q2e']);

/**
 * Whether `system` is measured on `q`: all of them, except PlanGraph without its cache where the cache plays no part,
 * and the peer on what it cannot express.
 */
export const asks = (system: SystemId, q: QuestionId, p: QuestionParams): boolean =>
  system === 'uncached' ? answeredFromCache(q, p) : system === 'peer' ? !PEER_CANNOT.has(q) : true;

export function requestFor(system: SystemId, q: QuestionId, p: QuestionParams): HttpRequest {
  if (dialectOf(system) === 'plangraph') return planGraphRequest(q, p);
  if (system === 'floor') return floorRequest(q, p);
  return peerRequest(q, p);
}
