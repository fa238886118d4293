/**
 * Q1–Q5 against the three systems at one corpus size: each answer checked against the expected rows first, then
 * measured at each concurrency with the systems interleaved (same minute, same noise), then db hits.
 */
import os from 'node:os';
import autocannon from 'autocannon';
import { ANSWER_CACHE_HEADER } from '../src/api/answer-cache.ts';
import { canonical, judge, type Canonical, type Expected } from './check.ts';
import { measure, sample, summarise, type LoadResult, type LoadSample } from './load-test.ts';
import { asks, dialectOf, QUESTION_IDS, requestFor, SYSTEMS, type HttpRequest, type QuestionId, type QuestionParams, type SystemId } from './questions.ts';

export type Servers = Record<SystemId, string>;

/** What bench/servers.ts prints: each system's base URL, and one that answers once none of them serves a request. */
export type ServersProcess = Servers & { idle: string };

export interface Measurement extends LoadResult {
  question: QuestionId;
  system: SystemId;
  /** All checks passed: the first answer, fresh answers after a run with responses of another size, no errors. */
  correct: boolean;
  problems: string[];
  loadAvg: number;
  /** Runs of a number of requests (perConnection), not timed: one answer looked too slow for short timed runs. */
  sampled: boolean;
  /** Runs interleaved with the other systems' (ROUNDS); 1 in results made before every cell was interleaved. */
  runs: number;
}

export interface AnswerCheck {
  question: QuestionId;
  system: SystemId;
  ok: boolean;
  problems: string[];
  bytes: number;
  /** PlanGraph's x-plangraph-answer-cache header on an answer after the checked one (hit: measured from its cache). */
  answerCache: string | null;
}

export interface QueryBenchOptions {
  servers: Servers;
  /** GET answers once no system is serving a request (bench/servers.ts's `idle`). */
  idleUrl: string;
  params: QuestionParams;
  expected: Expected;
  concurrencies: number[];
  durationSec: number;
  /**
   * Seconds each system runs a question at load before it is measured. A freshly loaded Neo4j and a fresh server run
   * cold (the JVM's and V8's compilers have not reached the hot paths): measured a 6 s run of Q1 at ×10 three times in
   * turn, the first run of the first system measured gave 42 answers, the third about 1,400. Five warm-up requests left that
   * cost to whichever system came first, always PlanGraph. After 2 × 2 s of warm-up PlanGraph's next 4 s run still
   * gave 499 answers and the one after 868: the default is 2 × 4 s.
   */
  warmupSec: number;
  log: (msg: string) => void;
}

/**
 * Each system's timed measurement is split into this many short runs, interleaved with the other systems' runs.
 * Measured one after the other, 4 s each, a burst of noise from the machine's other tenants could fall on one system
 * alone: PlanGraph's Q1 at ×1, c1 read 1.30×, 1.50× and 1.53× the floor in three runs (p50 1.5, 2.2 and 2.3 ms).
 */
const ROUNDS = 4;

/**
 * Interleaved only when every system answers at least this many times per connection in a short run, as estimated
 * from one answer alone (`ms × connections`): a timed run ends with one answer per connection cut off and not
 * counted, which must stay a small share of each run. The estimate is cautious: at ×1, c16 the answers took about
 * half of it (Q1's p50 19, 14 and 55 ms for PlanGraph, the floor and the peer, against 34, 27 and 104 ms estimated).
 * With 20, only c1 was interleaved, and a burst of noise on PlanGraph's run alone made its Q5 at ×1, c16 read 1.05×
 * the peer (p50 24 ms against the floor's 13).
 */
const INTERLEAVE_MIN_ANSWERS = 10;

/** Requests per connection in one run by count: about what 2 cores answer in `roundSec`, 1 to 20. */
export function perConnection(ms: number, connections: number, roundSec: number): number {
  return Math.min(20, Math.max(1, Math.round((2 * roundSec * 1000) / (ms * connections))));
}

/** The list turned by `by` places: the order of the systems in round `by`. */
export function rotate<T>(list: readonly T[], by: number): T[] {
  const k = list.length ? by % list.length : 0;
  return [...list.slice(k), ...list.slice(0, k)];
}

/**
 * Waits until every system has finished the requests it was serving: a timed run ends with requests in flight, and
 * the next run must not pay for them (see bench/in-flight.ts).
 */
