/**
 * Errors the API sends to clients: each carries `extensions.code` and a message that says what to change.
 * Store errors (src/store/errors.ts) map to codes here; in production, unexpected errors are masked.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { StoreError } from '../store/errors.ts';
import { LIMITS } from './limits.ts';

export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COMPLEX'
  | 'LIMIT_EXCEEDED'
  | 'DATABASE_UNAVAILABLE'
  | 'QUERY_TIMEOUT'
  | 'DATABASE_ERROR';

export function apiError(code: ApiErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** Codes whose message is written for the client and may be shown as is, even in production. */
const SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'LIMIT_EXCEEDED',
  'DATABASE_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const PRODUCTION_MESSAGES: Record<string, string> = {
  DATABASE_UNAVAILABLE: 'The graph database is unavailable; try again later.',
  QUERY_TIMEOUT: 'The query took longer than the server allows; narrow it (fewer hops, a smaller limit) and try again.',
  DATABASE_ERROR: 'The graph database refused the query; the server log has the details.',
  INTERNAL_SERVER_ERROR: 'Internal server error; the server log has the details.',
};

/** The code our own validation rules set, found under Apollo's wrapping (error.originalError…). */
function validationRuleCode(error: unknown): string | null {
  let current: unknown = (error as { originalError?: unknown } | null)?.originalError;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { extensions?: { code?: unknown } }).extensions?.code;
    if (typeof code === 'string' && SAFE_CODES.has(code) && code !== 'GRAPHQL_VALIDATION_FAILED') return code;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

/**
 * Apollo's formatError: StoreError → its code; in production no stack trace, no Cypher, no driver message.
 * `onLog` receives the full error of anything not meant for the client.
 */
export function createFormatError(production: boolean, onLog: (msg: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    let code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    // Apollo re-codes every validation error GRAPHQL_VALIDATION_FAILED; our rules' codes are more precise.
    const ruleCode = validationRuleCode(error);
    if (code === 'GRAPHQL_VALIDATION_FAILED' && ruleCode) code = ruleCode;
    let message = formatted.message;
    if (code === 'GRAPHQL_PARSE_FAILED' && /more tha[nt] \d+ tokens/.test(message)) {
      code = 'LIMIT_EXCEEDED';
      message = `The query has more than ${LIMITS.maxTokens} tokens; send a shorter query (fewer fields and aliases, use fragments once) or split it.`;
    }
    if (original instanceof StoreError) {
      code = original.code;
      message = original.message;
    }
    if (!SAFE_CODES.has(code)) onLog(`error ${code}: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
    if (production) {
      if (code === 'DATABASE_UNAVAILABLE' || code === 'QUERY_TIMEOUT' || !SAFE_CODES.has(code)) {
        message = PRODUCTION_MESSAGES[code] ?? PRODUCTION_MESSAGES.INTERNAL_SERVER_ERROR!;
      }
      return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    return { ...formatted, message, extensions: { ...formatted.extensions, code } };
  };
}
