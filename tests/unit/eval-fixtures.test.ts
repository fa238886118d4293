/**
 * The gold fixtures are data the evaluation trusts: check them as carefully as code.
 * Every annotation file parses, quotes its text verbatim, names only annotated entities as
 * relation ends, uses relation shapes the model allows, and writes names in simplified characters.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { fixtureCases, DEFAULT_PATHS, normaliseName, type GoldCase } from '../../src/eval/index.ts';
import { relationAllowed } from '../../src/graph/model.ts';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const cases: GoldCase[] = fixtureCases(DEFAULT_PATHS.fixtures);

describe('gold fixtures', () => {
  it('cover the three plans without dev-gold and the synthetic texts', () => {
    const docs = cases.map((c) => c.gold.document).sort();
    expect(docs).toEqual(
      expect.arrayContaining(['yunyang-passages.txt', 'kaizhou-passages.txt', 'chongqing-passages.txt']),
    );
    expect(docs.length).toBeGreaterThanOrEqual(6);
  });

  it('has a text beside every annotation file and a manifest whose files exist', () => {
    const dir = DEFAULT_PATHS.fixtures;
    const jsons = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'manifest.json');
    expect(jsons.length).toBe(cases.length);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { documents: { file: string; issuer: string }[] };
    for (const d of manifest.documents) expect(existsSync(path.join(dir, d.file)), d.file).toBe(true);
  });

  for (const c of cases) {
    describe(c.gold.document, () => {
      const text = readFileSync(c.textPath, 'utf8');
      const g = c.gold;

      it('quotes every piece of evidence verbatim from its text', () => {
        const missing = [...g.entities, ...g.relations, ...g.indicators].map((x) => x.evidence).filter((e) => !text.includes(e));
        expect(missing).toEqual([]);
      });

      it('annotates each entity once per type, in simplified characters, aliases distinct from the name', () => {
        const seen = new Set<string>();
        for (const e of g.entities) {
          const key = `${e.type}:${normaliseName(e.name)}`;
          expect(seen.has(key), `duplicate ${key}`).toBe(false);
          seen.add(key);
          expect(toSimplified(e.name), `${e.name} is not simplified`).toBe(e.name);
          expect(e.aliases).not.toContain(e.name);
        }
      });

      it('has its issuer as a Region entity', () => {
        expect(g.entities.some((e) => e.type === 'Region' && e.name === g.issuer)).toBe(true);
      });

      it('uses annotated entities as relation ends, in shapes the model allows, one per pair and type', () => {
        const byKey = new Set(g.entities.map((e) => `${e.type}:${e.name}`));
        const pairs = new Set<string>();
        for (const r of g.relations) {
          expect(byKey.has(`${r.source_type}:${r.source}`), `unknown source ${r.source_type}:${r.source}`).toBe(true);
          expect(byKey.has(`${r.target_type}:${r.target}`), `unknown target ${r.target_type}:${r.target}`).toBe(true);
          expect(relationAllowed(r.type, r.source_type, r.target_type), `${r.type} ${r.source_type}→${r.target_type}`).toBe(true);
          const ends = r.type === 'COLLABORATES_WITH' ? [r.source, r.target].sort() : [r.source, r.target];
          const key = `${r.type}:${ends.join('|')}`;
          expect(pairs.has(key), `duplicate relation ${key}`).toBe(false);
          pairs.add(key);
        }
      });

      it('gives indicators a target in the plan period and a unit', () => {
        for (const i of g.indicators) {
          expect(i.target.year).toBeGreaterThanOrEqual(2021);
          expect(i.target.year).toBeLessThanOrEqual(2035);
          expect(i.unit).not.toBe('');
        }
      });
    });
  }
});
