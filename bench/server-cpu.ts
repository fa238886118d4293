/**
 * CPU per answer of each system's server side: how much of a core PlanGraph's GraphQL side takes per answer against
 * the floor's plain handler (and the peer's), on one question, the same Neo4j behind them. The systems run in one
 * servers process (bench/servers.ts, as in the bench), one at a time, in rounds whose order turns; the process's CPU
 * time (user + system, from /proc) over each run, divided by the answers in it, is that system's cost. A run with a
 * non-2xx answer, an error or a timeout stops the script. Answers are not checked against expected rows here: the
 * bench does that. Linux only (/proc).
 *
 *   tsx bench/server-cpu.ts <boltUri> [--question Q1] [--connections 16] [--seconds 5] [--rounds 4]
 *
 * The store must hold a loaded corpus (e.g. `NEO4J_URI=<boltUri> npm run plangraph -- load data/plans`). The first
 * round warms up and is not printed.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { wholeOption } from '../src/commands/options.ts';
import { Store } from '../src/store/store.ts';
import { processCpuMs, startChild } from './children.ts';
import { pickParams } from './expected.ts';
import { rotate, type ServersProcess } from './query-bench.ts';
import { PEER_CANNOT, Q4_REGIONS, QUESTION_IDS, requestFor, type QuestionId } from './questions.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const usage = 'usage: tsx bench/server-cpu.ts <boltUri> [--question Q1] [--connections 16] [--seconds 5] [--rounds 4]';
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { question: { type: 'string' }, connections: { type: 'string' }, seconds: { type: 'string' }, rounds: { type: 'string' } },
  });
  const [uri] = positionals;
  if (!uri || positionals.length > 1) throw new Error(usage);
  const q = values.question ?? 'Q1';
  if (!(QUESTION_IDS as readonly string[]).includes(q)) throw new Error(`--question takes one of ${QUESTION_IDS.join(', ')}, got "${q}".`);
  const question = q as QuestionId;
  const connections = wholeOption('connections', values.connections, 1) ?? 16;
  const seconds = wholeOption('seconds', values.seconds, 1) ?? 5;
  // the first round warms up
  const rounds = (wholeOption('rounds', values.rounds, 1) ?? 4) + 1;
  const store = new Store({ uri });
  const params = await pickParams(store, Q4_REGIONS).finally(() => store.close());
  const log = path.join(os.tmpdir(), 'plangraph-server-cpu.log');
  const child = await startChild<ServersProcess>(path.join(HERE, 'servers.ts'), [uri], log, 120_000, [], { NODE_ENV: 'production' });
  const pid = child.process.pid!;
  const systems = (['plangraph', 'floor', 'peer'] as const).filter((x) => x !== 'peer' || !PEER_CANNOT.has(question));
  try {
    process.stdout.write(`${question} at c${connections}, ${seconds} s runs; params ${JSON.stringify(params)}\n`);
    for (let round = 0; round < rounds; round++) {
      for (const system of rotate(systems, round)) {
        const request = requestFor(system, question, params);
        const first = await fetch(child.value[system] + request.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body });
        const bytes = (await first.text()).length;
        if (!first.ok) throw new Error(`${system} answered ${first.status} to ${question}; see ${log}`);
        const before = processCpuMs(pid);
        const result = await autocannon({
          url: child.value[system],
          connections,
          duration: seconds,
          requests: [{ method: 'POST', path: request.path, headers: { 'content-type': 'application/json' }, body: request.body }],
        });
        const cpu = processCpuMs(pid) - before;
        const answers = result.requests.total;
        if (result.non2xx || result.errors || result.timeouts) throw new Error(`${system}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`);
        if (round === 0) continue;
        process.stdout.write(
          `round ${round} ${system.padEnd(9)} ${answers} answers (${(answers / seconds).toFixed(0)}/s, p50 ${result.latency.p50} ms), server CPU ${(cpu / answers).toFixed(3)} ms per answer (first answer ${bytes} bytes)\n`,
        );
      }
    }
  } finally {
    await child.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`server-cpu failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
