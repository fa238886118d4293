/**
 * The database from the global setup answers over Bolt, and the embedded launcher's lifecycle works:
 * no JVM outlives a killed parent, the store survives and is reused, a locked store and a start-up
 * timeout fail with clear messages.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/store/embedded.ts';
import { lockHolder } from '../../src/store/embedded-lock.ts';
import { isProcessAlive, waitForPidGone } from '../../src/store/embedded-process.ts';
import { launcherCommand } from '../../src/store/launcher-command.ts';
import { resetDatabase, testDriver } from '../setup/db.ts';

const REPO = path.resolve(import.meta.dirname, '..', '..');

describe('the test database', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('stores a node with Chinese text and reads it back', async () => {
    await driver.executeQuery('CREATE (:Probe {id: $id, name: $name})', { id: 'p1', name: '重庆大学' });
    const { records } = await driver.executeQuery('MATCH (p:Probe {id: $id}) RETURN p.name AS name', { id: 'p1' });
    expect(records.map((r) => r.get('name'))).toEqual(['重庆大学']);
  });

  it('is Neo4j 5.26', async () => {
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version');
    expect(records[0]?.get('name')).toBe('Neo4j Kernel');
    expect(records[0]?.get('version')).toMatch(/^5\.26\.\d+$/);
  });

  it('resetDatabase empties the graph', async () => {
    await driver.executeQuery('UNWIND range(1, 2500) AS i CREATE (:Probe {i: i})-[:NEXT]->(:Probe {i: -i})');
    await resetDatabase(driver, { batchSize: 1000 });
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
    expect(records[0]?.get('n')).toBe(0);
  });

  it('resetDatabase with schema drops constraints and indexes too, keeping the built-in lookup indexes', async () => {
    await driver.executeQuery('CREATE CONSTRAINT probe_id IF NOT EXISTS FOR (p:Probe) REQUIRE p.id IS UNIQUE');
    await driver.executeQuery('CREATE INDEX probe_name IF NOT EXISTS FOR (p:Probe) ON (p.name)');
    await resetDatabase(driver, { schema: true });
    const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name');
    const indexes = await driver.executeQuery('SHOW INDEXES YIELD name, type RETURN name, type');
    expect(constraints.records).toHaveLength(0);
    expect(indexes.records.map((r) => r.get('type'))).toEqual(expect.arrayContaining(['LOOKUP']));
    expect(indexes.records.filter((r) => r.get('type') !== 'LOOKUP')).toHaveLength(0);
  });
});

const javaAvailable = spawnSync('java', ['-version']).status === 0;

describe.runIf(javaAvailable)('the embedded launcher', () => {
  const dirs: string[] = [];
  const started: EmbeddedNeo4j[] = [];
  const tempDir = async (): Promise<string> => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'plangraph-launcher-test-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    await Promise.all(started.map((s) => s.stop()));
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('stops Neo4j when its parent is SIGKILLed, and a restart finds the data', async () => {
    const dataDir = await tempDir();
    const marker = randomUUID();
    const parent = spawn(process.execPath, ['--import', 'tsx', 'tests/setup/embedded-child.ts', dataDir, marker], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: parent.stdout }).once('line', resolve);
      parent.once('exit', (code) => reject(new Error(`the child process exited (${code}) before starting Neo4j`)));
    });
    const { pid: jvmPid } = JSON.parse(firstLine) as { uri: string; pid: number };
    expect(isProcessAlive(jvmPid)).toBe(true);

    parent.kill('SIGKILL');
    const t = Date.now();
    expect(await waitForPidGone(jvmPid, 30_000)).toBe(true);
    console.log(`[measure] JVM gone ${((Date.now() - t) / 1000).toFixed(1)} s after its parent was SIGKILLed`);
    const log = await readFile(path.join(dataDir, 'logs', 'launcher.log'), 'utf8');
    expect(log).toContain('stdin closed');
    expect(log).toMatch(/Neo4j stopped in \d+ ms/);

    const again = await startEmbeddedNeo4j({ dataDir, timeoutSec: 180 });
    started.push(again);
    const driver = neo4j.driver(again.uri);
    try {
      const { records } = await driver.executeQuery('MATCH (p:LauncherProbe) RETURN p.marker AS marker');
      expect(records.map((r) => r.get('marker'))).toEqual([marker]);
    } finally {
      await driver.close();
    }
  });

  it('refuses a second launcher on a store in use, naming the process that holds it', async () => {
    const running = started[0];
    expect(running, 'needs the launcher from the previous test').toBeDefined();
    const dataDir = running!.dataDir;

    await expect(startEmbeddedNeo4j({ dataDir, timeoutSec: 60, lockWaitSec: 1 })).rejects.toThrow(
      new RegExp(`locked by another embedded Neo4j \\(pid ${running!.pid}\\)`),
    );
    // The lock must outlive garbage collection in the holder (a reclaimed FileChannel closes its descriptor, which
    // releases the lock): collect, let the cleaners run, then ask again.
    const gc = spawnSync('jcmd', [String(running!.pid), 'GC.run'], { encoding: 'utf8', timeout: 30_000 });
    expect(gc.status, `jcmd GC.run failed (jcmd comes with the JDK: apt install openjdk-17-jdk-headless): ${gc.stderr}${gc.stdout}`).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    // The launcher's own check (for a race past the one above): exit code 3 and the holder's pid.
    const cmd = launcherCommand({ home: path.join(dataDir, 'neo4j') });
    const direct = spawnSync(cmd.command, cmd.args, { cwd: cmd.cwd, encoding: 'utf8', input: '', timeout: 60_000 });
    expect(direct.status).toBe(3);
    expect(direct.stdout).toContain(`PLANGRAPH_NEO4J_FAILED the Neo4j store in ${path.join(dataDir, 'neo4j')} is locked by another process (pid ${running!.pid})`);
  });

  it('stop() shuts Neo4j down cleanly and releases the store', async () => {
    const running = started[0]!;
    const t = Date.now();
    await running.stop();
    console.log(`[measure] stop() took ${((Date.now() - t) / 1000).toFixed(1)} s`);
    expect(isProcessAlive(running.pid)).toBe(false);
    expect((await running.exited).code).not.toBeNull(); // exited, not killed: SIGKILL leaves code null
    const home = path.join(running.dataDir, 'neo4j');
    expect(await lockHolder(home)).toBeNull();
  });

  it('gives up after the start timeout, kills the JVM and shows the log tail', async () => {
    const dataDir = await tempDir();
    await expect(startEmbeddedNeo4j({ dataDir, timeoutSec: 1 })).rejects.toThrow(
      /not ready within 1 s\. Log: .*launcher\.log\n--- last lines ---\n/s,
    );
    expect(await lockHolder(path.join(dataDir, 'neo4j'))).toBeNull();
  });
});
