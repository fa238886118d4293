/** Normalisation, the match string and sentence splitting, on plan text and small constructed cases. */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/index.ts';

const wanzhou = readFileSync('data/plans/wanzhou-2021-2025.txt', 'utf8');
const paragraph = wanzhou.split('\n').find((l) => l.startsWith('科技创新格局逐步形成'))!;

describe('normalisation', () => {
  it('removes docx conversion markers and bullets, folds white space, and maps offsets back', () => {
    const source = '  [bookmark: _Toc1][comment: x]第一章  总体要求 \r\n\r\n\n- 第一节\u3000形势\t要求\n推动 AI 与 5G 发展 。';
    const doc = readText(source);
    expect(doc.text).toBe('第一章总体要求\n第一节形势 要求\n推动 AI 与 5G 发展。');
    const at = doc.text.indexOf('形势');
    expect(source.slice(doc.toOriginal(at), doc.toOriginal(at) + 2)).toBe('形势');
    expect(doc.toOriginal(0)).toBe(source.indexOf('第一章'));
    expect(doc.toOriginal(doc.text.length)).toBe(source.length);
    expect(() => doc.toOriginal(doc.text.length + 1)).toThrow(/outside the normalised text/);
  });

  it('refuses text that is only white space and markers', () => {
    expect(() => readText(' \n[bookmark: _Toc9]\n\t', 'x.txt')).toThrow(
      'x.txt: contains no text (only white space or conversion markers); check that it is the right file',
    );
  });
});

describe('match string', () => {
  it('turns a traditional-character paragraph into the simplified text, same length', () => {
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(paragraph);
    expect(traditional).not.toBe(paragraph);
    const t = readText(traditional);
    const s = readText(paragraph);
    expect(t.match.length).toBe(t.text.length);
    expect(t.text).toBe(traditional.trim());
    expect(t.match).toBe(s.match);
  });

  it('unifies widths, brackets, punctuation and quotes, keeping numbers intact', () => {
    const doc = readText('Ｒ＆Ｄ经费(亿元),占比2.6%;时间12:30,共26,371家!是否?「创新」『驱动』"双城"２．５％');
    expect(doc.match).toBe('R＆D经费（亿元），占比2.6%；时间12:30，共26,371家！是否？“创新”‘驱动’“双城”2.5%');
    expect(doc.match.length).toBe(doc.text.length);
  });
});

describe('sentences', () => {
  const sentences = (s: string) => {
    const doc = readText(s);
    return doc.sentences.map((x) => doc.text.slice(x.start, x.end));
  };
  it('splits on 。！？； and line ends, keeping closing quotes and 《》 intact', () => {
    expect(sentences('建设平台；培育企业；引进人才。他说：“要创新。”然后推进！\n依据《规划。纲要》实施')).toEqual([
      '建设平台；',
      '培育企业；',
      '引进人才。',
      '他说：“要创新。”',
      '然后推进！',
      '依据《规划。纲要》实施',
    ]);
  });
  it('does not split inside brackets', () => {
    expect(sentences('设立基金（规模10亿元。分期到位）支持企业。')).toEqual(['设立基金（规模10亿元。分期到位）支持企业。']);
  });
  it('makes headings sentences of their own paragraph', () => {
    const doc = readText('一、总体要求\n（一）发展基础。全区科技创新能力持续提升，成效明显。');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['一、总体要求', '（一）发展基础。', '全区科技创新能力持续提升，成效明显。']);
    expect(doc.sections.map((s) => s.path.join(' / '))).toEqual(['一、总体要求', '一、总体要求 / （一）发展基础']);
    expect(doc.sentences[2]!.section).toBe(1);
  });
  it('keeps a long numbered paragraph whose first sentence is long as a paragraph, and list items ending in ； as paragraphs', () => {
    const doc = readText('一、任务\n1．围绕成渝地区双城经济圈建设和全市一区两群协调发展的总体要求持续加强基础研究和应用基础研究工作。推动发展。\n2．建设平台；');
    expect(doc.sections.map((s) => s.title)).toEqual(['一、任务']);
  });
});
