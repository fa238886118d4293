/**
 * npm run soak [-- --amount 20000 --connections 64]: mixed GraphQL requests (autocannon) against `plangraph serve`
 * in a child process on 127.0.0.1, with the server's resident memory sampled from /proc. Passes when no request
 * fails (transport error, timeout, non-2xx, or a GraphQL error in the body) and memory settles: the median RSS of
 * the last third of the run is at most RSS_TOLERANCE above the median of the first third (after a warm-up).
 *
 * Uses NEO4J_URI when set (the graph must hold the plans); otherwise starts an embedded Neo4j on a temporary
 * directory and loads data/plans into it. tests/integration/reliability-load.test.ts runs the same load, smaller.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Allowed growth of the median RSS from the first third of the run to the last. */
export const RSS_TOLERANCE = 0.15;

/** Resident set size of a process in MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN) / 1024;
}

export interface ServeChild {
  url: string;
  pid: number;
  process: ChildProcess;
  /** Its stderr lines. */
  log: string[];
  stop(): Promise<void>;
}

/** `plangraph serve --no-load` (node --import tsx: one process, so its pid is the server's) against `neo4jUri`. */
export function startServe(neo4jUri: string, env: Record<string, string> = {}, timeoutMs = 60_000): Promise<ServeChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), 'serve', '--no-load'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'production', PORT: '0', ...env, NEO4J_URI: neo4jUri },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (l) => log.push(l));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`plangraph serve was not ready within ${timeoutMs / 1000} s:\n${log.slice(-20).join('\n')}`));
    }, timeoutMs);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`plangraph serve exited before it was ready:\n${log.slice(-20).join('\n')}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('PLANGRAPH_READY ')) return;
      clearTimeout(timer);
      resolve({ url: line.split(' ')[1]!, pid: child.pid!, process: child, log, stop });
    });
  });
}

async function graphql<T>(url: string, query: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`the API refused a set-up query: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A mix of the API's questions about what the graph holds now: look-ups, search, neighbours, paths, reports. */
export async function mixedQueries(url: string): Promise<string[]> {
  type Page = { edges: { node: { id: string; name: string } }[] };
  const data = await graphql<{ regions: Page; orgs: Page; plans: { id: string }[] }>(
    url,
    '{ regions: entities(type: Region, first: 6) { edges { node { id name } } } orgs: entities(type: University, first: 6) { edges { node { id name } } } plans { id } }',
  );
  const regions = data.regions.edges.map((e) => e.node);
  const orgs = data.orgs.edges.map((e) => e.node);
  if (regions.length < 2 || orgs.length < 2 || data.plans.length === 0) throw new Error('the graph holds too little to load-test (need 2 regions, 2 universities, 1 plan); load data/plans first.');
  const q = JSON.stringify;
  const queries = ['{ health { ok database } }', '{ stats { documents entityTotal relations { type count } } }', '{ plans { id title issuer { name } } }'];
  for (const [i, org] of orgs.entries()) {
    const region = regions[i % regions.length]!;
    queries.push(
      `{ search(query: ${q(org.name.slice(0, 2))}, limit: 10) { entity { id name } matchedBy } }`,
      `{ entityByName(name: ${q(org.name)}) { id aliases regions { name } } }`,
      `{ entity(id: ${q(org.id)}) { name relations(first: 20) { type direction other { id name } evidence(first: 2) { sentence section } } mentions { document count } } }`,
      `{ neighbors(id: ${q(region.id)}, depth: 2, limit: 100) { nodes { id type distance } edges { source target type } truncated } }`,
      `{ paths(from: ${q(org.id)}, to: ${q(orgs[(i + 1) % orgs.length]!.id)}, maxHops: 4, limit: 5) { length nodes { name } } }`,
      `{ sharedPartners(regions: [${q(region.name)}, ${q(regions[(i + 1) % regions.length]!.name)}], limit: 20) { partner { name } regionCount } }`,
      `{ plan(id: ${q(data.plans[i % data.plans.length]!.id)}) { title sections { title } indicators { name targetValue } } }`,
      `{ compareIndicators(name: "研发") { region { name } indicators { name unit targetValue } } }`,
      `{ entities(type: Enterprise, first: 50) { totalCount edges { node { id name } } pageInfo { endCursor } } }`,
    );
  }
  return queries;
}

export interface MixedLoadResult {
  requests: number;
  /** Transport errors, timeouts, non-2xx answers, answers whose body carries GraphQL errors. */
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
  firstFailures: string[];
  requestsPerSec: number;
  latencyMs: { p50: number; p99: number; max: number };
  durationSec: number;
  /** RSS of the server in MiB, one sample per `sampleMs`. */
  rss: number[];
}

