/**
 * Configuration, read and validated once from the environment, then frozen.
 * Nothing else in src/ reads process.env.
 */
import path from 'node:path';

export interface Config {
  /** Set: use that Neo4j server. Unset: start the embedded one. */
  neo4jUri: string | null;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string | null;
  /** Where the embedded Neo4j keeps its store and the launcher's logs. */
  dataDir: string;
  /** Seconds to wait for the embedded Neo4j to be ready. */
  embeddedStartTimeoutSec: number;
  /** Seconds to wait for a user-given NEO4J_URI to answer before failing. */
  connectTimeoutSec: number;
  host: string;
  port: number;
  /** Documents loaded at start-up by `npm start`. */
  plansDir: string;
  /** Origins allowed by CORS (comma-separated in CORS_ORIGINS); empty: same-origin only. */
  corsOrigins: string[];
  /** Transaction timeout for API queries, in milliseconds. */
  queryTimeoutMs: number;
  /** Megabytes of the answer cache (src/api/answer-cache.ts); 0 turns it off. */
  answerCacheMb: number;
  /** Run operations compiled by graphql-jit (src/api/jit-executor.ts); false: graphql-js's execute. */
  graphqlJit: boolean;
  /** development | production | test */
  env: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function int(env: NodeJS.ProcessEnv, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${key}=${raw} is not a whole number from ${min} to ${max}; unset it to use ${fallback}.`);
  }
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Readonly<Config> {
  const uri = env.NEO4J_URI?.trim() || null;
  if (uri !== null && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/.test(uri)) {
    throw new ConfigError(
      `NEO4J_URI=${uri} is not a Neo4j address; use bolt://host:7687 or neo4j://host:7687 (neo4j+s:// for Aura), or unset it to use the embedded Neo4j.`,
    );
  }
  const level = (env.LOG_LEVEL ?? 'info').toLowerCase();
  if (!['debug', 'info', 'warn', 'error'].includes(level)) {
    throw new ConfigError(`LOG_LEVEL=${env.LOG_LEVEL} is not one of debug, info, warn, error.`);
  }
  const config: Config = {
    neo4jUri: uri,
    neo4jUser: env.NEO4J_USER ?? 'neo4j',
    neo4jPassword: env.NEO4J_PASSWORD ?? '',
    neo4jDatabase: env.NEO4J_DATABASE?.trim() || null,
    dataDir: path.resolve(cwd, env.PLANGRAPH_DATA_DIR ?? '.plangraph'),
    embeddedStartTimeoutSec: int(env, 'PLANGRAPH_NEO4J_START_TIMEOUT', 120, 5, 3600),
    connectTimeoutSec: int(env, 'NEO4J_CONNECT_TIMEOUT', 10, 1, 600),
    host: env.HOST?.trim() || '127.0.0.1',
    port: int(env, 'PORT', 4000, 0, 65535),
    plansDir: path.resolve(cwd, env.PLANGRAPH_PLANS_DIR ?? 'data/plans'),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    queryTimeoutMs: int(env, 'PLANGRAPH_QUERY_TIMEOUT_MS', 10_000, 100, 600_000),
    answerCacheMb: int(env, 'PLANGRAPH_ANSWER_CACHE_MB', 64, 0, 16_384),
    graphqlJit: int(env, 'PLANGRAPH_GRAPHQL_JIT', 1, 0, 1) === 1,
    env: env.NODE_ENV ?? 'development',
    logLevel: level as Config['logLevel'],
  };
  return Object.freeze(config);
}

/** A Neo4j address safe to print: credentials written into it (bolt://user:secret@host) are masked. */
export function redactUri(uri: string): string {
  try {
    const url = new URL(uri);
    if (!url.username && !url.password) return uri;
    url.username = url.username ? '***' : '';
    url.password = url.password ? '***' : '';
    return url.toString();
  } catch {
    return uri.replace(/\/\/[^@/]*@/, '//***@');
  }
}

/** A copy of the config that is safe to print: the password never appears. */
export function redactedConfig(config: Config): Record<string, unknown> {
  return {
    ...config,
    neo4jUri: config.neo4jUri === null ? null : redactUri(config.neo4jUri),
    neo4jPassword: config.neo4jPassword ? '***' : '',
  };
}
