import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/graph/model.ts';
import {
  baselineFrom,
  bigramDice,
  figures,
  matchOneToOne,
  nameSimilarity,
  normaliseName,
  parseGold,
  predictionFromGraph,
  regressions,
  scoreDocument,
  similarNames,
  summarise,
  type EvalResult,
  type GoldDocument,
  type Prediction,
  type PredictedEntity,
} from '../../src/eval/index.ts';

const gold = (over: Partial<GoldDocument>): GoldDocument => ({
  document: 'doc.txt',
  issuer: '万州区',
  title: 't',
  entities: [],
  relations: [],
  indicators: [],
  ...over,
});
const ent = (type: PredictedEntity['type'], name: string, aliases: string[] = []): PredictedEntity => ({
  id: `${type}:${name}`,
  type,
  name,
  aliases,
  evidence: '',
});
const pred = (over: Partial<Prediction>): Prediction => ({ entities: [], relations: [], indicators: [], ...over });
const ge = (type: GoldDocument['entities'][number]['type'], name: string, aliases: string[] = [], certain = true) => ({
  type,
  name,
  aliases,
  certain,
  evidence: name,
});

describe('normaliseName', () => {
  it('applies NFKC, drops quotes and 《》, makes full-width brackets half-width', () => {
    expect(normaliseName('中国地质大学（武汉）')).toBe('中国地质大学(武汉)');
    expect(normaliseName('《重庆市科技创新“十四五”规划》')).toBe('重庆市科技创新十四五规划');
    expect(normaliseName('ＡＢＣＤ数据湖大学')).toBe('abcd数据湖大学');
    expect(normaliseName('“万开云”科技会商制度')).toBe(normaliseName('万开云科技会商制度'));
  });
});

describe('indicator name similarity', () => {
  it('computes the bigram Dice coefficient', () => {
    expect(bigramDice('技术合同成交额', '技术合同成交额')).toBe(1);
    expect(bigramDice('高新技术企业', '科技型企业')).toBeCloseTo((2 * 1) / (5 + 4), 10); // shared: 企业
    expect(bigramDice('甲乙', '丙丁')).toBe(0);
  });
  it('treats containment as similar, but not for one-character names', () => {
    expect(nameSimilarity('技术合同成交额', '全区技术合同成交额')).toBe(1);
    // 万人发明专利拥有量 vs 每万人口发明专利拥有量: 7 shared bigrams of 8 + 10 → Dice 14/18.
    expect(nameSimilarity('万人发明专利拥有量', '每万人口发明专利拥有量')).toBeCloseTo(14 / 18, 10);
    expect(similarNames('国家高新技术企业', '高新技术企业')).toBe(true);
    expect(similarNames('数字化车间', '智能工厂')).toBe(false);
    expect(nameSimilarity('家', '科技型企业家')).toBeLessThan(0.5);
  });
});

describe('figures', () => {
  it('computes P, R, F1 and null when nothing is scored', () => {
    const f = figures({ tp: 3, fp: 1, fn: 2 });
    expect(f.p).toBeCloseTo(0.75);
    expect(f.r).toBeCloseTo(0.6);
    expect(f.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
    expect(figures({ tp: 0, fp: 0, fn: 0 }).f1).toBeNull();
    expect(figures({ tp: 0, fp: 2, fn: 0 })).toMatchObject({ p: 0, f1: 0 });
  });
});

describe('matchOneToOne', () => {
  it('matches certain gold first, ignores fits to uncertain gold, flags duplicates', () => {
    const m = matchOneToOne(['a', 'a2', 'b', 'z'], [{ k: 'a' }, { k: 'b', certain: false }, { k: 'c' }], (p, g) =>
      p.startsWith(g.k) ? 1 : null,
    );
    expect(m.matched).toEqual([{ pred: 'a', gold: { k: 'a' } }]);
    expect(m.ignored).toEqual(['b']);
    expect(m.unmatched).toEqual([{ pred: 'a2', duplicateOf: { k: 'a' } }, { pred: 'z', duplicateOf: null }]);
    expect(m.missed).toEqual([{ k: 'c' }]);
  });
});

describe('scoreDocument: entities', () => {
  const g = gold({
    entities: [
      ge('ResearchInstitute', '中国科学院', ['中科院']),
      ge('University', '中国地质大学（武汉）'),
      ge('Platform', '三峡科技馆'),
      ge('Enterprise', '京东', [], false),
    ],
  });
  it('matches by any normalised name or alias, by type', () => {
    const s = scoreDocument(
      g,
      pred({
        entities: [
          ent('ResearchInstitute', '中科院'), // canonical name differs, alias fits: TP
          ent('University', '中国地质大学(武汉)'), // half-width brackets: TP
          ent('ResearchInstitute', '三峡科技馆'), // wrong type: FP for ResearchInstitute, FN for Platform
          ent('Enterprise', '京东'), // uncertain gold: neither
          ent('Enterprise', '华为'), // FP
        ],
      }),
    );
    expect(s.counts.ResearchInstitute).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.counts.University).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.counts.Platform).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s.counts.Enterprise).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.errors.find((e) => e.kind === 'FP' && e.item === '三峡科技馆')?.note).toBe('gold has it as Platform');
    expect(s.errors.find((e) => e.kind === 'FN' && e.item === '三峡科技馆')?.note).toBe('predicted as ResearchInstitute');
  });
  it('counts a second node for the same gold entity as a duplicate false positive', () => {
    const s = scoreDocument(g, pred({ entities: [ent('ResearchInstitute', '中国科学院'), ent('ResearchInstitute', '中科院')] }));
    expect(s.counts.ResearchInstitute).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.errors.find((e) => e.kind === 'FP')?.note).toBe('duplicate of 中国科学院');
  });
  it('uses the predicted aliases too', () => {
    const s = scoreDocument(g, pred({ entities: [ent('ResearchInstitute', '中国科学院院部', ['中科院'])] }));
    expect(s.counts.ResearchInstitute.tp).toBe(1);
  });
});

