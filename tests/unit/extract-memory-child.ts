/**
 * Run by extract-memory.test.ts in its own process (node --expose-gc): extracts the five plans ROUNDS
 * times under fresh ids, one document at a time, in streaming mode, and prints the live heap (after a
 * full collection) at the end of each round as one JSON line.
 */
import path from 'node:path';
import { readDocument } from '../../src/ingest/index.ts';
import { createCorpusBuilder } from '../../src/extract/index.ts';

const ROUNDS = Number(process.argv[2] ?? 4);
const plans = ['chongqing', 'kaizhou', 'qianjiang', 'wanzhou', 'yunyang'].map((p) => path.resolve(`data/plans/${p}-2021-2025.txt`));
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

let lexical = 0;
const builder = createCorpusBuilder({ onLexicon: (l) => void (lexical += l.sentences.length) });
const heapMb: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const file of plans) builder.add(await readDocument(file), { id: `r${round}-${path.basename(file, '.txt')}` });
  gc();
  heapMb.push(process.memoryUsage().heapUsed / 1e6);
}
const { graph } = builder.finish();
process.stdout.write(`${JSON.stringify({ heapMb, lexical, documents: graph.documents.length })}\n`);
