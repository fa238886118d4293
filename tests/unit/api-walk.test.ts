/**
 * neighbors and subgraph without a database (a fake store that answers the walk's statements from a small graph):
 * which statements run, and how their compact rows (lists, and positions instead of ids) become nodes and edges.
 * tests/integration/api-detail and api-queries check the same answers on the five plans.
 */
import { describe, expect, it } from 'vitest';
import { createApi } from '../../src/api/index.ts';
import { loadConfig } from '../../src/config.ts';
import type { Store } from '../../src/store/store.ts';

const entity = (id: string) => {
  const [type, name] = id.split(':') as [string, string];
  return { id, type, name, aliases: [], pinyin: null, pinyinInitials: null, region: null };
};

/** Undirected adjacency and directed semantic relationships of a small graph (ids as in the five plans). */
const RELS: [string, string, string, number][] = [
  ['Region:万州区', 'COLLABORATES_WITH', 'Region:开州区', 3],
  ['Region:万州区', 'COLLABORATES_WITH', 'Region:云阳县', 2],
  ['Region:开州区', 'COLLABORATES_WITH', 'Region:云阳县', 2],
  ['University:重庆大学', 'COLLABORATES_WITH', 'Region:万州区', 1],
  ['Platform:重庆大学转化医学中心', 'RELIES_ON', 'University:重庆大学', 4],
];

/** An entity that is in the graph without any relation. */
const ISOLATED = 'Enterprise:重庆三峡银行';
const known = (id: string) => id === ISOLATED || RELS.some(([s, , t]) => s === id || t === id);

function fakeStore(edgeRows?: (index: Record<string, number>) => unknown[]) {
  const ran: string[] = [];
  const params: Record<string, unknown>[] = [];
  const store = {
    roundTrips: 0,
    async read(name: string, p: Record<string, unknown>) {
      ran.push(name);
      params.push(p);
      if (name === 'api-resolve') {
        const refs = p.refs as { raw: string; simplified: string }[];
        return refs.map((r) => {
          const id = [ISOLATED, ...RELS.flatMap(([s, , t]) => [s, t])].find((i) => i === r.raw || i.endsWith(`:${r.simplified}`));
          return { ref: r.raw, entity: id ? entity(id) : null };
        });
      }
      if (name === 'api-entities-by-id') return (p.ids as string[]).filter(known).map((id) => ({ entity: entity(id) }));
      if (name === 'api-expand') {
        const frontier = p.frontier as string[];
        const weight = new Map<string, number>();
        for (const [s, , t] of RELS) {
          if (frontier.includes(s)) weight.set(t, (weight.get(t) ?? 0) + 1);
          if (frontier.includes(t)) weight.set(s, (weight.get(s) ?? 0) + 1);
        }
        const ordered = [...weight].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, p.cap as number);
        return [{ nodes: ordered.map(([id]) => [id, entity(id).type, entity(id).name]) }];
      }
      if (name === 'api-edges-among') {
        const index = p.index as Record<string, number>;
        if (edgeRows) return [{ edges: edgeRows(index) }];
        const edges = RELS.filter(([s, , t]) => s in index && t in index)
          .sort((a, b) => b[3] - a[3])
          .map(([s, type, t, count]) => [index[s], index[t], type, count, p.documents ? ['wanzhou-2021-2025'] : [], p.evidence ? `${s}—${t}` : null, null]);
        return [{ edges }];
      }
      return [];
    },
  };
  return { store: store as unknown as Store, ran, params };
}

async function run(query: string, fake = fakeStore()) {
  const api = createApi(fake.store, loadConfig({ NODE_ENV: 'test' }));
  await api.server.start();
  try {
    const response = await api.server.executeOperation({ query }, { contextValue: api.context() });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { data: response.body.singleResult.data as any, errors: response.body.singleResult.errors, ran: fake.ran, params: fake.params };
  } finally {
    await api.server.stop();
  }
}

