/**
 * Builds tools/neo4j-launcher with Maven when target/ is missing or older than its sources.
 * Several processes may ask at once (test runs, the CLI): a lock directory makes one build and the others wait.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launcherPaths, type LauncherPaths } from './launcher-paths.ts';
import { checkJava, checkMaven, EmbeddedNeo4jError } from './launcher-prerequisites.ts';
import { isProcessAlive, sleep } from './embedded-process.ts';

export interface BuildOptions {
  onProgress?: (msg: string) => void;
  /** Build even if target/ looks current. */
  force?: boolean;
  /** How long to wait for another process's build, in seconds. */
  waitSec?: number;
  paths?: LauncherPaths;
}

export interface BuildResult {
  built: boolean;
  ms: number;
}

function newestMtime(file: string): number {
  const st = statSync(file);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, name)));
  return newest;
}

/** True when the launcher has never been built, or its pom.xml or sources changed since the last build. */
export function launcherNeedsBuild(paths: LauncherPaths = launcherPaths()): boolean {
  if (!existsSync(paths.stamp) || !existsSync(paths.lib)) return true;
  const built = statSync(paths.stamp).mtimeMs;
  return Math.max(newestMtime(paths.pom), newestMtime(paths.sources)) > built;
}

/** Builds the launcher if needed (or if `force`), returning whether it built and how long it took. */
export async function buildLauncher(options: BuildOptions = {}): Promise<BuildResult> {
  const paths = options.paths ?? launcherPaths();
  const started = Date.now();
  checkJava();
  if (!options.force && !launcherNeedsBuild(paths)) return { built: false, ms: 0 };
  checkMaven();
  await mkdir(paths.target, { recursive: true });
  await acquireBuildLock(paths, (options.waitSec ?? 600) * 1000, options.onProgress);
  try {
    // Another process may have finished the build while we waited for its lock.
    if (!options.force && !launcherNeedsBuild(paths)) return { built: false, ms: Date.now() - started };
    options.onProgress?.('building the embedded Neo4j launcher (first run, about a minute)…');
    await runMaven(paths);
    await writeFile(paths.stamp, `${new Date().toISOString()}\n`);
    return { built: true, ms: Date.now() - started };
  } finally {
    await rm(paths.buildLock, { recursive: true, force: true });
  }
}

async function acquireBuildLock(paths: LauncherPaths, waitMs: number, onProgress?: (msg: string) => void): Promise<void> {
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    try {
      await mkdir(paths.buildLock);
      await writeFile(path.join(paths.buildLock, 'pid'), String(process.pid));
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = Number(await readFile(path.join(paths.buildLock, 'pid'), 'utf8').catch(() => ''));
    if (holder > 0 && !isProcessAlive(holder)) {
      await rm(paths.buildLock, { recursive: true, force: true }); // left by a build that was killed
      continue;
    }
    if (Date.now() > deadline) {
      throw new EmbeddedNeo4jError(
        `another process (pid ${holder || 'unknown'}) has been building the launcher for too long; ` +
          `wait for it, or remove ${paths.buildLock} if no build is running.`,
      );
    }
    if (!told) onProgress?.(`waiting for another build of the launcher (pid ${holder || 'unknown'})…`);
    told = true;
    await sleep(500);
  }
}

function runMaven(paths: LauncherPaths): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', ['-q', '-B', '-f', paths.pom, 'package', '-DskipTests'], {
      cwd: paths.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-8000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err) => reject(new EmbeddedNeo4jError(`cannot run mvn: ${err.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new EmbeddedNeo4jError(
            `building the embedded Neo4j launcher failed (mvn exit ${code}). ` +
              `Maven needs to reach Maven Central the first time. Last output:\n${output.trim()}`,
          ),
        );
    });
  });
}
