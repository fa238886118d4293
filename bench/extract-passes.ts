/**
 * How much of the extraction's time is V8 warming up: extracts a corpus folder several times in one process and
 * prints each pass's time and MB/s. The bench's figure is the first pass after a one-document warm-up; later passes
 * show the same code once compiled.
 *
 *   tsx bench/extract-passes.ts <corpusDir> [passes=2]
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { extractDocuments } from '../src/extract/index.ts';

async function main(): Promise<void> {
  const [dir, passesArg = '2'] = process.argv.slice(2);
  if (!dir) throw new Error('usage: tsx bench/extract-passes.ts <corpusDir> [passes=2]');
  const passes = Number(passesArg);
  if (!Number.isInteger(passes) || passes < 1) throw new Error(`passes must be a whole number of at least 1, got "${passesArg}"`);
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt'));
  if (names.length === 0) throw new Error(`${dir} has no .txt documents; run npm run bench once to write the corpus`);
  let bytes = 0;
  for (const n of names) bytes += (await stat(path.join(dir, n))).size;
  for (let pass = 1; pass <= passes; pass++) {
    const t0 = performance.now();
    const { failures } = await extractDocuments([dir], { onLexicon: () => {} });
    const ms = performance.now() - t0;
    process.stdout.write(`pass ${pass}: ${names.length} documents, ${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(2)} s = ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s${failures.length ? `, ${failures.length} failed` : ''}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`extract-passes failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
