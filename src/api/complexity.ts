/**
 * Query cost, estimated before execution with graphql-query-complexity: every object costs 1, scalars 0, and a
 * list multiplies its items' cost by its `first`/`limit` argument (or by DEFAULT_LIST_SIZE without one).
 * Above LIMITS.maxComplexity the request fails with QUERY_TOO_COMPLEX.
 *
 * The cost is a pure function of the schema, the document, the operation name and the variables, so the plugin
 * keeps it per parsed document (Apollo hands the same DocumentNode to every request of the same query text) and
 * per operation name and variables: a repeated request skips the walk over the document.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, getNullableType, GraphQLError, isLeafType, isListType, Kind, type DocumentNode, type GraphQLSchema } from 'graphql';
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

/** The outcome of a cost computation: a cost, or the node cap of graphql-query-complexity reached. */
export type Outcome = number | 'too-many-nodes';

/** Variable sets remembered per document; past this the oldest is forgotten (many distinct sets cost a recount each). */
export const COSTS_PER_DOCUMENT = 64;

/** True when `value` is what JSON.parse can produce, so that JSON.stringify names it exactly (no undefined, NaN, Date…). */
function isPlainJson(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!(i in value) || !isPlainJson(value[i], depth + 1)) return false;
    return true;
  }
  if (typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  for (const v of Object.values(value)) if (!isPlainJson(v, depth + 1)) return false;
  return true;
}

/**
 * Costs per (schema, document, operation name, variables). Documents are held weakly: when Apollo's document cache
 * lets a document go, its costs go with it. Variables that are not plain JSON are never cached (computed each time).
 */
export class CostCache {
  private readonly bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Outcome>>>();

  constructor(
    private readonly perDocument: number = COSTS_PER_DOCUMENT,
    private readonly compute: (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined) => Outcome = computeOutcome,
  ) {}

  /** The cost, computed once per key; throws what the computation throws (the node cap is remembered as such). */
  outcome(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): Outcome {
    const key = isPlainJson(variables) ? JSON.stringify([operationName ?? null, variables]) : null;
    let byDocument = this.bySchema.get(schema);
    if (!byDocument) {
      byDocument = new WeakMap();
      this.bySchema.set(schema, byDocument);
    }
    const costs = byDocument.get(document);
    if (key !== null) {
      const known = costs?.get(key);
      if (known !== undefined) return known;
    }
    const outcome = this.compute(schema, document, variables, operationName);
    if (key !== null) {
      const map = costs ?? new Map<string, Outcome>();
      if (!costs) byDocument.set(document, map);
      if (map.size >= this.perDocument) map.delete(map.keys().next().value!);
      map.set(key, outcome);
    }
    return outcome;
  }
}

export function computeOutcome(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): Outcome {
  try {
    return queryCost(schema, document, variables, operationName);
  } catch (err) {
    // graphql-query-complexity stops counting past its node cap (fragments spread many times over).
    if (/maximum allowed number of nodes/.test((err as Error).message)) return 'too-many-nodes';
    throw err;
  }
}

export function complexityPlugin(max: number = LIMITS.maxComplexity, cache: CostCache = new CostCache()): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: Outcome;
          try {
            cost = cache.outcome(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          } catch (err) {
            // Counting needs the variables, so a variable of the wrong type, or a required one missing, is found here
            // (graphql-js's coercion error, on the variable's definition) before execution would find it: the client's
            // mistake (400), not the server's (500).
            if (err instanceof GraphQLError && err.nodes?.length === 1 && err.nodes[0]!.kind === Kind.VARIABLE_DEFINITION) {
              throw apiError('BAD_USER_INPUT', err.message, { http: { status: 400 } });
            }
            throw err;
          }
          if (cost === 'too-many-nodes') {
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
