/**
 * Heading markers at the start of a line of `match` text (simplified, full-width brackets, ASCII digits).
 * Levels: 1 第一章/第一部分/第一篇, 2 第一节, 3 一、, 4 （一）, 5 1． 1. 1、, 6 （1）. Box titles (专栏1)
 * are recognised separately; their level depends on where they stand.
 */
import { parseChineseNumeral } from './chinese-numeral.ts';
import { escapeRegExp, ingestLexicon } from './ingest-lexicon.ts';

export interface HeadingMarker {
  /** 1…6, or 0 for a box title. */
  level: number;
  ordinal: number;
  /** Length of the marker itself (e.g. 2 for "一、"). */
  markerLength: number;
}

const CN = '[零〇一二三四五六七八九十百两]';
const PATTERNS: { level: number; re: RegExp }[] = [
  { level: 1, re: new RegExp(`^第(${CN}{1,4}|\\d{1,3})(?:章|部分|篇|编)`) },
  { level: 2, re: new RegExp(`^第(${CN}{1,4}|\\d{1,3})节`) },
  { level: 3, re: new RegExp(`^(${CN}{1,3})(?:、|．|\\.(?!\\d))`) },
  { level: 4, re: new RegExp(`^（(${CN}{1,3})）`) },
  { level: 5, re: /^(\d{1,2})(?:[．、]|\.(?!\d))/ },
  { level: 6, re: /^（(\d{1,2})）/ },
];

let boxPattern: RegExp | null = null;
function boxRe(): RegExp {
  boxPattern ??= new RegExp(`^(?:${ingestLexicon().boxPrefixes.map(escapeRegExp).join('|')})\\s?(\\d{1,3})`);
  return boxPattern;
}

/** The heading marker opening `line`, or null. */
export function headingMarker(line: string): HeadingMarker | null {
  for (const { level, re } of PATTERNS) {
    const m = re.exec(line);
    if (m) {
      const ordinal = parseChineseNumeral(m[1]!);
      if (ordinal === null || ordinal === 0) continue;
      return { level, ordinal, markerLength: m[0].length };
    }
  }
  const box = boxRe().exec(line);
  if (box) return { level: 0, ordinal: Number(box[1]), markerLength: box[0].length };
  return null;
}
