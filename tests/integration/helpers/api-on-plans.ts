/**
 * The GraphQL API in process, on the real Neo4j of the test setup with the five plans of data/plans loaded:
 * the harness the API integration files share.
 */
import { inject } from 'vitest';
import { createApi, type Api } from '../../../src/api/index.ts';
import { loadConfig } from '../../../src/config.ts';
import { Store } from '../../../src/store/store.ts';
import { resetDatabase } from '../../setup/db.ts';
import { loadPlans } from './load-plans.ts';

export interface ApiOnPlans<S extends Store> {
  store: S;
  api: Api;
  /** The data of one operation; GraphQL errors throw. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  gql(query: string, variables?: Record<string, unknown>): Promise<any>;
  stop(): Promise<void>;
}

export async function startApiOnPlans<S extends Store>(makeStore: (options: ConstructorParameters<typeof Store>[0]) => S): Promise<ApiOnPlans<S>> {
  const store = makeStore({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
  await resetDatabase(store.driver);
  await loadPlans(store);
  const api = createApi(store, loadConfig({ NODE_ENV: 'test' }));
  await api.server.start();
  return {
    store,
    api,
    async gql(query, variables) {
      const response = await api.server.executeOperation({ query, variables }, { contextValue: api.context() });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      if (errors) throw new Error(`GraphQL errors: ${JSON.stringify(errors)}`);
      return data;
    },
    async stop() {
      await api.server.stop();
      await store.close();
    },
  };
}
