/**
 * The peer: the Neo4j GraphQL Library (@neo4j/graphql) serving the same graph from type definitions.
 * Relationship fields are generated from the relation types (data, not code); Q3–Q5 are @cypher fields that run
 * PlanGraph's own statements (cypher/api-*.cypher), so the peer answers them with the same Cypher inside its
 * generated wrapper, with the parameters PlanGraph passes for the same question (`evidence: false` where the
 * question asks for no evidence; api-region-partners, the counts-only statement, ignores `links`/`evidence`).
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { cypher } from '../src/store/cypher.ts';

/** One relationship field per (type, direction); COLLABORATES_WITH is read undirected, as PlanGraph reads it. */
export const PEER_RELATION_FIELDS = [
  { field: 'collaboratesWith', type: 'COLLABORATES_WITH', direction: 'OUT', undirected: true },
  { field: 'reliesOn', type: 'RELIES_ON', direction: 'OUT', undirected: false },
  { field: 'reliedOnBy', type: 'RELIES_ON', direction: 'IN', undirected: false },
  { field: 'belongsTo', type: 'BELONGS_TO', direction: 'OUT', undirected: false },
  { field: 'members', type: 'BELONGS_TO', direction: 'IN', undirected: false },
  { field: 'cites', type: 'CITES', direction: 'OUT', undirected: false },
  { field: 'citedBy', type: 'CITES', direction: 'IN', undirected: false },
  { field: 'focusesOn', type: 'FOCUSES_ON', direction: 'OUT', undirected: false },
  { field: 'focusedOnBy', type: 'FOCUSES_ON', direction: 'IN', undirected: false },
] as const;

/** A PlanGraph statement as the body of a @cypher field: its rows reshaped into `row`. */
function wrapped(name: string, shape: string): string {
  const body = cypher(name).replace(/"""/g, '\\"""');
  return `CALL () {\n${body}\n}\nRETURN ${shape} AS row`;
}

const LINK_REGIONS = '[l IN links | l.region.id]';
/** A path as the peer gives it: its node ids (Q4), or its nodes and steps with what PlanGraph's Q5 asks of them. */
const PATH_ROW = `{from: from, to: to, nodeIds: [n IN nodes | n.id], nodes: [n IN nodes | n{.id, .name}],
  steps: [s IN steps | {type: s.type, source: s.source, target: s.target, evidenceCount: s.evidenceCount}]}`;

export function peerTypeDefs(): string {
  const relationFields = PEER_RELATION_FIELDS.map(
    (r) =>
      `  ${r.field}: [Entity!]! @relationship(type: "${r.type}", direction: ${r.direction}${r.undirected ? ', queryDirection: UNDIRECTED' : ''}, properties: "Evidence")`,
  ).join('\n');
  const field = (name: string, args: string, ret: string, statement: string) =>
    `  ${name}${args}: ${ret} @cypher(statement: """\n${statement}\n""", columnName: "row")`;
  return `
type Entity @node(labels: ["Entity"]) {
  id: ID!
  type: String!
  name: String!
  aliases: [String!]
  region: String
${relationFields}
}

type Evidence @relationshipProperties {
  document: String
  evidenceCount: Int
  sentences: [String!]
  sections: [String!]
}

type PartnerRow { partnerId: ID!, regionCount: Int!, regionIds: [ID!]! }
type GroupRow { key: ID!, regionIds: [ID!]! }
type PairRow { source: ID!, target: ID!, type: String! }
type PathNode { id: ID!, name: String! }
type PathStep { type: String!, source: ID!, target: ID!, evidenceCount: Int! }
type PathRow { from: ID!, to: ID!, nodeIds: [ID!]!, nodes: [PathNode!]!, steps: [PathStep!]! }
input PairInput { from: ID!, to: ID! }

type Query {
${field('sharedPartners', '(regions: [ID!], partnerTypes: [String!]!, minRegions: Int!, limit: Int!, links: Boolean = false, evidence: Boolean!)', '[PartnerRow!]!', wrapped('api-region-partners', '{partnerId: partner.id, regionCount: regionCount, regionIds: regionIds}'))}
${field('groupDirect', '(ids: [ID!]!, types: [String!]!)', '[PairRow!]!', wrapped('api-group-direct', '{source: source.id, target: target.id, type: type}'))}
${field('groupIndustries', '(ids: [ID!]!, limit: Int!, evidence: Boolean = false)', '[GroupRow!]!', wrapped('api-group-industries', `{key: industry.id, regionIds: ${LINK_REGIONS}}`))}
${field('groupProjects', '(ids: [ID!]!, types: [String!]!, limit: Int!, evidence: Boolean = false)', '[GroupRow!]!', wrapped('api-group-projects', `{key: project.id, regionIds: ${LINK_REGIONS}}`))}
${field('groupGroupings', '(ids: [ID!]!, limit: Int!, evidence: Boolean = false)', '[GroupRow!]!', wrapped('api-group-groupings', `{key: group.id, regionIds: ${LINK_REGIONS}}`))}
${field('paths', '(pairs: [PairInput!]!, types: [String!]!, cap: Int!, limit: Int!, evidence: Boolean = false)', '[PathRow!]!', wrapped('api-paths', PATH_ROW))}
}
`;
}

export async function peerSchema(driver: Driver) {
  const neo = new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver });
  return neo.getSchema();
}