describe('scoreDocument: relations', () => {
  const g = gold({
    entities: [ge('Region', '万州区', ['万州']), ge('ResearchInstitute', '中国科学院', ['中科院']), ge('University', '重庆大学'), ge('Platform', '某研究院')],
    relations: [
      { type: 'COLLABORATES_WITH', source: '万州区', source_type: 'Region', target: '中国科学院', target_type: 'ResearchInstitute', certain: true, evidence: 'e1' },
      { type: 'RELIES_ON', source: '某研究院', source_type: 'Platform', target: '重庆大学', target_type: 'University', certain: true, evidence: 'e2' },
      { type: 'COLLABORATES_WITH', source: '万州区', source_type: 'Region', target: '重庆大学', target_type: 'University', certain: false, evidence: 'e3' },
    ],
  });
  const wz = ent('Region', '万州');
  const cas = ent('ResearchInstitute', '中科院');
  const cqu = ent('University', '重庆大学');
  const inst = ent('Platform', '某研究院');
  it('matches COLLABORATES_WITH in either direction through aliases; RELIES_ON only as directed', () => {
    const s = scoreDocument(
      g,
      pred({
        relations: [
          { type: 'COLLABORATES_WITH', source: cas, target: wz, evidence: '' },
          { type: 'COLLABORATES_WITH', source: wz, target: cqu, evidence: '' }, // uncertain: ignored
          { type: 'RELIES_ON', source: cqu, target: inst, evidence: '' }, // reversed: FP, and FN
        ],
      }),
    );
    expect(s.counts.COLLABORATES_WITH).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.counts.RELIES_ON).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('does not score MENTIONS', () => {
    expect(Object.keys(scoreDocument(g, pred({})).counts)).not.toContain('MENTIONS');
  });
});

describe('scoreDocument: indicators', () => {
  const g = gold({
    indicators: [
      { name: '每万人口发明专利拥有量', unit: '件', target: { year: 2025, value: 2.5 }, evidence: 'x' },
      { name: '技术合同成交额', unit: '亿元', target: { year: 2025, value: 1 }, evidence: 'y' },
      { name: '引进整车企业', unit: '家', target: { year: 2025, value: 2 }, evidence: 'z', certain: false },
    ],
  });
  const ind = (name: string, year: number, value: number) => ({ name, unit: '', baseline: null, target: { year, value }, evidence: '' });
  it('matches by target year, target value and a similar name', () => {
    const s = scoreDocument(
      g,
      pred({
        indicators: [
          ind('万人发明专利拥有量', 2025, 2.5), // similar name (Dice 0.78): TP
          ind('技术合同成交额', 2025, 1.2), // wrong value: FP (and the gold one is missed)
          ind('引进整车企业', 2025, 2), // uncertain: ignored
          ind('数字化车间', 2025, 2.5), // right numbers, other name: FP
        ],
      }),
    );
    expect(s.counts.Indicator).toEqual({ tp: 1, fp: 2, fn: 1 });
  });
});

describe('summarise', () => {
  it('adds counts over documents and micro-averages the totals', () => {
    const g = gold({ entities: [ge('Region', '万州区'), ge('University', '重庆大学'), ge('Enterprise', '华为')] });
    const a = scoreDocument(g, pred({ entities: [ent('Region', '万州区'), ent('University', '西南大学')] }));
    const b = scoreDocument(g, pred({ entities: [ent('Region', '万州区'), ent('University', '重庆大学'), ent('Enterprise', '华为')] }));
    const s = summarise([a, b]);
    expect(s.Region).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    expect(s.University).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.entities).toMatchObject({ tp: 4, fp: 1, fn: 2 });
    expect(s.entities.p).toBeCloseTo(0.8);
    expect(s.Indicator.f1).toBeNull();
  });
});

