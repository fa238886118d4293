/**
 * Validation rules that run before any resolver: query depth (QUERY_TOO_DEEP) and the number of aliases (LIMIT_EXCEEDED). Cost is checked by the complexity plugin.
 */
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { LIMITS } from './limits.ts';

/**
 * The deepest chain of fields with selection sets, fragments followed (introspection fields ignored), refused
 * above `maxDepth` with QUERY_TOO_DEEP. Each fragment's depth is computed once: graphql-depth-limit walks every
 * spread again, which is exponential in a document whose fragments spread each other many times, and it reports
 * one error per path (past graphql's 100-error cap that escapes validation as a non-Error).
 */
export function depthLimitRule(maxDepth: number = LIMITS.maxDepth): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const memo = new Map<string, number>();
    const open = new Set<string>(); // a cycle (refused by NoFragmentCycles) adds nothing here
    const depthOf = (set: SelectionSetNode): number => {
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.selectionSet && !selection.name.value.startsWith('__')) deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || open.has(name)) continue;
          if (!memo.has(name)) {
            open.add(name);
            memo.set(name, depthOf(fragment.selectionSet));
            open.delete(name);
          }
          deepest = Math.max(deepest, memo.get(name)!);
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet);
        if (depth <= maxDepth) return;
        context.reportError(
          new GraphQLError(`The query is nested ${depth} levels deep, deeper than ${maxDepth} levels; ask for fewer nested fields, or run a second query.`, {
            nodes: [node],
            extensions: { code: 'QUERY_TOO_DEEP', limit: maxDepth },
          }),
        );
      },
    };
  };
}

/** At most `max` aliased fields in one document (aliases multiply the work of one request). */
export function aliasLimitRule(max: number = LIMITS.maxAliases): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    let reported = false;
    return {
      Field(node) {
        if (!node.alias) return;
        aliases++;
        if (aliases > max && !reported) {
          reported = true;
          context.reportError(
            new GraphQLError(`The query uses more than ${max} aliases; split it into several requests with at most ${max} aliases each.`, {
              nodes: [node],
              extensions: { code: 'LIMIT_EXCEEDED', limit: max },
            }),
          );
        }
      },
    };
  };
}

/** The API is read-only: only query operations. */
export const readOnlyRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'query') return;
    context.reportError(
      new GraphQLError(`PlanGraph's API is read-only: ${node.operation} operations are not supported; send a query.`, {
        nodes: [node],
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    );
  },
});

export const validationRules: ValidationRule[] = [readOnlyRule, depthLimitRule(), aliasLimitRule()];
