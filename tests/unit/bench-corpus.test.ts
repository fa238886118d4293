import path from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { corpusDigest, planCorpus, readSourcePlans, type SourcePlan } from '../../bench/corpus.ts';
import { loadRegionPools, shortRegionName } from '../../bench/region-pool.ts';

const plansDir = path.resolve(import.meta.dirname, '../../data/plans');

describe('bench corpus generator', () => {
  let sources: SourcePlan[];
  beforeAll(async () => {
    sources = await readSourcePlans(plansDir);
  });

  it('gives the same corpus for the same seed and a different one for another seed', () => {
    const a = planCorpus(sources, 10, 7);
    const b = planCorpus(sources, 10, 7);
    const c = planCorpus(sources, 10, 8);
    expect(corpusDigest(a)).toBe(corpusDigest(b));
    expect(corpusDigest(a)).not.toBe(corpusDigest(c));
  });

  it('is ×N the size of the plans, the originals first, each copy for a distinct real region', () => {
    const plan = planCorpus(sources, 10, 1);
    expect(plan.documents).toHaveLength(sources.length * 10);
    expect(plan.documents.slice(0, sources.length).map((d) => d.text)).toEqual(sources.map((s) => s.text));
    const issuers = plan.documents.map((d) => d.issuer);
    expect(new Set(issuers).size).toBe(issuers.length);
    const pools = loadRegionPools();
    const real = new Set([...pools.counties, ...pools.cities].map((d) => d.name));
    for (const d of plan.documents.slice(sources.length)) expect(real.has(d.issuer)).toBe(true);
    const bytes = (docs: { text: string }[]) => docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    const ratio = bytes(plan.documents) / bytes(sources);
    expect(ratio).toBeGreaterThan(9);
    expect(ratio).toBeLessThan(11);
  });

  it('attributes a copy to its region: the source issuer is replaced by the new one in text and title', () => {
    const plan = planCorpus(sources, 2, 3);
    for (const copy of plan.documents.slice(sources.length)) {
      const source = sources.find((s) => s.id === copy.copyOf)!;
      expect(copy.text).not.toContain(source.issuer);
      expect(copy.text).toContain(copy.issuer);
      expect(copy.text.split(copy.issuer).length).toBe(source.text.split(source.issuer).length);
      if (source.title?.includes(source.issuer)) expect(copy.title).toContain(copy.issuer);
    }
  });

  it('copies a district plan to districts or counties of the same province first', () => {
    const plan = planCorpus(sources, 3, 5);
    const pools = loadRegionPools();
    const province = new Map(pools.counties.map((c) => [c.name, c.provinceCode]));
    const districtCopies = plan.documents.filter((d) => d.copyOf !== d.id && province.has(sources.find((s) => s.id === d.copyOf)!.issuer));
    expect(districtCopies.length).toBeGreaterThan(0);
    for (const d of districtCopies) expect(province.get(d.issuer)).toBe(province.get(sources.find((s) => s.id === d.copyOf)!.issuer));
  });

  it('shortens region names the way plans do', () => {
    expect(shortRegionName('万州区')).toBe('万州');
    expect(shortRegionName('石柱土家族自治县')).toBe('石柱');
    expect(shortRegionName('忠县')).toBe('忠县');
  });

  it('refuses a multiple that is not a whole number', () => {
    expect(() => planCorpus(sources, 0, 1)).toThrow(/whole number/);
  });
});
