/**
 * Size limits of one document (src/ingest/size-limits.ts): a text far larger than any plan is refused with a line
 * that says why and what to do — quickly, before decoding — while a plan-sized text is read as before.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentReadError, MAX_TEXT_CHARS, readDocument, readText } from '../../src/ingest/index.ts';

let dir: string;
let plan: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'plangraph-limits-'));
  plan = await readFile(path.resolve('data/plans/kaizhou-2021-2025.txt'), 'utf8');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('document size limits', () => {
  it('reads the longest real plan, far below the limit', async () => {
    const longest = await readDocument(path.resolve('data/plans/chongqing-2021-2025.txt'));
    expect(longest.text.length).toBeLessThan(MAX_TEXT_CHARS / 10);
    expect(longest.sentences.length).toBeGreaterThan(100);
  });

  it('refuses a text file too large to hold one plan, before decoding it', async () => {
    const file = path.join(dir, '合并 文件.txt');
    const copies = Math.ceil((MAX_TEXT_CHARS * 4 + 1) / Buffer.byteLength(plan));
    await writeFile(file, plan.repeat(copies));
    const t0 = performance.now();
    const error = await readDocument(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentReadError);
    expect((error as DocumentReadError).path).toBe(file);
    expect((error as DocumentReadError).reason).toMatch(/^is \d+\.\d MB of text, more than the 3 million characters PlanGraph reads as one document .*split it/);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('refuses decoded text over the character limit, whatever the format it came from', () => {
    const text = '一'.repeat(MAX_TEXT_CHARS + 1);
    expect(() => readText(text, 'x.docx')).toThrow(/x\.docx: is 3\.0 million characters of text, more than the 3 million/);
  });
});
