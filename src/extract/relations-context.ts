/**
 * What every relation rule needs: the document, the cue lexicon, the sentences with their
 * mentions, the issuer, and a sink for the relations found.
 */
import type { NodeType, RelationType } from '../graph/model.ts';
import type { ReadDocument } from '../ingest/types.ts';
import type { Cues } from './relations-cues.ts';
import type { Clause, SentenceView } from './relations-sentence.ts';
import type { EntityMention, EntityRef, FoundRelation } from './types.ts';

export interface RelationContext {
  doc: ReadDocument;
  cues: Readonly<Cues>;
  views: SentenceView[];
  /** The region whose plan this is (canonical name), or null. */
  issuer: EntityRef | null;
  /** The document's own Plan. */
  plan: EntityRef;
  /** Other names of the document's own Plan (so that it does not cite itself). */
  planNames: ReadonlySet<string>;
  /** A slice of `doc.match`. */
  text(start: number, end: number): string;
  emit(type: RelationType, source: EntityRef, target: EntityRef, sentence: number): void;
}

export const COLLABORATOR_TYPES: readonly NodeType[] = ['Region', 'Enterprise', 'University', 'ResearchInstitute', 'Platform'];
export const HOST_TYPES: readonly NodeType[] = ['University', 'ResearchInstitute', 'Enterprise', 'Platform'];
export const DEPENDENT_TYPES: readonly NodeType[] = ['Platform', 'Project'];

export function ref(m: EntityMention | EntityRef): EntityRef {
  return { type: m.type, name: m.name };
}

/** The whole sentence as one clause, for rules that look past a comma. */
export function sentenceAsClause(view: SentenceView): Clause {
  return { start: view.start, end: view.end, text: view.text, mentions: view.mentions };
}

export function makeSink(out: FoundRelation[]): RelationContext['emit'] {
  return (type, source, target, sentence) => {
    if (source.type === target.type && source.name === target.name) return;
    out.push({ type, source: { type: source.type, name: source.name }, target: { type: target.type, name: target.name }, sentence });
  };
}
