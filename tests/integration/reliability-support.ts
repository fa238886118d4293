/**
 * Support for the reliability tests (not a test file): a free port, `plangraph` in a child process,
 * per-document fingerprints of the graph, and copies of documents under new ids (to make a load long enough
 * to be interrupted). The server child and the mixed load live in bench/soak.ts (shared with `npm run soak`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Driver } from 'neo4j-driver';
import type { GraphDocument, GraphNode } from '../../src/graph/model.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CLI = path.join(ROOT, 'src/cli.ts');

/** A TCP port free on 127.0.0.1 right now (the OS picks it; we then use it as a fixed port). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface CliRun {
  child: ChildProcess;
  /** Every stderr line so far. */
  lines: string[];
  exit: Promise<number | null>;
  /** Resolves with the first stderr/stdout line matching `re`. */
  waitFor(re: RegExp, timeoutMs: number): Promise<string>;
}

/** Runs `plangraph <args>` (node --import tsx src/cli.ts: one process) with `env` added to a clean environment. */
export function runCli(args: string[], env: Record<string, string>): CliRun {
  const base: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'test' };
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { re: RegExp; resolve: (line: string) => void }[] = [];
  const onLine = (line: string) => {
    lines.push(line);
    for (const w of [...waiters]) {
      if (w.re.test(line)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  };
  createInterface({ input: child.stdout! }).on('line', onLine);
  createInterface({ input: child.stderr! }).on('line', onLine);
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitFor = (re: RegExp, timeoutMs: number) => {
    const seen = lines.find((l) => re.test(l));
    if (seen) return Promise.resolve(seen);
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no line matching ${re} within ${timeoutMs} ms; output:\n${lines.slice(-30).join('\n')}`)), timeoutMs);
      waiters.push({ re, resolve: (l) => (clearTimeout(timer), resolve(l)) });
      void exit.then((code) => {
        clearTimeout(timer);
        reject(new Error(`plangraph ${args[0]} exited (${code}) before a line matching ${re}; output:\n${lines.slice(-30).join('\n')}`));
      });
    });
  };
  return { child, lines, exit, waitFor };
}

export interface DocumentFingerprint {
  document: string;
  sentences: number;
  sections: number;
  indicators: number;
  relationships: number;
  /** sha256 of the document's sentences (id and text, in order). */
  textHash: string;
}

/** What the graph holds for each of `documents` (zeros for a document it does not hold). */
export async function fingerprints(driver: Driver, documents: string[]): Promise<DocumentFingerprint[]> {
  const { records } = await driver.executeQuery(
    `UNWIND $documents AS d
     RETURN d AS document,
       COUNT { MATCH (s:Sentence {document: d}) } AS sentences,
       COUNT { MATCH (s:Section {document: d}) } AS sections,
       COUNT { MATCH (i:Indicator {document: d}) } AS indicators,
       COUNT { MATCH ()-[r]->() WHERE r.document = d } AS relationships,
       COLLECT { MATCH (s:Sentence {document: d}) RETURN [s.index, s.id, s.text] } AS texts`,
    { documents },
  );
  return records.map((r) => {
    const texts = (r.get('texts') as [number, string, string][]).sort((a, b) => a[0] - b[0]);
    const hash = createHash('sha256');
    for (const [, id, text] of texts) hash.update(`${id}\t${text}\n`);
    const n = (key: string) => Number(r.get(key));
    return { document: r.get('document') as string, sentences: n('sentences'), sections: n('sections'), indicators: n('indicators'), relationships: n('relationships'), textHash: hash.digest('hex') };
  });
}

/** Node and relationship totals of the whole graph. */
export async function totals(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery('RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships', {});
  return { nodes: Number(records[0]!.get('nodes')), relationships: Number(records[0]!.get('relationships')) };
}

/**
 * The documents of `graph` again under new ids (`<id><suffix>`) with their own Plan nodes: the same text and
 * relations, so a load of the copies takes as long as a load of the originals and adds to the graph.
 */
export function copyDocuments(graph: GraphDocument, suffix: string): GraphDocument {
  const out: GraphDocument = { documents: [], nodes: [...graph.nodes], relations: [], indicators: [] };
  const planNodes = new Map<string, GraphNode>(graph.nodes.filter((n) => n.type === 'Plan').map((n) => [n.id, n]));
  for (const doc of graph.documents) {
    const newId = `${doc.id}${suffix}`;
    const newPlan = `${doc.plan}${suffix}`;
    const rename = <T>(value: T): T =>
      JSON.parse(
        JSON.stringify(value)
          .split(`"${doc.id}#`).join(`"${newId}#`)
          .split(`"${doc.id}"`).join(`"${newId}"`)
          .split(`"${doc.plan}"`).join(`"${newPlan}"`),
      ) as T;
    out.documents.push(rename(doc));
    const plan = planNodes.get(doc.plan);
    if (plan) out.nodes.push({ ...plan, id: newPlan, name: `${plan.name}${suffix}`, aliases: [] });
    for (const rel of graph.relations) {
      const evidence = rel.evidence.filter((e) => e.document === doc.id);
      if (evidence.length > 0) out.relations.push(rename({ ...rel, evidence }));
    }
    out.indicators.push(...graph.indicators.filter((i) => i.document === doc.id).map(rename));
  }
  return out;
}
