/**
 * One size of the bench, in its own process so that its peak memory is its own:
 * extract the corpus folder (MB/s, peak RSS), then load the graph into the Neo4j at the given address
 * (records per second). Prints one JSON line (WorkerResult) on stdout.
 *
 *   tsx bench/extract-load-worker.ts <corpusDir> <boltUri>
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { extractDocuments } from '../src/extract/index.ts';
import { loadGraph } from '../src/store/index.ts';
import { Store } from '../src/store/store.ts';

export interface WorkerResult {
  documents: number;
  failures: number;
  textBytes: number;
  extractMs: number;
  extractPeakRssMb: number;
  nodes: number;
  relations: number;
  loadMs: number;
  loadRecords: number;
  loadNodes: number;
  loadRelationships: number;
  totalPeakRssMb: number;
}

async function textBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const name of await readdir(dir)) if (name.endsWith('.txt')) bytes += (await stat(path.join(dir, name))).size;
  return bytes;
}

async function main(): Promise<void> {
  const [dir, uri] = process.argv.slice(2);
  if (!dir || !uri) throw new Error('usage: tsx bench/extract-load-worker.ts <corpusDir> <boltUri>');
  const bytes = await textBytes(dir);
  const t0 = performance.now();
  const { graph, failures } = await extractDocuments([dir]);
  const extractMs = performance.now() - t0;
  const extractPeakRssMb = process.resourceUsage().maxRSS / 1024;
  const store = new Store({ uri, queryTimeoutMs: 600_000 });
  try {
    const load = await loadGraph(store, graph);
    const result: WorkerResult = {
      documents: graph.documents.length,
      failures: failures.length,
      textBytes: bytes,
      extractMs,
      extractPeakRssMb,
      nodes: graph.nodes.length,
      relations: graph.relations.length,
      loadMs: load.ms,
      loadRecords: load.records,
      loadNodes: load.nodes,
      loadRelationships: load.relationships,
      totalPeakRssMb: process.resourceUsage().maxRSS / 1024,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench worker failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