describe('neighbors', () => {
  const FIELDS = 'nodes { id type name distance } edges { id source target type evidenceCount documents sentence } truncated';

  it('from an id: one statement per level and one for the edges, no look-up; positions become ids', async () => {
    const { data, errors, ran, params } = await run(`{ neighbors(id: "Region:万州区", depth: 2) { ${FIELDS} } }`);
    expect(errors).toBeUndefined();
    expect(ran).toEqual(['api-expand', 'api-expand', 'api-edges-among']);
    // The edges statement gets every node with its position, the centre first.
    const index = params[2]!.index as Record<string, number>;
    expect(Object.entries(index)).toEqual([
      ['Region:万州区', 0],
      ['Region:云阳县', 1],
      ['Region:开州区', 2],
      ['University:重庆大学', 3],
      ['Platform:重庆大学转化医学中心', 4],
    ]);
    expect(data.neighbors.nodes).toEqual([
      { id: 'Region:云阳县', type: 'Region', name: '云阳县', distance: 1 },
      { id: 'Region:开州区', type: 'Region', name: '开州区', distance: 1 },
      { id: 'University:重庆大学', type: 'University', name: '重庆大学', distance: 1 },
      { id: 'Platform:重庆大学转化医学中心', type: 'Platform', name: '重庆大学转化医学中心', distance: 2 },
    ]);
    expect(data.neighbors.edges[0]).toEqual({
      id: 'Platform:重庆大学转化医学中心|RELIES_ON|University:重庆大学',
      source: 'Platform:重庆大学转化医学中心',
      target: 'University:重庆大学',
      type: 'RELIES_ON',
      evidenceCount: 4,
      documents: ['wanzhou-2021-2025'],
      sentence: 'Platform:重庆大学转化医学中心—University:重庆大学',
    });
    expect(data.neighbors.edges).toHaveLength(RELS.length);
    expect(data.neighbors.truncated).toBe(false);
  });

  it('reads the centre only when the query asks for it', async () => {
    const { data, ran } = await run('{ neighbors(id: "Region:万州区") { center { id name } nodes { id } } }');
    expect(ran).toEqual(['api-expand', 'api-entities-by-id']);
    expect(data.neighbors.center).toEqual({ id: 'Region:万州区', name: '万州区' });
  });

  it('from a name: looked up first, the same answer as from its id', async () => {
    const byName = await run(`{ neighbors(id: "万州区", depth: 2) { center { id } ${FIELDS} } }`);
    const byId = await run(`{ neighbors(id: " Region:万州区 ", depth: 2) { center { id } ${FIELDS} } }`);
    expect(byName.ran[0]).toBe('api-resolve');
    expect(byName.data).toEqual(byId.data);
  });

  it('an id that matches nothing falls back to the look-up, which says NOT_FOUND', async () => {
    const { errors, ran } = await run('{ neighbors(id: "Region:没有这个区") { nodes { id } } }');
    expect(ran).toEqual(['api-expand', 'api-resolve']);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('an entity without neighbours: the look-up confirms it, and the walk is not run again', async () => {
    const { data, errors, ran } = await run(`{ neighbors(id: "${ISOLATED}", depth: 2) { center { id name } nodes { id } edges { id } truncated } }`);
    expect(errors).toBeUndefined();
    expect(ran).toEqual(['api-expand', 'api-resolve']);
    expect(data.neighbors).toEqual({ center: { id: ISOLATED, name: '重庆三峡银行' }, nodes: [], edges: [], truncated: false });
  });

  it('asks for no edges when the query has none, and none of their documents or sentences unless asked', async () => {
    expect((await run('{ neighbors(id: "Region:万州区", depth: 2) { nodes { id } } }')).ran).toEqual(['api-expand', 'api-expand']);
    const { params } = await run('{ neighbors(id: "Region:万州区") { edges { id evidenceCount } } }');
    expect(params.at(-1)).toMatchObject({ documents: false, evidence: false });
  });

  it('is truncated when the statement returns more edges than 8 per node, keeping the first ones', async () => {
    // The centre and its three neighbours (all within limit 3): 32 edges at most, the statement asked for 33.
    const rows = (n: number) => (index: Record<string, number>) => Array.from({ length: n }, (_, i) => [index['Region:万州区'], index['Region:开州区'], 'CITES', 100 - i, [], null, null]);
    const query = '{ neighbors(id: "Region:万州区", limit: 3) { nodes { id } edges { evidenceCount } truncated } }';
    const over = await run(query, fakeStore(rows(33)));
    expect(over.params.at(-1)).toMatchObject({ cap: 33 });
    expect(over.data.neighbors.nodes).toHaveLength(3);
    expect(over.data.neighbors.edges).toHaveLength(32);
    expect(over.data.neighbors.edges[0].evidenceCount).toBe(100);
    expect(over.data.neighbors.truncated).toBe(true);
    const full = await run(query, fakeStore(rows(32)));
    expect(full.data.neighbors.edges).toHaveLength(32);
    expect(full.data.neighbors.truncated).toBe(false);
  });
});

describe('subgraph', () => {
  it('keeps its seeds (distance 0) with their names, and joins only nodes it returns', async () => {
    const { data, ran } = await run('{ subgraph(seeds: ["万州区", "重庆大学"], depth: 1) { nodes { id name distance } edges { source target } truncated } }');
    expect(ran).toEqual(['api-resolve', 'api-expand', 'api-edges-among']);
    const ids = new Set(data.subgraph.nodes.map((n: { id: string }) => n.id));
    expect(data.subgraph.nodes.slice(0, 2)).toEqual([
      { id: 'Region:万州区', name: '万州区', distance: 0 },
      { id: 'University:重庆大学', name: '重庆大学', distance: 0 },
    ]);
    for (const e of data.subgraph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });
});
