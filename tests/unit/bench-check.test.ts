import { describe, expect, it } from 'vitest';
import { canonical, edgeKey, judge, pairLengthKey, type Expected } from '../../bench/check.ts';
import { asks, PEER_CANNOT, Q2_LIMIT, QUESTION_IDS, requestFor, type QuestionParams } from '../../bench/questions.ts';
import { peerTypeDefs } from '../../bench/peer.ts';
import { parse } from 'graphql';

// Made-up ids: the checks are about shapes and comparisons, not about the plans.
const expected: Expected = {
  Q1: { relations: ['BELONGS_TO|OUT|Region:甲区|2', 'COLLABORATES_WITH|BOTH|University:乙大学|3'] },
  Q2: { ids: ['Region:甲区', 'University:乙大学', 'Enterprise:丙公司'].sort() },
  Q2e: {
    centre: 'Platform:中心',
    edges: (
      [
        ['Platform:中心', 'BELONGS_TO', 'Region:甲区', 3],
        ['University:乙大学', 'COLLABORATES_WITH', 'Enterprise:丙公司', 2],
        ['Enterprise:丙公司', 'BELONGS_TO', 'Region:甲区', 1],
      ] as const
    ).map(([s, t, o, n]) => ({ key: edgeKey(s, t, o, n), ends: [s, o] as [string, string] })),
  },
  Q3: { counts: new Map([['University:乙大学', 3], ['Enterprise:丙公司', 2], ['Platform:丁平台', 2]]) },
  Q4: { regions: ['Region:甲区', 'Region:乙县'], direct: ['Region:甲区|Region:乙县|COLLABORATES_WITH'], partners: ['University:乙大学|2'], paths: [pairLengthKey('Region:乙县', 'Region:甲区', 1)] },
  Q5: { length: 2, paths: ['A>B>C', 'A>D>C'] },
};

const q1PlanGraph = (relations: unknown[]) => ({ data: { entity: { id: 'X', relations } } });
const rel = (type: string, direction: string, other: string, evidenceCount: number) => ({ type, direction, other: { id: other }, evidenceCount });

