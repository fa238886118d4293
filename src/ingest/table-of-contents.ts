/**
 * The table of contents near the start: a line reading 目录 (white space ignored; words from
 * data/lexicon/ingest/toc-headers.txt) followed by at least two heading lines, optionally with page
 * numbers or dot leaders. It ends at the first line that is not a heading, or where its first entry
 * repeats (the body begins).
 */
import { headingMarker } from './heading-markers.ts';
import { ingestLexicon } from './ingest-lexicon.ts';
import type { LineRange } from './detect-title.ts';

const SCAN_LINES = 400;
const MAX_ENTRY = 60;
const PAGE_NUMBER = /[\s.．…·-]*\d{1,4}$/;

export interface TableOfContentsLines {
  /** First line (the 目录 header) and the line after the last entry. */
  first: number;
  end: number;
}

function entryKey(line: string): string {
  return line.replace(PAGE_NUMBER, '').replace(/\s+/g, '');
}

export function detectTableOfContents(match: string, lines: LineRange[]): TableOfContentsLines | null {
  const headers = new Set(ingestLexicon().tocHeaders);
  const limit = Math.min(lines.length, SCAN_LINES);
  for (let k = 0; k < limit; k++) {
    const header = match.slice(lines[k]!.start, lines[k]!.end).replace(/\s+/g, '');
    if (!headers.has(header)) continue;
    let firstKey: string | null = null;
    let j = k + 1;
    for (; j < lines.length; j++) {
      const line = match.slice(lines[j]!.start, lines[j]!.end);
      if (line.length > MAX_ENTRY || line.includes('。') || headingMarker(line) === null) break;
      const key = entryKey(line);
      if (firstKey === null) firstKey = key;
      else if (key === firstKey) break;
    }
    if (j - k - 1 >= 2) return { first: k, end: j };
  }
  return null;
}
