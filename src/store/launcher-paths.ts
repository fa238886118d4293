/**
 * Where the embedded Neo4j launcher (tools/neo4j-launcher, Java + Maven) lives and what its build produces.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LauncherPaths {
  /** tools/neo4j-launcher */
  dir: string;
  pom: string;
  sources: string;
  target: string;
  classes: string;
  lib: string;
  /** Written after a complete build; its mtime is compared with the sources. */
  stamp: string;
  /** A directory created while one process builds, so that two builds never share target/. */
  buildLock: string;
}

const LAUNCHER_DIR = path.join('tools', 'neo4j-launcher');

/** Finds tools/neo4j-launcher by walking up from this file (works from src/ and from a compiled copy). */
export function launcherPaths(start: string = path.dirname(fileURLToPath(import.meta.url))): LauncherPaths {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, LAUNCHER_DIR);
    if (existsSync(path.join(candidate, 'pom.xml'))) return pathsIn(candidate);
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(
        `cannot find ${LAUNCHER_DIR}/pom.xml above ${start}; run PlanGraph from its repository, or set NEO4J_URI to your own Neo4j.`,
      );
    }
    dir = parent;
  }
}

function pathsIn(dir: string): LauncherPaths {
  const target = path.join(dir, 'target');
  return {
    dir,
    pom: path.join(dir, 'pom.xml'),
    sources: path.join(dir, 'src'),
    target,
    classes: path.join(target, 'classes'),
    lib: path.join(target, 'lib'),
    stamp: path.join(target, '.plangraph-build-complete'),
    buildLock: path.join(target, '.plangraph-build.lock'),
  };
}

/** The JVM classpath: the launcher's classes and every dependency jar (Java expands `lib/*`). */
export function launcherClasspath(paths: LauncherPaths): string {
  return [paths.classes, path.join(paths.lib, '*')].join(path.delimiter);
}
