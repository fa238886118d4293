/**
 * Parallel extraction (src/extract/recognise-pool.ts): the main thread reads documents, worker threads recognise
 * them, and the main thread resolves them in document order. The graph, the report, the failures and the lexical
 * records must be exactly those of an extraction on the main thread alone, for plans with and without a manifest
 * entry and for documents that cannot be read.
 */
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCorpusBuilder, createRecognisePool, defaultWorkers, extractDocuments, manifestEntryFor, readManifest, slugFromPath, type DocumentLexicon, type ExtractOptions } from '../../src/extract/index.ts';
import { readDocument } from '../../src/ingest/index.ts';
import type { ReadDocument } from '../../src/ingest/types.ts';
import { recogniseRead } from '../../src/extract/recognise-file.ts';

const root = path.resolve(import.meta.dirname, '../..');
const plans = path.join(root, 'data/plans');
const bad = path.join(root, 'tests/fixtures/bad-documents');
let extra: string;

beforeAll(async () => {
  // the five plans again under other names (no manifest entry: ids from the names, issuers detected), and
  // documents that cannot be read (binary, empty, a truncated docx, a scanned pdf)
  extra = await mkdtemp(path.join(os.tmpdir(), 'plangraph-pool-'));
  for (const name of (await readdir(plans)).filter((n) => n.endsWith('.txt'))) await copyFile(path.join(plans, name), path.join(extra, `copy-${name}`));
  for (const name of ['binary.txt', 'empty.txt', 'truncated.docx', 'scanned.pdf']) await copyFile(path.join(bad, name), path.join(extra, name));
});
afterAll(async () => {
  await rm(extra, { recursive: true, force: true });
});

async function run(options: ExtractOptions) {
  const lexicon: DocumentLexicon[] = [];
  const progress: string[] = [];
  const result = await extractDocuments([plans, extra], {
    ...options,
    onLexicon: (l) => void lexicon.push(l),
    onProgress: (done, total, file, counts) => void progress.push(`${done}/${total} ${path.basename(file)} ${counts ? counts.entities : 'failed'}`),
  });
  return { result, lexicon, progress };
}

describe('extraction with recognition workers', () => {
  it('gives the same graph, report, failures, lexical records and progress as the main thread alone', async () => {
    const alone = await run({ workers: 0 });
    const pooled = await run({ workers: 2 });
    expect(alone.result.graph.documents).toHaveLength(10);
    expect(alone.result.failures.map((f) => path.basename(f.path)).sort()).toEqual(['binary.txt', 'empty.txt', 'scanned.pdf', 'truncated.docx']);
    expect(alone.result.graph.nodes.length).toBeGreaterThan(500);
    expect(JSON.stringify(pooled.result.graph)).toBe(JSON.stringify(alone.result.graph));
    expect(JSON.stringify(pooled.result.report)).toBe(JSON.stringify(alone.result.report));
    expect(pooled.result.failures).toEqual(alone.result.failures);
    expect([...pooled.result.renames]).toEqual([...alone.result.renames]);
    expect(JSON.stringify(pooled.lexicon)).toBe(JSON.stringify(alone.lexicon));
    expect(pooled.progress).toEqual(alone.progress);
  }, 180_000);

  it('recognising first (as extractDocuments does, with or without workers) gives the graph of extracting each read document whole', async () => {
    const manifest = await readManifest(path.join(plans, 'manifest.json'));
    const builder = createCorpusBuilder();
    for (const name of (await readdir(plans)).filter((n) => n.endsWith('.txt')).sort()) {
      const file = path.join(plans, name);
      const e = manifestEntryFor(manifest, file);
      builder.add(await readDocument(file), { id: e?.id ?? slugFromPath(file), title: e?.title ?? null, issuer: e?.issuer ?? null, period: e?.period ?? null, issued: e?.issued ?? null });
    }
    const whole = builder.finish();
    const [alone, pooled] = [await extractDocuments([plans], { workers: 0 }), await extractDocuments([plans], { workers: 1 })];
    expect(whole.graph.documents).toHaveLength(5);
    expect(JSON.stringify(alone.graph)).toBe(JSON.stringify(whole.graph));
    expect(JSON.stringify(pooled.graph)).toBe(JSON.stringify(whole.graph));
  }, 120_000);

  it('extracts on the main thread what a pool that has stopped cannot recognise: nothing is lost', async () => {
    const alone = await run({ workers: 0 });
    const pool = createRecognisePool(1);
    await pool.close();
    const fallback = await run({ pool });
    expect(JSON.stringify(fallback.result.graph)).toBe(JSON.stringify(alone.result.graph));
    expect(fallback.result.failures).toEqual(alone.result.failures);
  }, 180_000);

  it('a warmed-up pool recognises a document read on this thread, as this thread would, and says why when it cannot', async () => {
    const pool = createRecognisePool(1);
    try {
      const file = path.join(plans, 'kaizhou-2021-2025.txt');
      await pool.warmUp(file);
      const doc = await readDocument(file);
      const r = await pool.recognise(doc, null);
      if (!r.ok) throw new Error(r.reason);
      expect(r.issuer).toBe('开州区');
      expect(r.found.some((m) => m.type === 'University')).toBe(true);
      expect(r.found).toEqual(recogniseRead(doc, null).found);
      // the manifest's issuer is taken as given
      const given = await pool.recognise(doc, '万州区');
      expect(given.ok && given.issuer).toBe('万州区');
      // a document the recognisers cannot work on: the reply says why, and the worker goes on
      const broken = await pool.recognise({ ...doc, sentences: null } as unknown as ReadDocument, null);
      expect(broken.ok).toBe(false);
      expect(!broken.ok && broken.reason).toMatch(/\S/);
      expect((await pool.recognise(doc, null)).ok).toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('how many workers', () => {
  it('none for a small corpus, else the cores less one, at least 1 and at most 3', () => {
    expect(defaultWorkers(5, 8)).toBe(0);
    expect(defaultWorkers(8, 2)).toBe(1);
    expect(defaultWorkers(50, 1)).toBe(1);
    expect(defaultWorkers(50, 4)).toBe(3);
    expect(defaultWorkers(500, 16)).toBe(3);
  });

  it('refuses a number of workers that is not a whole number of at least 0', async () => {
    await expect(extractDocuments([plans], { workers: -1 })).rejects.toThrow('workers must be a whole number of at least 0, got -1');
    expect(() => createRecognisePool(0)).toThrow('a recognition pool needs a whole number of workers of at least 1, got 0');
  });
});
