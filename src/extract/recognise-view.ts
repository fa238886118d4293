/**
 * The SentenceView of a span of `match`, tokenised lazily, one clause at a time.
 *
 * jieba segments each run of Han characters, letters and digits on its own (its block regex), so a
 * sentence's tokens are the tokens of its clauses: maximal runs of characters that can stand inside a
 * name (Han, letters, digits, +#&._%-, the brackets, quotes and dot that names contain), and the runs of
 * other characters between them (，。、；：…). A clause is segmented only when a recogniser asks about
 * a token inside it — most clauses are never asked about, which is where the time went.
 */
import { tokenise, type Token } from './lexicon-segmenter.ts';
import type { SentenceView } from './recognise-context.ts';

/** 1 for a character that can stand inside a name (and inside one jieba block), 0 otherwise. */
const INSIDE = buildInsideTable();

function buildInsideTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const ranges: [number, number][] = [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
  ];
  for (const [lo, hi] of ranges) table.fill(1, lo, hi + 1);
  for (const ch of '+#&._%-（）·“”‘’') table[ch.charCodeAt(0)] = 1;
  // Surrogate halves: characters beyond the BMP (rare Han extensions) count as inside.
  table.fill(1, 0xd800, 0xe000);
  return table;
}

interface Clause {
  start: number;
  end: number;
  tokens: Token[];
}

class LazySentenceView implements SentenceView {
  readonly text: string;
  /** Clauses tokenised so far, by local start offset. */
  private readonly clauses = new Map<number, Clause>();

  constructor(
    match: string,
    readonly index: number,
    readonly base: number,
    end: number,
  ) {
    this.text = match.slice(base, end);
  }

  tokensIn(from: number, to: number): Token[] {
    const out: Token[] = [];
    let local = Math.max(0, from - this.base);
    const stop = Math.min(this.text.length, to - this.base);
    if (local >= stop) return out;
    while (local < stop) {
      const clause = this.clauseAt(local);
      for (const t of clause.tokens) out.push(t);
      local = clause.end;
    }
    return out;
  }

  clauseTokens(pos: number): Token[] {
    const local = pos - this.base;
    if (local < 0 || local >= this.text.length) return [];
    return this.clauseAt(local).tokens;
  }

  isTokenStart(pos: number): boolean {
    const local = pos - this.base;
    if (local === this.text.length) return false;
    if (local < 0 || local > this.text.length) return false;
    // A clause starts with a token: no need to segment it to know (汽车、电子信息、…).
    if (local === 0 || INSIDE[this.text.charCodeAt(local)] !== INSIDE[this.text.charCodeAt(local - 1)]) return true;
    return this.clauseAt(local).tokens.some((t) => t.start === pos);
  }

  isTokenEnd(pos: number): boolean {
    const local = pos - this.base;
    if (local <= 0 || local > this.text.length) return false;
    if (local === this.text.length || INSIDE[this.text.charCodeAt(local)] !== INSIDE[this.text.charCodeAt(local - 1)]) return true;
    return this.clauseAt(local - 1).tokens.some((t) => t.end === pos);
  }

  tokenEndingAt(pos: number): Token | undefined {
    const local = pos - this.base;
    if (local <= 0 || local > this.text.length) return undefined;
    return this.clauseAt(local - 1).tokens.find((t) => t.end === pos);
  }

  /** The clause holding local offset `local` (which must be inside the text), tokenised on first use. */
  private clauseAt(local: number): Clause {
    const text = this.text;
    const kind = INSIDE[text.charCodeAt(local)]!;
    let start = local;
    while (start > 0 && INSIDE[text.charCodeAt(start - 1)] === kind) start--;
    const known = this.clauses.get(start);
    if (known) return known;
    let end = local + 1;
    while (end < text.length && INSIDE[text.charCodeAt(end)] === kind) end++;
    const tokens = tokenise(text.slice(start, end), this.base + start);
    const clause: Clause = { start, end, tokens };
    this.clauses.set(start, clause);
    return clause;
  }
}

export function sentenceView(match: string, index: number, start: number, end: number): SentenceView {
  return new LazySentenceView(match, index, start, end);
}
