import { describe, expect, it } from 'vitest';
import { enforceSchema } from '../../src/extract/enforce.ts';
import { extractDocuments, formatReport } from '../../src/extract/index.ts';
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
