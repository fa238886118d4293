/**
 * The API's limits, in one place, and the checks of arguments against them. Every breach is a GraphQL error
 * with a code and a message that names the limit and what to change; none reaches the database.
 */
import { apiError } from './errors.ts';

export const LIMITS = {
  /** Deepest chain of fields with selection sets (validation-rules.ts: depthLimitRule). */
  maxDepth: 10,
  /** Query cost as estimated by graphql-query-complexity with the estimators in complexity.ts. */
  maxComplexity: 50_000,
  /** Lexical tokens in one document (graphql's parser stops there): bounds the work of validation on huge documents. */
  maxTokens: 10_000,
  /** Aliased fields in one document. */
  maxAliases: 100,
  /** first/limit of any list. */
  maxPageSize: 500,
  /** limit of a neighbourhood or a subgraph: the nodes an explorer view draws (a 2-hop neighbourhood on a large graph passes 500). */
  maxGraphNodes: 2000,
  maxNeighborDepth: 3,
  maxPathHops: 6,
  maxPaths: 100,
  /** Regions in one collaboration report (the pairs of paths grow with the square). */
  maxGroupSize: 10,
  /** Seeds of a subgraph. */
  maxSeeds: 50,
  /** Refs (regions, seeds) in one list. */
  maxListArgument: 200,
  /** Characters of a search query or a name. */
  maxTextLength: 200,
} as const;

/** A whole number within [min, max]; LIMIT_EXCEEDED above max, BAD_USER_INPUT below min. */
export function checkRange(arg: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value)) throw apiError('BAD_USER_INPUT', `${arg} must be a whole number, got ${value}.`, { argument: arg });
  if (value < min) throw apiError('BAD_USER_INPUT', `${arg} must be at least ${min}, got ${value}.`, { argument: arg });
  if (value > max) {
    throw apiError('LIMIT_EXCEEDED', `${arg} is ${value}, above the limit of ${max}; ask for at most ${max} (page with \`after\` for more).`, {
      argument: arg,
      limit: max,
    });
  }
  return value;
}

export function checkPageSize(arg: string, value: number): number {
  return checkRange(arg, value, 1, LIMITS.maxPageSize);
}

export function checkText(arg: string, value: string): string {
  const text = value.trim();
  if (text === '') throw apiError('BAD_USER_INPUT', `${arg} is empty; give a name or some characters of one.`, { argument: arg });
  if (text.length > LIMITS.maxTextLength) {
    throw apiError('LIMIT_EXCEEDED', `${arg} has ${text.length} characters, above the limit of ${LIMITS.maxTextLength}; shorten it.`, {
      argument: arg,
      limit: LIMITS.maxTextLength,
    });
  }
  return text;
}

export function checkList<T>(arg: string, values: readonly T[], min: number, max: number): readonly T[] {
  if (values.length < min) throw apiError('BAD_USER_INPUT', `${arg} needs at least ${min} item(s), got ${values.length}.`, { argument: arg });
  if (values.length > max) {
    throw apiError('LIMIT_EXCEEDED', `${arg} has ${values.length} items, above the limit of ${max}; ask for fewer.`, { argument: arg, limit: max });
  }
  return values;
}
