/**
 * The stable figure beside the noisy ones: database hits (PROFILE) of the Cypher each system runs for a question.
 * PlanGraph's statements are recorded from its Store while the API answers in-process; the peer's generated
 * Cypher is recorded by handing @neo4j/graphql a transaction-like execution context that notes every query
 * before running it. Each recorded statement is then run again under PROFILE and its plan's db hits summed.
 */
import { graphql, type GraphQLSchema } from 'graphql';
import type { Driver, ProfiledPlan } from 'neo4j-driver';
import type { Config } from '../src/config.ts';
import { createApi } from '../src/api/index.ts';
import { cypher } from '../src/store/cypher.ts';
import { Store, type Params } from '../src/store/store.ts';
import type { HttpRequest } from './questions.ts';

export interface Recorded {
  query: string;
  params: Params;
}

export interface DbHits {
  statements: number;
  dbHits: number;
}

class RecordingStore extends Store {
  recorded: Recorded[] = [];
  override async read<T extends Record<string, unknown>>(name: string, params: Params = {}, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<T[]> {
    this.recorded.push({ query: cypher(name), params });
    return super.read<T>(name, params, options);
  }
}

function sumHits(plan: ProfiledPlan | false | undefined): number {
  if (!plan) return 0;
  return plan.dbHits + plan.children.reduce((n, c) => n + sumHits(c), 0);
}

/** PROFILE under the same Cypher version prefix the statement carries (the peer adds "CYPHER 5"). */
export function profiled(query: string): string {
  const m = /^\s*(CYPHER\s+\d+)\s*/i.exec(query);
  return m ? `${m[1]} PROFILE ${query.slice(m[0].length)}` : `PROFILE ${query}`;
}

export async function profileAll(driver: Driver, recorded: Recorded[]): Promise<DbHits> {
  let dbHits = 0;
  for (const r of recorded) {
    const result = await driver.executeQuery(profiled(r.query), r.params);
    dbHits += sumHits(result.summary.profile);
  }
  return { statements: recorded.length, dbHits };
}

/** The statements PlanGraph runs to answer a GraphQL request (checked: no errors). */
export async function recordPlanGraph(uri: string, config: Config, request: HttpRequest): Promise<Recorded[]> {
  const store = new RecordingStore({ uri, queryTimeoutMs: 600_000 });
  try {
    const api = createApi(store, config);
    await api.server.start();
    const { query, variables } = JSON.parse(request.body) as { query: string; variables: Record<string, unknown> };
    const response = await api.server.executeOperation({ query, variables }, { contextValue: api.context() });
    await api.server.stop();
    if (response.body.kind !== 'single' || response.body.singleResult.errors?.length) {
      throw new Error(`PlanGraph could not answer while recording its Cypher: ${JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : 'incremental')}`);
    }
    return store.recorded;
  } finally {
    await store.close();
  }
}

/** The Cypher @neo4j/graphql generates for a GraphQL request (checked: no errors). */
export async function recordPeer(driver: Driver, schema: GraphQLSchema, request: HttpRequest): Promise<Recorded[]> {
  const recorded: Recorded[] = [];
  // Root fields run in parallel: each query gets its own auto-commit run (records and summary, as the library reads them).
  const executionContext = {
    run(query: string, params: Params) {
      recorded.push({ query, params });
      return driver.executeQuery(query, params);
    },
  };
  const { query, variables } = JSON.parse(request.body) as { query: string; variables: Record<string, unknown> };
  const result = await graphql({ schema, source: query, variableValues: variables, contextValue: { executionContext } });
  if (result.errors?.length) throw new Error(`the peer could not answer while recording its Cypher: ${result.errors.map((e) => e.message).join('; ')}`);
  return recorded;
}
