/**
 * Neo4j errors are translated here, and only here, into errors that say what to do.
 * The API maps these codes to GraphQL error codes.
 */
import { Neo4jError } from 'neo4j-driver';

export type StoreErrorCode = 'DATABASE_UNAVAILABLE' | 'QUERY_TIMEOUT' | 'DATABASE_ERROR';

export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function translateNeo4jError(err: unknown, context: string): Error {
  if (err instanceof StoreError) return err;
  if (err instanceof Neo4jError) {
    if (UNAVAILABLE.has(err.code) || /ECONNREFUSED|ECONNRESET|connection.*(closed|lost)|Pool is closed/i.test(err.message)) {
      return new StoreError('DATABASE_UNAVAILABLE', `The graph database is unavailable (${context}): ${err.message}`, { cause: err });
    }
    if (/TransactionTimedOut|Transaction.*Terminated|TransactionTimedOutClientConfiguration/i.test(err.code)) {
      return new StoreError('QUERY_TIMEOUT', `The query took longer than the configured timeout (${context}); narrow it (fewer hops, a smaller limit).`, { cause: err });
    }
    return new StoreError('DATABASE_ERROR', `Neo4j refused ${context}: ${err.code} ${err.message}`, { cause: err });
  }
  if (err instanceof Error && /ECONNREFUSED|ECONNRESET|socket hang up/i.test(err.message)) {
    return new StoreError('DATABASE_UNAVAILABLE', `The graph database is unavailable (${context}): ${err.message}`, { cause: err });
  }
  return err instanceof Error ? err : new Error(String(err));
}
