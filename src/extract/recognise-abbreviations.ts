/**
 * Abbreviations a text defines for a name it has just written:
 *   重庆市科学技术研究院（以下简称“重科院”）, 民族技艺传习中心（民传中心）.
 * The bracket must follow the name at once. Without 简称, the bracketed form must look like an
 * abbreviation of the name: same first character, its characters in the name in order, shorter.
 */
import type { Candidate } from './recognise-context.ts';

export interface DefinedAbbreviation {
  alias: string;
  of: Candidate;
  /** Offsets of the whole bracket, which holds no further mention. */
  start: number;
  end: number;
}

const DEFINED = /^（(?:以下)?(?:简称|下称)[：:]?[“"]?([^”"）]{1,16})[”"]?）/;
const BARE = /^（([\u4e00-\u9fffA-Za-z0-9]{2,10})）/;

export function findDefinedAbbreviations(match: string, mentions: Candidate[]): DefinedAbbreviation[] {
  const out: DefinedAbbreviation[] = [];
  for (const m of mentions) {
    if (m.type === 'Plan') continue;
    const after = match.slice(m.end, m.end + 40);
    const defined = DEFINED.exec(after);
    if (defined) {
      out.push({ alias: defined[1]!, of: m, start: m.end, end: m.end + defined[0].length });
      continue;
    }
    if (m.type === 'Region') continue;
    const bare = BARE.exec(after);
    if (bare && isAbbreviationOf(bare[1]!, m.name)) {
      out.push({ alias: bare[1]!, of: m, start: m.end, end: m.end + bare[0].length });
    }
  }
  return out;
}

/** 民传中心 of 民族技艺传习中心: same first character, characters in order, shorter. */
export function isAbbreviationOf(short: string, name: string): boolean {
  if (short.length >= name.length || short[0] !== name[0]) return false;
  let j = 0;
  for (const ch of name) if (ch === short[j]) j++;
  return j === short.length;
}
