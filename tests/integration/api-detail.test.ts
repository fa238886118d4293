/**
 * Answers do not depend on how much of them the query asks for: the API fetches only what is selected (edges,
 * evidence, links) and fetches an entity with its relations in one statement, and every lighter form gives the same
 * entities, counts and order as the full one. On the five plans of data/plans, expectations from the texts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store, type Params } from '../../src/store/store.ts';
import { entityRowOf, relationRowsOf, type RelationsRowList } from '../../src/api/relation-rows.ts';
import { startApiOnPlans, type ApiOnPlans } from './helpers/api-on-plans.ts';
import { findPaths, pathParams } from '../../src/api/paths.ts';
import { cypher } from '../../src/store/cypher.ts';
import { SEMANTIC_TYPES } from '../../src/api/resolvers/entity.ts';

/** A store that notes the statements it runs. */
class NotingStore extends Store {
  ran: string[] = [];
  params: Params[] = [];
  override async read<T extends Record<string, unknown>>(name: string, params: Params = {}, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<T[]> {
    this.ran.push(name);
    this.params.push(params);
    return super.read<T>(name, params, options);
  }
}

let harness: ApiOnPlans<NotingStore>;
let store: NotingStore;

beforeAll(async () => {
  harness = await startApiOnPlans((options) => new NotingStore(options));
  store = harness.store;
});

afterAll(async () => {
  await harness?.stop();
});

/** The data of one request and the statements it ran. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function gql(query: string, variables?: Record<string, unknown>): Promise<{ data: any; ran: string[]; params: Params[] }> {
  store.ran = [];
  store.params = [];
  const data = await harness.gql(query, variables);
  return { data, ran: [...store.ran], params: [...store.params] };
}

type Named = { name: string; aliases: string[] };
const names = (e: Named) => [e.name, ...e.aliases];

describe('an entity with its relations', () => {
  // wanzhou: 依托重庆大学和附属三峡医院科技创新优势……筹建重庆大学转化医学中心
  it('is one statement, and gives what the relations field alone gives (重庆大学转化医学中心 RELIES_ON 重庆大学)', async () => {
    const fields = 'relations(first: 100) { type direction other { id } evidenceCount evidence(first: 3) { sentence } }';
    const one = await gql(`{ entity(id: "University:重庆大学") { id name ${fields} } }`);
    expect(one.ran).toEqual(['api-relations']);
    const platform = one.data.entity.relations.find((r: { type: string; other: { id: string } }) => r.type === 'RELIES_ON' && r.other.id === 'Platform:重庆大学转化医学中心');
    expect(platform, '重庆大学转化医学中心 RELIES_ON 重庆大学').toMatchObject({ direction: 'IN' });
    expect(platform.evidence.some((e: { sentence: string }) => e.sentence.includes('依托重庆大学'))).toBe(true);
    // Two different argument sets: the entity first, then each relations field (the general path).
    const two = await gql(`{ entity(id: "University:重庆大学") { id name a: ${fields} b: relations(types: [CITES]) { type } } }`);
    expect(two.ran[0]).toBe('api-entities-by-id');
    expect(two.data.entity.a).toEqual(one.data.entity.relations);
    expect(two.data.entity.b.every((r: { type: string }) => r.type === 'CITES')).toBe(true);
  });

  it('reads the sentence lists only when the query asks for evidence, and their ids and offsets only when asked', async () => {
    const fields = 'type direction other { id } evidenceCount documents';
    const ask = (evidence: string) => gql(`{ entity(id: "University:重庆大学") { id relations(first: 100) { ${fields} ${evidence} } } }`);
    const none = await ask('');
    const text = await ask('evidence(first: 5) { document section sentence }');
    const full = await ask('evidence(first: 5) { document section sentence sentenceId start end }');
    expect([none, text, full].map((r) => r.params.find((p) => 'evidence' in p)?.evidence)).toEqual([0, 1, 2]);
    expect(none.data.entity.relations.length).toBeGreaterThan(5);
    const withoutEvidence = (r: { evidence?: unknown }) => {
      const { evidence: _evidence, ...rest } = r;
      return rest;
    };
    expect(none.data.entity.relations).toEqual(text.data.entity.relations.map(withoutEvidence));
    type Item = { document: string; section: string; sentence: string; sentenceId: string; start: number; end: number };
    const textOnly = (list: Item[]) => list.map(({ document, section, sentence }) => ({ document, section, sentence }));
    expect(text.data.entity.relations.map((r: { evidence: Item[] }) => r.evidence)).toEqual(full.data.entity.relations.map((r: { evidence: Item[] }) => textOnly(r.evidence)));
    const items: Item[] = full.data.entity.relations.flatMap((r: { evidence: Item[] }) => r.evidence);
    expect(items.length).toBeGreaterThan(5);
    for (const e of items) {
      expect(e.sentence.length).toBeGreaterThan(0);
      expect(e.sentenceId).toMatch(/#/);
      expect(e.end - e.start).toBe(e.sentence.length);
    }
  });

  it('reads only the sentences that the largest evidence(first) of each relation needs', async () => {
    type Relation = { type: string; other: { id: string }; evidenceCount: number; evidence: { sentence: string }[] };
    const ask = (evidence: string) => gql(`{ entity(id: "University:重庆大学") { id relations(first: 100) { type other { id } evidenceCount ${evidence} } } }`);
    const [one, all, both] = [await ask('evidence(first: 1) { sentence }'), await ask('evidence(first: 50) { sentence }'), await ask('a: evidence(first: 1) { sentence } b: evidence(first: 3) { sentence }')];
    expect([one, all, both].map((r) => r.params.find((p) => 'items' in p)?.items)).toEqual([1, 50, 3]);
    const relations: Relation[] = all.data.entity.relations;
    expect(relations.some((r) => r.evidence.length > 3), 'a relation of 重庆大学 stated by several sentences').toBe(true);
    relations.forEach((r, i) => {
      expect(one.data.entity.relations[i]).toEqual({ ...r, evidence: r.evidence.slice(0, 1) });
      const { evidence: _evidence, ...rest } = r;
      expect(both.data.entity.relations[i]).toEqual({ ...rest, a: r.evidence.slice(0, 1), b: r.evidence.slice(0, 3) });
    });
    // What the database sends: fewer sentences for one item per relation than for all of them.
    const params = one.params.find((p) => 'items' in p)!;
    const sentences = async (items: number) => {
      const [row] = await store.read<RelationsRowList>('api-relations', { ...params, items });
      return relationRowsOf(row!.relations, entityRowOf).flatMap((r) => r.rels).reduce((n, x) => n + (x.sentences?.length ?? 0), 0);
    };
    expect(await sentences(1)).toBeLessThan(await sentences(50));
  });

  it('an unknown id is null, and a page size out of range is refused by the relations field', async () => {
    expect((await gql('{ entity(id: "University:没有这所大学") { id relations { type } } }')).data.entity).toBeNull();
    const response = await harness.api.server.executeOperation({ query: '{ entity(id: "University:重庆大学") { id relations(first: 0) { type } } }' }, { contextValue: harness.api.context() });
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    expect(result?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('neighbourhoods', () => {
  const query = (fields: string) => `{ neighbors(id: "万开云", depth: 2, limit: 300) { nodes { id distance } ${fields} } }`;

  // wanzhou: 建立“万开云”科技会商制度; kaizhou: 推动万开云同城化发展
  it('without edges runs no edge statement and finds the same nodes', async () => {
    const full = await gql(query('edges { source target type evidenceCount documents sentence section }'));
    const bare = await gql(query(''));
    expect(full.ran).toContain('api-edges-among');
    expect(bare.ran).not.toContain('api-edges-among');
    expect(bare.data.neighbors.nodes).toEqual(full.data.neighbors.nodes);
    expect(full.data.neighbors.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(['Region:万州区', 'Region:开州区', 'Region:云阳县']));
  });

  it('edges with counts only equal the full edges, and come in the same order every time', async () => {
    const full = (await gql(query('edges { id evidenceCount documents sentence section }'))).data.neighbors.edges;
    const light = (await gql(query('edges { id evidenceCount }'))).data.neighbors.edges;
    const again = (await gql(query('edges { id evidenceCount }'))).data.neighbors.edges;
    expect(light).toEqual(full.map((e: { id: string; evidenceCount: number }) => ({ id: e.id, evidenceCount: e.evidenceCount })));
    expect(again).toEqual(light);
    for (const e of full) {
      expect(e.documents.length, e.id).toBeGreaterThan(0);
      expect(e.sentence, e.id).toBeTruthy();
    }
  });
});

describe('shared partners', () => {
  // qianjiang: 加强与重庆大学、西南大学……的合作; kaizhou: 加强与西南大学……合作; 推动企业与重庆大学……合作
  it('counted without links: the same partners, counts, regions and order as with links', async () => {
    const counted = await gql('{ sharedPartners(limit: 100) { partner { id } regionCount regions { id } } }');
    const linked = await gql('{ sharedPartners(limit: 100) { partner { id } regionCount regions { id } links { region { id } via through { id } relationType } } }');
    // The data version (answer cache, a miss here), then the counts, then each distinct region once.
    expect(counted.ran).toEqual(['api-data-version', 'api-region-partners', 'api-entities-by-id']);
    expect(linked.ran).toEqual(['api-data-version', 'api-region-partner-links']);
    const strip = (list: { links?: unknown }[]) => list.map(({ links: _links, ...rest }) => rest);
    expect(counted.data.sharedPartners).toEqual(strip(linked.data.sharedPartners));
    const ids = counted.data.sharedPartners.map((p: { partner: { id: string } }) => p.partner.id);
    expect(ids).toEqual(expect.arrayContaining(['University:重庆大学', 'University:西南大学']));
    for (const p of linked.data.sharedPartners) {
      // Every region of a partner has a link, and the links are distinct (region, via, member, relation type).
      const linkRegions = new Set(p.links.map((l: { region: { id: string } }) => l.region.id));
      expect([...linkRegions].sort()).toEqual(p.regions.map((r: { id: string }) => r.id));
      const keys = p.links.map((l: { region: { id: string }; via: string; through: { id: string } | null; relationType: string }) => JSON.stringify(l));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('collaboration report without evidence', () => {
  const REGIONS = '["万州区", "开州区", "云阳县"]';
  const LINKS = (evidence: boolean) => `links { region { id } via through { id } relationType ${evidence ? 'evidence(first: 3) { sentence }' : ''} }`;
  const report = (evidence: boolean) => `{ collaboration(regions: ${REGIONS}) {
    sharedIndustries { industry { id } regions { id } ${LINKS(evidence)} }
    jointProjects { project { id name aliases } regions { id } ${LINKS(evidence)} }
    groupings { group { id } members { id } ${LINKS(evidence)} }
    shortestPaths { paths { length nodes { id } steps { type source target evidenceCount ${evidence ? 'evidence(first: 10) { sentence }' : ''} } } } } }`;

  // wanzhou: 建立“万开云”科技会商制度 (the plan names the mechanism: a PLAN link with that sentence)
  it('lists the same industries, projects, groupings and paths as the report with evidence', async () => {
    const light = (await gql(report(false))).data.collaboration;
    const full = (await gql(report(true))).data.collaboration;
    const dropEvidence = (x: unknown): unknown =>
      Array.isArray(x) ? x.map(dropEvidence) : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'evidence').map(([k, v]) => [k, dropEvidence(v)])) : x;
    expect(light).toEqual(dropEvidence(full));
    const mechanism = full.jointProjects.find((p: { project: Named }) => p.project.name.replace(/[“”"]/g, '') === '万开云科技会商制度');
    expect(mechanism, '“万开云”科技会商制度').toBeDefined();
    const planLinks = full.jointProjects.flatMap((p: { project: Named; links: { via: string; evidence: { sentence: string }[] }[] }) =>
      p.links.filter((l) => l.via === 'PLAN').map((l) => ({ names: names(p.project), evidence: l.evidence })),
    );
    expect(planLinks.length).toBeGreaterThan(0);
    // A PLAN link's sentences are sentences of the plan that name the project.
    for (const link of planLinks) {
      expect(link.evidence.length).toBeGreaterThan(0);
      for (const e of link.evidence) expect(link.names.some((n: string) => e.sentence.replace(/[“”"]/g, '').includes(n.replace(/[“”"]/g, '')))).toBe(true);
    }
    // A step's evidence count is the number of its sentences (the first 10 asked for).
    for (const pair of full.shortestPaths) {
      for (const path of pair.paths) for (const step of path.steps) expect(step.evidence.length).toBe(Math.min(step.evidenceCount, 10));
    }
  });
});

describe('paths', () => {
  // wanzhou: 依托重庆大学和附属三峡医院科技创新优势……筹建重庆大学转化医学中心
  it('between two ids is one statement; by names, or with evidence, the same paths', async () => {
    const query = (from: string, to: string, extra = '') =>
      `{ paths(from: "${from}", to: "${to}", types: [RELIES_ON], all: true) { length nodes { id } steps { type source target evidenceCount ${extra} } } }`;
    const byIds = await gql(query('Platform:重庆大学转化医学中心', 'University:重庆大学'));
    expect(byIds.ran).toEqual(['api-paths']);
    expect(byIds.data.paths[0]).toMatchObject({ length: 1, steps: [{ type: 'RELIES_ON', source: 'Platform:重庆大学转化医学中心', target: 'University:重庆大学' }] });
    const byNames = await gql(query('重庆大学转化医学中心', '重慶大學'));
    expect(byNames.ran).toEqual(['api-resolve', 'api-paths']);
    expect(byNames.data).toEqual(byIds.data);
    const withEvidence = await gql(query('Platform:重庆大学转化医学中心', 'University:重庆大学', 'evidence(first: 20) { sentence }'));
    const step = withEvidence.data.paths[0].steps[0];
    expect(step.evidence.some((e: { sentence: string }) => e.sentence.includes('依托重庆大学'))).toBe(true);
    expect(step.evidenceCount).toBe(byIds.data.paths[0].steps[0].evidenceCount);
  });

  it('a relationship stated in several documents is one path, whose step holds the evidence of each document', async () => {
    // Found in the graph, not taken from the texts: a relationship of one type between two entities in two documents or more.
    const { records } = await store.driver.executeQuery(
      `MATCH (a:Entity)-[r:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON]->(b:Entity)
       WITH a, b, type(r) AS type, collect(r.document) AS documents, sum(r.evidenceCount) AS evidenceCount WHERE size(documents) >= 2
       RETURN a.id AS from, b.id AS to, type, documents, evidenceCount ORDER BY size(documents) DESC, from, to, type LIMIT 1`,
      {},
      { routing: 'READ' },
    );
    expect(records.length, 'a relationship stated in two documents').toBe(1);
    const { from, to, type, documents, evidenceCount } = records[0]!.toObject() as { from: string; to: string; type: string; documents: string[]; evidenceCount: number };
    const { data } = await gql(`query($from: ID!, $to: ID!, $types: [RelationType!]) { paths(from: $from, to: $to, types: $types, all: true) {
      length steps { type source target evidenceCount evidence(first: 100) { document } } } }`, { from, to, types: [type] });
    expect(data.paths).toHaveLength(1);
    const [step] = data.paths[0].steps;
    expect(step).toMatchObject({ type, source: from, target: to, evidenceCount });
    expect(new Set(step.evidence.map((e: { document: string }) => e.document))).toEqual(new Set(documents));
    // Without evidence asked, the statement counts the evidence itself and sends no relationship.
    const found = [...(await findPaths(store, [{ from, to }], { maxHops: 4, types: [type], limit: 10, evidence: false })).values()][0]!;
    expect(found).toHaveLength(1);
    expect(found[0]!.steps).toEqual([{ type, source: from, target: to, evidenceCount, rels: [] }]);
    const { data: counted } = await gql(`query($from: ID!, $to: ID!, $types: [RelationType!]) { paths(from: $from, to: $to, types: $types, all: true) {
      steps { evidenceCount } } }`, { from, to, types: [type] });
    expect(counted.paths[0].steps[0].evidenceCount).toBe(evidenceCount);
  });

  it('walks MENTIONS only when asked: then through a plan, never a sentence', async () => {
    // Found in the graph: two entities a plan names, with no relation of another type between them but a path of them.
    const { records } = await store.driver.executeQuery(
      `MATCH (x:Entity)<-[:MENTIONS]-(p:Plan)-[:MENTIONS]->(y:Entity)
       WHERE x.type = 'University' AND y.type = 'Enterprise'
         AND NOT EXISTS { (x)-[:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON]-(y) }
         AND EXISTS { (x)-[:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON*2..4]-(y) }
       RETURN x.id AS from, y.id AS to ORDER BY from, to LIMIT 1`,
      {},
      { routing: 'READ' },
    );
    expect(records.length, 'two entities a plan names, not related but linked').toBe(1);
    const [from, to] = [records[0]!.get('from') as string, records[0]!.get('to') as string];
    const ask = (types?: string[]) =>
      gql(`query($from: ID!, $to: ID!, $types: [RelationType!]) { paths(from: $from, to: $to, types: $types, maxHops: 6, all: true, limit: 50) {
        length nodes { id type } steps { type } } }`, { from, to, types });
    const mentions = (await ask(['MENTIONS'])).data.paths as { length: number; nodes: { id: string; type: string }[]; steps: { type: string }[] }[];
    expect(mentions.length).toBeGreaterThan(0);
    for (const path of mentions) {
      expect(path.length).toBe(2);
      expect(path.steps.map((s) => s.type)).toEqual(['MENTIONS', 'MENTIONS']);
      expect(path.nodes[1]!.type).toBe('Plan');
    }
    const semantic = (await ask()).data.paths as { length: number; steps: { type: string }[] }[];
    expect(semantic.length).toBeGreaterThan(0);
    for (const path of semantic) {
      expect(path.length).toBeGreaterThan(1);
      expect(path.steps.every((s) => s.type !== 'MENTIONS')).toBe(true);
    }
  });

  it('does not walk MENTIONS when the types leave it out (Sentence nodes share it: the search would read several times as much)', async () => {
    const { records } = await store.driver.executeQuery(
      `MATCH (x:Entity {type: 'Region'})-[:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON]-(:Entity)-[:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON]-(y:Entity {type: 'University'})
       WHERE NOT (x)--(y) RETURN x.id AS from, y.id AS to ORDER BY from, to LIMIT 1`,
      {},
      { routing: 'READ' },
    );
    expect(records.length, 'a region two hops from a university').toBe(1);
    const pair = { from: records[0]!.get('from') as string, to: records[0]!.get('to') as string };
    const searches = async (types: string[]) => {
      const { summary } = await store.driver.executeQuery(`PROFILE ${cypher('api-paths')}`, pathParams([pair], { types, limit: 10, evidence: false }), { routing: 'READ' });
      const found: { mentions: boolean; rows: number; dbHits: number }[] = [];
      const visit = (op: { operatorType: string; arguments: Record<string, unknown>; rows: number; dbHits: number; children: unknown[] }) => {
        if (op.operatorType.startsWith('ShortestPath')) found.push({ mentions: String(op.arguments['Details']).includes('MENTIONS'), rows: op.rows, dbHits: op.dbHits });
        for (const child of op.children) visit(child as typeof op);
      };
      visit(summary.profile as unknown as Parameters<typeof visit>[0]);
      return found;
    };
    const semantic = await searches(SEMANTIC_TYPES);
    expect(semantic.find((s) => s.mentions)).toMatchObject({ rows: 0, dbHits: 0 });
    expect(semantic.find((s) => !s.mentions)!.rows).toBeGreaterThan(0);
    const all = await searches([...SEMANTIC_TYPES, 'MENTIONS']);
    expect(all.find((s) => !s.mentions)).toMatchObject({ rows: 0, dbHits: 0 });
    expect(all.find((s) => s.mentions)!.rows).toBeGreaterThan(0);
  });

  it('gives the paths of a pair in the order of their node ids, the same every time', async () => {
    // Two regions with no direct link and several shortest paths between them, found in the graph.
    const { records } = await store.driver.executeQuery(
      `MATCH (a:Entity {type: 'Region'}), (b:Entity {type: 'Region'}) WHERE a.id < b.id AND NOT (a)--(b)
       MATCH p = allShortestPaths((a)-[:COLLABORATES_WITH|RELIES_ON|BELONGS_TO|CITES|FOCUSES_ON*..4]-(b))
       WITH a, b, count(DISTINCT [n IN nodes(p) | n.id]) AS paths WHERE paths >= 3
       RETURN a.id AS from, b.id AS to ORDER BY paths DESC, from, to LIMIT 1`,
      {},
      { routing: 'READ' },
    );
    expect(records.length, 'two regions with three shortest paths or more').toBe(1);
    const [from, to] = [records[0]!.get('from') as string, records[0]!.get('to') as string];
    const ask = (limit: number) =>
      gql(`query($from: ID!, $to: ID!, $limit: Int!) { paths(from: $from, to: $to, all: true, limit: $limit) { nodes { id } steps { type source target } } }`, { from, to, limit });
    const ten = (await ask(10)).data.paths as { nodes: { id: string }[] }[];
    expect(ten.length).toBeGreaterThan(2);
    expect((await ask(10)).data.paths).toEqual(ten);
    expect((await ask(2)).data.paths).toHaveLength(2);
    const ids = ten.map((p) => p.nodes.map((n) => n.id));
    const before = (x: string[], y: string[]) => {
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]!;
      return x.length <= y.length;
    };
    for (let i = 1; i < ids.length; i++) expect(before(ids[i - 1]!, ids[i]!), `${ids[i - 1]} before ${ids[i]}`).toBe(true);
  });

  it('an id that names no entity is NOT_FOUND for that end', async () => {
    const response = await harness.api.server.executeOperation(
      { query: '{ paths(from: "Platform:没有这个平台", to: "University:重庆大学") { length } }' },
      { contextValue: harness.api.context() },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    expect(result?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result?.errors?.[0]?.message).toContain('from');
  });
});
