/** The bench's extraction warm-up, shared by bench/extract-load-worker.ts and bench/extract-passes.ts. */
import { readdir } from 'node:fs/promises';
import { extractReadDocument, type RecognisePool } from '../src/extract/index.ts';
import { readDocument } from '../src/ingest/index.ts';

/** The corpus folder's documents (.txt), sorted: the first is the one extracted to warm up. */
export async function documentNames(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
}

/**
 * The main thread and every worker of the pool extract `file` once, side by side (dictionaries, lexicon, the first
 * compilation of the code, the workers' start); returns the milliseconds it took.
 */
export async function warmUpOn(file: string, pool: RecognisePool | null): Promise<number> {
  const t0 = performance.now();
  const workers = pool?.warmUp(file);
  extractReadDocument(await readDocument(file), { id: 'warm-up' });
  await workers;
  return performance.now() - t0;
}
