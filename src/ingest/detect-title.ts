/**
 * The document's title: the first short line before the first heading that contains a title cue
 * (规划, 方案, 意见 … from data/lexicon/ingest/title-cues.txt) outside 《》 and has no sentence
 * punctuation. A cover letter's title (关于印发…的通知) is skipped when a real title follows it.
 */
import { ingestLexicon } from './ingest-lexicon.ts';

const MAX_TITLE = 60;
const SCAN_LINES = 60;
const SENTENCE_PUNCTUATION = /[。；！？，]/;
const QUOTED = /《[^《》]*》/g;

export interface LineRange {
  start: number;
  end: number;
}

/** Index of the title line among `lines`, or null. `stopAt` is the first line that is not front matter. */
export function detectTitleLine(match: string, lines: LineRange[], stopAt: number, skip: (line: number) => boolean): number | null {
  const { titleCues, coverLetterCues } = ingestLexicon();
  let coverLetter: number | null = null;
  const limit = Math.min(stopAt, SCAN_LINES, lines.length);
  for (let k = 0; k < limit; k++) {
    if (skip(k)) continue;
    const line = match.slice(lines[k]!.start, lines[k]!.end);
    if (line.length < 4 || line.length > MAX_TITLE || SENTENCE_PUNCTUATION.test(line)) continue;
    const outsideQuotes = line.replace(QUOTED, '');
    if (!titleCues.some((cue) => outsideQuotes.includes(cue))) continue;
    if (coverLetterCues.some((cue) => outsideQuotes.includes(cue))) {
      coverLetter ??= k;
      continue;
    }
    return k;
  }
  return coverLetter;
}
