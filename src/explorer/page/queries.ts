/** The GraphQL documents the page sends, and the shapes of their answers. */

export interface EntityRef {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
}

export interface EvidenceOut {
  document: string;
  plan: { title: string } | null;
  section: string;
  sentence: string;
}

export interface EdgeOut {
  id: string;
  source: string;
  target: string;
  type: string;
  evidenceCount: number;
}

export interface RegionLinkOut {
  region: EntityRef;
  via: string;
  through: EntityRef | null;
  relationType: string;
  evidence: EvidenceOut[];
}

export interface SharedPartnerOut {
  partner: EntityRef;
  regionCount: number;
  links: RegionLinkOut[];
}

export interface CollaborationOut {
  regions: EntityRef[];
  unresolved: string[];
  directRelations: { source: EntityRef; target: EntityRef; type: string; evidence: EvidenceOut[] }[];
  sharedPartners: SharedPartnerOut[];
  sharedIndustries: { industry: EntityRef; links: RegionLinkOut[] }[];
  jointProjects: { project: EntityRef; links: RegionLinkOut[] }[];
  groupings: { group: EntityRef; links: RegionLinkOut[] }[];
  shortestPaths: { from: EntityRef; to: EntityRef; paths: PathOut[] }[];
}

export interface PathOut {
  length: number;
  nodes: EntityRef[];
  steps: { type: string; source: string; target: string; evidenceCount: number; evidence: EvidenceOut[] }[];
}

const REF = 'id type name';
const EVIDENCE = 'evidence(first: 5) { document plan { title } section sentence }';
const LINK = `links { region { ${REF} } via through { ${REF} } relationType ${EVIDENCE} }`;

export const SEARCH = `query Search($q: String!, $types: [EntityType!], $region: String) {
  search(query: $q, types: $types, region: $region, limit: 12) { entity { ${REF} aliases } matchedBy }
}`;

export const REGIONS = `query Regions { entities(type: Region, first: 500) { edges { node { ${REF} } } } }`;

export const NEIGHBORS = `query Neighbors($id: ID!, $types: [RelationType!], $direction: Direction) {
  neighbors(id: $id, depth: 1, types: $types, direction: $direction, limit: 60) {
    center { ${REF} } nodes { ${REF} } edges { id source target type evidenceCount } truncated
  }
}`;

export const EDGE_EVIDENCE = `query EdgeEvidence($id: ID!, $types: [RelationType!]) {
  entity(id: $id) { relations(types: $types, direction: OUT, first: 500) { other { id } evidenceCount evidence(first: 20) { document plan { title } section sentence } } }
}`;

export const SHARED_PARTNERS = `query Shared($regions: [String!]) {
  sharedPartners(regions: $regions, minRegions: 2, limit: 100) { partner { ${REF} } regionCount ${LINK} }
}`;

export const COLLABORATION = `query Collaboration($regions: [String!]!) {
  collaboration(regions: $regions) {
    regions { ${REF} } unresolved
    directRelations { source { ${REF} } target { ${REF} } type ${EVIDENCE} }
    sharedPartners { partner { ${REF} } regionCount ${LINK} }
    sharedIndustries { industry { ${REF} } ${LINK} }
    jointProjects { project { ${REF} } ${LINK} }
    groupings { group { ${REF} } ${LINK} }
    shortestPaths { from { ${REF} } to { ${REF} } paths { length nodes { ${REF} } steps { type source target evidenceCount ${EVIDENCE} } } }
  }
}`;

export const PATHS = `query Links($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, all: true, limit: 10) { length nodes { ${REF} } steps { type source target evidenceCount ${EVIDENCE} } }
}`;
