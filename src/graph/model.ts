/**
 * The GraphDocument: PlanGraph's contract between extraction and the store.
 * Plain JSON, no database. One definition of every node and relation type.
 */

export const NODE_TYPES = [
  'Plan',
  'Region',
  'University',
  'ResearchInstitute',
  'Enterprise',
  'Platform',
  'Industry',
  'Project',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const RELATION_TYPES = [
  'COLLABORATES_WITH',
  'RELIES_ON',
  'BELONGS_TO',
  'CITES',
  'FOCUSES_ON',
  'MENTIONS',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Organisations: the types that can be partners. */
export const ORGANISATION_TYPES = ['University', 'ResearchInstitute', 'Enterprise', 'Platform'] as const;

export function isNodeType(value: unknown): value is NodeType {
  return typeof value === 'string' && (NODE_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}

const ANY: readonly NodeType[] = NODE_TYPES;
const COLLABORATORS: readonly NodeType[] = ['Region', 'Enterprise', 'University', 'ResearchInstitute', 'Platform'];

/**
 * Which (source type, target type) pairs each relation type allows, as the spec defines them.
 * BELONGS_TO has three shapes: any → Region, Platform/Enterprise → Industry, Region → Region
 * (the last is covered by any → Region).
 */
export function relationAllowed(type: RelationType, source: NodeType, target: NodeType): boolean {
  switch (type) {
    case 'COLLABORATES_WITH':
      return COLLABORATORS.includes(source) && COLLABORATORS.includes(target);
    case 'RELIES_ON':
      return (source === 'Platform' || source === 'Project') && target !== 'Plan' && target !== 'Industry' && target !== 'Project';
    case 'BELONGS_TO':
      return (ANY.includes(source) && target === 'Region' && source !== 'Plan') ||
        ((source === 'Platform' || source === 'Enterprise') && target === 'Industry');
    case 'CITES':
      return source === 'Plan' && target === 'Plan';
    case 'FOCUSES_ON':
      return (source === 'Plan' || source === 'Region') && target === 'Industry';
    case 'MENTIONS':
      return source === 'Plan';
    default: {
      const never: never = type;
      throw new Error(`unknown relation type ${String(never)}`);
    }
  }
}

/** Where a relation, mention or indicator came from. Offsets are into the document's normalised text. */
export interface Evidence {
  /** The document id (GraphDocumentMeta.id). */
  document: string;
  /** The heading path joined with " / ", e.g. "第三章 主要任务 / 一、加强创新平台建设". Empty string before the first heading. */
  section: string;
  /** The sentence that states it, verbatim from the normalised text. */
  sentence: string;
  /** Character offsets of the sentence (for relations and indicators) or of the mention (for mentions) in the normalised text. */
  start: number;
  end: number;
}

export interface GraphNode {
  /** Stable id: `${type}:${name}`, e.g. "University:重庆大学". */
  id: string;
  type: NodeType;
  /** Canonical name, simplified characters, as the text writes it. */
  name: string;
  /** Every other form the texts (or the lexicon) use for it; never contains name. Sorted. */
  aliases: string[];
  /** The id of the region the entity belongs to, when known (e.g. "Region:万州区"). */
  region?: string | null;
  /** Pinyin of the canonical name without tones, words joined by spaces (e.g. "chong qing da xue"). */
  pinyin?: string;
  /** Where the node came from: "lexicon", "pattern", "title", ... (informational). */
  source?: string;
}

export interface GraphRelation {
  type: RelationType;
  source: string;
  target: string;
  evidence: Evidence[];
  /** MENTIONS only: how many times the plan names the entity. */
  count?: number;
}

export interface IndicatorValue {
  year: number;
  value: number;
}

export interface Indicator {
  document: string;
  /** The region node id the plan speaks for, or null. */
  region: string | null;
  name: string;
  unit: string;
  baseline: IndicatorValue | null;
  target: IndicatorValue | null;
  evidence: Evidence;
}

export interface SectionRecord {
  /** `${documentId}#s${index}` */
  id: string;
  /** Index in document order. */
  index: number;
  level: number;
  /** The heading's own text, e.g. "一、加强创新平台建设". */
  title: string;
  /** The full heading path joined with " / ". */
  path: string;
  /** The parent section id, or null at the top. */
  parent: string | null;
}

export interface SentenceRecord {
  /** `${documentId}#t${index}` */
  id: string;
  index: number;
  /** The section id, or null before the first heading. */
  section: string | null;
  text: string;
  start: number;
  end: number;
}

export interface MentionRecord {
  /** The node id mentioned. */
  node: string;
  /** The sentence id it stands in. */
  sentence: string;
  /** The surface form as written in the text. */
  surface: string;
  start: number;
  end: number;
}

export interface GraphDocumentMeta {
  /** Stable document id: the manifest id, or a slug of the file name. */
  id: string;
  title: string;
  /** The issuer region's node id, or null when unknown. */
  issuer: string | null;
  path: string;
  /** The Plan node that stands for this document. */
  plan: string;
  period?: string | null;
  issued?: string | null;
  format?: string;
  /** sha256 of the file's bytes, to tell when a document changed. */
  sha256?: string;
  /** The lexical graph (optional in extract output; the loader writes it when present). */
  sections?: SectionRecord[];
  sentences?: SentenceRecord[];
  mentions?: MentionRecord[];
}

export interface GraphDocument {
  documents: GraphDocumentMeta[];
  nodes: GraphNode[];
  relations: GraphRelation[];
  indicators: Indicator[];
}

export function nodeId(type: NodeType, name: string): string {
  return `${type}:${name}`;
}
