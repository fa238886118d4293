/**
 * Does a Docker engine answer? Cheap checks first (a socket or DOCKER_HOST), then testcontainers' own
 * client, bounded in time. Any failure (including testcontainers failing to load) means "no".
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SOCKETS = ['/var/run/docker.sock', path.join(os.homedir(), '.docker', 'run', 'docker.sock')];

export async function dockerAvailable(timeoutMs = 10_000): Promise<boolean> {
  // Test code may read the environment; src/ reads it only through src/config.ts.
  if (!process.env.DOCKER_HOST && !SOCKETS.some((s) => existsSync(s))) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('no answer')), timeoutMs).unref(),
    );
    await Promise.race([getContainerRuntimeClient(), timeout]);
    return true;
  } catch (err) {
    console.error(`[neo4j-global] Docker is not usable (${(err as Error).message.split('\n')[0]}); using the embedded Neo4j.`);
    return false;
  }
}
