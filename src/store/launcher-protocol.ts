/**
 * The launcher's stdout protocol (see tools/neo4j-launcher/.../Launcher.java):
 *   PLANGRAPH_NEO4J_PROGRESS <text>
 *   PLANGRAPH_NEO4J_READY bolt://HOST:PORT version=5.26.x edition=community pid=N
 *   PLANGRAPH_NEO4J_FAILED <reason>
 */

export type LauncherLine =
  | { kind: 'ready'; uri: string; version: string; edition: string; pid: number }
  | { kind: 'progress'; message: string }
  | { kind: 'failed'; message: string }
  | { kind: 'other'; text: string };

export const READY_PREFIX = 'PLANGRAPH_NEO4J_READY ';
const PROGRESS_PREFIX = 'PLANGRAPH_NEO4J_PROGRESS ';
const FAILED_PREFIX = 'PLANGRAPH_NEO4J_FAILED ';

/** Exit code of the launcher when the store is locked by another process. */
export const EXIT_LOCKED = 3;

export function parseLauncherLine(line: string): LauncherLine {
  const text = line.trim();
  if (text.startsWith(READY_PREFIX)) {
    const [uri = '', ...pairs] = text.slice(READY_PREFIX.length).trim().split(/\s+/);
    const fields = new Map(pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
    if (!/^bolt:\/\/[^\s:]+:\d+$/.test(uri)) return { kind: 'other', text };
    return {
      kind: 'ready',
      uri,
      version: fields.get('version') ?? 'unknown',
      edition: fields.get('edition') ?? 'unknown',
      pid: Number(fields.get('pid') ?? NaN),
    };
  }
  if (text.startsWith(PROGRESS_PREFIX)) return { kind: 'progress', message: text.slice(PROGRESS_PREFIX.length) };
  if (text.startsWith(FAILED_PREFIX)) return { kind: 'failed', message: text.slice(FAILED_PREFIX.length) };
  return { kind: 'other', text };
}
