/** File formats and encodings detected by content, and the exact errors for files that cannot be read. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readDocument, DocumentReadError } from '../../src/ingest/index.ts';
import { buildDocx } from '../fixtures/ingest/build-docx.ts';
import { buildPdf } from '../fixtures/ingest/build-pdf.ts';

const dir = mkdtempSync(join(tmpdir(), 'plangraph-ingest-'));
const write = (name: string, bytes: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const qianjiang = readFileSync('data/plans/qianjiang-2021-2025.txt', 'utf8').split('\n');
const paragraph = `第一章 发展基础\n${qianjiang.find((l) => l.startsWith('创新环境全面提升'))!}`;
const bom = (b: number[], body: Buffer) => Buffer.concat([Buffer.from(b), body]);

describe('text encodings', () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ['utf8.txt', Buffer.from(paragraph, 'utf8'), 'UTF-8'],
    ['utf8-bom.txt', bom([0xef, 0xbb, 0xbf], Buffer.from(paragraph, 'utf8')), 'UTF-8'],
    ['gb18030.txt', iconv.encode(paragraph, 'gb18030'), 'GB18030'],
    ['utf16le-bom.txt', bom([0xff, 0xfe], iconv.encode(paragraph, 'utf16le')), 'UTF-16LE'],
    ['utf16be.txt', iconv.encode(paragraph, 'utf16be'), 'UTF-16BE'],
    ['utf16le-pure-cjk.txt', iconv.encode('创新环境全面提升。区委区政府始终把创新作为引领发展的第一动力。', 'utf16le'), 'UTF-16LE'],
  ];
  const expected = paragraph.replace(' ', '');
  it.each(cases)('%s decodes to the same text', async (name, bytes, encoding) => {
    const doc = await readDocument(write(name, bytes));
    expect(doc.encoding).toBe(encoding);
    expect(doc.format).toBe('txt');
    if (name.includes('pure')) expect(doc.text).toBe('创新环境全面提升。区委区政府始终把创新作为引领发展的第一动力。');
    else {
      expect(doc.text).toBe(expected);
      expect(doc.sections[0]?.title).toBe('第一章发展基础');
    }
  });
  it('hashes the file bytes', async () => {
    const path = write('hash.txt', Buffer.from(paragraph, 'utf8'));
    const { createHash } = await import('node:crypto');
    expect((await readDocument(path)).sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
  });
});

describe('docx, pdf and html', () => {
  it('reads a .docx built in the test, paragraphs as lines', async () => {
    const path = write('plan.docx', await buildDocx(['万州区科技创新“十四五”规划', '第一章 总体要求', '推动重庆大学与万州区共建研究院。']));
    const doc = await readDocument(path);
    expect(doc.format).toBe('docx');
    expect(doc.text).toBe('万州区科技创新“十四五”规划\n第一章总体要求\n推动重庆大学与万州区共建研究院。');
    expect(doc.title).toBe('万州区科技创新“十四五”规划');
    expect(doc.sections.map((s) => s.title)).toEqual(['第一章总体要求']);
  });
  it('falls back to the docx core title when the text has no title line', async () => {
    const doc = await readDocument(write('untitled.docx', await buildDocx(['推动创新。'], '云阳县科技创新规划')));
    expect(doc.title).toBe('云阳县科技创新规划');
  });
  it('reads a .docx by content even under a .txt name', async () => {
    const doc = await readDocument(write('disguised.txt', await buildDocx(['推动创新。'])));
    expect(doc.format).toBe('docx');
  });
  it('reads the text layer of a PDF (CJK through a ToUnicode map)', async () => {
    const doc = await readDocument(write('plan.pdf', buildPdf(['第一章 总体要求', '推动重庆大学与万州区共建研究院。', '12'])));
    expect(doc.format).toBe('pdf');
    expect(doc.text).toBe('第一章总体要求\n推动重庆大学与万州区共建研究院。');
  });
  it('reads HTML without script, style and nav, with <title> as title', async () => {
    const html =
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>黔江区科技创新规划</title><style>p{color:red}</style></head>' +
      '<body><nav>首页 导航</nav><script>var x = "脚本";</script><h2>一、发展基础</h2><p>推动&amp;创新。\n继续推进。</p><ul><li>第一项；</li><li>第二项</li></ul></body></html>';
    const doc = await readDocument(write('plan.html', html));
    expect(doc.format).toBe('html');
    expect(doc.title).toBe('黔江区科技创新规划');
    expect(doc.text).toBe('一、发展基础\n推动&创新。继续推进。\n第一项；\n第二项');
    expect(doc.sections.map((s) => s.title)).toEqual(['一、发展基础']);
  });
});

describe('errors', () => {
  const reason = async (path: string): Promise<string> => {
    try {
      await readDocument(path);
    } catch (err) {
      expect(err).toBeInstanceOf(DocumentReadError);
      expect((err as DocumentReadError).path).toBe(path);
      return (err as Error).message;
    }
    throw new Error(`${path} was read without error`);
  };
  it('empty file', async () => {
    const p = write('empty.txt', '');
    expect(await reason(p)).toBe(`${p}: the file is empty (0 bytes); nothing to read`);
  });
  it('binary data', async () => {
    const junk = new Uint8Array(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
    const p = write('junk.txt', junk);
    // What the message counts: NUL bytes, and control bytes (00-08, 0E-1A, 1C-1F, 7F; a NUL is both).
    let expected = 0;
    for (const b of junk) expected += (b === 0 ? 1 : 0) + (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b) || b === 0x7f ? 1 : 0);
    expect(expected).toBeGreaterThan(100);
    expect(await reason(p)).toBe(`${p}: looks like binary data, not text (${expected} control bytes in the first 64 KB); PlanGraph reads .txt, .docx, .pdf and .html files`);
  });
  it('truncated docx', async () => {
    const full = await buildDocx(['推动创新。']);
    const p = write('truncated.docx', full.subarray(0, Math.floor(full.length / 2)));
    expect(await reason(p)).toMatch(/: is not a valid \.docx: the ZIP archive is damaged or truncated \(.+\); save it again from Word$/);
  });
  it('a .docx that is not a ZIP archive', async () => {
    const p = write('fake.docx', '推动创新。');
    expect(await reason(p)).toBe(`${p}: is not a valid .docx: it is not a ZIP archive; save it again from Word`);
  });
  it('a PDF without a text layer', async () => {
    const p = write('scan.pdf', buildPdf([]));
    expect(await reason(p)).toBe(`${p}: has no text layer (scanned?); run OCR first`);
  });
  it('unknown extension', async () => {
    const p = write('table.xls', 'abc');
    expect(await reason(p)).toBe(`${p}: unsupported file type ".xls"; PlanGraph reads .txt, .text, .docx, .pdf, .html, .htm files`);
  });
  it('missing file', async () => {
    const p = join(dir, 'missing.txt');
    expect(await reason(p)).toBe(`${p}: cannot be read (no such file); check the path`);
  });
});
