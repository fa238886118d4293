import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/read-text.ts';
import { extractIndicators } from '../../src/extract/indicators.ts';
import { sentenceIndicators } from '../../src/extract/indicators-sentence.ts';
import { loadCues } from '../../src/extract/relations-cues.ts';
import type { ReadDocument } from '../../src/ingest/types.ts';

function indicatorsOf(doc: ReadDocument) {
  return extractIndicators(doc, {
    document: 'd',
    region: null,
    period: { start: 2021, end: 2025 },
    // the section path matters: sentences under a review heading (十三五, 发展基础) give baselines
    evidence: (start, end) => {
      const section = doc.sentences.find((s) => s.start <= start && start < s.end)?.section ?? null;
      return { document: 'd', section: section === null ? '' : doc.sections[section]!.path.join(' / '), sentence: doc.text.slice(start, end), start, end };
    },
  });
}

describe('indicators', () => {
  it('reads the R&D intensity row of the Wanzhou table (one cell per line): 2020 0.98% → 2025 2.6%', () => {
    const doc = readText(readFileSync('data/plans/wanzhou-2021-2025.txt', 'utf8'), 'wanzhou.txt');
    const found = indicatorsOf(doc).find((i) => i.name === '全社会研发经费占地区生产总值的比重');
    expect(found).toMatchObject({ unit: '%', baseline: { year: 2020, value: 0.98 }, target: { year: 2025, value: 2.6 } });
  });

  it('reads the one-row-per-line table of the Chongqing plan', () => {
    const doc = readText(readFileSync('data/plans/chongqing-2021-2025.txt', 'utf8'), 'chongqing.txt');
    const found = indicatorsOf(doc).find((i) => i.name.startsWith('技术合同成交额'));
    expect(found).toMatchObject({ unit: '亿元', baseline: { year: 2020, value: 145.7 }, target: { year: 2025, value: 1100 } });
  });

  it('takes the baseline from a 十三五 review table when the 十四五 table has none (Qianjiang)', () => {
    const doc = readText(readFileSync('data/plans/qianjiang-2021-2025.txt', 'utf8'), 'qianjiang.txt');
    const found = indicatorsOf(doc).find((i) => i.name === '高新技术企业');
    expect(found).toMatchObject({ unit: '家', baseline: { year: 2020, value: 37 }, target: { year: 2025, value: 80 } });
  });

  it('reads sentence goals, with a verb shared along a list', () => {
    const cues = loadCues().indicators;
    expect(sentenceIndicators('力争到2025年，建成智能工厂5家、数字化车间15个。', cues)).toEqual([
      { name: '智能工厂', unit: '家', value: 5, year: 2025 },
      { name: '数字化车间', unit: '个', value: 15, year: 2025 },
    ]);
    expect(sentenceIndicators('到2025年，“专精特新”企业达到30家，新增“上规”科技型企业30家以上。', cues).map((i) => [i.name, i.value])).toEqual([
      ['“专精特新”企业', 30],
      ['新增“上规”科技型企业', 30],
    ]);
  });
});
