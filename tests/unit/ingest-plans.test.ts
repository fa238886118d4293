/** The five real plans in data/plans read into structure, with offsets that round-trip. */
import { readFileSync } from 'node:fs';
import { describe, expect, it, beforeAll } from 'vitest';
import { readDocument, type ReadDocument } from '../../src/ingest/index.ts';

const manifest = JSON.parse(readFileSync('data/plans/manifest.json', 'utf8')) as {
  documents: { id: string; file: string; title: string }[];
};
const docs = new Map<string, { doc: ReadDocument; original: string }>();

beforeAll(async () => {
  for (const { id, file } of manifest.documents) {
    const path = `data/plans/${file}`;
    docs.set(id, { doc: await readDocument(path), original: readFileSync(path, 'utf8') });
  }
});
const get = (id: string) => docs.get(id)!;

describe('every plan', () => {
  it.each(manifest.documents.map((d) => d.id))('%s: invariants hold', (id) => {
    const { doc, original } = get(id);
    expect(doc.format).toBe('txt');
    expect(doc.encoding).toBe('UTF-8');
    expect(doc.match.length).toBe(doc.text.length);
    expect(doc.sections.length).toBeGreaterThan(10);
    expect(doc.sentences.length).toBeGreaterThan(300);
    // No empty lines, no untrimmed lines, no runs of spaces.
    expect(doc.text).not.toMatch(/\n\n|^ | $| \n|\n | {2}|\t/m);
    for (const s of doc.sentences) {
      const sentence = doc.text.slice(s.start, s.end);
      expect(sentence.trim()).toBe(sentence);
      expect(sentence.length).toBeGreaterThan(0);
      const p = doc.paragraphs[s.paragraph]!;
      expect(s.start >= p.start && s.end <= p.end).toBe(true);
      expect(s.section).toBe(p.section);
    }
    // Every character copied from the original maps back onto itself.
    for (let i = 0; i < doc.text.length; i++) {
      const ch = doc.text[i]!;
      if (ch === '\n') continue;
      const o = doc.toOriginal(i);
      if (!(o >= 0 && o < original.length)) throw new Error(`${id}: text[${i}] maps outside the original (${o})`);
      if (ch !== ' ' && original[o] !== ch) throw new Error(`${id}: text[${i}]=${ch} maps to original[${o}]=${original[o]}`);
    }
    expect(doc.toOriginal(doc.text.length)).toBe(original.length);
    // Section paths are consistent with parents.
    for (const s of doc.sections) {
      const parentPath = s.parent === null ? [] : doc.sections[s.parent]!.path;
      expect(s.path).toEqual([...parentPath, s.title]);
      expect(doc.text.slice(s.start, s.end).startsWith(s.title)).toBe(true);
    }
  });
});

describe('titles', () => {
  it('finds the title line, skipping the cover letter 关于印发…的通知', () => {
    expect(get('wanzhou-2021-2025').doc.title).toBe('重庆市万州区科技创新“十四五”规划');
    expect(get('qianjiang-2021-2025').doc.title).toBe('黔江区科技创新“十四五”规划');
    expect(get('kaizhou-2021-2025').doc.title).toBe('开州区科技创新“十四五”规划');
    expect(get('chongqing-2021-2025').doc.title).toBe('重庆市科技创新“十四五”规划');
  });
  it('is null for the plan without a title line', () => {
    expect(get('yunyang-2021-2025').doc.title).toBeNull();
  });
});

