import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/read-text.ts';
import { extractIndicators } from '../../src/extract/indicators.ts';
import { sentenceIndicators } from '../../src/extract/indicators-sentence.ts';
import { loadCues } from '../../src/extract/relations-cues.ts';

const run = (text: string) =>
  extractIndicators(readText(text), {
    document: 'd',
    region: null,
    period: { start: 2021, end: 2025 },
    // no section path: the sentence alone must tell a report from a goal
    evidence: (start, end) => ({ document: 'd', section: '', sentence: text.slice(start, end), start, end }),
  });

describe('indicators: reports and goals', () => {
  it('reads an achievement sentence (近年来 / 明显增加) as baselines, not 2025 targets', () => {
    expect(run('创新主体明显增加，创建或认定市级科技专家大院5家、工程技术研究中心1家、企业技术中心6家。')).toEqual([]);
    expect(run('近年来，江津区先后与西南大学、重庆大学等高校建立了合作关系，全区高新技术企业达到186家。')).toEqual([]);
  });

  it('keeps a goal that names the plan period even beside a past word', () => {
    const found = run('“十三五”以来成效明显，到2025年，全区高新技术企业达到60家以上。');
    expect(found.map((i) => [i.name, i.target?.year, i.target?.value])).toEqual([['高新技术企业', 2025, 60]]);
  });

  it('names a growth rate with its verb (年均增长), a level without its verb (达到)', () => {
    const cues = loadCues().indicators;
    expect(sentenceIndicators('全区全社会研发经费投入年均增长15%以上。', cues).map((i) => i.name)).toEqual(['全社会研发经费投入年均增长']);
    expect(sentenceIndicators('规模以上工业企业研究与试验发展经费支出占主营业务收入比重达到2%以上。', cues).map((i) => i.name)).toEqual([
      '规模以上工业企业研究与试验发展经费支出占主营业务收入比重',
    ]);
  });
});
