/**
 * Every Cypher statement the program runs lives in cypher/<name>.cypher; this module is the only
 * place that reads them. Statements are parameterised: no user string is ever spliced into Cypher.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');

let statements: Map<string, string> | null = null;

function loadAll(): Map<string, string> {
  const map = new Map<string, string>();
  for (const file of readdirSync(CYPHER_DIR)) {
    if (!file.endsWith('.cypher')) continue;
    const text = readFileSync(path.join(CYPHER_DIR, file), 'utf8');
    map.set(file.slice(0, -'.cypher'.length), stripComments(text).trim());
  }
  return map;
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
}

/** The statement in cypher/<name>.cypher. Throws when there is no such file (a programming error). */
export function cypher(name: string): string {
  statements ??= loadAll();
  const text = statements.get(name);
  if (text === undefined) throw new Error(`no Cypher statement named "${name}" in ${CYPHER_DIR}`);
  return text;
}

/** A file of several statements separated by ";" at line ends (the schema). */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function cypherNames(): string[] {
  statements ??= loadAll();
  return [...statements.keys()].sort();
}
