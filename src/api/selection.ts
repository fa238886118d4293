/**
 * Does the query ask for a field below this one? Lets a resolver leave out what nobody asked for (e.g. the evidence
 * lists of shared partners, which are most of the bytes of the answer). Follows fragments; aliases do not matter.
 */
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

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
