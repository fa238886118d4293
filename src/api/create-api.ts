/**
 * The Apollo Server for PlanGraph: schema, resolvers, limits, error formatting. Read-only: the schema has no
 * Mutation type. `createApi` is also what in-process tests call (`executeOperation`).
 */
import { readFileSync } from 'node:fs';
import { ApolloServer, type ApolloServerOptionsWithGateway, type ApolloServerOptionsWithSchema, type BaseContext } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { gql } from 'graphql-tag';
import type { Config } from '../config.ts';
import type { Store } from '../store/store.ts';
import { answerCache, type SentAnswers } from './answer-cache.ts';
import { complexityPlugin } from './complexity.ts';
import { createContext, type ApiContext } from './context.ts';
import { createFormatError } from './errors.ts';
import { jitGateway } from './jit-executor.ts';
import { LIMITS } from './limits.ts';
import { resolvers } from './resolvers/index.ts';
import { validationRules } from './validation-rules.ts';

export const typeDefs = gql(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

export interface Api {
  server: ApolloServer<ApiContext>;
  /** What runs the operations (PLANGRAPH_GRAPHQL_JIT). */
  executor: 'graphql-jit' | 'graphql-js';
  /** A fresh context (new DataLoaders) for one request. */
  context(): ApiContext;
  /** The answer cache's answers as sent, which the HTTP handler serves itself (null or absent: no cache). */
  sent?: SentAnswers | null;
}

export interface ApiOptions {
  /** How Neo4j runs, reported by health: "embedded" | "external". */
  mode?: string;
  onLog?: (msg: string) => void;
}

export function createApi(store: Store, config: Config, options: ApiOptions = {}): Api {
  const production = config.env === 'production';
  const answers = answerCache(store, { megabytes: config.answerCacheMb });
  // graphql-jit (default) or graphql-js: the same schema and resolvers either way.
  const executable = makeExecutableSchema({ typeDefs, resolvers: resolvers as never });
  const common: Omit<ApolloServerOptionsWithSchema<ApiContext>, 'schema'> = {
    validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    includeStacktraceInErrorResponses: !production,
    formatError: createFormatError(production, options.onLog ?? (() => {})),
    // The cache-control plugin (on by default) hooks every field of every answer to compute cache hints this API
    // never sets; without it Apollo resolves fields without per-field instrumentation. The answer cache sets its
    // own policy on whole operations (answer-cache.ts); the complexity limit runs before it, on hits too.
    plugins: [
      complexityPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ...answers.plugins,
    ],
    introspection: true,
    // `plangraph serve` (and whoever embeds the API) stops on SIGINT/SIGTERM itself: closes HTTP, then the store,
    // then exits 0. Apollo's own handlers would stop the server beside it and then re-raise the signal, which killed
    // the process before the store was closed (no "stopped" in the log, exit by signal).
    stopOnTerminationSignals: false,
  };
  const server = config.graphqlJit
    ? new ApolloServer<ApiContext>({ ...common, gateway: jitGateway(executable) } as ApolloServerOptionsWithGateway<ApiContext>)
    : new ApolloServer<ApiContext>({ ...common, schema: executable });
  return {
    server,
    executor: config.graphqlJit ? 'graphql-jit' : 'graphql-js',
    context: () => createContext(store, config, options.mode ?? 'unknown'),
    sent: answers.sent,
  };
}

export type { BaseContext };
