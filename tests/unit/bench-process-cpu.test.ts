/** bench/server-cpu.ts reads a process's CPU time from /proc (processCpuMs in bench/children.ts). */
import { describe, expect, it } from 'vitest';
import { processCpuMs } from '../../bench/children.ts';

describe("a process's CPU time, as bench/server-cpu.ts reads it", () => {
  it('grows by about the CPU this process spends, and not while it sleeps', async () => {
    const before = processCpuMs(process.pid);
    const t0 = process.cpuUsage();
    const until = performance.now() + 300;
    let x = 0;
    while (performance.now() < until) x = (x * 31 + 7) % 1_000_003;
    const spent = process.cpuUsage(t0);
    const busy = processCpuMs(process.pid) - before;
    expect(x).toBeGreaterThanOrEqual(0);
    const expected = (spent.user + spent.system) / 1000;
    // clock ticks of 10 ms; process.cpuUsage counts this process's other threads (GC, vitest's own) too
    expect(busy).toBeGreaterThanOrEqual(expected - 30);
    expect(busy).toBeLessThanOrEqual(expected + 30);

    // asleep, it grows by what the whole process spent meanwhile (process.cpuUsage counts every thread too)
    const idle = processCpuMs(process.pid);
    const t1 = process.cpuUsage();
    await new Promise((r) => setTimeout(r, 300));
    const spentAsleep = process.cpuUsage(t1);
    const grew = processCpuMs(process.pid) - idle;
    expect(grew).toBeLessThanOrEqual((spentAsleep.user + spentAsleep.system) / 1000 + 30);
    expect(grew).toBeLessThan(busy);
  });

  it('says which process it could not read', () => {
    expect(() => processCpuMs(2 ** 30)).toThrow(/proc\/1073741824\/stat/);
  });
});