async function settle(o: QueryBenchOptions): Promise<void> {
  const res = await fetch(o.idleUrl);
  if (res.status !== 200) throw new Error(`the bench servers did not say they were idle: HTTP ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
}

async function fetchAnswer(base: string, request: HttpRequest): Promise<{ body: unknown; answerCache: string | null }> {
  const res = await fetch(`${base}${request.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  return { body: JSON.parse(text), answerCache: res.headers.get(ANSWER_CACHE_HEADER) };
}

/** Size of one response as autocannon counts it (status line, headers, body). */
async function responseBytes(base: string, request: HttpRequest): Promise<number> {
  let bytes = -1;
  await autocannon({
    url: base,
    connections: 1,
    amount: 1,
    requests: [{ method: 'POST', path: request.path, headers: { 'content-type': 'application/json' }, body: request.body }],
    setupClient: (client) => client.on('response', (_status, b) => (bytes = b)),
  });
  return bytes;
}

async function check(q: QuestionId, system: SystemId, o: QueryBenchOptions, reference?: Canonical): Promise<{ problems: string[]; answer: Canonical | null; ms: number }> {
  const t0 = performance.now();
  try {
    const answer = canonical(q, dialectOf(system), (await fetchAnswer(o.servers[system], requestFor(system, q, o.params))).body);
    return { problems: judge(q, answer, o.expected, reference), answer, ms: performance.now() - t0 };
  } catch (err) {
    return { problems: [(err as Error).message], answer: null, ms: performance.now() - t0 };
  }
}

export async function runQueries(o: QueryBenchOptions): Promise<{ checks: AnswerCheck[]; measurements: Measurement[] }> {
  const checks: AnswerCheck[] = [];
  const measurements: Measurement[] = [];
  for (const q of QUESTION_IDS) {
    await settle(o);
    const floor = await check(q, 'floor', o);
    const ok = new Map<SystemId, { bytes: number; ms: number }>();
    for (const system of SYSTEMS.filter((s) => asks(s, q, o.params))) {
      const { problems, ms } = system === 'floor' ? floor : await check(q, system, o, floor.answer ?? undefined);
      const bytes = problems.length ? -1 : await responseBytes(o.servers[system], requestFor(system, q, o.params));
      const answerCache = problems.length ? null : (await fetchAnswer(o.servers[system], requestFor(system, q, o.params))).answerCache;
      checks.push({ question: q, system, ok: problems.length === 0, problems, bytes, answerCache });
      o.log(`  ${q} ${system}: ${problems.length ? `WRONG — ${problems.slice(0, 2).join('; ')}` : 'answer correct'}${answerCache ? ` (answer cache: ${answerCache})` : ''}`);
      if (!problems.length) ok.set(system, { bytes, ms });
    }
    // Warm every system up at load (query plans cached, the JVM's and V8's compilers on the hot paths), in turn and
    // twice, so that none is measured cold; then five answers alone say how slow one answer is.
    const warmConnections = Math.min(16, Math.max(...o.concurrencies));
    for (let round = 0; round < 2; round++) {
      for (const [system, entry] of ok) {
        await settle(o);
        await measure({ baseUrl: o.servers[system], request: requestFor(system, q, o.params), connections: warmConnections, durationSec: o.warmupSec / 2, referenceBytes: entry.bytes });
      }
    }
    for (const [system, entry] of ok) {
      await settle(o);
      const warm = await measure({ baseUrl: o.servers[system], request: requestFor(system, q, o.params), connections: 1, durationSec: 1, referenceBytes: entry.bytes, amount: 5 });
      entry.ms = warm.p50;
    }
    for (const connections of o.concurrencies) {
      // Every system runs ROUNDS times, in turn with the others, in an order that turns each round (PlanGraph, floor,
      // peer; floor, peer, PlanGraph; …): noise from the machine's other tenants falls on every system alike. Where
      // every system fits INTERLEAVE_MIN_ANSWERS answers per connection into a timed run of durationSec / ROUNDS
      // (one warm answer alone takes `ms`), the runs are timed. Else each run is a number of requests (by count),
      // about what 2 cores answer in durationSec / ROUNDS (`ms × connections / 2` per request and connection, at
      // least one per connection): a timed run would end with answers in flight and not counted, a large share of a
      // short run when answers are slow.
      const plan = [...ok].map(([system, { bytes, ms }]) => ({ system, bytes, ms }));
      const roundSec = o.durationSec / ROUNDS;
      const byTime = plan.every((p) => p.ms * connections * INTERLEAVE_MIN_ANSWERS <= roundSec * 1000);
      const samples = new Map<SystemId, LoadSample[]>(plan.map((p) => [p.system, []]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const p of rotate(plan, round)) {
          await settle(o);
          const request = requestFor(p.system, q, o.params);
          const amount = byTime ? undefined : connections * perConnection(p.ms, connections, roundSec);
          samples.get(p.system)!.push(await sample({ baseUrl: o.servers[p.system], request, connections, durationSec: roundSec, referenceBytes: p.bytes, ...(amount ? { amount } : {}) }));
        }
      }
      for (const { system } of plan) {
        const result = summarise(samples.get(system)!);
        // A timed run alone says how slow one answer is better than five warm-up requests (one stall among five
        // made a fast answer look slow, and its next runs were sampled by count).
        if (connections === 1 && result.requests >= 20) ok.get(system)!.ms = result.p50;
        const problems: string[] = [];
        if (result.errors) problems.push(`${result.errors} errors, timeouts or non-2xx responses`);
        if (result.requests === 0) problems.push(`no answer completed within ${o.durationSec} s; measure longer (--duration)`);
        if (result.varied) {
          // Answers of another size: check fresh ones in full.
          await settle(o);
          for (let i = 0; i < 3; i++) problems.push(...(await check(q, system, o, floor.answer ?? undefined)).problems);
        }
        measurements.push({ ...result, question: q, system, correct: problems.length === 0, problems, loadAvg: os.loadavg()[0]!, sampled: !byTime, runs: ROUNDS });
        o.log(
          `  ${q} ${system.padEnd(9)} c=${String(connections).padStart(2)}  p50 ${result.p50.toFixed(1).padStart(7)} ms  p99 ${result.p99.toFixed(1).padStart(7)} ms  ${result.rps.toFixed(1).padStart(7)} req/s  (${ROUNDS} runs interleaved${byTime ? '' : ', by count'})${problems.length ? `  WRONG: ${problems[0]}` : ''}`,
        );
      }
    }
  }
  return { checks, measurements };
}
