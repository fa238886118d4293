import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/commands/extract.ts';
import { BATCH_EXTRACTION_V8_FLAGS, batchExtractionTuned } from '../../src/extract/index.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'plangraph-tuning-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('batch extraction V8 flags', () => {
  it.each(BATCH_EXTRACTION_V8_FLAGS)('this Node knows %s and takes its value', (flag) => {
    // node exits 9 ("bad option") on a flag its V8 does not have; --v8-options prints a set value as the default
    const options = spawnSync(process.execPath, [flag, '--v8-options'], { encoding: 'utf8' });
    expect(options.status).toBe(0);
    expect(options.stdout).toContain(`default: ${flag}\n`);
    // set at run time, as tuneForBatchExtraction does: V8 prints "unrecognized flag" for a name it does not know
    const atRunTime = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(flag)})`], { encoding: 'utf8' });
    expect(atRunTime.status).toBe(0);
    expect(atRunTime.stderr).toBe('');
  });

  it('plangraph extract sets them when it extracts, not on a usage error', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await run(['data/plans'])).toBe(2);
    errors.mockRestore();
    expect(batchExtractionTuned()).toBe(false);

    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const out = path.join(dir, 'graph.json');
    const code = await run(['data/plans/wanzhou-2021-2025.txt', '--out', out]);
    write.mockRestore();
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).documents).toHaveLength(1);
    expect(batchExtractionTuned()).toBe(true);
  });
});
