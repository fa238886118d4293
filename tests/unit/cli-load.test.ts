import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/commands/load.ts';

afterEach(() => vi.restoreAllMocks());

describe('plangraph load options', () => {
  it.each([
    ['--per-transaction', '0'],
    ['--per-transaction', '2.5'],
    ['--concurrency', 'many'],
    ['--concurrency', '0'],
  ])('refuses %s %s with exit 2 and says what it takes, before opening any database', async (option, value) => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    const code = await run(['data/plans', option, value]);
    expect(code).toBe(2);
    expect(errors.join('\n')).toContain(`${option} takes a whole number of at least 1, got "${value}"`);
    expect(errors.join('\n')).toMatch(/Usage: plangraph load/);
  });

  it.each([['-1'], ['1.5'], ['all']])('refuses --workers %s with exit 2 (0 is allowed: the main thread only)', async (value) => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    expect(await run(['data/plans', `--workers=${value}`])).toBe(2);
    expect(errors.join('\n')).toContain(`--workers takes a whole number of at least 0, got "${value}"`);
  });
});
