/**
 * The `java …` command line that runs the embedded Neo4j launcher. Exported for the CLI, for tests
 * and for anyone who wants to run it by hand.
 */
import path from 'node:path';
import { launcherClasspath, launcherPaths, type LauncherPaths } from './launcher-paths.ts';

export interface LauncherCommandOptions {
  /** The Neo4j home directory (store, Neo4j's own logs, launcher.lock). */
  home: string;
  /** Bolt port; 0 (default) lets the launcher pick a free one. */
  port?: number;
  /** Loopback address for Bolt; default 127.0.0.1. */
  address?: string;
  /** JVM maximum heap, e.g. '1g' (default). */
  heap?: string;
  /** Neo4j page cache, e.g. '256m' (default). */
  pageCache?: string;
  /** Server-side transaction timeout ceiling, e.g. '60s'; default none (clients pass their own). */
  txTimeout?: string;
  /** Do not stop when stdin closes (for running it detached from a shell). */
  ignoreStdin?: boolean;
  paths?: LauncherPaths;
}

export interface LauncherCommand {
  command: string;
  args: string[];
  cwd: string;
}

export const LAUNCHER_MAIN_CLASS = 'dev.plangraph.launcher.Launcher';
export const DEFAULT_HEAP = '1g';
export const DEFAULT_PAGE_CACHE = '256m';

const MEMORY = /^\d+[kmg]$/i;

// The JVM options Neo4j's own start script uses on Java 17 that matter here.
const JVM_OPTIONS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dfile.encoding=UTF-8',
];

export function launcherCommand(options: LauncherCommandOptions): LauncherCommand {
  const paths = options.paths ?? launcherPaths();
  const heap = options.heap ?? DEFAULT_HEAP;
  const pageCache = options.pageCache ?? DEFAULT_PAGE_CACHE;
  for (const [name, value] of [
    ['heap', heap],
    ['pageCache', pageCache],
  ] as const) {
    if (!MEMORY.test(value)) throw new Error(`${name}=${value} is not a memory size like 512m or 1g.`);
  }
  const args = [
    `-Xmx${heap}`,
    ...JVM_OPTIONS,
    '-cp',
    launcherClasspath(paths),
    LAUNCHER_MAIN_CLASS,
    '--home',
    path.resolve(options.home),
    '--address',
    options.address ?? '127.0.0.1',
    '--port',
    String(options.port ?? 0),
    '--page-cache',
    pageCache,
  ];
  if (options.txTimeout) args.push('--tx-timeout', options.txTimeout);
  if (options.ignoreStdin) args.push('--ignore-stdin');
  return { command: 'java', args, cwd: paths.dir };
}
