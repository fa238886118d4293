import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measure, percentile, sample, summarise } from '../../bench/load-test.ts';

// A server whose every answer takes at least 1.5 ms of work: autocannon's own histogram would call it 1 ms.
const BODY = JSON.stringify({ data: { ok: true } });
let server: http.Server;
let url: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const until = performance.now() + 1.5;
      while (performance.now() < until);
      res.writeHead(200, { 'content-type': 'application/json' }).end(BODY);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('bench load test', () => {
  it('takes percentiles by nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile([0.4, 1.7, 2.2], 50)).toBe(1.7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('times every response itself, below the millisecond, and counts answers of another size', async () => {
    const request = { path: '/graphql', body: '{}' };
    // No answer has -1 bytes: each of them is counted as of another size than the checked one.
    const result = await measure({ baseUrl: url, request, connections: 1, durationSec: 1, referenceBytes: -1, amount: 40 });
    expect(result.requests).toBe(40);
    expect(result.varied).toBe(40);
    expect(result.errors).toBe(0);
    expect(result.p50).toBeGreaterThanOrEqual(1.5);
    expect(result.p99).toBeGreaterThanOrEqual(result.p50);
    // Whole milliseconds would say 1 or 2; the answer's own time has a fraction.
    expect(result.p50 % 1).not.toBe(0);
  });

  it('ends a run of a number of requests at its last answer, not at autocannon\'s next sample tick (once a second)', async () => {
    const request = { path: '/graphql', body: '{}' };
    const t0 = performance.now();
    const run = await sample({ baseUrl: url, request, connections: 2, durationSec: 1, referenceBytes: -1, amount: 20 });
    const wall = (performance.now() - t0) / 1000;
    expect(run.requests).toBe(20);
    // 20 answers of about 1.5 ms take tens of milliseconds; a run that waited for the tick would take a second
    expect(run.seconds).toBeLessThan(0.5);
    expect(wall).toBeLessThan(0.6);
    expect(run.seconds).toBeGreaterThan(0.015);
  });

  it('pools interleaved runs of one system: requests over their total time, percentiles over every response', async () => {
    const request = { path: '/graphql', body: '{}' };
    const a = await sample({ baseUrl: url, request, connections: 1, durationSec: 1, referenceBytes: -1, amount: 10 });
    const b = await sample({ baseUrl: url, request, connections: 1, durationSec: 1, referenceBytes: -1, amount: 30 });
    expect(a.latencies).toHaveLength(10);
    expect(b.latencies).toHaveLength(30);
    const pooled = summarise([a, b]);
    expect(pooled.requests).toBe(40);
    expect(pooled.varied).toBe(40);
    expect(pooled.rps).toBeCloseTo(40 / (a.seconds + b.seconds), 6);
    const all = [...a.latencies, ...b.latencies].sort((x, y) => x - y);
    expect(pooled.p50).toBe(all[19]);
    expect(pooled.p99).toBe(all[39]);
    // The same as one run when there is one.
    expect(summarise([a])).toEqual({ connections: 1, requests: 10, rps: 10 / a.seconds, p50: percentile([...a.latencies].sort((x, y) => x - y), 50), p99: percentile([...a.latencies].sort((x, y) => x - y), 99), errors: 0, varied: 10 });
    expect(() => summarise([])).toThrow(/at least one run/);
  });
});
