/**
 * The explorer page in a real browser (Debian's chromium through playwright-core) against a server on the real
 * Neo4j with the five plans: search 重庆大学 and expand it, tick 万州区/开州区/云阳县 and draw their collaboration
 * report, click an edge and read its evidence, save the view as PNG and a screenshot of the page.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApiServer } from '../../src/api/index.ts';
import { loadConfig } from '../../src/config.ts';
import { explorerRoutes } from '../../src/explorer/index.ts';
import { Store } from '../../src/store/store.ts';
import { resetDatabase } from '../setup/db.ts';
import { loadPlans, MANIFEST } from '../integration/helpers/load-plans.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve('tests/e2e/artifacts');
const REGIONS = ['万州区', '开州区', '云阳县'];

let store: Store;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing; install it with apt-get install chromium (as .ci/run does).`);
  store = new Store({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
  await resetDatabase(store.driver);
  await loadPlans(store);
  server = await startApiServer({ store, config: loadConfig({ NODE_ENV: 'test', PORT: '0' }), routes: (router) => explorerRoutes(router, { store }) });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

const nodeCount = () => page.evaluate(() => window.plangraph!.cy.nodes().length);
const hasNode = (id: string) => page.evaluate((x) => window.plangraph!.cy.getElementById(x).nonempty(), id);

describe('the explorer page', () => {
  it('opens with the regions listed and no request leaving the server', async () => {
    const foreign: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(server.url) && !req.url().startsWith('blob:') && !req.url().startsWith('data:')) foreign.push(req.url());
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.plangraph?.ready === true);
    for (const r of REGIONS) expect(await page.locator(`#region-list input[value="${r}"]`).count()).toBe(1);
    expect(await page.textContent('#status')).toMatch(/^Ready/);
    expect(foreign).toEqual([]);
  });

  it('suggests 重庆大学 for its pinyin initials and for its name, and expands it when picked', async () => {
    await page.fill('#search', 'cqdx');
    await page.waitForSelector('#suggestions li[data-id="University:重庆大学"]');
    await page.fill('#search', '重庆大学');
    await page.click('#suggestions li[data-id="University:重庆大学"]');
    await page.waitForFunction(() => window.plangraph!.cy.getElementById('University:重庆大学').nonempty() && window.plangraph!.cy.nodes().length > 1);
    expect(await page.textContent('#details h3')).toBe('重庆大学');
    // qianjiang: 加强与重庆大学、西南大学……等市内外大专院校、科研院所的合作 — a collaborator is drawn next to it.
    const collaborators = await page.evaluate(() => window.plangraph!.cy.getElementById('University:重庆大学').connectedEdges('[type = "COLLABORATES_WITH"]').length);
    expect(collaborators).toBeGreaterThan(0);
  });

  it('draws the collaboration report of 万州区, 开州区 and 云阳县 with its lists beside the graph', async () => {
    for (const r of REGIONS) await page.check(`#region-list input[value="${r}"]`);
    await page.click('#q-collaboration');
    await page.waitForFunction(() => (document.querySelector('#lists h3')?.textContent ?? '').startsWith('协作报告'));
    await page.waitForFunction(() => /^Collaboration of/.test(document.querySelector('#status')?.textContent ?? ''));
    for (const r of REGIONS) expect(await hasNode(`Region:${r}`)).toBe(true);
    expect(await nodeCount()).toBeGreaterThan(REGIONS.length);
    const lists = (await page.textContent('#lists')) ?? '';
    expect(lists).toContain('共同伙伴 Shared partners');
    // wanzhou and kaizhou both name 重庆大学 as a partner (see tests/integration/api-queries.test.ts for the lines).
    expect(await page.locator('#lists section', { hasText: '共同伙伴' }).locator('button', { hasText: '重庆大学' }).count()).toBeGreaterThan(0);
  });

  it('clicking an edge shows its evidence sentences with plan and section', async () => {
    // Edges with evidence, those whose midpoint lies farthest from every node first, so a click lands on the
    // edge. On a loaded machine another edge may cross there: try the next candidate, with a real click each time.
    const candidates = await page.evaluate(() => {
      const cy = window.plangraph!.cy;
      const box = cy.container()!.getBoundingClientRect();
      const nodes = cy.nodes(':visible').map((n) => n.renderedPosition());
      const found: { x: number; y: number; clearance: number; source: string; target: string }[] = [];
      cy.edges(':visible').forEach((e) => {
        if (!e.data('evidence')) return;
        const m = e.renderedMidpoint();
        // a midpoint can be NaN (an edge not laid out yet): only finite points inside the view are clickable
        if (!Number.isFinite(m.x) || !Number.isFinite(m.y)) return;
        if (m.x < 20 || m.y < 20 || m.x > box.width - 20 || m.y > box.height - 20) return;
        const clearance = Math.min(...nodes.map((p) => Math.hypot(p.x - m.x, p.y - m.y)));
        if (!Number.isFinite(clearance)) return;
        found.push({ x: box.left + m.x, y: box.top + m.y, clearance, source: String(e.source().data('name')), target: String(e.target().data('name')) });
      });
      return found.sort((a, b) => b.clearance - a.clearance).slice(0, 5);
    });
    expect(candidates.length).toBeGreaterThan(0);
    let target: (typeof candidates)[number] | null = null;
    for (const candidate of candidates) {
      await page.mouse.click(candidate.x, candidate.y);
      const shown = await page.waitForSelector('#details .evidence blockquote', { timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      if (shown && ((await page.textContent('#details h3')) ?? '').includes(candidate.source)) {
        target = candidate;
        break;
      }
    }
    expect(target, 'no click on an edge opened its evidence').not.toBeNull();
    expect(await page.textContent('#details h3')).toContain(target!.source);
    const sentence = (await page.textContent('#details .evidence blockquote')) ?? '';
    expect(sentence.length).toBeGreaterThan(5);
    const manifest = JSON.parse(await readFile(MANIFEST, 'utf8')) as { documents: { title: string }[] };
    const source = (await page.textContent('#details .evidence .source')) ?? '';
    expect(manifest.documents.some((d) => source.includes(`《${d.title}》`))).toBe(true);
  });

  it('colours by community and saves the view as PNG and JSON; the page screenshot is not empty', async () => {
    await page.check('input[name="colour"][value="community"]');
    expect(await page.textContent('#legend')).toMatch(/\d+ communities/);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#save-png')]);
    const pngPath = path.join(ARTIFACTS, 'view.png');
    await png.saveAs(pngPath);
    expect((await readFile(pngPath)).subarray(1, 4).toString()).toBe('PNG');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#save-json')]);
    const jsonPath = path.join(ARTIFACTS, 'view.json');
    await json.saveAs(jsonPath);
    const view = JSON.parse(await readFile(jsonPath, 'utf8')) as { elements: { nodes: unknown[] } };
    expect(view.elements.nodes).toHaveLength(await nodeCount());
    await page.check('input[name="colour"][value="type"]');
    const shot = path.join(ARTIFACTS, 'explorer.png');
    await page.screenshot({ path: shot });
    expect((await stat(shot)).size).toBeGreaterThan(50_000);
    expect(pageErrors).toEqual([]);
  });
});
