/**
 * One folder of odd documents (tests/fixtures/bad-documents plus a 50 MB text made here) loaded with
 * `plangraph load` into a graph that already holds the five plans:
 * - each bad file gets a line naming it and what is wrong; the exit code is 1;
 * - the readable ones (GBK without a BOM, only headings, a name with spaces and Chinese) are all loaded;
 * - the five plans already in the graph are exactly as they were.
 */
import { copyFile, mkdtemp, open, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Store } from '../../src/store/store.ts';
import { resetDatabase } from '../setup/db.ts';
import { loadPlans, PLANS_DIR } from './helpers/load-plans.ts';
import { fingerprints, runCli, totals, type DocumentFingerprint } from './reliability-support.ts';

const FIXTURES = path.resolve('tests/fixtures/bad-documents');
const HUGE_BYTES = 50 * 1024 * 1024;

let store: Store;
let folder: string;
let originals: string[];
let before: DocumentFingerprint[];
let beforeTotals: { nodes: number; relationships: number };
let code: number | null;
let output: string[];

/** Writes `bytes` of plan text (a real plan repeated) without holding 50 MB in memory at once. */
async function writeHugeText(file: string, bytes: number): Promise<void> {
  const chunk = await readFile(path.join(PLANS_DIR, 'yunyang-2021-2025.txt'));
  const handle = await open(file, 'w');
  try {
    for (let written = 0; written < bytes; written += chunk.length) await handle.write(chunk);
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  store = new Store({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
  await resetDatabase(store.driver);
  const graph = await loadPlans(store);
  originals = graph.documents.map((d) => d.id);
  before = await fingerprints(store.driver, originals);
  beforeTotals = await totals(store.driver);

  folder = await mkdtemp(path.join(os.tmpdir(), 'plangraph-bad-documents-'));
  for (const name of await readdir(FIXTURES)) if (name !== 'README.md') await copyFile(path.join(FIXTURES, name), path.join(folder, name));
  await writeHugeText(path.join(folder, 'huge.txt'), HUGE_BYTES);

  const run = runCli(['load', folder], { NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') });
  code = await run.exit;
  output = run.lines;
}, 240_000);

afterAll(async () => {
  await store?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** The Plan node loaded from the file called `name` in the folder, with its counts. */
async function loaded(name: string) {
  const { records } = await store.driver.executeQuery(
    `MATCH (p:Plan {path: $path})
     RETURN p.documentId AS id, p.title AS title,
       COUNT { MATCH (s:Section {document: p.documentId}) } AS sections,
       COUNT { MATCH (t:Sentence {document: p.documentId}) } AS sentences,
       COUNT { MATCH ()-[r]->() WHERE r.document = p.documentId AND type(r) <> 'MENTIONS' } AS relations,
       COLLECT { MATCH (t:Sentence {document: p.documentId}) RETURN t.text } AS texts`,
    { path: path.join(folder, name) },
  );
  return records.map((r) => r.toObject() as { id: string; title: string; sections: number; sentences: number; relations: number; texts: string[] });
}

describe('a folder of bad documents', () => {
  it('exits 1 and says, for each bad file, what is wrong', () => {
    expect(code, output.join('\n')).toBe(1);
    const lineFor = (name: string) => output.find((l) => l.includes(`could not read ${path.join(folder, name)}:`));
    const expected: [string, RegExp][] = [
      ['empty.txt', /empty \(0 bytes\)/],
      ['binary.txt', /binary data, not text/],
      ['truncated.docx', /not a valid \.docx.*damaged or truncated/],
      ['scanned.pdf', /no text layer.*OCR/],
      ['huge.txt', /50\.0 MB of text, more than the \d+ million characters .* split it/],
    ];
    for (const [name, reason] of expected) expect(lineFor(name), `${name}:\n${output.join('\n')}`).toMatch(reason);
    expect(output.some((l) => /5 document\(s\) could not be read; everything else was loaded/.test(l))).toBe(true);
    expect(output.join('\n')).not.toMatch(/\n\s+at .*\.(ts|js):\d+/); // no stack trace
  });

  it('loads GBK text without a BOM, decoded correctly', async () => {
    const [doc] = await loaded('gbk-no-bom.txt');
    expect(doc?.title).toBe('綦江区科技创新“十四五”规划');
    expect(doc!.texts.some((t) => t.includes('支持綦江区与重庆大学共建齿轮传动技术研究院'))).toBe(true);
    expect(doc!.relations).toBeGreaterThan(0);
  });

  it('loads a file whose name has spaces, parentheses and Chinese', async () => {
    const [doc] = await loaded('南川区 科技创新 规划 (征求意见稿).txt');
    expect(doc?.title).toBe('南川区科技创新“十四五”规划（征求意见稿）');
    expect(doc!.texts.some((t) => t.includes('重庆医科大学'))).toBe(true);
  });

  it('loads a file with only headings as a document with sections and no relations', async () => {
    const [doc] = await loaded('only-headings.txt');
    expect(doc?.title).toBe('铜梁区科技创新“十四五”规划');
    expect(doc!.sections).toBeGreaterThanOrEqual(6); // 第一章…第四章, 一、二、
    expect(doc!.relations).toBe(0);
  });

  it('loads nothing from the bad files and keeps the five plans exactly as they were', async () => {
    for (const name of ['empty.txt', 'binary.txt', 'truncated.docx', 'scanned.pdf', 'huge.txt']) expect(await loaded(name)).toEqual([]);
    expect(await fingerprints(store.driver, originals)).toEqual(before);
    expect((await totals(store.driver)).nodes).toBeGreaterThan(beforeTotals.nodes);
  });
});
