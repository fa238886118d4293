/**
 * Exports from the real Neo4j with the five plans loaded: over HTTP (/export/<format>) and through
 * `plangraph export`, each parsed back with a real parser. Expectations come from the texts (quoted).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApiServer } from '../../src/api/index.ts';
import { loadConfig } from '../../src/config.ts';
import { explorerRoutes } from '../../src/explorer/index.ts';
import { Store } from '../../src/store/store.ts';
import { resetDatabase } from '../setup/db.ts';
import { loadPlans } from './helpers/load-plans.ts';

let store: Store;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  store = new Store({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
  await resetDatabase(store.driver);
  await loadPlans(store);
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0' });
  server = await startApiServer({ store, config, routes: (router) => explorerRoutes(router, { store }) });
});

afterAll(async () => {
  await server?.close();
  await store?.close();
});

async function get(pathAndQuery: string): Promise<Response> {
  return fetch(new URL(pathAndQuery, server.url));
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, isArray: (name, _p, _l, isAttribute) => !isAttribute && ['node', 'edge', 'data', 'attvalue'].includes(name) });
type GraphmlNode = { id: string; data?: { key: string; '#text'?: string }[] };
type GraphmlEdge = GraphmlNode & { source: string; target: string };

function graphml(text: string): { nodes: GraphmlNode[]; edges: GraphmlEdge[]; attr: (n: GraphmlNode, key: string) => string | undefined } {
  expect(XMLValidator.validate(text)).toBe(true);
  const doc = xml.parse(text) as { graphml: { graph: { node?: GraphmlNode[]; edge?: GraphmlEdge[] } } };
  return {
    nodes: doc.graphml.graph.node ?? [],
    edges: doc.graphml.graph.edge ?? [],
    attr: (n, key) => n.data?.find((d) => d.key === key)?.['#text'],
  };
}

describe('GET /export/<format>', () => {
  // wanzhou, kaizhou and yunyang each write of 重庆大学 / 中科院重庆绿色智能技术研究院 as partners of the district.
  it('GraphML for three regions: the regions, their members and partners, edges only among them', async () => {
    const res = await get(`/export/graphml?region=${encodeURIComponent('万州区,开州区')}&region=${encodeURIComponent('云阳县')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('graphml');
    expect(res.headers.get('content-disposition')).toContain('plangraph.graphml');
    const g = graphml(await res.text());
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const r of ['Region:万州区', 'Region:开州区', 'Region:云阳县']) expect(ids.has(r)).toBe(true);
    // kaizhou: 推动企业与重庆大学、中科院、重科院等高校、科研院所合作
    expect(ids.has('University:重庆大学')).toBe(true);
    for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(g.edges.some((e) => g.attr(e, 'e_relation') === 'MENTIONS')).toBe(false);
    const wanzhou = g.nodes.find((n) => n.id === 'Region:万州区')!;
    expect(g.attr(wanzhou, 'n_type')).toBe('Region');
    expect(Number(g.attr(wanzhou, 'n_evidenceCount'))).toBeGreaterThan(0);
  });

  it('seeds by name, type filter: 重庆大学 and the universities and institutes next to it', async () => {
    const res = await get(`/export/gexf?seeds=${encodeURIComponent('重庆大学')}&type=University,ResearchInstitute&depth=2`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = xml.parse(text) as { gexf: { graph: { nodes: { node: { id: string; label: string; attvalues: { attvalue: { for: string; value: string }[] } }[] } } } };
    const nodes = doc.gexf.graph.nodes.node;
    expect(nodes.find((n) => n.id === 'University:重庆大学')?.label).toBe('重庆大学');
    expect(nodes.length).toBeGreaterThan(1);
    for (const n of nodes) expect(['University', 'ResearchInstitute']).toContain(n.attvalues.attvalue.find((v) => v.for === 'type')!.value);
  });

  it('Cytoscape.js and D3 JSON agree on the same selection', async () => {
    const q = `seeds=${encodeURIComponent('University:重庆大学')}&depth=1`;
    const cy = (await (await get(`/export/cytoscape?${q}`)).json()) as { elements: { nodes: { data: { id: string } }[]; edges: unknown[] } };
    const d3 = (await (await get(`/export/d3?${q}`)).json()) as { nodes: { id: string }[]; links: { source: string; target: string; sentence: string | null }[] };
    expect(cy.elements.nodes.map((n) => n.data.id).sort()).toEqual(d3.nodes.map((n) => n.id).sort());
    expect(cy.elements.edges).toHaveLength(d3.links.length);
    const cqu = d3.links.filter((l) => l.source === 'University:重庆大学' || l.target === 'University:重庆大学');
    expect(cqu.length).toBeGreaterThan(0);
    expect(cqu.some((l) => (l.sentence ?? '').includes('重庆大学'))).toBe(true);
  });

  it('CSV: a zip of nodes.csv and relationships.csv, or one part', async () => {
    const res = await get(`/export/csv?region=${encodeURIComponent('黔江区')}`);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const nodes = parseCsv(await zip.file('nodes.csv')!.async('string'), { columns: true }) as Record<string, string>[];
    const rels = parseCsv(await zip.file('relationships.csv')!.async('string'), { columns: true }) as Record<string, string>[];
    const ids = new Set(nodes.map((n) => n['id:ID']));
    expect(ids.has('Region:黔江区')).toBe(true);
    for (const r of rels) expect(ids.has(r[':START_ID']!) && ids.has(r[':END_ID']!)).toBe(true);
    const part = await get(`/export/csv?region=${encodeURIComponent('黔江区')}&part=relationships`);
    expect(part.headers.get('content-type')).toContain('text/csv');
    expect(parseCsv(await part.text(), { columns: true })).toHaveLength(rels.length);
  });

  it('answers 400 with what to change for a bad format, type, name or limit', async () => {
    const cases: [string, RegExp][] = [
      ['/export/svg', /format "svg" is not one of graphml, gexf, cytoscape, d3, csv/],
      ['/export/graphml?type=Company', /type "Company" is not an entity type/],
      [`/export/graphml?seeds=${encodeURIComponent('不存在的实体名')}`, /seeds "不存在的实体名" matched no entity/],
      [`/export/graphml?region=${encodeURIComponent('重庆大学')}`, /regions "重庆大学" matched no entity/],
      ['/export/d3?limit=0', /limit must be a whole number from 1 to 20000/],
      ['/export/csv?part=edges', /part "edges" is only for csv/],
    ];
    for (const [url, message] of cases) {
      const res = await get(url);
      expect(res.status, url).toBe(400);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.message).toMatch(message);
      expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('cuts at the limit and says so', async () => {
    const res = await get('/export/d3?limit=5');
    const d3 = (await res.json()) as { nodes: unknown[]; truncated: boolean };
    expect(d3.nodes).toHaveLength(5);
    expect(d3.truncated).toBe(true);
    expect(res.headers.get('x-plangraph-truncated')).toBe('true');
  });
});

describe('the explorer page', () => {
  it('serves the page, its bundled script (no CDN) and style', async () => {
    const html = await (await get('/')).text();
    expect(html).toContain('<script type="module" src="/explorer/app.js">');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    const js = await get('/explorer/app.js');
    expect(js.headers.get('content-type')).toContain('text/javascript');
    const code = await js.text();
    expect(code.length).toBeGreaterThan(100_000);
    // One self-contained bundle: no import statement left for the browser to fetch.
    expect(/(^|[;}])\s*import\s*[\w{*][^;]*?\bfrom\s*["']/.test(code)).toBe(false);
    expect((await get('/explorer/app.css')).status).toBe(200);
  });
});

describe('plangraph export', () => {
  it('writes nodes.csv and relationships.csv into --out, from the database NEO4J_URI names', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'plangraph-export-'));
    const saved = { ...process.env };
    Object.assign(process.env, { NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') });
    try {
      const { run } = await import('../../src/commands/export.ts');
      expect(await run(['--format', 'csv', '--seeds', '重庆大学', '--out', dir])).toBe(0);
      const nodes = parseCsv(await readFile(path.join(dir, 'nodes.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
      expect(nodes.some((n) => n['id:ID'] === 'University:重庆大学' && n['name'] === '重庆大学')).toBe(true);
      expect(await run(['--format', 'pajek'])).toBe(2);
    } finally {
      process.env = saved;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
