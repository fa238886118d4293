/** Builds the SentenceView of a span of `match` (tokens and token edges). */
import { tokenise } from './lexicon-segmenter.ts';
import type { SentenceView } from './recognise-context.ts';

export function sentenceView(match: string, index: number, start: number, end: number): SentenceView {
  const text = match.slice(start, end);
  const tokens = tokenise(text, start);
  const tokenStarts = new Set<number>();
  const tokenEnds = new Set<number>();
  for (const t of tokens) {
    tokenStarts.add(t.start);
    tokenEnds.add(t.end);
  }
  return { index, text, base: start, tokens, tokenStarts, tokenEnds };
}
