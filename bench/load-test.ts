/**
 * One measurement: autocannon sends the same request over `connections` connections for `durationSec`. Every
 * response is checked: status 200 and the same size in bytes as the answer checked in full beforehand (autocannon
 * decodes bodies chunk by chunk, which can split a Chinese character, so bodies are compared by raw size).
 * Responses of another size (`varied`) are legitimate only where row order or a row cap may vary; the caller
 * then checks fresh answers in full.
 */
import autocannon from 'autocannon';
import type { HttpRequest } from './questions.ts';

export interface LoadResult {
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Transport errors, timeouts, non-2xx statuses and wrong answers: any of them makes the figure void. */
  errors: number;
  /** Responses whose size differs from the verified answer's. */
  varied: number;
}

export interface LoadOptions {
  baseUrl: string;
  request: HttpRequest;
  connections: number;
  durationSec: number;
  /** Size in bytes (status line, headers and body) of the verified answer, as autocannon counts it. */
  referenceBytes: number;
  /** Send this many requests instead of running for durationSec (slow questions: enough samples in bounded time). */
  amount?: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** One autocannon run's raw figures, to be summarised alone or pooled with other runs of the same system. */
export interface LoadSample {
  connections: number;
  /** Every response's own time, in ms. */
  latencies: number[];
  requests: number;
  seconds: number;
  errors: number;
  varied: number;
}

export async function sample(options: LoadOptions): Promise<LoadSample> {
  let varied = 0;
  // Every response's own time (autocannon measures it with hrtime): its latency histogram keeps whole milliseconds,
  // too coarse for answers of 1–3 ms (a p50 of 1 against 2 ms read as 2× the floor).
  const latencies: number[] = [];
  const started = performance.now();
  let lastAnswer = started;
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    // autocannon ends a run at its next sample tick (every sampleInt ms, 1000 by default), even one of a number of
    // requests that were all answered long before: such a run would count up to a second of waiting as its time.
    ...(options.amount ? { amount: options.amount, sampleInt: 50 } : { duration: options.durationSec }),
    timeout: 120,
    requests: [
      {
        method: 'POST',
        path: options.request.path,
        headers: { 'content-type': 'application/json' },
        body: options.request.body,
      },
    ],
    setupClient: (client) => {
      client.on('response', (status: number, bytes: number, ms: number) => {
        latencies.push(ms);
        lastAnswer = performance.now();
        if (status === 200 && bytes !== options.referenceBytes) varied++;
      });
    },
  });
  return {
    connections: options.connections,
    latencies,
    requests: result.requests.total,
    // Our own clock: autocannon rounds its duration. A run of a number of requests lasts until its last answer.
    seconds: ((options.amount ? lastAnswer : performance.now()) - started) / 1000,
    errors: result.errors + result.timeouts + result.non2xx,
    varied,
  };
}

/**
 * Several runs of one system as one figure: requests over the time of all runs, percentiles over all responses.
 * The bench interleaves short runs of the systems (PlanGraph, floor, peer, PlanGraph, …) so that a burst of noise on
 * this shared machine falls on all of them rather than on whichever system was being measured.
 */
export function summarise(samples: readonly LoadSample[]): LoadResult {
  if (samples.length === 0) throw new Error('summarise needs at least one run');
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const requests = samples.reduce((n, s) => n + s.requests, 0);
  const seconds = samples.reduce((n, s) => n + s.seconds, 0);
  return {
    connections: samples[0]!.connections,
    requests,
    rps: seconds > 0 ? requests / seconds : 0,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors: samples.reduce((n, s) => n + s.errors, 0),
    varied: samples.reduce((n, s) => n + s.varied, 0),
  };
}

export async function measure(options: LoadOptions): Promise<LoadResult> {
  return summarise([await sample(options)]);
}
