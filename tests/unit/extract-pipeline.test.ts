import { describe, expect, it } from 'vitest';
import { enforceSchema } from '../../src/extract/enforce.ts';
import { extractDocuments, extractReadDocument, formatReport } from '../../src/extract/index.ts';
import { readText } from '../../src/ingest/read-text.ts';
import type { GraphNode, GraphRelation } from '../../src/graph/model.ts';

const node = (type: GraphNode['type'], name: string): GraphNode => ({ id: `${type}:${name}`, type, name, aliases: [] });
const ev = [{ document: 'd', section: '', sentence: '依托重庆大学建设实验室。', start: 0, end: 12 }];

describe('schema enforcement', () => {
  it('drops a relation whose ends the model does not allow, or without evidence, and counts it', () => {
    const nodes = [node('University', '重庆大学'), node('Platform', '实验室'), node('Industry', '汽车')];
    const relations: GraphRelation[] = [
      { type: 'RELIES_ON', source: 'Platform:实验室', target: 'University:重庆大学', evidence: ev },
      { type: 'FOCUSES_ON', source: 'University:重庆大学', target: 'Industry:汽车', evidence: ev },
      { type: 'RELIES_ON', source: 'Platform:实验室', target: 'University:重庆大学', evidence: [] },
      { type: 'CITES', source: 'Plan:x', target: 'Plan:y', evidence: ev },
    ];
    const out = enforceSchema([...nodes, { ...node('Region', 'x'), type: 'Town' as never }], relations);
    expect(out.relations).toHaveLength(1);
    expect(out.drops.map((d) => d.reason).sort()).toEqual(['missing-endpoint', 'no-evidence', 'types-not-allowed', 'unknown-node-type']);
  });
});

describe('extractDocuments on data/plans', () => {
  it('is deterministic, keeps evidence on every relation, and reports an unreadable input', async () => {
    const a = await extractDocuments(['data/plans', 'data/plans/missing.txt']);
    const b = await extractDocuments(['data/plans', 'data/plans/missing.txt']);
    expect(JSON.stringify(a.graph)).toBe(JSON.stringify(b.graph));
    expect(a.graph.documents.map((d) => d.id)).toEqual(['chongqing-2021-2025', 'kaizhou-2021-2025', 'qianjiang-2021-2025', 'wanzhou-2021-2025', 'yunyang-2021-2025']);
    expect(a.failures).toEqual([{ path: 'data/plans/missing.txt', reason: expect.stringContaining('no such file') }]);
    const ids = new Set(a.graph.nodes.map((n) => n.id));
    for (const r of a.graph.relations) {
      expect(r.evidence.length).toBeGreaterThan(0);
      expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
    }
    // the city plan cited by the district plans is the loaded document's Plan node
    const city = a.graph.documents.find((d) => d.id === 'chongqing-2021-2025')!.plan;
    expect(a.graph.relations.some((r) => r.type === 'CITES' && r.target === city)).toBe(true);
    expect(formatReport(a.report)).toContain('failed\tdata/plans/missing.txt');
  });
});

describe('entities named inside a name', () => {
  it('are nodes the plan mentions at their own offsets, and a branch relies on the institute its name starts with', () => {
    // a sentence of the 重庆市 plan: 重庆市蚕科院 is written only inside the branch's name
    const text = '立足打造特色产业集群区，布局建设新材料技术创新中心、生物医药重点实验室、重庆市蚕科院黔江分院等创新平台。';
    const { graph } = extractReadDocument(readText(text), { id: 'd', title: '重庆市科技创新“十四五”规划', issuer: '重庆市' });
    const host = 'ResearchInstitute:重庆市蚕业科学技术研究院';
    const branch = graph.nodes.find((n) => n.type === 'Platform' && n.name.endsWith('黔江分院'));
    expect(branch, 'the branch is recognised').toBeDefined();
    expect(graph.relations.some((r) => r.type === 'RELIES_ON' && r.source === branch!.id && r.target === host)).toBe(true);
    const mention = graph.relations.find((r) => r.type === 'MENTIONS' && r.target === host);
    expect(mention?.evidence[0]?.start).toBe(text.indexOf('重庆市蚕科院'));
    const records = graph.documents[0]!.mentions!.filter((m) => m.node === host);
    expect(records.map((m) => m.surface)).toEqual(['重庆市蚕科院']);
    // an industry written only inside a name is not an entity the plan mentions
    expect(graph.relations.some((r) => r.type === 'MENTIONS' && r.target === 'Industry:生物医药' && r.evidence.every((e) => e.start === text.indexOf('生物医药重点实验室')))).toBe(false);
  });
});

describe('a mechanism named for a grouping of regions', () => {
  it('belongs to the grouping, so the members find it as their joint mechanism (wanzhou plan)', async () => {
    const { readFileSync } = await import('node:fs');
    const line = readFileSync('data/plans/wanzhou-2021-2025.txt', 'utf8').split('\n').find((l) => l.includes('科技会商制度'))!;
    const { graph } = extractReadDocument(readText(`重庆市万州区科技创新“十四五”规划\n${line}`), { id: 'wz', issuer: '万州区' });
    const belongs = graph.relations.filter((r) => r.type === 'BELONGS_TO' && r.source.includes('会商制度'));
    expect(belongs.map((r) => r.target)).toEqual(['Region:万开云']);
    expect(belongs[0]!.evidence[0]!.sentence).toContain('建立“万开云”科技会商制度');
  });
});
