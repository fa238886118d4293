/**
 * The GraphQL API on the real Neo4j with the five plans of data/plans extracted and loaded. Every expectation
 * comes from reading the texts (the line is quoted next to it), not from the program's output.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.ts';
import { startApiOnPlans, type ApiOnPlans } from './helpers/api-on-plans.ts';

let harness: ApiOnPlans<Store>;
let store: Store;

beforeAll(async () => {
  harness = await startApiOnPlans((options) => new Store(options));
  store = harness.store;
});

afterAll(async () => {
  await harness?.stop();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const gql = (query: string, variables?: Record<string, unknown>): Promise<any> => harness.gql(query, variables);

const EVIDENCE = 'evidence(first: 5) { document sentence section }';

describe('look-ups', () => {
  it('中科院 finds 中国科学院 first (the spec: 中国科学院 (中科院))', async () => {
    const data = await gql('{ search(query: "中科院", limit: 5) { entity { id aliases } matchedBy } }');
    expect(data.search[0].entity.id).toBe('ResearchInstitute:中国科学院');
    expect(data.search[0].entity.aliases).toContain('中科院');
  });

  it('traditional characters and pinyin reach the canonical 重庆大学', async () => {
    const data = await gql(`{
      a: entityByName(name: "重慶大學") { id }
      b: entityByName(name: "chong qing da xue") { id }
      c: entityByName(name: "chongqingdaxue") { id }
      d: search(query: "重慶大學", limit: 3) { entity { id } }
      e: search(query: "cqdx", types: [University]) { entity { id } }
    }`);
    expect([data.a.id, data.b.id, data.c.id, data.d[0].entity.id, data.e[0].entity.id]).toEqual(Array(5).fill('University:重庆大学'));
  });

  it('Lucene syntax in a search is taken literally, never parsed', async () => {
    const data = await gql('{ search(query: "重庆 AND (大学\\" OR *:*", limit: 5) { entity { id } } }');
    expect(Array.isArray(data.search)).toBe(true);
  });

  it('pages through entities with cursors, without repeats', async () => {
    const first = await gql('{ entities(type: University, first: 10) { totalCount edges { cursor node { id type } } pageInfo { hasNextPage endCursor } } }');
    const second = await gql('query($after: String) { entities(type: University, first: 10, after: $after) { edges { node { id } } } }', {
      after: first.entities.pageInfo.endCursor,
    });
    const ids = [...first.entities.edges, ...second.entities.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(first.entities.edges.every((e: { node: { type: string } }) => e.node.type === 'University')).toBe(true);
    expect(first.entities.totalCount).toBeGreaterThan(10);
  });
});

describe('partners and collaboration', () => {
  // qianjiang: 加强与重庆大学、西南大学、浙江大学……等市内外大专院校、科研院所的合作
  // kaizhou: 加强与西南大学、中科院重庆绿色智能研究院、市农科院等高校和科研机构合作; 推动企业与重庆大学、中科院、重科院等高校、科研院所合作
  it('黔江区 and 开州区 share 重庆大学 and 西南大学, each link with a sentence naming the partner', async () => {
    const data = await gql(`{ sharedPartners(regions: ["黔江区", "开州区"]) {
      partner { id name aliases } regions { name } links { region { name } via ${EVIDENCE} } } }`);
    const byId = new Map(data.sharedPartners.map((p: { partner: { id: string } }) => [p.partner.id, p]));
    for (const id of ['University:重庆大学', 'University:西南大学']) {
      const shared = byId.get(id) as { partner: { name: string; aliases: string[] }; regions: { name: string }[]; links: { evidence: { sentence: string }[] }[] };
      expect(shared, id).toBeDefined();
      expect(shared.regions.map((r) => r.name).sort()).toEqual(['开州区', '黔江区']);
      for (const link of shared.links) {
        expect(link.evidence.length).toBeGreaterThan(0);
        expect(link.evidence.some((e) => [shared.partner.name, ...shared.partner.aliases].some((n) => e.sentence.includes(n)))).toBe(true);
      }
    }
  });

  // wanzhou: 建立“万开云”科技会商制度; yunyang: 将“万开云”定位为渝东北三峡库区城镇群城市核心区;
  // kaizhou: 推动万开云同城化发展，联动万州、云阳组建产业技术创新联盟
  it('万州区, 开州区, 云阳县: grouping 万开云, the “万开云”科技会商制度, direct links and short paths, all with evidence', async () => {
    const data = await gql(`{ collaboration(regions: ["万州区", "开州区", "云阳县"]) {
      regions { id } unresolved
      directRelations { source { name } target { name } type ${EVIDENCE} }
      groupings { group { name } members { name } links { ${EVIDENCE} } }
      jointProjects { project { name } regions { name } links { via ${EVIDENCE} } }
      sharedIndustries { industry { name } regions { name } }
      shortestPaths { from { name } to { name } paths { length steps { type evidenceCount } } }
    } }`);
    const report = data.collaboration;
    expect(report.regions).toHaveLength(3);
    expect(report.unresolved).toEqual([]);
    const grouping = report.groupings.find((g: { group: { name: string } }) => g.group.name === '万开云');
    expect(grouping.members.map((m: { name: string }) => m.name).sort()).toEqual(['万州区', '云阳县', '开州区'].sort());
    const mechanism = report.jointProjects.find((p: { project: { name: string } }) => p.project.name.replace(/[“”"]/g, '') === '万开云科技会商制度');
    expect(mechanism, '“万开云”科技会商制度 (wanzhou plan)').toBeDefined();
    expect(mechanism.regions).toHaveLength(3);
    const kaiWan = report.directRelations.find(
      (r: { source: { name: string }; target: { name: string }; type: string }) =>
        r.type === 'COLLABORATES_WITH' && [r.source.name, r.target.name].sort().join() === ['万州区', '开州区'].sort().join(),
    );
    expect(kaiWan, '开州区 COLLABORATES_WITH 万州区').toBeDefined();
    expect(kaiWan.evidence.length).toBeGreaterThan(0);
    expect(report.shortestPaths).toHaveLength(3);
    for (const pair of report.shortestPaths) {
      expect(pair.paths.length, `${pair.from.name}–${pair.to.name}`).toBeGreaterThan(0);
      expect(pair.paths[0].length).toBeLessThanOrEqual(2);
      expect(pair.paths[0].steps.every((s: { evidenceCount: number }) => s.evidenceCount > 0)).toBe(true);
    }
    for (const list of [report.directRelations, report.groupings.flatMap((g: { links: unknown[] }) => g.links)]) {
      for (const item of list) expect(item.evidence.length).toBeGreaterThan(0);
    }
  });
});

describe('paths and neighbourhoods', () => {
  // wanzhou: 依托重庆大学和附属三峡医院科技创新优势……筹建重庆大学转化医学中心
  it('a platform reaches its university over RELIES_ON, with the 依托 sentence', async () => {
    const data = await gql(`{ paths(from: "重庆大学转化医学中心", to: "University:重庆大学", types: [RELIES_ON]) {
      length nodes { id } steps { type source target ${EVIDENCE} } } }`);
    expect(data.paths[0].length).toBe(1);
    expect(data.paths[0].steps[0]).toMatchObject({ type: 'RELIES_ON', source: 'Platform:重庆大学转化医学中心', target: 'University:重庆大学' });
    expect(data.paths[0].steps[0].evidence.some((e: { sentence: string }) => e.sentence.includes('依托重庆大学'))).toBe(true);
  });

  // kaizhou: 依托重庆绿色智能技术研究院建设三峡库区消落带湿地及水环境研究院
  it('三峡库区消落带湿地及水环境研究院 RELIES_ON the institute it is built on', async () => {
    const data = await gql('{ search(query: "消落带湿地及水环境研究院", types: [Platform]) { entity { id relations(types: [RELIES_ON], direction: OUT) { other { name aliases } } } } }');
    expect(data.search.length, 'the platform is extracted').toBeGreaterThan(0);
    const others = data.search[0].entity.relations.flatMap((r: { other: { name: string; aliases: string[] } }) => [r.other.name, ...r.other.aliases]);
    expect(others.some((n: string) => n.includes('重庆绿色智能技术研究院'))).toBe(true);
  });

  it('neighbors of 万开云 include its three districts; MENTIONS is not walked by default', async () => {
    const data = await gql('{ neighbors(id: "万开云", depth: 1) { center { id } nodes { id distance } edges { type evidenceCount sentence } } }');
    const ids = data.neighbors.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['Region:万州区', 'Region:开州区', 'Region:云阳县']));
    expect(data.neighbors.nodes.every((n: { distance: number }) => n.distance === 1)).toBe(true);
    expect(data.neighbors.edges.every((e: { type: string; evidenceCount: number; sentence: string }) => e.type !== 'MENTIONS' && e.evidenceCount > 0 && e.sentence)).toBe(true);
  });

  it('subgraph gives nodes and aggregated edges that only join nodes it returns', async () => {
    const data = await gql('{ subgraph(seeds: ["万州区", "重庆大学"], depth: 2, limit: 60) { nodes { id distance } edges { source target type evidenceCount documents sentence } truncated } }');
    const ids = new Set(data.subgraph.nodes.map((n: { id: string }) => n.id));
    expect(ids.has('Region:万州区') && ids.has('University:重庆大学')).toBe(true);
    expect(ids.size).toBeLessThanOrEqual(60);
    for (const e of data.subgraph.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.documents.length).toBeGreaterThan(0);
    }
  });
});

describe('plans and indicators', () => {
  // yunyang: 研发经费投入强度达到2.10%; wanzhou: 全社会研发经费……0.98%
  it('compares the R&D indicators of the districts side by side', async () => {
    const data = await gql('{ compareIndicators(regions: ["万州区", "云阳县"], name: "研发经费") { region { name } indicators { name baselineValue targetValue unit } } }');
    const byRegion = new Map(data.compareIndicators.map((r: { region: { name: string }; indicators: unknown[] }) => [r.region.name, r.indicators]));
    expect((byRegion.get('万州区') as unknown[]).length).toBeGreaterThan(0);
    for (const list of byRegion.values()) for (const i of list as { name: string }[]) expect(i.name).toContain('研发经费');
  });

  it('lists the five plans with their issuers and sections', async () => {
    const data = await gql('{ plans { id issuer { name } sections { path } } }');
    expect(data.plans.map((p: { id: string }) => p.id).sort()).toEqual(['chongqing-2021-2025', 'kaizhou-2021-2025', 'qianjiang-2021-2025', 'wanzhou-2021-2025', 'yunyang-2021-2025']);
    const wanzhou = data.plans.find((p: { id: string }) => p.id === 'wanzhou-2021-2025');
    expect(wanzhou.issuer.name).toBe('万州区');
    expect(wanzhou.sections.length).toBeGreaterThan(10);
  });
});

describe('no N+1', () => {
  const nested = `query($n: Int) { entities(first: $n) { edges { node { id
    relations(first: 10) { type other { name } evidence(first: 2) { sentence plan { title } } }
    mentions { count plan { id } } regions { id } } } } }`;

  it('the round trips of a nested query do not grow with the number of entities', async () => {
    const trips = async (n: number) => {
      const before = store.roundTrips;
      const data = await gql(nested, { n });
      expect(data.entities.edges).toHaveLength(n);
      return store.roundTrips - before;
    };
    const five = await trips(5);
    const twenty = await trips(20);
    expect(twenty).toBe(five);
    expect(twenty).toBeLessThanOrEqual(6);
  });
});
