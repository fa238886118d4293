import { defineConfig } from 'vitest/config';

// graphql ships a CommonJS build (index.js, what Node and Apollo load) and an ESM one (index.mjs, what
// Vite would pick): one copy for everyone, or Apollo no longer recognises our GraphQLErrors.
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

// Two projects: unit tests need no database and run first (in parallel);
// integration tests share one real Neo4j from the global setup and run one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j-global.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
