/**
 * V8 settings for a process that extracts a corpus in one batch (`plangraph extract`, `plangraph load`).
 *
 * Most of a first pass over a corpus is V8 compiling the extraction code, not running it: the ×10 bench
 * corpus (50 plans, 4.6 MB) takes about 2.2 s the first time and 1.15 s the second, in the same process.
 * TurboFan compiles the few large per-document functions (recogniseEntities, recognisePatterns, extractOne,
 * extractRelations…) with their callees inlined, 3–7 times each as feedback changed, and `--trace-opt` timed
 * each of those compiles at 50–120 ms on its compiler thread. On a 2-core machine the compiler threads share
 * the cores with the main thread and the recognition worker, so the optimised code arrives late.
 *
 * A smaller cumulative inlining budget (200 bytes of inlined bytecode per compiled function instead of V8's
 * 920) makes those compiles cheaper. Measured with bench/extract-passes.ts, alternating runs (see docs/bench.md):
 * - ×10, one worker: first pass 1.91 s against 2.17 s, second and third passes within 3% (1.14/1.08 s against
 *   1.14/1.05 s);
 * - ×10 on the main thread alone: 2.08–2.15 s against 2.28–2.35 s;
 * - ×1 (five plans): 0.40–0.42 s against 0.41–0.47 s;
 * - ×100, one worker: 11.6–11.7 s against 11.9 s; on the main thread alone 15.6 s either way.
 *
 * Only batch extraction sets it. The API server (`plangraph serve`) keeps V8's defaults: its query latency
 * was measured with them. V8 flags are process-wide, so recognition worker threads get it too.
 */
import v8 from 'node:v8';

/** The flags, as they would be written on node's command line. */
export const BATCH_EXTRACTION_V8_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=200'];

let applied = false;

/**
 * Sets BATCH_EXTRACTION_V8_FLAGS for this process (once; later calls do nothing). Call it before the
 * extraction starts, so that no extraction code has been optimised with the defaults yet.
 */
export function tuneForBatchExtraction(): void {
  if (applied) return;
  applied = true;
  for (const flag of BATCH_EXTRACTION_V8_FLAGS) v8.setFlagsFromString(flag);
}

/** Whether tuneForBatchExtraction has run in this process. */
export function batchExtractionTuned(): boolean {
  return applied;
}
