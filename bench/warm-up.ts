/** The bench's warm-ups: extraction's, shared by bench/extract-load-worker.ts and bench/extract-passes.ts, and the graph loaded to warm up the database. */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { GraphDocument } from '../src/graph/model.ts';
import { extractDocuments, extractReadDocument, type RecognisePool } from '../src/extract/index.ts';
import { loadGraph, type LoadOptions, type Store } from '../src/store/index.ts';
import { readDocument } from '../src/ingest/index.ts';

/** The corpus folder's documents (.txt), sorted: the first is the one extracted to warm up. */
export async function documentNames(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
}

/**
 * The main thread and every worker of the pool extract `file` once, side by side (dictionaries, lexicon, the first
 * compilation of the code, the workers' start); returns the milliseconds it took.
 *
 * With a pool, the main thread's part is what it does in the timed run: it takes a document that a worker read and
 * recognised, and does the rest (extractDocuments with the pool). Extracting the document alone on the main thread
 * instead compiled the main thread's code for documents and mentions made there, and the timed run then brought it
 * the copies that come from a worker, objects of other shapes: V8 threw that code away and compiled it again, in the
 * timed run.
 */
export async function warmUpOn(file: string, pool: RecognisePool | null): Promise<number> {
  const t0 = performance.now();
  if (pool) {
    // with the folder's manifest, if it has one, as the timed run of the folder reads it
    const manifest = path.join(path.dirname(file), 'manifest.json');
    const options = { pool, onLexicon: () => {}, ...(existsSync(manifest) ? { manifest } : {}) };
    await Promise.all([pool.warmUp(file), extractDocuments([file], options)]);
  } else {
    extractReadDocument(await readDocument(file), { id: 'warm-up' });
  }
  return performance.now() - t0;
}

/** The part of the graph that `documentId` states: its document, the relations and indicators it gives evidence for. */
export function documentSubgraph(graph: GraphDocument, documentId: string): GraphDocument {
  const documents = graph.documents.filter((d) => d.id === documentId);
  if (documents.length === 0) throw new Error(`the graph has no document ${documentId}`);
  const relations = graph.relations.flatMap((r) => {
    const evidence = r.evidence.filter((e) => e.document === documentId);
    return evidence.length > 0 ? [{ ...r, evidence }] : [];
  });
  const indicators = graph.indicators.filter((i) => i.document === documentId);
  return { documents, nodes: graph.nodes, relations, indicators };
}

/**
 * The database's warm-up before a timed load: the graph's first document loaded alone (class loading, the JVM's
 * compilation, the first planning of each load statement). A load of the whole graph then replaces that document, and
 * the database holds what a load of the graph alone would (tests/integration/bench-load-warm-up.test.ts).
 */
export async function warmUpDatabase(store: Store, graph: GraphDocument, options: LoadOptions = {}): Promise<{ ms: number; records: number }> {
  const first = graph.documents[0];
  if (!first) return { ms: 0, records: 0 };
  const { ms, records } = await loadGraph(store, documentSubgraph(graph, first.id), undefined, options);
  return { ms, records };
}