describe('bench answer checks', () => {
  it('accepts a correct Q1 and sums COLLABORATES_WITH stored in both directions', () => {
    const answer = canonical('Q1', 'plangraph', q1PlanGraph([rel('BELONGS_TO', 'OUT', 'Region:甲区', 2), rel('COLLABORATES_WITH', 'OUT', 'University:乙大学', 1), rel('COLLABORATES_WITH', 'IN', 'University:乙大学', 2)]));
    expect(judge('Q1', answer, expected)).toEqual([]);
  });

  it('rejects a Q1 with a missing relation, a wrong evidence count or an extra row', () => {
    const missing = canonical('Q1', 'plangraph', q1PlanGraph([rel('BELONGS_TO', 'OUT', 'Region:甲区', 2)]));
    expect(judge('Q1', missing, expected).join()).toMatch(/missing/);
    const count = canonical('Q1', 'plangraph', q1PlanGraph([rel('BELONGS_TO', 'OUT', 'Region:甲区', 1), rel('COLLABORATES_WITH', 'OUT', 'University:乙大学', 3)]));
    expect(judge('Q1', count, expected).join()).toMatch(/unexpected/);
  });

  it('reads the peer\'s connection fields the same way', () => {
    const edge = (id: string, n: number) => ({ node: { id }, properties: { evidenceCount: n } });
    const body = { data: { entities: [{ id: 'X', belongsToConnection: { edges: [edge('Region:甲区', 2)] }, collaboratesWithConnection: { edges: [edge('University:乙大学', 1), edge('University:乙大学', 2)] } }] } };
    expect(judge('Q1', canonical('Q1', 'peer', body), expected)).toEqual([]);
  });

  it('treats GraphQL errors and an empty answer as failures, not results', () => {
    expect(() => canonical('Q1', 'plangraph', { errors: [{ message: 'boom' }] })).toThrow(/boom/);
    expect(() => canonical('Q1', 'plangraph', { data: { entity: null } })).toThrow(/not found/);
  });

  it('rejects a Q2 neighbourhood with a node too many or one missing, whether or not it says it was truncated', () => {
    const nodes = (ids: string[]) => ({ data: { neighbors: { nodes: ids.map((id) => ({ id })), truncated: false } } });
    expect(judge('Q2', canonical('Q2', 'plangraph', nodes(expected.Q2.ids)), expected)).toEqual([]);
    expect(judge('Q2', canonical('Q2', 'plangraph', nodes([...expected.Q2.ids, 'Enterprise:戊'])), expected).join()).toMatch(/unexpected/);
    // Cut short although everything fits: the missing nodes are reported, whatever the flag says.
    const truncated = { data: { neighbors: { nodes: [{ id: 'Region:甲区' }], truncated: true } } };
    expect(judge('Q2', canonical('Q2', 'plangraph', truncated), expected).join()).toMatch(/missing/);
    // Truncated for its edges only: the nodes are whole, the answer is right.
    const edgesCut = { data: { neighbors: { nodes: expected.Q2.ids.map((id) => ({ id })), truncated: true } } };
    expect(judge('Q2', canonical('Q2', 'plangraph', edgesCut), expected)).toEqual([]);
    // A neighbourhood larger than the limit: the first Q2_LIMIT marked truncated, or all of it (the peer has no limit).
    const big: Expected = { ...expected, Q2: { ids: Array.from({ length: Q2_LIMIT + 5 }, (_, i) => `Enterprise:${String(i).padStart(4, '0')}`) } };
    const some = (n: number, truncated: boolean) => ({ data: { neighbors: { nodes: big.Q2.ids.slice(0, n).map((id) => ({ id })), truncated } } });
    expect(judge('Q2', canonical('Q2', 'plangraph', some(Q2_LIMIT, true)), big)).toEqual([]);
    expect(judge('Q2', canonical('Q2', 'plangraph', some(Q2_LIMIT + 5, false)), big)).toEqual([]);
    expect(judge('Q2', canonical('Q2', 'plangraph', some(Q2_LIMIT, false)), big).join()).toMatch(/first/);
    expect(judge('Q2', canonical('Q2', 'plangraph', some(10, true)), big).join()).toMatch(/first/);
  });

  it('checks Q2e edges: all of them, each once with its evidence, or the best attested when marked truncated', () => {
    type E = [string, string, string, number];
    const hood = (edges: E[], truncated: boolean) => ({
      data: { neighbors: { nodes: expected.Q2.ids.map((id) => ({ id })), edges: edges.map(([source, type, target, evidenceCount]) => ({ source, type, target, evidenceCount })), truncated } },
    });
    const all: E[] = [
      ['Platform:中心', 'BELONGS_TO', 'Region:甲区', 3],
      ['University:乙大学', 'COLLABORATES_WITH', 'Enterprise:丙公司', 2],
      ['Enterprise:丙公司', 'BELONGS_TO', 'Region:甲区', 1],
    ];
    const judged = (edges: E[], truncated: boolean) => judge('Q2e', canonical('Q2e', 'plangraph', hood(edges, truncated)), expected).join(' | ');
    expect(judged(all, false)).toBe('');
    expect(judged(all.slice(0, 2), false)).toMatch(/edges: 1 expected row\(s\) missing/);
    expect(judged(all.slice(0, 2), true)).toBe('');
    expect(judged(all.slice(1), true)).toMatch(/better attested/);
    expect(judged([[...all[0]!.slice(0, 3), 4] as E, ...all.slice(1)], false)).toMatch(/unexpected/);
    expect(judged([...all, all[0]!], false)).toMatch(/twice/);
    expect(judged([], true)).toMatch(/none/);
    // A neighbourhood cut at its node limit: only the edges among the nodes it gives are expected.
    const cut = { data: { neighbors: { nodes: [{ id: 'Region:甲区' }, { id: 'Enterprise:丙公司' }], edges: [all[0]!, all[2]!].map(([source, type, target, evidenceCount]) => ({ source, type, target, evidenceCount })), truncated: true } } };
    const big: Expected = { ...expected, Q2: { ids: Array.from({ length: Q2_LIMIT + 5 }, (_, i) => `Enterprise:${String(i).padStart(4, '0')}`).concat(expected.Q2.ids) } };
    const cutAnswer = canonical('Q2e', 'plangraph', cut);
    expect(judge('Q2e', { ...cutAnswer, rows: [...cutAnswer.rows, ...big.Q2.ids.slice(0, Q2_LIMIT - 2)] }, big)).toEqual([]);
    // Q2 (nodes only) does not need edges; Q2e does.
    expect(() => canonical('Q2e', 'plangraph', { data: { neighbors: { nodes: [], truncated: false } } })).toThrow(/no edges/);
  });

  it('rejects Q3 rows with a wrong region count, a wrong order or a better partner left out', () => {
    const rows = (list: [string, number][]) => ({ data: { sharedPartners: list.map(([id, regionCount]) => ({ partner: { id }, regionCount })) } });
    expect(judge('Q3', canonical('Q3', 'plangraph', rows([['University:乙大学', 3], ['Enterprise:丙公司', 2], ['Platform:丁平台', 2]])), expected)).toEqual([]);
    expect(judge('Q3', canonical('Q3', 'plangraph', rows([['University:乙大学', 2], ['Enterprise:丙公司', 2], ['Platform:丁平台', 2]])), expected)).not.toEqual([]);
    expect(judge('Q3', canonical('Q3', 'plangraph', rows([['Enterprise:丙公司', 2], ['University:乙大学', 3], ['Platform:丁平台', 2]])), expected).join()).toMatch(/ordered/);
    expect(judge('Q3', canonical('Q3', 'plangraph', rows([['Enterprise:丙公司', 2], ['Platform:丁平台', 2]])), expected).join()).toMatch(/left out|rows/);
  });

  it('rejects a Q5 path that is longer than the shortest, and accepts the peer\'s paths', () => {
    const peer = (paths: string[][]) => ({ data: { paths: paths.map((ids) => ({ from: 'A', to: 'C', nodes: ids.map((id) => ({ id, name: id })) })) } });
    expect(judge('Q5', canonical('Q5', 'peer', peer([['A', 'B', 'C']])), expected)).toEqual([]);
    expect(judge('Q5', canonical('Q5', 'peer', peer([['A', 'E', 'F', 'C']])), expected).join()).toMatch(/length/);
    expect(judge('Q5', canonical('Q5', 'peer', peer([])), expected).join()).toMatch(/no path|length/);
  });

  it('checks Q4 sections against the expected rows and, for the rest, against the floor', () => {
    const body = (industries: string[]) => ({
      data: {
        regions: [{ id: 'Region:甲区' }, { id: 'Region:乙县' }],
        groupDirect: [{ source: 'Region:甲区', target: 'Region:乙县', type: 'COLLABORATES_WITH' }],
        sharedPartners: [{ partnerId: 'University:乙大学', regionCount: 2 }],
        groupIndustries: industries.map((key) => ({ key })),
        groupProjects: [],
        groupGroupings: [],
        paths: [{ from: 'Region:甲区', to: 'Region:乙县', nodeIds: ['Region:甲区', 'Region:乙县'] }],
      },
    });
    const reference = canonical('Q4', 'peer', body(['Industry:甲']));
    expect(judge('Q4', canonical('Q4', 'peer', body(['Industry:甲'])), expected, reference)).toEqual([]);
    expect(judge('Q4', canonical('Q4', 'peer', body([])), expected, reference).join()).toMatch(/industries/);
  });

  it('builds valid requests for every system, and type definitions the peer can parse', () => {
    const p: QuestionParams = { q1Entity: 'a', q2Entity: 'b', q4Regions: ['甲区', '乙县'], q4RegionIds: ['Region:甲区', 'Region:乙县'], q5From: 'a', q5To: 'c' };
    for (const system of ['plangraph', 'peer'] as const) {
      for (const q of QUESTION_IDS.filter((q) => asks(system, q, p))) expect(() => parse(JSON.parse(requestFor(system, q, p).body).query)).not.toThrow();
    }
    // What the peer cannot express is not asked of it, and asking says why.
    expect([...PEER_CANNOT]).toEqual(['Q2e']);
    expect(asks('peer', 'Q2e', p)).toBe(false);
    expect(() => requestFor('peer', 'Q2e', p)).toThrow(/does not express Q2e/);
    // Q2 asks every system for the same fields of each neighbour; only Q2e asks PlanGraph for the edges.
    const fields = (system: 'plangraph' | 'peer', q: 'Q2' | 'Q2e') => JSON.parse(requestFor(system, q, p).body).query as string;
    expect(fields('plangraph', 'Q2')).toMatch(/nodes \{ id type name distance \}/);
    expect(fields('plangraph', 'Q2')).not.toMatch(/edges/);
    expect(fields('plangraph', 'Q2e')).toMatch(/edges \{ source target type evidenceCount \}/);
    expect(fields('peer', 'Q2')).toMatch(/collaboratesWith \{ id type name /);
    expect(() => parse(peerTypeDefs())).not.toThrow();
  });
});
