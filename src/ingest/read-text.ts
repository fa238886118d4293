/**
 * From decoded text to a ReadDocument: normalise (with an offset map), build `match`, find the table
 * of contents, the title, the headings, and split sentences. Pure and synchronous.
 */
import { createHash } from 'node:crypto';
import { DocumentReadError, type ReadDocument, type Sentence, type SourceFormat } from './types.ts';
import { normaliseText } from './normalise-text.ts';
import { buildMatchString } from './match-string.ts';
import { detectTableOfContents } from './table-of-contents.ts';
import { detectTitleLine, type LineRange } from './detect-title.ts';
import { classifyLines } from './classify-lines.ts';
import { inferHeadings } from './infer-headings.ts';
import { buildStructure } from './build-structure.ts';
import { splitSentences } from './split-sentences.ts';
import { checkTextLength } from './size-limits.ts';

export interface ReadTextOptions {
  format?: SourceFormat;
  encoding?: string | null;
  sha256?: string;
  /** A title from the file's metadata (<title>, docx core title), used when the text has no title line. */
  metadataTitle?: string | null;
}

function lineRanges(text: string): LineRange[] {
  const lines: LineRange[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (end > start) lines.push({ start, end });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

/** Read a document given as a string (already decoded). */
export function readText(source: string, path = '<text>', options: ReadTextOptions = {}): ReadDocument {
  checkTextLength(path, source.length);
  const { text, toOriginal } = normaliseText(source);
  if (text.length === 0) {
    throw new DocumentReadError(path, 'contains no text (only white space or conversion markers); check that it is the right file');
  }
  const match = buildMatchString(text);
  const lines = lineRanges(text);

  const toc = detectTableOfContents(match, lines);
  const inToc = (k: number): boolean => toc !== null && k >= toc.first && k < toc.end;
  const items = classifyLines(match, lines, inToc);
  const firstHeading = items.findIndex((c) => c.kind === 'heading');
  const titleLine = detectTitleLine(match, lines, firstHeading === -1 ? lines.length : firstHeading, inToc);
  if (titleLine !== null && items[titleLine]!.kind !== 'skip') {
    Object.assign(items[titleLine]!, { kind: 'body', level: 0, ordinal: 0, headingEnd: lines[titleLine]!.end });
  }
  inferHeadings(items);
  const { sections, paragraphs } = buildStructure(text, lines, items);

  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    for (const [start, end] of splitSentences(match, p.start, p.end)) {
      sentences.push({ index: sentences.length, start, end, paragraph: p.index, section: p.section });
    }
  }

  const title = titleLine !== null ? text.slice(lines[titleLine]!.start, lines[titleLine]!.end) : (options.metadataTitle?.trim() || null);
  return {
    path,
    format: options.format ?? 'txt',
    encoding: options.encoding ?? null,
    sha256: options.sha256 ?? createHash('sha256').update(source, 'utf8').digest('hex'),
    title,
    text,
    match,
    toOriginal,
    sections,
    paragraphs,
    sentences,
    tableOfContents: toc === null ? null : { start: lines[toc.first]!.start, end: lines[toc.end - 1]!.end },
  };
}
