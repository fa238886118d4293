/**
 * What the query asks for below the field being resolved, so that a resolver can leave out what nobody asked for
 * (e.g. the evidence lists of shared partners, which are most of the bytes of the answer) or fetch a nested field
 * together with its parent (an entity with its relations in one statement). Follows fragments; aliases do not matter.
 */
import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { LIMITS } from './limits.ts';

function selectsIn(set: SelectionSetNode | undefined, path: readonly string[], fragments: Record<string, FragmentDefinitionNode>): boolean {
  if (!set || path.length === 0) return path.length === 0;
  for (const s of set.selections) {
    if (s.kind === 'Field') {
      if (s.name.value === path[0] && (path.length === 1 || selectsIn(s.selectionSet, path.slice(1), fragments))) return true;
    } else if (s.kind === 'InlineFragment') {
      if (selectsIn(s.selectionSet, path, fragments)) return true;
    } else if (selectsIn(fragments[s.name.value]?.selectionSet, path, fragments)) return true;
  }
  return false;
}

/** True when the field being resolved selects `path` (e.g. ['links', 'evidence']) in any of its occurrences. */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  return info.fieldNodes.some((f: FieldNode) => selectsIn(f.selectionSet, path, info.fragments));
}

/** How much evidence a query reads off relationships: none, the sentences (and their sections), or their ids and offsets too. */
export type EvidenceDetail = 0 | 1 | 2;

/** What a resolver's `info` says of its field's selection (or childSelection of a child field). */
export type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments' | 'returnType' | 'variableValues'>;

/**
 * What `relations` (the field of `info`) reads of the evidence below it: the detail, and `items`, the most that any
 * `evidence(first)` of one relation asks (0 with no evidence; out-of-range values count as the nearest limit, the
 * evidence field itself reports them). @skip/@include are not evaluated: this may fetch more than the answer holds,
 * never less.
 */
export function evidenceAsked(info: SelectionInfo): { evidence: EvidenceDetail; items: number } {
  const asks = (path: string[]) => info.fieldNodes.some((f) => selectsIn(f.selectionSet, path, info.fragments));
  const evidence: EvidenceDetail = ['sentenceId', 'start', 'end'].some((field) => asks(['evidence', field])) ? 2 : asks(['evidence']) ? 1 : 0;
  if (evidence === 0) return { evidence, items: 0 };
  let most = 0;
  for (const args of childFieldArguments(info, 'evidence')) {
    const first = args.first;
    if (typeof first === 'number' && Number.isFinite(first)) most = Math.max(most, first);
  }
  return { evidence, items: Math.min(Math.floor(most), LIMITS.maxPageSize) };
}

function collectFields(set: SelectionSetNode | undefined, name: string, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>, out: FieldNode[]): void {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') {
      if (s.name.value === name) out.push(s);
    } else if (s.kind === 'InlineFragment') {
      collectFields(s.selectionSet, name, fragments, seen, out);
    } else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      collectFields(fragments[s.name.value]?.selectionSet, name, fragments, seen, out);
    }
  }
}

/**
 * The selection of the child field `name` (all its occurrences: aliases make several), as its own resolver's `info`
 * would give it, with the arguments of each occurrence (variables and defaults applied). Null when the field's type has
 * no such field. Directives (@skip/@include) are not evaluated: a caller uses this to fetch early, never to decide
 * what the answer holds.
 */
export function childSelection(info: SelectionInfo, name: string): (SelectionInfo & { arguments: Record<string, unknown>[] }) | null {
  const type = getNamedType(info.returnType);
  const def = isObjectType(type) ? type.getFields()[name] : undefined;
  if (!def) return null;
  const fieldNodes = childFields(info, name);
  return {
    fieldNodes,
    fragments: info.fragments,
    returnType: def.type,
    variableValues: info.variableValues,
    arguments: fieldNodes.map((node) => getArgumentValues(def, node, info.variableValues)),
  };
}

/** The arguments of every occurrence of the child field `name` (see childSelection); empty when it is not selected. */
export function childFieldArguments(info: SelectionInfo, name: string): Record<string, unknown>[] {
  return childSelection(info, name)?.arguments ?? [];
}

/** Every occurrence of the child field `name` directly below the field being resolved (through fragments). */
function childFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): FieldNode[] {
  const nodes: FieldNode[] = [];
  for (const f of info.fieldNodes) collectFields(f.selectionSet, name, info.fragments, new Set(), nodes);
  return nodes;
}
