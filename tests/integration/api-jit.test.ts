/**
 * graphql-jit (src/api/jit-executor.ts, the default) and graphql-js give the same answers: the same data, the same
 * errors with the same codes and paths, on the five plans of data/plans, for queries that use what the API's clients
 * use (nested lists with arguments, aliases, fragments, variables, @include/@skip, __typename, introspection,
 * errors from resolvers and from variables).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../src/api/index.ts';
import { loadConfig } from '../../src/config.ts';
import { Store } from '../../src/store/store.ts';
import { startApiOnPlans, type ApiOnPlans } from './helpers/api-on-plans.ts';

let harness: ApiOnPlans<Store>;
let plain: Api;

beforeAll(async () => {
  harness = await startApiOnPlans((options) => new Store(options));
  plain = createApi(harness.store, loadConfig({ NODE_ENV: 'test', PLANGRAPH_GRAPHQL_JIT: '0' }));
  await plain.server.start();
});

afterAll(async () => {
  await plain?.server.stop();
  await harness?.stop();
});

async function answer(api: Api, query: string, variables?: Record<string, unknown>) {
  const response = await api.server.executeOperation({ query, variables }, { contextValue: api.context() });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  // Stack traces name the executor's own frames; everything else must be equal.
  const stripped = errors?.map(({ extensions, ...e }) => ({ ...e, extensions: { ...extensions, stacktrace: undefined } as Record<string, unknown> }));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.http.status ?? 200, data: data as any, errors: stripped };
}

const EVIDENCE = 'evidence(first: 2) { document section sentence start end }';
const QUERIES: [string, string, Record<string, unknown>?][] = [
  [
    'an entity with relations and evidence (bench Q1)',
    `query Q1($id: ID!) { entity(id: $id) { id type name aliases relations(first: 500) { type direction other { id type name } evidenceCount documents evidence(first: 20) { document section sentence } } } }`,
    { id: 'University:重庆大学' },
  ],
  ['aliases, fragments, __typename and @include/@skip', `query($full: Boolean!) {
      a: entity(id: "University:重庆大学") { ...E relations(first: 3) @include(if: $full) { __typename type other { ...E } } }
      b: entity(id: "Region:万州区") { ...E mentions @skip(if: $full) { document count } }
    }
    fragment E on Entity { __typename id name ... on Entity { type region { name } } }`, { full: true }],
  ['neighbours with edges', '{ neighbors(id: "万开云", depth: 2, limit: 80) { center { id } nodes { id type name distance } edges { source target type evidenceCount documents sentence } truncated } }'],
  ['paths with evidence', `{ paths(from: "重庆大学转化医学中心", to: "University:重庆大学", maxHops: 4, all: true) { length nodes { id name } steps { type source target evidenceCount ${EVIDENCE} } } }`],
  ['search and a page of entities', '{ search(query: "重庆大学", limit: 5) { score matchedBy entity { id } } entities(type: University, first: 5) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }'],
  ['the collaboration report', `{ collaboration(regions: ["万州区", "开州区", "云阳县"]) { regions { id } unresolved
      directRelations { source { name } target { name } type ${EVIDENCE} }
      groupings { group { name } members { name } } jointProjects { project { name } regions { name } }
      sharedIndustries { industry { name } regions { name } } shortestPaths { from { name } to { name } paths { length steps { type evidenceCount } } } } }`],
  ['shared partners with links', `{ sharedPartners(regions: ["黔江区", "开州区"]) { partner { id name } regionCount regions { name } links { region { name } via ${EVIDENCE} } } }`],
  ['a subgraph', '{ subgraph(seeds: ["万州区", "重庆大学"], depth: 1, limit: 40) { nodes { id distance } edges { source target type } truncated } }'],
  ['introspection', '{ __schema { queryType { name } mutationType { name } } __type(name: "Entity") { fields { name } } }'],
  ['an unknown entity and a bad argument', '{ entity(id: "University:没有这所大学") { id } paths(from: "University:重庆大学", to: "Region:万州区", maxHops: 99) { length } }'],
  ['a variable of the wrong type', 'query($n: Int) { entities(first: $n) { totalCount } }', { n: 'ten' }],
  ['a missing required variable', 'query($id: ID!) { entity(id: $id) { id } }', {}],
];

describe('graphql-jit answers as graphql-js does', () => {
  it('runs by default, and graphql-js when PLANGRAPH_GRAPHQL_JIT=0', () => {
    expect(harness.api.executor).toBe('graphql-jit');
    expect(plain.executor).toBe('graphql-js');
  });

  it.each(QUERIES)('%s', async (_name, query, variables) => {
    const jit = await answer(harness.api, query, variables);
    const js = await answer(plain, query, variables);
    expect(jit).toEqual(js);
    // A second run of the same text uses the compiled query and still answers the same.
    expect(await answer(harness.api, query, variables)).toEqual(js);
  });

  it('the comparison has teeth: answers with data, and errors where expected', async () => {
    const q1 = await answer(harness.api, QUERIES[0]![1], QUERIES[0]![2]);
    expect(q1.data?.entity.relations.length).toBeGreaterThan(5);
    const bad = await answer(harness.api, QUERIES.at(-2)![1], QUERIES.at(-2)![2]);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
