/**
 * The global setup's Docker path: on a machine with a Docker engine, integration tests run against
 * neo4j:5.26 from testcontainers. Here no engine answers, so the path is only proved loadable: the
 * packages must import on the Node we support (testcontainers 12 needs Node 22 and failed to load).
 */
import { describe, expect, it } from 'vitest';
import { dockerAvailable } from '../setup/docker-probe.ts';

describe('the testcontainers path of the test setup', () => {
  it('loads testcontainers and its Neo4j module on this Node', async () => {
    const tc = await import('testcontainers');
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    expect(typeof tc.getContainerRuntimeClient).toBe('function');
    const container = new Neo4jContainer('neo4j:5.26-community');
    expect(typeof container.start).toBe('function');
  });

  it('answers whether a Docker engine is usable within its time bound, without throwing', async () => {
    const t0 = Date.now();
    const answer = await dockerAvailable(3_000);
    expect(typeof answer).toBe('boolean');
    expect(Date.now() - t0).toBeLessThan(6_000);
  });
});
