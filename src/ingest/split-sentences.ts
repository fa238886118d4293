/**
 * Sentence boundaries inside one paragraph of `match` text.
 *
 * A sentence ends after 。！？； (and after … when it ends a clause) at bracket depth 0, together with
 * any closing quotes or brackets and further terminators that follow ("。”", "？！"). Inside 《》 and
 * brackets (（）【】〔〕 and quotes “”) nothing splits, so "“…。”" stays one piece — unless a bracket
 * stays open for more than MAX_OPEN characters, which means it was never closed.
 */
// Code units, not one-character strings: indexing a CJK string char by char allocates a string per character.
// Membership is a flag table over the BMP (a Set lookup per character is several times slower).
const codes = (s: string): { has: (c: number) => boolean } => {
  const table = new Uint8Array(0x10000);
  for (const c of s) table[c.charCodeAt(0)] = 1;
  return { has: (c: number) => table[c] === 1 };
};
const TERMINATORS = codes('。！？；');
const OPENERS = new Map([...'《》（）【】〔〕“”‘’［］'.matchAll(/(.)(.)/g)].map((m) => [m[1]!.charCodeAt(0), m[2]!.charCodeAt(0)]));
const CLOSERS = codes('》）】〕”’］');
const OPENING = codes('《（【〔“‘［');
const TRAILING = codes('”’）》】〕］。！？；…');
const SPACE = 0x20;
const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const RIGHT_SINGLE = 0x2019;
const MAX_OPEN = 200;

/** [start, end) pairs (absolute offsets) of the sentences of match.slice(start, end). */
export function splitSentences(match: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const stack: Array<{ close: number; at: number }> = [];
  let sentenceStart = start;
  const pushSentence = (s: number, e: number): void => {
    while (s < e && match.charCodeAt(s) === SPACE) s++;
    while (e > s && match.charCodeAt(e - 1) === SPACE) e--;
    if (e > s) out.push([s, e]);
  };
  for (let i = start; i < end; i++) {
    const ch = match.charCodeAt(i);
    // not stack[-1] of an empty stack: V8 makes that out-of-bounds read slow (it was 5× this loop's time)
    const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
    if (top !== undefined && ch === top.close) {
      stack.pop();
      continue;
    }
    const close = OPENING.has(ch) ? OPENERS.get(ch) : undefined;
    if (close !== undefined && !(ch === LEFT_DOUBLE && top?.close === RIGHT_DOUBLE)) {
      stack.push({ close, at: i });
      continue;
    }
    if (CLOSERS.has(ch)) continue; // a stray closer: ignore
    if (!TERMINATORS.has(ch)) continue;
    // Brackets opened too long ago were never closed.
    if (stack.length > 0 && i - stack[stack.length - 1]!.at > MAX_OPEN) stack.length = 0;
    if (stack.length > 0) {
      // "“…。”": a terminator right before the closing quote ends the sentence with the quote,
      // when the quote itself is the outermost open bracket.
      const q = stack[0]!.close;
      if (stack.length === 1 && match.charCodeAt(i + 1) === q && (q === RIGHT_DOUBLE || q === RIGHT_SINGLE)) {
        stack.pop();
        i++;
      } else continue;
    }
    let e = i + 1;
    while (e < end && TRAILING.has(match.charCodeAt(e))) e++;
    pushSentence(sentenceStart, e);
    sentenceStart = e;
    i = e - 1;
  }
  pushSentence(sentenceStart, end);
  return out;
}