describe('predictionFromGraph', () => {
  it('takes one document out of a graph of several', () => {
    const ev = (document: string) => [{ document, section: '', sentence: `s-${document}`, start: 0, end: 1 }];
    const graph: GraphDocument = {
      documents: [
        { id: 'a', title: 'A', issuer: null, path: 'a.txt', plan: 'Plan:A' },
        { id: 'b', title: 'B', issuer: null, path: 'b.txt', plan: 'Plan:B' },
      ],
      nodes: [
        { id: 'Plan:A', type: 'Plan', name: 'A', aliases: [] },
        { id: 'Plan:B', type: 'Plan', name: 'B', aliases: [] },
        { id: 'University:重庆大学', type: 'University', name: '重庆大学', aliases: [] },
        { id: 'Region:万州区', type: 'Region', name: '万州区', aliases: ['万州'] },
        { id: 'Region:重庆市', type: 'Region', name: '重庆市', aliases: [] },
      ],
      relations: [
        { type: 'MENTIONS', source: 'Plan:A', target: 'University:重庆大学', evidence: ev('a'), count: 1 },
        { type: 'MENTIONS', source: 'Plan:A', target: 'Region:万州区', evidence: ev('a'), count: 1 },
        { type: 'MENTIONS', source: 'Plan:B', target: 'Region:万州区', evidence: ev('b'), count: 1 },
        { type: 'COLLABORATES_WITH', source: 'Region:万州区', target: 'University:重庆大学', evidence: ev('a') },
        // 重庆市 is not mentioned by A: the relation is scored, the node is not an entity of A.
        { type: 'BELONGS_TO', source: 'Region:万州区', target: 'Region:重庆市', evidence: ev('a') },
      ],
      indicators: [
        { document: 'b', region: null, name: 'x', unit: '%', baseline: null, target: { year: 2025, value: 1 }, evidence: ev('b')[0]! },
      ],
    };
    const a = predictionFromGraph(graph, 'a');
    expect(a.entities.map((e) => e.name).sort()).toEqual(['A', '万州区', '重庆大学']);
    expect(a.relations.map((r) => r.type).sort()).toEqual(['BELONGS_TO', 'COLLABORATES_WITH']);
    expect(a.indicators).toHaveLength(0);
    const b = predictionFromGraph(graph, 'b');
    expect(b.entities.map((e) => e.name).sort()).toEqual(['B', '万州区']);
    expect(b.relations).toHaveLength(0);
    expect(b.indicators).toHaveLength(1);
    expect(() => predictionFromGraph(graph, 'c')).toThrow(/no document "c"/);
  });
});

describe('parseGold', () => {
  it('rejects an unknown type with the file and item named', () => {
    expect(() =>
      parseGold({ document: 'd', issuer: null, title: 't', entities: [{ name: 'x', type: 'Company', evidence: 'x' }], relations: [], indicators: [] }, 'f.json'),
    ).toThrow(/f\.json entities\[0\]: "type" is "Company", not a node type/);
  });
});

describe('baseline', () => {
  it('flags a figure below the recorded one by more than the tolerance', () => {
    const g = gold({ entities: [ge('Region', '万州区'), ge('Region', '开州区')] });
    const half = scoreDocument(g, pred({ entities: [ent('Region', '万州区')] }));
    const full = scoreDocument(g, pred({ entities: [ent('Region', '万州区'), ent('Region', '开州区')] }));
    const result = (s: typeof half): EvalResult => ({ cases: [], summaries: { fixtures: summarise([s]) } });
    const base = baselineFrom(result(full), 'test');
    expect(base.f1.fixtures?.Region).toBe(1);
    expect(base.f1.fixtures?.University).toBeNull();
    expect(regressions(result(full), base)).toEqual([]);
    const low = regressions(result(half), base);
    expect(low.map((r) => r.key).sort()).toEqual(['Region', 'all', 'entities']);
    expect(low.find((r) => r.key === 'Region')?.now).toBeCloseTo(2 / 3);
  });
});
