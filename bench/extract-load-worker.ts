/**
 * One size of the bench, in its own process so that its peak memory is its own:
 * extract the corpus folder (MB/s, peak RSS), then load the graph into the Neo4j at the given address
 * (records per second). Prints one JSON line (WorkerResult) on stdout.
 *
 * Warm-up (jieba's dictionary, the lexicon and its trie, opencc, the first compilation of the code) is
 * timed on its own: one document of the corpus is extracted first, and the throughput is the whole corpus
 * after that. Extraction uses recognition worker threads as `plangraph extract` does by default
 * (defaultWorkers: none for the five plans, one on a 2-core machine for larger corpora); each worker is
 * started and recognises that same document before the timed run, and the main thread extracts it through the pool,
 * as it does every document in the timed run (warmUpOn, bench/warm-up.ts). Like those commands, it sets the batch
 * extraction's V8 flags first (tuneForBatchExtraction, src/extract/compiler-tuning.ts). Extraction streams: each document's lexical records (sections, sentences, mentions) go to
 * a spill file as the document is done, so the extraction's memory holds the entity graph only; they
 * are read back for loading.
 *
 * Loading has a warm-up too: the fresh database first loads the corpus's first document alone (class loading, the JVM's
 * compilation, each load statement's first planning), and the timed load then loads the whole corpus, which replaces
 * that document; the database ends as a load of the corpus alone would leave it. That one document took 9.7 and 12.5 s
 * (3,123 rows) on a fresh store; the five plans take 12.6 s on a fresh store and 2.3–3.6 s on a warm one. `--cold-load`
 * skips the warm-up, to compare (×100 on 2026-11-23: 92.8 and 96.8 s cold, 67.4 and 90.5 s after the warm-up, runs
 * alternated on a noisy machine).
 *
 *   tsx bench/extract-load-worker.ts <corpusDir> <boltUri> [loadConcurrency] [--cold-load]
 *
 * With `--one-core` instead of the Bolt address it only extracts, on the main thread alone (no recognition worker),
 * and prints a OneCoreResult: issue #3 asks for 2 MB/s on one core.
 */
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { GraphDocument } from '../src/graph/model.ts';
import { createRecognisePool, defaultWorkers, extractDocuments, renameMentions, tuneForBatchExtraction, type DocumentLexicon, type RecognisePool } from '../src/extract/index.ts';
import { loadGraph } from '../src/store/index.ts';
import { Store } from '../src/store/store.ts';
import { documentNames, warmUpDatabase, warmUpOn } from './warm-up.ts';

export interface WorkerResult {
  documents: number;
  failures: number;
  textBytes: number;
  /** One document extracted before the timed run: dictionaries, lexicon, compilation (and the workers started). */
  warmupMs: number;
  /** Recognition worker threads (0: the main thread only). */
  workers: number;
  /** The whole corpus, after the warm-up. */
  extractMs: number;
  /** Sections, sentences and mentions streamed out during extraction. */
  lexicalRecords: number;
  extractPeakRssMb: number;
  nodes: number;
  relations: number;
  /** The corpus's first document loaded alone before the timed load (0 with --cold-load). */
  loadWarmupMs: number;
  loadWarmupRecords: number;
  loadMs: number;
  loadRecords: number;
  loadNodes: number;
  loadRelationships: number;
  /** Where loading time goes: ms per load statement, and in commits. */
  loadStatementMs: Record<string, number>;
  totalPeakRssMb: number;
}

async function textBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const name of await documentNames(dir)) bytes += (await stat(path.join(dir, name))).size;
  return bytes;
}

/** The main thread and every worker of the pool extract the corpus's first document once. */
async function warmUp(dir: string, pool: RecognisePool | null): Promise<number> {
  const first = (await documentNames(dir))[0];
  return first ? warmUpOn(path.join(dir, first), pool) : 0;
}

/** Puts the spilled lexical records back on the graph's documents, with the extraction's renames applied. */
async function attachLexicon(graph: GraphDocument, spill: string, renames: ReadonlyMap<string, string>): Promise<void> {
  const byId = new Map(graph.documents.map((d) => [d.id, d]));
  for await (const line of createInterface({ input: createReadStream(spill, 'utf8'), crlfDelay: Infinity })) {
    if (!line) continue;
    const lexicon = JSON.parse(line) as DocumentLexicon;
    const meta = byId.get(lexicon.document);
    if (!meta) throw new Error(`the spill file names document ${lexicon.document}, which the graph does not have`);
    meta.sections = lexicon.sections;
    meta.sentences = lexicon.sentences;
    meta.mentions = renameMentions(lexicon.mentions, renames);
  }
}