describe('structure', () => {
  it('Wanzhou: chapters 第一章…第十二章 at level 1 with 一、 sections under them', () => {
    const { doc } = get('wanzhou-2021-2025');
    const chapters = doc.sections.filter((s) => s.level === 1);
    expect(chapters).toHaveLength(12);
    expect(chapters[0]!.title).toBe('第一章加快建设三峡库区科技创新高地');
    expect(chapters[11]!.title.startsWith('第十二章')).toBe(true);
    const first = doc.sections.find((s) => s.title === '一、形势要求')!;
    expect(first.level).toBe(3);
    expect(first.parent).toBe(chapters[0]!.index);
    const box = doc.sections.find((s) => s.title.startsWith('专栏1'))!;
    expect(box.kind).toBe('box');
  });

  it('Qianjiang: bookmark artifacts are gone and headings behind them are found', () => {
    const { doc, original } = get('qianjiang-2021-2025');
    expect(original).toContain('[bookmark: _Toc76135053]');
    expect(doc.text).not.toContain('[bookmark');
    expect(doc.text).not.toContain('_Toc');
    const chapter = doc.sections.find((s) => s.title === '第一章发展基础和形势分析')!;
    expect(chapter.level).toBe(1);
    expect(doc.sections.filter((s) => s.level === 1)).toHaveLength(7);
    const section = doc.sections.find((s) => s.title === '四、培育创新文化')!;
    expect(section.path[0]).toBe('第七章保障措施');
  });

  it('Chongqing: the table of contents is detected and yields no sections, paragraphs or sentences', () => {
    const { doc } = get('chongqing-2021-2025');
    const toc = doc.tableOfContents!;
    expect(toc).not.toBeNull();
    expect(doc.text.slice(toc.start, toc.end)).toMatch(/^目 ?录\n第一章/);
    const inToc = (o: number) => o >= toc.start && o < toc.end;
    expect(doc.sections.some((s) => inToc(s.start))).toBe(false);
    expect(doc.paragraphs.some((p) => inToc(p.start))).toBe(false);
    expect(doc.sentences.some((s) => inToc(s.start))).toBe(false);
    const chapters = doc.sections.filter((s) => s.level === 1);
    expect(chapters).toHaveLength(15);
    expect(new Set(chapters.map((c) => c.title)).size).toBe(15);
    // Half-width brackets in the text, full-width in match.
    expect(doc.text).toContain('(2021—2025年)');
    expect(doc.match).toContain('（2021—2025年）');
  });

  it('Yunyang: headings that lost their 第一章/第十章 markers are inferred from the numbering', () => {
    const { doc } = get('yunyang-2021-2025');
    const chapters = doc.sections.filter((s) => s.level === 1);
    expect(chapters).toHaveLength(14);
    expect(chapters[0]).toMatchObject({ title: '发展基础与环境', kind: 'inferred' });
    expect(chapters[9]).toMatchObject({ title: '加强科技创新成果承接转化', kind: 'inferred' });
    const achievements = doc.sections.find((s) => s.title === '发展成就')!;
    expect(achievements).toMatchObject({ level: 2, parent: chapters[0]!.index });
    expect(doc.sections.find((s) => s.title === '第二节主要问题')!.parent).toBe(chapters[0]!.index);
  });

  it('Kaizhou: "（一）发展基础。" is a heading, and a numbered line splits into heading and body', () => {
    const { doc } = get('kaizhou-2021-2025');
    const basis = doc.sections.find((s) => s.title === '（一）发展基础')!;
    expect(basis.level).toBe(4);
    expect(doc.sections[basis.parent!]!.title).toBe('一、发展形势');
    const item = doc.sections.find((s) => s.title === '2．智慧教育建设')!;
    const heading = doc.paragraphs.find((p) => p.start === item.start)!;
    expect(heading.isHeading).toBe(true);
    const body = doc.paragraphs[heading.index + 1]!;
    expect(body.section).toBe(item.index);
    expect(doc.text.slice(body.start, body.start + 6)).toBe('深入推进教育');
    expect(doc.text[heading.end]).not.toBe('\n');
  });

  it('every paragraph after the first heading has a section', () => {
    for (const { doc } of docs.values()) {
      const firstHeading = doc.paragraphs.findIndex((p) => p.isHeading);
      expect(doc.paragraphs.slice(firstHeading).every((p) => p.section !== null)).toBe(true);
    }
  });
});

describe('speed', () => {
  it('reads, normalises and structures all five plans in well under a second after warm-up', async () => {
    const t0 = performance.now();
    for (const { file } of manifest.documents) await readDocument(`data/plans/${file}`);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
