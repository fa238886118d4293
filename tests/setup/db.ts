/**
 * Helpers for integration tests: a driver for the database the global setup provides, and a reset
 * so that each test file starts from an empty graph.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';

/** A driver for the test database (close it in afterAll). */
export function testDriver(): Driver {
  const user = inject('neo4jUser');
  const password = inject('neo4jPassword');
  const auth = password ? neo4j.auth.basic(user, password) : undefined;
  return neo4j.driver(inject('neo4jUri'), auth, { disableLosslessIntegers: true });
}

export interface ResetOptions {
  /** Also drop every constraint and index (default false: only the data goes). */
  schema?: boolean;
  /** Nodes deleted per transaction (default 10 000). */
  batchSize?: number;
}

/** Deletes every node and relationship in batches; with `schema`, drops constraints and indexes too. */
export async function resetDatabase(driver: Driver, options: ResetOptions = {}): Promise<void> {
  const session = driver.session();
  try {
    // CALL { } IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS', {
      batch: neo4j.int(options.batchSize ?? 10_000),
    });
    if (options.schema) {
      const constraints = await session.run('SHOW CONSTRAINTS YIELD name');
      for (const r of constraints.records) await session.run('DROP CONSTRAINT $name IF EXISTS', { name: r.get('name') });
      const indexes = await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'");
      for (const r of indexes.records) await session.run('DROP INDEX $name IF EXISTS', { name: r.get('name') });
    }
  } finally {
    await session.close();
  }
}
