import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/commands/extract.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'plangraph-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plangraph extract', () => {
  it('writes a valid graph.json for data/plans and exits 0', async () => {
    const out = path.join(dir, 'graph.json');
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await run(['data/plans', '--out', out, '--report', path.join(dir, 'report.txt')]);
    err.mockRestore();
    expect(code).toBe(0);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(graph.documents).toHaveLength(5);
    expect(graph.nodes.length).toBeGreaterThan(100);
    expect(graph.indicators.length).toBeGreaterThan(20);
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toMatch(/^# extraction: 5 documents/);
  });

  it('exits 1 and names the unreadable input with its reason', async () => {
    const errors: string[] = [];
    const err = vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await run(['data/plans/wanzhou-2021-2025.txt', path.join(dir, 'nope.txt'), '--out', path.join(dir, 'g.json')]);
    err.mockRestore();
    write.mockRestore();
    expect(code).toBe(1);
    expect(errors.join('\n')).toContain(`could not read ${path.join(dir, 'nope.txt')}: no such file`);
  });

  it('exits 2 with a usage line when --out is missing', async () => {
    const errors: string[] = [];
    const err = vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    expect(await run(['data/plans'])).toBe(2);
    err.mockRestore();
    expect(errors.join('\n')).toContain('Usage: plangraph extract');
  });

  it('--workers 1 writes the same graph.json as --workers 0', async () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const codes = [await run(['data/plans', '--workers', '0', '--out', path.join(dir, 'w0.json')]), await run(['data/plans', '--workers', '1', '--out', path.join(dir, 'w1.json')])];
    write.mockRestore();
    expect(codes).toEqual([0, 0]);
    const w0 = readFileSync(path.join(dir, 'w0.json'), 'utf8');
    expect(JSON.parse(w0).documents).toHaveLength(5);
    expect(readFileSync(path.join(dir, 'w1.json'), 'utf8')).toBe(w0);
  }, 60_000);

  it('exits 2 and says what --workers takes when it is not a whole number of at least 0', async () => {
    const errors: string[] = [];
    const err = vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    expect(await run(['data/plans', '--out', path.join(dir, 'g.json'), '--workers', 'two'])).toBe(2);
    err.mockRestore();
    expect(errors.join('\n')).toContain('--workers takes a whole number of at least 0, got "two"');
  });
});
