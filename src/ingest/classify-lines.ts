/**
 * Which lines are headings. A line that opens with a heading marker (see heading-markers.ts) is a
 * heading when it is short (≤ MAX_HEADING characters) and holds at most one sentence; a longer line whose
 * first sentence (up to 。) is short is split: that first sentence is the heading, the rest a paragraph
 * of its own ("（一）发展基础。“十三五”期间…"). Lines ending in ； are list items, never headings.
 *
 * A short line without a marker and without punctuation, followed by a long paragraph or a heading, is a
 * *candidate*: infer-headings.ts promotes it when the numbering shows a heading is missing there.
 */
import { headingMarker } from './heading-markers.ts';
import { escapeRegExp, ingestLexicon } from './ingest-lexicon.ts';
import type { LineRange } from './detect-title.ts';

export const MAX_HEADING = 40;
const MAX_BOX_TITLE = 60;
const MAX_CANDIDATE = 30;
const LONG_PARAGRAPH = 40;
const TERMINATOR = /[。！？；：]/g;
const CANDIDATE_FORBIDDEN = /[，。；：！？、,.;:!?]/;
const HAN = /[\u3400-\u9fff]/g;

export type LineKind = 'heading' | 'box' | 'candidate' | 'body' | 'skip';

export interface LineClass {
  line: number;
  kind: LineKind;
  /** Marker level (1…6) for headings; 0 otherwise until inference or boxing assigns one. */
  level: number;
  ordinal: number;
  /** Offset where the heading part of the line ends (= line end for a whole-line heading). */
  headingEnd: number;
  /** True when the level was inferred (a heading without a marker). */
  inferred: boolean;
}

let captionRe: RegExp | null = null;
function isCaption(line: string): boolean {
  captionRe ??= new RegExp(`^(?:${ingestLexicon().captionPrefixes.map(escapeRegExp).join('|')})\\s?\\d`);
  return captionRe.test(line);
}

function headingEndOf(line: string, markerLength: number, max: number): number | null {
  // A colon right after the marker belongs to it ("专栏2：…").
  const bodyStart = line[markerLength] === '：' ? markerLength + 1 : markerLength;
  if (line.length <= bodyStart || !/[\u3400-\u9fffA-Za-z]/.test(line.slice(bodyStart))) return null;
  TERMINATOR.lastIndex = bodyStart;
  const t = TERMINATOR.exec(line);
  if (t === null) return line.length <= max ? line.length : null;
  const k = t.index;
  if (line[k] === '；') return null;
  if (k === line.length - 1) return line.length <= max ? line.length : null;
  // "（一）发展基础。“十三五”期间…" and "1．智慧园区：智慧茶园…": the first sentence or label is the heading.
  return (line[k] === '。' || line[k] === '：') && k + 1 <= max ? k + 1 : null;
}

export function classifyLines(match: string, lines: LineRange[], skip: (line: number) => boolean): LineClass[] {
  const out: LineClass[] = [];
  for (let k = 0; k < lines.length; k++) {
    const { start, end } = lines[k]!;
    const base = { line: k, level: 0, ordinal: 0, headingEnd: end, inferred: false };
    if (skip(k)) {
      out.push({ ...base, kind: 'skip' });
      continue;
    }
    const line = match.slice(start, end);
    const marker = isCaption(line) ? null : headingMarker(line);
    if (marker) {
      const isBox = marker.level === 0;
      const h = headingEndOf(line, marker.markerLength, isBox ? MAX_BOX_TITLE : MAX_HEADING);
      if (h !== null && !(isBox && h < line.length)) {
        out.push({ ...base, kind: isBox ? 'box' : 'heading', level: marker.level, ordinal: marker.ordinal, headingEnd: start + h });
        continue;
      }
    }
    out.push({ ...base, kind: isCandidateText(line) ? 'candidate' : 'body' });
  }
  // A candidate must be followed by a long paragraph or a marked heading (table cells are followed by cells).
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.kind !== 'candidate') continue;
    let j = i + 1;
    while (j < out.length && out[j]!.kind === 'skip') j++;
    const next = out[j];
    const nextLen = next ? lines[next.line]!.end - lines[next.line]!.start : 0;
    const ok = next !== undefined && (next.kind === 'heading' || next.kind === 'box' || (next.kind !== 'candidate' && nextLen > LONG_PARAGRAPH) || (next.kind === 'candidate' && followedByLong(out, lines, j)));
    if (!ok) out[i]!.kind = 'body';
  }
  return out;
}

function followedByLong(out: LineClass[], lines: LineRange[], j: number): boolean {
  const next = out[j + 1];
  return next !== undefined && (next.kind === 'heading' || lines[next.line]!.end - lines[next.line]!.start > LONG_PARAGRAPH);
}

function isCandidateText(line: string): boolean {
  if (line.length < 2 || line.length > MAX_CANDIDATE || CANDIDATE_FORBIDDEN.test(line)) return false;
  if (!/^[\u3400-\u9fff]/.test(line)) return false;
  return (line.match(HAN)?.length ?? 0) >= 2;
}
