import type { RouteHandler, Router } from '../src/api/http-server.ts';

/**
 * Requests being served by any of the systems. autocannon ends a timed run with requests still in flight: it closes
 * their connections, but the server goes on computing them (a GraphQL handler does not stop when its client leaves).
 * Measured at ×100 (a one-off script, not kept; 4 rounds each): five Q3 answers from PlanGraph's cache, asked one at
 * a time right after a 2 s run of the peer's Q3 at c16, had a p99 of 153–184 ms (p50 15–34 ms; 8–11 ms when asked
 * again), and after PlanGraph's own Q3 without its cache a p99 of 310–466 ms. Waiting for idle first (160–400 ms)
 * brought the p99 to 8–36 ms. In the two full runs before this wait, PlanGraph's cached Q3 at ×100 was measured by
 * count (64 requests: its p99 is about the slowest answer; 251 ms once, over the target); in the three after it, timed.
 * The bench waits on `/bench/idle` before each run, so no system is measured while the previous one's leftovers run.
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

  /**
   * Track every handler a router finds (used on routers built elsewhere, e.g. startApiServer's). Each handler is
   * wrapped once, as `wrap` does for the floor's and the peer's, not once per request.
   */
  track(router: Router): void {
    const find = router.find.bind(router);
    const wrapped = new WeakMap<RouteHandler, RouteHandler>();
    router.find = (pathname) => {
      const handler = find(pathname);
      if (!handler) return null;
      let tracked = wrapped.get(handler);
      if (!tracked) wrapped.set(handler, (tracked = this.wrap(handler)));
      return tracked;
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
