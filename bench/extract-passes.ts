/**
 * How much of the extraction's time is V8 warming up, and what recognition workers change: extracts a corpus
 * folder several times in one process and prints each pass's time and MB/s. Before the first pass, the main thread
 * (and each worker) extracts the first document once, as the bench's warm-up does; later passes show the same code
 * once compiled. The batch extraction's V8 flags are set first, as `plangraph extract` sets them
 * (src/extract/compiler-tuning.ts); --v8-defaults leaves V8's defaults, to compare.
 *
 *   tsx bench/extract-passes.ts <corpusDir> [passes=2] [workers=0] [--v8-defaults]
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { BATCH_EXTRACTION_V8_FLAGS, createRecognisePool, extractDocuments, tuneForBatchExtraction } from '../src/extract/index.ts';
import { documentNames, warmUpOn } from './warm-up.ts';

function whole(text: string, least: number, what: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < least) throw new Error(`${what} must be a whole number of at least ${least}, got "${text}"`);
  return n;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const defaults = args.includes('--v8-defaults');
  const [dir, passesArg = '2', workersArg = '0'] = args.filter((a) => a !== '--v8-defaults');
  if (!dir || dir.startsWith('--')) throw new Error('usage: tsx bench/extract-passes.ts <corpusDir> [passes=2] [workers=0] [--v8-defaults]');
  if (!defaults) tuneForBatchExtraction();
  process.stdout.write(`batch extraction V8 flags: ${defaults ? 'not set (--v8-defaults)' : BATCH_EXTRACTION_V8_FLAGS.join(' ')}\n`);
  const passes = whole(passesArg, 1, 'passes');
  const workers = whole(workersArg, 0, 'workers');
  const names = await documentNames(dir);
  if (names.length === 0) throw new Error(`${dir} has no .txt documents; run npm run bench once to write the corpus`);
  let bytes = 0;
  for (const n of names) bytes += (await stat(path.join(dir, n))).size;
  const first = path.join(dir, names[0]!);
  const pool = workers > 0 ? createRecognisePool(workers) : null;
  try {
    const warmupMs = await warmUpOn(first, pool);
    process.stdout.write(`warm-up: ${(warmupMs / 1000).toFixed(2)} s (one document, ${workers} worker(s))\n`);
    for (let pass = 1; pass <= passes; pass++) {
      const t0 = performance.now();
      const { failures } = await extractDocuments([dir], { workers, ...(pool ? { pool } : {}), onLexicon: () => {} });
      const ms = performance.now() - t0;
      process.stdout.write(`pass ${pass}: ${names.length} documents, ${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(2)} s = ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s${failures.length ? `, ${failures.length} failed` : ''}\n`);
    }
  } finally {
    await pool?.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`extract-passes failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
