import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InFlight } from '../../bench/in-flight.ts';
import { measure } from '../../bench/load-test.ts';
import { listen, Router, sendJson } from '../../src/api/http-server.ts';

// Every answer takes 300 ms: a timed run of autocannon ends with requests the server is still computing.
const inFlight = new InFlight();
let started = 0;
let finished = 0;
let server: Awaited<ReturnType<typeof listen>>;
let control: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  const router = new Router().add('/slow', async (_req, res) => {
    started++;
    await new Promise((resolve) => setTimeout(resolve, 300));
    finished++;
    sendJson(res, 200, { ok: true });
  });
  // As bench/servers.ts does with startApiServer's router: track what a router built elsewhere finds.
  inFlight.track(router);
  server = await listen({ host: '127.0.0.1', port: 0, corsOrigins: [], router });
  // Untracked, as bench/servers.ts's /bench/idle is.
  const idle = new Router().add('/idle', async (_req, res) => {
    await inFlight.idle();
    sendJson(res, 200, { idle: true, finished });
  });
  control = await listen({ host: '127.0.0.1', port: 0, corsOrigins: [], router: idle });
});
afterAll(async () => {
  await server.close();
  await control.close();
});

describe('bench: waiting for the requests a run leaves in flight', () => {
  it('answers idle only once the handlers a timed run left behind have finished', async () => {
    const result = await measure({ baseUrl: server.url, request: { path: '/slow', body: '{}' }, connections: 4, durationSec: 1, referenceBytes: -1 });
    expect(result.requests).toBeGreaterThan(0);
    // autocannon has returned, yet the server is still computing the last requests of its four connections.
    expect(inFlight.size).toBeGreaterThan(0);
    expect(finished).toBeLessThan(started);
    const res = await fetch(`${control.url}/idle`);
    const body = (await res.json()) as { idle: boolean; finished: number };
    expect(res.status).toBe(200);
    expect(body.finished).toBe(started);
    expect(inFlight.size).toBe(0);
  });

  it('wraps each handler of a tracked router once, not once per request', () => {
    const router = new Router().add('/a', async () => {});
    new InFlight().track(router);
    expect(router.find('/a')).not.toBeNull();
    expect(router.find('/a')).toBe(router.find('/a'));
    expect(router.find('/nothing')).toBeNull();
  });

  it('answers idle at once when nothing is being served', async () => {
    const t0 = performance.now();
    await (await fetch(`${control.url}/idle`)).json();
    expect(performance.now() - t0).toBeLessThan(250);
    expect(inFlight.size).toBe(0);
  });
});