/** What `--one-core` prints: the extraction alone, on the main thread only (issue #3's "on one core"). */
export interface OneCoreResult {
  documents: number;
  failures: number;
  textBytes: number;
  warmupMs: number;
  extractMs: number;
  extractPeakRssMb: number;
}

/** Extracts the corpus folder after the warm-up, streaming the lexical records to a spill file in `spillDir`. */
async function extractCorpus(dir: string, workers: number, spillDir: string) {
  const pool = workers > 0 ? createRecognisePool(workers) : null;
  const warmupMs = await warmUp(dir, pool);
  const spill = path.join(spillDir, 'lexicon.ndjson');
  // written synchronously: nothing waits in a stream's buffer, so the spill holds no memory
  const out = openSync(spill, 'w');
  let lexicalRecords = 0;
  const t0 = performance.now();
  const { graph, failures, renames } = await extractDocuments([dir], {
    workers,
    ...(pool ? { pool } : {}),
    onLexicon: (lexicon) => {
      lexicalRecords += lexicon.sections.length + lexicon.sentences.length + lexicon.mentions.length;
      writeSync(out, `${JSON.stringify(lexicon)}\n`);
    },
  });
  closeSync(out);
  const extractMs = performance.now() - t0;
  await pool?.close();
  return { warmupMs, extractMs, lexicalRecords, graph, failures, renames, spill, extractPeakRssMb: process.resourceUsage().maxRSS / 1024 };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const cold = args.includes('--cold-load');
  const [dir, uri, concurrency] = args.filter((a) => a !== '--cold-load');
  if (!dir || !uri) throw new Error('usage: tsx bench/extract-load-worker.ts <corpusDir> <boltUri> [loadConcurrency] [--cold-load] | <corpusDir> --one-core');
  // as `plangraph extract` and `plangraph load` do (src/extract/compiler-tuning.ts)
  tuneForBatchExtraction();
  const bytes = await textBytes(dir);
  const spillDir = await mkdtemp(path.join(os.tmpdir(), 'plangraph-lexicon-'));
  if (uri === '--one-core') {
    try {
      const r = await extractCorpus(dir, 0, spillDir);
      const result: OneCoreResult = { documents: r.graph.documents.length, failures: r.failures.length, textBytes: bytes, warmupMs: r.warmupMs, extractMs: r.extractMs, extractPeakRssMb: r.extractPeakRssMb };
      process.stdout.write(`${JSON.stringify(result)}\n`);
    } finally {
      await rm(spillDir, { recursive: true, force: true });
    }
    return;
  }
  const workers = defaultWorkers((await documentNames(dir)).length);
  const { warmupMs, extractMs, lexicalRecords, graph, failures, renames, spill, extractPeakRssMb } = await extractCorpus(dir, workers, spillDir);
  const store = new Store({ uri, queryTimeoutMs: 600_000 });
  try {
    await attachLexicon(graph, spill, renames);
    await rm(spillDir, { recursive: true, force: true });
    const loadOptions = concurrency ? { concurrency: Number(concurrency) } : {};
    const warm = cold ? { ms: 0, records: 0 } : await warmUpDatabase(store, graph, loadOptions);
    const load = await loadGraph(store, graph, undefined, loadOptions);
    const result: WorkerResult = {
      documents: graph.documents.length,
      failures: failures.length,
      textBytes: bytes,
      warmupMs,
      workers,
      extractMs,
      lexicalRecords,
      extractPeakRssMb,
      nodes: graph.nodes.length,
      relations: graph.relations.length,
      loadWarmupMs: warm.ms,
      loadWarmupRecords: warm.records,
      loadMs: load.ms,
      loadRecords: load.records,
      loadNodes: load.nodes,
      loadRelationships: load.relationships,
      loadStatementMs: Object.fromEntries(Object.entries(load.statementMs).map(([k, v]) => [k, Math.round(v)])),
      totalPeakRssMb: process.resourceUsage().maxRSS / 1024,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await store.close();
    await rm(spillDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench worker failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
