/**
 * Starts the embedded Neo4j (tools/neo4j-launcher) as a child JVM and hands back its Bolt address.
 *
 * - The launcher is built with Maven on first use (or when its sources changed).
 * - The store lives in `<dataDir>/neo4j`, the launcher's stderr in `<dataDir>/logs/launcher.log`.
 * - The child's stdin is a pipe that we never close: when this process dies, even by SIGKILL, the
 *   launcher sees end of input and shuts Neo4j down, so no JVM is left behind.
 * - stop() sends SIGTERM, waits for a clean shutdown, and SIGKILLs after a bound.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { lockedError, lockHolder, waitForUnlocked } from './embedded-lock.ts';
import { logTail, waitForExit } from './embedded-process.ts';
import { buildLauncher } from './launcher-build.ts';
import { launcherCommand } from './launcher-command.ts';
import { EmbeddedNeo4jError } from './launcher-prerequisites.ts';
import { EXIT_LOCKED, parseLauncherLine } from './launcher-protocol.ts';

export { EmbeddedNeo4jError } from './launcher-prerequisites.ts';

export interface EmbeddedNeo4jOptions {
  /** Directory for the store (`neo4j/`) and logs (`logs/launcher.log`); created if missing. */
  dataDir: string;
  /** Seconds to wait for the ready line once the JVM is spawned (a first build is not counted). */
  timeoutSec: number;
  onProgress?: (msg: string) => void;
  /** JVM heap, e.g. '1g' (default). */
  heap?: string;
  /** Neo4j page cache, e.g. '256m' (default). */
  pageCache?: string;
  /** Bolt port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Seconds to wait for a previous launcher on the same store to finish shutting down (default 30). */
  lockWaitSec?: number;
  /** Seconds stop() waits after SIGTERM before SIGKILL (default 30). */
  stopTimeoutSec?: number;
}

export interface EmbeddedNeo4j {
  /** bolt://127.0.0.1:PORT; no authentication (loopback only). */
  uri: string;
  pid: number;
  /** e.g. '5.26.30' and 'community', from dbms.components(). */
  version: string;
  edition: string;
  /** The data directory given (absolute): the store is in `neo4j/`, the log in `logs/launcher.log`. */
  dataDir: string;
  logFile: string;
  /** Milliseconds from spawning the JVM to the ready line. */
  startMs: number;
  /** Resolves when the JVM exits, for whatever reason. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Stops Neo4j cleanly (SIGTERM, then SIGKILL after stopTimeoutSec). Safe to call twice. */
  stop(): Promise<void>;
}

type Child = ChildProcessByStdio<Writable, Readable, null>;

export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const progress = options.onProgress ?? (() => {});
  await buildLauncher({ onProgress: progress });

  const dataDir = path.resolve(options.dataDir);
  const home = path.join(dataDir, 'neo4j');
  const logFile = path.join(dataDir, 'logs', 'launcher.log');
  await mkdir(home, { recursive: true });
  await mkdir(path.dirname(logFile), { recursive: true });
  await waitForUnlocked(home, (options.lockWaitSec ?? 30) * 1000, progress);

  const cmd = launcherCommand({ home, heap: options.heap, pageCache: options.pageCache, port: options.port });
  const logFd = openSync(logFile, 'a');
  let child: Child;
  try {
    writeSync(logFd, `\n=== ${new Date().toISOString()} starting: ${cmd.command} ${cmd.args.join(' ')}\n`);
    // stdin: a pipe kept open (its end tells the launcher we have gone); stdout: the protocol; stderr: the log.
    child = spawn(cmd.command, cmd.args, { cwd: cmd.cwd, stdio: ['pipe', 'pipe', logFd] }) as Child;
  } finally {
    closeSync(logFd); // the child has its own copy
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  // Writing to stdin is never needed; a parent that has gone is signalled by end of input. Ignore EPIPE.
  child.stdin.on('error', () => {});

  progress(`starting the embedded Neo4j (store in ${home})…`);
  const started = Date.now();
  const ready = await waitForReady(child, exited, options.timeoutSec * 1000, progress).catch(async (err: unknown) => {
    child.kill('SIGKILL');
    await exited;
    throw await explainFailure(err, home, logFile);
  });
  const startMs = Date.now() - started;
  progress(`Neo4j ${ready.version} ${ready.edition} ready at ${ready.uri} in ${(startMs / 1000).toFixed(1)} s`);

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= stopChild(child, (options.stopTimeoutSec ?? 30) * 1000);
    return stopping;
  };
  return { uri: ready.uri, pid: child.pid ?? ready.pid, version: ready.version, edition: ready.edition, dataDir, logFile, startMs, exited, stop };
}

interface Ready {
  uri: string;
  version: string;
  edition: string;
  pid: number;
}

class LaunchFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null = null,
  ) {
    super(message);
  }
}

function waitForReady(
  child: Child,
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
  timeoutMs: number,
  progress: (msg: string) => void,
): Promise<Ready> {
  return new Promise<Ready>((resolve, reject) => {
    let failure = '';
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(
      () => reject(new LaunchFailure(`the embedded Neo4j was not ready within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    lines.on('line', (text) => {
      const line = parseLauncherLine(text);
      if (line.kind === 'progress') progress(line.message);
      else if (line.kind === 'failed') failure = line.message;
      else if (line.kind === 'ready') {
        clearTimeout(timer);
        resolve(line);
      }
      // Lines after the ready line are read and dropped, so the pipe never fills.
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new LaunchFailure(`cannot run ${child.spawnfile}: ${err.message}`));
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new LaunchFailure(failure || `the launcher exited (${signal ?? `code ${code}`}) before Neo4j was ready`, code));
    });
  });
}

async function explainFailure(err: unknown, home: string, logFile: string): Promise<Error> {
  if (err instanceof LaunchFailure && err.exitCode === EXIT_LOCKED) return lockedError(home, await lockHolder(home));
  const message = err instanceof Error ? err.message : String(err);
  const tail = await logTail(logFile, 25);
  return new EmbeddedNeo4jError(
    `${message}. Log: ${logFile}${tail ? `\n--- last lines ---\n${tail}` : ''}\n` +
      'If the machine is busy, raise PLANGRAPH_NEO4J_START_TIMEOUT; or set NEO4J_URI to a running Neo4j.',
  );
}

async function stopChild(child: Child, timeoutMs: number): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    if (!(await waitForExit(child, timeoutMs))) {
      child.kill('SIGKILL');
      await waitForExit(child, 10_000);
    }
  }
  child.stdin.destroy();
  child.stdout.destroy();
}
