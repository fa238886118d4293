/**
 * Vitest global setup for the integration project: one Neo4j for the whole run.
 *   1. NEO4J_URI is set            → use that server (NEO4J_USER / NEO4J_PASSWORD).
 *   2. a Docker engine answers     → a neo4j:5.26 container (@testcontainers/neo4j).
 *   3. otherwise                   → the embedded launcher on a fresh temporary data directory.
 * Tests read the address with inject('neo4jUri') / ('neo4jUser') / ('neo4jPassword'), or use ./db.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.ts';
import { startEmbeddedNeo4j } from '../../src/store/embedded.ts';
import { dockerAvailable } from './docker-probe.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    /** Where the database came from: 'env' (NEO4J_URI), 'testcontainers' or 'embedded'. */
    neo4jSource: 'env' | 'testcontainers' | 'embedded';
  }
}

const log = (msg: string): void => console.error(`[neo4j-global] ${msg}`);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  if (config.neo4jUri) {
    log(`using NEO4J_URI=${config.neo4jUri}`);
    provideAll(project, config.neo4jUri, config.neo4jUser, config.neo4jPassword, 'env');
    return async () => {};
  }

  if (await dockerAvailable()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    log('starting neo4j:5.26 in Docker (testcontainers)…');
    const container = await new Neo4jContainer('neo4j:5.26').start();
    provideAll(project, container.getBoltUri(), container.getUsername(), container.getPassword(), 'testcontainers');
    return async () => {
      await container.stop();
    };
  }

  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'plangraph-test-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({
    dataDir,
    timeoutSec: config.embeddedStartTimeoutSec,
    heap: '1g',
    pageCache: '256m',
    onProgress: log,
  });
  provideAll(project, neo4j.uri, 'neo4j', '', 'embedded');
  return async () => {
    const t = Date.now();
    await neo4j.stop();
    log(`embedded Neo4j stopped in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    await rm(dataDir, { recursive: true, force: true });
  };
}

function provideAll(
  project: TestProject,
  uri: string,
  user: string,
  password: string,
  source: 'env' | 'testcontainers' | 'embedded',
): void {
  project.provide('neo4jUri', uri);
  project.provide('neo4jUser', user);
  project.provide('neo4jPassword', password);
  project.provide('neo4jSource', source);
}
