/**
 * Name normalisation shared by recognition and resolution: abbreviation expansion
 * (data/lexicon/abbreviations.tsv), the comparison form (NFKC, quotes and 《》 removed, brackets
 * unified), and traditional → simplified conversion for names that come from outside a
 * ReadDocument (e.g. a curator's alias list).
 */
import * as OpenCC from 'opencc-js';
import { readTsv } from './lexicon-files.ts';

let expansions: [string, string][] | null = null;

function abbreviationTable(): [string, string][] {
  if (!expansions) {
    expansions = readTsv('abbreviations.tsv')
      .map(([short, full]) => [short!, full!] as [string, string])
      .sort((a, b) => b[0].length - a[0].length);
  }
  return expansions;
}

/** 中科院重庆绿色智能技术研究院 → 中国科学院重庆绿色智能技术研究院 (only a leading short form). */
export function expandAbbreviations(name: string): string {
  for (const [short, full] of abbreviationTable()) {
    if (name.startsWith(short) && name.length > short.length) return full + name.slice(short.length);
  }
  return name;
}

/** The form two names are compared in: NFKC, no quotes or 《》, half-width brackets, no spaces. */
export function comparisonForm(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[“”‘’"'《》〈〉]/g, '')
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

let t2s: ((s: string) => string) | null = null;

/** Traditional → simplified (opencc-js, Taiwan/HK variants to mainland). */
export function toSimplified(text: string): string {
  const convert = (t2s ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return convert(text);
}
