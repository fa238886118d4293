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
