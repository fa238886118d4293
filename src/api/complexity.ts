/**
 * Query cost, estimated before execution with graphql-query-complexity: every object costs 1, scalars 0, and a
 * list multiplies its items' cost by its `first`/`limit` argument (or by DEFAULT_LIST_SIZE without one).
 * Above LIMITS.maxComplexity the request fails with QUERY_TOO_COMPLEX.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, getNullableType, isLeafType, isListType, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { apiError } from './errors.ts';
import { LIMITS } from './limits.ts';

const DEFAULT_LIST_SIZE = 10;
/** Lists whose length is set by the parent's argument (a connection's edges). */
const SIZED_BY_PARENT = new Set(['edges']);

export const estimateField: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (isLeafType(getNamedType(field.type))) return 0;
  const nullable = getNullableType(field.type);
  let size = 1;
  const sized = (args.first ?? args.limit) as unknown;
  if (typeof sized === 'number') size = Math.max(1, sized);
  else if (isListType(nullable) && !SIZED_BY_PARENT.has(field.name)) size = DEFAULT_LIST_SIZE;
  return size * (1 + childComplexity);
};

export function queryCost(schema: GraphQLSchema, query: Parameters<typeof getComplexity>[0]['query'], variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({ schema, query, variables, operationName, estimators: [estimateField] });
}

export function complexityPlugin(max: number = LIMITS.maxComplexity): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          } catch (err) {
            // graphql-query-complexity stops counting past its node cap (fragments spread many times over).
            if (!/maximum allowed number of nodes/.test((err as Error).message)) throw err;
            throw apiError('QUERY_TOO_COMPLEX', 'The query expands to too many fields once its fragments are spread; spread each fragment fewer times, or split the query.', {
              http: { status: 400 },
            });
          }
          if (cost > max) {
            throw apiError(
              'QUERY_TOO_COMPLEX',
              `The query would cost ${cost}, above the limit of ${max}; ask for smaller pages (first/limit) or fewer nested lists.`,
              { cost, limit: max, http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}
