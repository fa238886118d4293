/**
 * Checks that `java` (17+) and, for building, `mvn` are on PATH, with an error that names the
 * alternatives when they are not.
 */
import { spawnSync } from 'node:child_process';

export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
}

const ALTERNATIVES =
  'Alternatives: set NEO4J_URI to your own Neo4j 5 (e.g. NEO4J_URI=bolt://localhost:7687 with NEO4J_USER and NEO4J_PASSWORD), ' +
  'or start one with `docker compose up` and set NEO4J_URI to it.';

export const MIN_JAVA_MAJOR = 17;

/** Parses the major version from `java -version` output: `openjdk version "17.0.15"` → 17, `"1.8.0_392"` → 8. */
export function parseJavaMajor(versionOutput: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!m) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] !== undefined ? Number(m[2]) : first;
}

function run(command: string, args: string[]): { ok: boolean; output: string; missing: boolean } {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 });
  const missing = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  return { ok: !r.error && r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}`, missing };
}

/** Throws an EmbeddedNeo4jError unless a Java 17+ runtime answers as `java`. Returns the major version. */
export function checkJava(): number {
  const r = run('java', ['-version']);
  if (r.missing) {
    throw new EmbeddedNeo4jError(
      `The embedded Neo4j needs Java ${MIN_JAVA_MAJOR} or newer, but \`java\` is not on PATH. ` +
        `Install a JDK ${MIN_JAVA_MAJOR}+ (e.g. apt-get install openjdk-17-jdk-headless). ${ALTERNATIVES}`,
    );
  }
  const major = parseJavaMajor(r.output);
  if (major === null || major < MIN_JAVA_MAJOR) {
    throw new EmbeddedNeo4jError(
      `The embedded Neo4j needs Java ${MIN_JAVA_MAJOR} or newer, but \`java -version\` says: ${r.output.split('\n')[0] ?? '(nothing)'}. ` +
        `Put a JDK ${MIN_JAVA_MAJOR}+ first on PATH. ${ALTERNATIVES}`,
    );
  }
  return major;
}

/** Throws an EmbeddedNeo4jError unless Maven answers as `mvn`. */
export function checkMaven(): void {
  const r = run('mvn', ['-v']);
  if (r.missing || !r.ok) {
    throw new EmbeddedNeo4jError(
      `Building the embedded Neo4j launcher needs Maven, but \`mvn -v\` ${r.missing ? 'was not found on PATH' : `failed: ${r.output.trim().split('\n')[0]}`}. ` +
        `Install Maven 3.8+ (e.g. apt-get install maven). ${ALTERNATIVES}`,
    );
  }
}
