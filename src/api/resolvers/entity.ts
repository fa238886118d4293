/** Entity and the types hanging off it: Relation, Evidence, Mention. Nested fields go through the loaders. */
import type { GraphQLResolveInfo } from 'graphql';
import { RELATION_TYPES } from '../../graph/model.ts';
import type { ApiContext } from '../context.ts';
import { checkPageSize } from '../limits.ts';
import { evidenceAsked, type SelectionInfo } from '../selection.ts';
import type { MentionOut, RelationOut, RelationsKey } from '../loaders.ts';
import { documentsOf, evidenceOf, type EntityOut, type EvidenceItem, type RelRow } from '../values.ts';

/** Relationship types walked when a caller names none: everything but MENTIONS (and never the lexical graph). */
export const SEMANTIC_TYPES: string[] = RELATION_TYPES.filter((t) => t !== 'MENTIONS');

export function relationTypesOr(types: readonly string[] | null | undefined): string[] {
  return types && types.length > 0 ? [...new Set(types)] : SEMANTIC_TYPES;
}

/** `evidence(first)` of anything that carries per-document relationships. */
export function evidenceField(parent: { rels: readonly RelRow[] }, args: { first: number }): EvidenceItem[] {
  return evidenceOf(parent.rels, checkPageSize('evidence(first)', args.first));
}

export interface RelationsArgs {
  types?: string[] | null;
  direction: string;
  first: number;
}

/**
 * The loader key of `relations(...)` of an entity (throws BAD_USER_INPUT on a page size out of range), with what the
 * selection of `relations` reads of the evidence.
 */
export function relationsKey(id: string, args: RelationsArgs, relations: SelectionInfo): RelationsKey {
  return { id, types: relationTypesOr(args.types), direction: args.direction, first: checkPageSize('relations(first)', args.first), ...evidenceAsked(relations) };
}

export const entityResolvers = {
  Entity: {
    relations(parent: EntityOut, args: RelationsArgs, ctx: ApiContext, info: GraphQLResolveInfo) {
      return ctx.loaders.relations.load(relationsKey(parent.id, args, info));
    },
    mentions(parent: EntityOut, _: unknown, ctx: ApiContext) {
      return ctx.loaders.mentions.load(parent.id);
    },
    regions(parent: EntityOut, _: unknown, ctx: ApiContext) {
      return ctx.loaders.regionsOf.load(parent.id);
    },
  },
  Relation: {
    documents: (parent: RelationOut) => documentsOf(parent.rels),
    evidence: evidenceField,
  },
  Evidence: {
    plan: (parent: EvidenceItem, _: unknown, ctx: ApiContext) => ctx.loaders.planByDocument(parent.document),
  },
  Mention: {
    plan: (parent: MentionOut, _: unknown, ctx: ApiContext) => ctx.loaders.planByDocument(parent.document),
  },
};
