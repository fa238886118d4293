/**
 * What a resolver learns about the rest of the query before it fetches: whether a nested field is asked for
 * (fragments followed) and the arguments of a child field (variables and schema defaults applied), on the real schema.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { childFieldArguments, selects } from '../../src/api/selection.ts';

const schema = buildSchema(readFileSync(new URL('../../src/api/schema.graphql', import.meta.url), 'utf8'));

/** Runs the query with every field resolving to a stub and returns the info of the root field. */
function rootInfo(query: string, variables: Record<string, unknown> = {}): GraphQLResolveInfo {
  let captured: GraphQLResolveInfo | null = null;
  const stub = { id: 'x', type: 'Region', name: 'x', aliases: [], relations: [], nodes: [], edges: [], truncated: false, center: null };
  execute({
    schema,
    document: parse(query),
    variableValues: variables,
    fieldResolver: (_source, _args, _ctx, info) => {
      if (info.path.prev === undefined) captured = info;
      return info.path.prev === undefined ? stub : (stub as Record<string, unknown>)[info.fieldName];
    },
  });
  if (!captured) throw new Error('the root field was not resolved');
  return captured;
}

describe('selects', () => {
  it('sees a nested field through inline and named fragments, and not a field that is absent', () => {
    const info = rootInfo(`{ neighbors(id: "x") { nodes { id } ...E } } fragment E on Neighborhood { ... on Neighborhood { edges { sentence } } }`);
    expect(selects(info, ['edges'])).toBe(true);
    expect(selects(info, ['edges', 'sentence'])).toBe(true);
    expect(selects(info, ['edges', 'documents'])).toBe(false);
    expect(selects(info, ['center'])).toBe(false);
  });
});

describe('childFieldArguments', () => {
  it('applies the schema defaults (direction BOTH, first 50) when the child field gives no arguments', () => {
    const info = rootInfo('{ entity(id: "x") { relations { type } } }');
    expect(childFieldArguments(info, 'relations')).toEqual([{ direction: 'BOTH', first: 50 }]);
  });

  it('reads variables and gives one entry per occurrence, aliases and fragments included', () => {
    const info = rootInfo(
      `query($n: Int!, $t: [RelationType!]) { entity(id: "x") { a: relations(first: $n, types: $t) { type } ...F } }
       fragment F on Entity { b: relations(direction: OUT) { type } }`,
      { n: 7, t: ['CITES'] },
    );
    expect(childFieldArguments(info, 'relations')).toEqual([
      { first: 7, types: ['CITES'], direction: 'BOTH' },
      { direction: 'OUT', first: 50 },
    ]);
  });

  it('is empty when the child is not selected or the type has no such field', () => {
    expect(childFieldArguments(rootInfo('{ entity(id: "x") { id name } }'), 'relations')).toEqual([]);
    expect(childFieldArguments(rootInfo('{ entity(id: "x") { id } }'), 'noSuchField')).toEqual([]);
  });
});
