/**
 * Validation rules that run before any resolver: query depth (graphql-depth-limit, its errors re-coded
 * QUERY_TOO_DEEP) and the number of aliases (LIMIT_EXCEEDED). Cost is checked by the complexity plugin.
 */
import depthLimit from 'graphql-depth-limit';
import { GraphQLError, type ASTVisitor, type ValidationContext, type ValidationRule } from 'graphql';
import { LIMITS } from './limits.ts';

/** graphql-depth-limit reports plain errors (from its own CJS copy of graphql); re-issue them with a code. */
export function depthLimitRule(maxDepth: number = LIMITS.maxDepth): ValidationRule {
  const rule = depthLimit(maxDepth);
  return (context: ValidationContext): ASTVisitor => {
    const recoded = new Proxy(context, {
      get(target, prop, receiver) {
        if (prop === 'reportError') {
          return (error: GraphQLError) =>
            target.reportError(
              new GraphQLError(
                `The query is nested deeper than ${maxDepth} levels (${error.message}); ask for fewer nested fields, or run a second query.`,
                { nodes: error.nodes, extensions: { code: 'QUERY_TOO_DEEP', limit: maxDepth } },
              ),
            );
        }
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    rule(recoded);
    return {};
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
