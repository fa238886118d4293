/**
 * Runs the API's operations with graphql-jit instead of graphql-js's `execute`: each operation is compiled once to a
 * JavaScript function for its exact selection (no per-field walk of the query, argument coercion or type tests at run
 * time) and kept with the parsed document that Apollo already caches by query text. Same schema, same resolvers, same
 * answers (tests/integration/api-jit.test.ts compares them); Apollo still parses, validates, limits and formats.
 *
 * Apollo Server takes a custom executor only through its gateway interface: this "gateway" hands it the schema
 * once and never updates it. PLANGRAPH_GRAPHQL_JIT=0 runs graphql-js as before.
 */
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Compiled = CompiledQuery | ExecutionResult;
type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  // One entry per parsed document (Apollo's document store keeps one DocumentNode per query text); a document may
  // hold several operations, run by name.
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compile = (document: DocumentNode, operationName: string | null | undefined): Compiled => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let entry = byName.get(key);
    if (!entry) byName.set(key, (entry = compileQuery(schema, document, operationName ?? undefined)));
    return entry;
  };
  const executor: GatewayExecutor = async (rc) => {
    const entry = compile(rc.document, rc.operationName ?? rc.request.operationName);
    // Not compiled: the errors say why (an operation that cannot run), as graphql-js would answer them.
    const result = isCompiledQuery(entry) ? await entry.query(undefined, rc.context, rc.request.variables ?? {}) : entry;
    return (result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result) as ExecutionResult<Record<string, unknown>>;
  };
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors are GraphQLErrors without `extensions` when the resolver's error had none; graphql-js always
 * gives an object, and Apollo reads `extensions.code` of every error. The same error, as graphql-js makes it.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const out = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  (out as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return out;
}
