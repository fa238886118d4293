/**
 * npm run bench — PlanGraph's speed side by side with the floor (same Cypher, raw driver) and a peer
 * (@neo4j/graphql), on a synthetic corpus at several sizes. Writes bench/results.json and prints a table.
 *
 *   npm run bench                        # ×1, ×10, ×100; all concurrencies at ×1, 16 at larger sizes
 *   npm run bench -- --sizes 1,10        # chosen sizes
 *   npm run bench -- --quick             # ×1 and ×10, 2 s per measurement
 *   options: --duration <s> --warmup <s> --concurrency 1,16,64 --seed <n> --out <file> --all-concurrencies
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readSourcePlans } from './corpus.ts';
import { Q4_REGIONS } from './questions.ts';
import { formatTable, judgeTargets } from './report.ts';
import { benchSize, type SizeResult } from './size-bench.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function numbers(text: string, what: string): number[] {
  const list = text.split(',').map((s) => Number(s.trim()));
  if (list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--${what} takes whole numbers separated by commas (e.g. 1,10), got "${text}".`);
  return list;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      quick: { type: 'boolean', default: false },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      concurrency: { type: 'string', default: '1,16,64' },
      'all-concurrencies': { type: 'boolean', default: false },
      seed: { type: 'string', default: '2021' },
      out: { type: 'string', default: path.join(ROOT, 'bench/results.json') },
      plans: { type: 'string', default: path.join(ROOT, 'data/plans') },
    },
  });
  const sizes = numbers(values.sizes ?? (values.quick ? '1,10' : '1,10,100'), 'sizes');
  const durationSec = values.duration ? numbers(values.duration, 'duration')[0]! : values.quick ? 2 : 4;
  const warmupSec = values.warmup ? numbers(values.warmup, 'warmup')[0]! : values.quick ? 2 : 8;
  const concurrencies = numbers(values.concurrency!, 'concurrency');
  const seed = numbers(values.seed!, 'seed')[0]!;
  const log = (msg: string) => process.stdout.write(`${msg}\n`);
  const started = new Date();
  const loadBefore = os.loadavg();

  const sources = await readSourcePlans(values.plans!);
  const results: SizeResult[] = [];
  let params = null;
  for (const [i, multiple] of sizes.entries()) {
    // Every concurrency at the first size; at larger sizes 16 (the targets' level) unless asked for all.
    const atLargerSizes: number[] = concurrencies.includes(16) ? [16] : [concurrencies[0]!];
    const levels = i === 0 || values['all-concurrencies'] ? concurrencies : atLargerSizes;
    const result = await benchSize({ multiple, seed, sources, corpusRoot: path.join(ROOT, 'bench/corpus'), concurrencies: levels, durationSec, warmupSec, params, q4Regions: Q4_REGIONS, log });
    params = result.params;
    results.push(result);
  }
  const targets = judgeTargets(results);
  const cpus = os.cpus();
  const report = {
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    startedAt: started.toISOString(),
    seconds: Math.round((Date.now() - started.getTime()) / 1000),
    machine: { cpus: cpus.length, model: cpus[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
    noise: { loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg() },
    settings: { sizes, seed, durationSec, warmupSec, concurrencies },
    sizes: results,
    targets,
  };
  await writeFile(values.out!, `${JSON.stringify(report, null, 1)}\n`);
  log('');
  log(formatTable(results, targets));
  log(`\nmachine: ${report.machine.cpus} × ${report.machine.model}, ${report.machine.memoryGb} GB, Node ${report.machine.node}; load average ${loadBefore[0]!.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)}`);
  log(`results: ${values.out} (${report.seconds} s)`);
  return targets.every((t) => t.met) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(2);
  },
);
