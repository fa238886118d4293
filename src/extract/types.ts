/**
 * Contracts inside extraction: what the entity recognisers hand to the relation and indicator
 * extractors, and what those hand to the pipeline.
 */
import type { NodeType, RelationType } from '../graph/model.ts';

/** One entity found in a document: a span of `ReadDocument.match`, resolved to a canonical name. */
export interface EntityMention {
  type: NodeType;
  /** Canonical name (simplified, as the spec writes names). */
  name: string;
  /** The surface form as written in `match` (simplified) at [start, end). */
  surface: string;
  start: number;
  end: number;
  /** Index of the sentence (ReadDocument.sentences) the mention stands in. */
  sentence: number;
  /** Aliases learnt from this mention (e.g. an abbreviation the text defines in brackets). */
  aliases?: string[];
  /** For regions and located organisations: the canonical name of the parent region, when known. */
  parentRegion?: string | null;
  /** lexicon | pattern | quoted | title | issuer … (informational). */
  source: string;
  /**
   * Entities named inside this mention's name, which stays one span (达州市达川区军民整合产业园 → 达川区,
   * 重庆大学转化医学中心 → 重庆大学, 新材料研发平台 → 新材料): canonical names and their offsets in `match`.
   * Optional: organisations the patterns found, and lexicon regions written with the regions that
   * qualify them (重庆市江津区 → 江津区 with inner 重庆市).
   */
  inner?: InnerMention[];
}

/** An entity named inside another mention's name (EntityMention.inner). */
export interface InnerMention {
  type: NodeType;
  name: string;
  surface: string;
  start: number;
  end: number;
}

/** A reference to an entity by type and canonical name (ids are made by the pipeline). */
export interface EntityRef {
  type: NodeType;
  name: string;
}

/** A relation found in one sentence. */
export interface FoundRelation {
  type: RelationType;
  source: EntityRef;
  target: EntityRef;
  /** Sentence index in the document. */
  sentence: number;
}