export async function runMixedLoad(options: { url: string; pid: number; amount: number; connections: number; sampleMs?: number }): Promise<MixedLoadResult> {
  const queries = await mixedQueries(options.url);
  let graphqlErrors = 0;
  const firstFailures: string[] = [];
  const requests = queries.map((query) => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    onResponse: (status: number, body: string) => {
      if (status === 200 && !body.includes('"errors"')) return;
      graphqlErrors++;
      if (firstFailures.length < 5) firstFailures.push(`${status} ${query.slice(0, 80)} → ${body.slice(0, 300)}`);
    },
  }));
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(rssMiB(options.pid)), options.sampleMs ?? 250);
  try {
    const result = await autocannon({ url: options.url, connections: options.connections, amount: options.amount, timeout: 30, requests });
    return {
      requests: result.requests.total,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      graphqlErrors,
      firstFailures,
      requestsPerSec: result.requests.average,
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      durationSec: result.duration,
      rss,
    };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * Whether memory settled: the median RSS of the last third of the samples against the median of the first third
 * (RSS saws up and down with each garbage collection, so peaks are noisy; a leak lifts the whole saw).
 */
export function rssSettles(samples: number[], tolerance: number = RSS_TOLERANCE): { firstMedian: number; lastMedian: number; firstMax: number; lastMax: number; growth: number; settled: boolean } {
  if (samples.length < 6) throw new Error(`only ${samples.length} memory samples; run longer (more requests) to judge memory.`);
  const third = Math.floor(samples.length / 3);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const first = samples.slice(0, third);
  const last = samples.slice(-third);
  const growth = median(last) / median(first) - 1;
  return { firstMedian: median(first), lastMedian: median(last), firstMax: Math.max(...first), lastMax: Math.max(...last), growth, settled: growth <= tolerance };
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { amount: { type: 'string', default: '20000' }, connections: { type: 'string', default: '64' }, warmup: { type: 'string', default: '1000' } } });
  const amount = Number(values.amount);
  const connections = Number(values.connections);
  const log = (msg: string) => console.error(`[soak] ${msg}`);
  const cleanups: (() => Promise<void>)[] = [];
  try {
    let uri = process.env.NEO4J_URI;
    const env: Record<string, string> = {};
    if (uri) {
      for (const key of ['NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'] as const) if (process.env[key]) env[key] = process.env[key]!;
    } else {
      const { startEmbeddedNeo4j, Store, loadGraph } = await import('../src/store/index.ts');
      const { extractDocuments } = await import('../src/extract/index.ts');
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'plangraph-soak-'));
      cleanups.unshift(() => rm(dataDir, { recursive: true, force: true }));
      const neo4j = await startEmbeddedNeo4j({ dataDir, timeoutSec: 180, onProgress: log });
      cleanups.unshift(() => neo4j.stop());
      uri = neo4j.uri;
      const store = new Store({ uri });
      try {
        const { graph } = await extractDocuments([path.join(ROOT, 'data/plans')]);
        const loaded = await loadGraph(store, graph);
        log(`loaded ${loaded.documents} documents (${loaded.records} records)`);
      } finally {
        await store.close();
      }
    }
    const server = await startServe(uri, env);
    cleanups.unshift(() => server.stop());
    log(`server ${server.url} (pid ${server.pid}); warm-up ${values.warmup} requests…`);
    await runMixedLoad({ url: server.url, pid: server.pid, amount: Number(values.warmup), connections });
    log(`${amount} mixed requests at concurrency ${connections}…`);
    const result = await runMixedLoad({ url: server.url, pid: server.pid, amount, connections });
    const memory = rssSettles(result.rss);
    const failed = result.errors + result.timeouts + result.non2xx + result.graphqlErrors;
    const step = Math.max(1, Math.ceil(result.rss.length / 12));
    const rssTimeline = result.rss.filter((_, i) => i % step === 0).map(Math.round);
    console.log(JSON.stringify({ ...result, rss: undefined, rssSamples: result.rss.length, rssTimeline, memory }, null, 2));
    log(
      `${result.requests} requests in ${result.durationSec.toFixed(1)} s (${Math.round(result.requestsPerSec)}/s), p99 ${result.latencyMs.p99} ms, ` +
        `${failed} failed; RSS median ${memory.firstMedian.toFixed(0)} → ${memory.lastMedian.toFixed(0)} MiB (${(memory.growth * 100).toFixed(1)} %), ` +
        `peak ${memory.firstMax.toFixed(0)} → ${memory.lastMax.toFixed(0)} MiB`,
    );
    if (failed > 0) log(`FAILED: ${failed} requests failed, e.g.\n${result.firstFailures.join('\n')}`);
    if (!memory.settled) log(`FAILED: resident memory grew by more than ${RSS_TOLERANCE * 100} % from the first third of the run to the last`);
    return failed === 0 && memory.settled ? 0 : 1;
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((err: unknown) => log(`cleaning up: ${String(err)}`));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`[soak] ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
