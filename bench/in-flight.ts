import type { RouteHandler, Router } from '../src/api/http-server.ts';

/**
 * Requests being served by any of the systems. autocannon ends a timed run with requests still in flight: it closes
 * their connections, but the server goes on computing them (a GraphQL handler does not stop when its client leaves).
 * Measured at ×100 (`.exp`-style one-off script, 4 rounds each): five Q3 answers from PlanGraph's cache, asked one at
 * a time right after a 2 s run of the peer's Q3 at c16, had a p99 of 153–184 ms (p50 15–34 ms; 8–11 ms when asked
 * again), and after PlanGraph's own Q3 without its cache a p99 of 310–466 ms. Waiting for idle first (160–400 ms)
 * brought the p99 to 8–36 ms. In the bench, one such slow start made PlanGraph's cached Q3 at ×100 look slow alone,
 * so it was measured by count (64 requests, p99 ≈ the slowest) and missed its p99 target once (251 ms). The bench
 * waits on `/bench/idle` before each run, so no system is measured while the previous one's leftovers run.
 */
export class InFlight {
  private count = 0;
  private waiters: (() => void)[] = [];

  wrap(handler: RouteHandler): RouteHandler {
    return async (req, res, url) => {
      this.count++;
      try {
        await handler(req, res, url);
      } finally {
        if (--this.count === 0) for (const wake of this.waiters.splice(0)) wake();
      }
    };
  }

  /** Track every handler a router finds (used on routers built elsewhere, e.g. startApiServer's). */
  track(router: Router): void {
    const find = router.find.bind(router);
    router.find = (pathname) => {
      const handler = find(pathname);
      return handler && this.wrap(handler);
    };
  }

  /** Requests being served now. */
  get size(): number {
    return this.count;
  }

  /** Resolves once no request is being served (at once if none is). */
  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}
