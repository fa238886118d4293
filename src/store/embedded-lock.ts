/**
 * The launcher writes its pid into `<home>/launcher.lock` and holds an OS lock on it while it runs.
 * Before starting another launcher on the same home we look at that pid: a previous JVM that is still
 * shutting down is waited for (bounded); one that stays is named in the error.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LAUNCHER_MAIN_CLASS } from './launcher-command.ts';
import { isProcessAlive, processCommandLine, sleep } from './embedded-process.ts';
import { EmbeddedNeo4jError } from './launcher-prerequisites.ts';

export const LOCK_FILE = 'launcher.lock';

/** The pid recorded in the lock file if that process is still a running launcher, else null. */
export async function lockHolder(home: string): Promise<number | null> {
  const raw = await readFile(path.join(home, LOCK_FILE), 'utf8').catch(() => '');
  const pid = Number(raw.trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isProcessAlive(pid)) return null;
  // A recycled pid that now belongs to something else does not hold the store.
  const cmd = processCommandLine(pid);
  if (cmd !== null && !cmd.includes(LAUNCHER_MAIN_CLASS)) return null;
  return pid;
}

/** Waits until no live launcher holds `home`, for at most `waitMs`; then throws naming the holder. */
export async function waitForUnlocked(home: string, waitMs: number, onProgress?: (msg: string) => void): Promise<void> {
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    const pid = await lockHolder(home);
    if (pid === null) return;
    if (Date.now() >= deadline) throw lockedError(home, pid);
    if (!told) onProgress?.(`the store in ${home} is held by a previous Neo4j (pid ${pid}); waiting for it to stop…`);
    told = true;
    await sleep(250);
  }
}

export function lockedError(home: string, pid: number | null): EmbeddedNeo4jError {
  const who = pid === null ? 'another process' : `another embedded Neo4j (pid ${pid})`;
  return new EmbeddedNeo4jError(
    `The Neo4j store in ${home} is locked by ${who}. Stop it${pid === null ? '' : ` (kill ${pid})`} and try again, ` +
      'or set PLANGRAPH_DATA_DIR to another directory, or set NEO4J_URI to a running Neo4j.',
  );
}
