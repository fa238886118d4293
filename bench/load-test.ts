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

export async function measure(options: LoadOptions): Promise<LoadResult> {
  let varied = 0;
  // Every response's own time (autocannon measures it with hrtime): its latency histogram keeps whole milliseconds,
  // too coarse for answers of 1–3 ms (a p50 of 1 against 2 ms read as 2× the floor).
  const latencies: number[] = [];
  const started = performance.now();
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.durationSec }),
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
        if (status === 200 && bytes !== options.referenceBytes) varied++;
      });
    },
  });
  latencies.sort((a, b) => a - b);
  return {
    connections: options.connections,
    requests: result.requests.total,
    // Our own clock: autocannon rounds its duration, which matters for short runs of a fixed number of requests.
    rps: result.requests.total / ((performance.now() - started) / 1000),
    p50: latencies.length ? percentile(latencies, 50) : result.latency.p50,
    p99: latencies.length ? percentile(latencies, 99) : result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    varied,
  };
}
