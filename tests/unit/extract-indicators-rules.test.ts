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

describe('indicators: how goals are written', () => {
  const cues = loadCues().indicators;
  const read = (text: string) => sentenceIndicators(text, cues).map((i) => [i.name, i.value, i.unit, i.year]);

  it('keeps an intermediate year: 力争于2022年建成1个…，2025年建成1个…', () => {
    expect(read('力争于2022年建成1个重庆市农业科技园区，2025年建成1个国家农业科技园区。')).toEqual([
      ['重庆市农业科技园区', 1, '个', 2022],
      ['国家农业科技园区', 1, '个', 2025],
    ]);
  });

  it('finds the count verb inside the words, shares it across a comma, and names a 等 list by its class', () => {
    expect(read('围绕生猪、蚕桑、中药材、果树等重点产业培育农业科技型企业150家，高新技术企业20家。')).toEqual([
      ['农业科技型企业', 150, '家', null],
      ['高新技术企业', 20, '家', null],
    ]);
    expect(read('依托武陵硅业、三磊玻纤等企业建设硬质合金研发企业技术中心、玻纤复合材料企业技术中心等技术研发中心20个。')).toEqual([['技术研发中心', 20, '个', null]]);
    // a clause between them ends the sharing; an attribute after a verb is no name
    expect(read('培育科技型企业150家，推动产业集聚发展，高新技术企业20家。')).toEqual([['科技型企业', 150, '家', null]]);
    expect(read('围绕西部（重庆）科学城科学谷、菁云湖等区域打造面积 50 万平方米以上的大型创新创业孵化社区。')).toEqual([]);
  });

  it('reads a share written straight before its value', () => {
    expect(read('战略性新兴产业产值占工业总产值比重12%以上，高技能人才占比30%以上。')).toEqual([
      ['战略性新兴产业产值占工业总产值比重', 12, '%', null],
      ['高技能人才占比', 30, '%', null],
    ]);
  });
});

describe('indicators: sectors, goal sections and restatements', () => {
  const extract = (text: string, section = '') =>
    extractIndicators(readText(text), {
      document: 'd',
      region: null,
      period: { start: 2021, end: 2025 },
      evidence: (start, end) => ({ document: 'd', section, sentence: text.slice(start, end), start, end }),
    }).map((i) => [i.name, i.target?.value, i.baseline?.value ?? null]);

  it('names the items of a sector headline after the sector, and keeps two sectors apart', () => {
    const found = extract(
      '专栏5 创新主体培育\n1．农业。围绕生猪、蚕桑等重点产业培育科技型企业150家，高新技术企业20家。\n2．现代服务业。围绕教育、旅游等产业培育科技型企业150家，高新技术企业20家。\n3．技术应用示范。全区推广新技术70个以上。\n',
    );
    expect(found).toEqual([
      ['农业科技型企业', 150, null],
      ['农业高新技术企业', 20, null],
      ['现代服务业科技型企业', 150, null],
      ['现代服务业高新技术企业', 20, null],
      ['新技术', 70, null],
    ]);
  });

  it('reads a goals section under a review chapter as goals (innermost heading decides)', () => {
    const text = '全区全社会研发经费投入年均增长15%以上。';
    expect(extract(text, '一、发展形势 / （三）发展目标')).toEqual([['全社会研发经费投入年均增长', 15, null]]);
    expect(extract(text, '一、发展形势')).toEqual([]);
  });

  it('drops a sentence that restates a table row in other words or units, keeps one that only shares the value', () => {
    const table = '序号\n指标名称\n属性\n2020年\n2025年\n1\n研究经费投入强度（%）\n预期性\n1.5\n2\n2\n专业研发机构和科技服务机构（个）\n预期性\n50\n120\n3\n规模以上工业产值中高技术产业产值占比（%）\n预期性\n4.85\n10\n';
    const goals =
      '到2025年，全社会研究与试验发展经费支出占地区生产总值的比重达到2%以上，建成专业研发机构和科技服务机构120家以上，有研发经费投入的规模以上工业企业占比逐年增长10%。';
    const names = extract(`${table}${goals}`).map(([name]) => name);
    expect(names).toContain('研究经费投入强度');
    expect(names).not.toContain('全社会研究与试验发展经费支出占地区生产总值的比重');
    expect(names.filter((n) => String(n).includes('专业研发机构'))).toHaveLength(1);
    expect(names).toContain('有研发经费投入的规模以上工业企业占比逐年增长');
  });
});
