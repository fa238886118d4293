/**
 * Word segmentation with part-of-speech tags (jieba's default dictionary, loaded once, plus the
 * lexicon's names so that a known name stays one token). Recognisers use token edges to find
 * where a name starts and to check that a short form is a word of its own.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { loadLexicon } from './lexicon.ts';
import { readList } from './lexicon-files.ts';

export interface Token {
  word: string;
  /** jieba's part-of-speech tag: n, ns, nt, v, p, c, u, m, x … */
  tag: string;
  /** Offsets in the string that was segmented, shifted by the caller's base offset. */
  start: number;
  end: number;
}

let jieba: Jieba | null = null;
/**
 * Part-of-speech tag of every dictionary word (jieba's and ours). jieba's `tag` is `cut` plus this
 * lookup, but building an object per word across the native boundary costs as much again as the
 * cut itself; `cut` with the lookup here gives the same tags in half the time.
 */
let tags: Map<string, string> | null = null;

/** Reads `word freq tag` lines; a word already known keeps its first tag (as jieba's own loadDict does). */
function readTags(text: string, into: Map<string, string>): void {
  for (let i = 0; i < text.length; ) {
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = text.length;
    const s1 = text.indexOf(' ', i);
    const s2 = s1 < 0 ? -1 : text.indexOf(' ', s1 + 1);
    if (s1 > i && s2 > s1 && s2 < nl) {
      const word = text.slice(i, s1);
      if (!into.has(word)) into.set(word, text.slice(s2 + 1, nl).trim());
    }
    i = nl + 1;
  }
}

function segmenter(): Jieba {
  if (jieba) return jieba;
  const instance = Jieba.withDict(dict);
  const tagOf = new Map<string, string>();
  readTags(new TextDecoder().decode(dict), tagOf);
  const lexicon = loadLexicon();
  const lines: string[] = [];
  for (const entry of lexicon.entries) {
    if (entry.type === 'Project') continue;
    // Industries (物联网, 区块链) stay one word, so that they are found at token edges.
    if (entry.type === 'Industry') {
      for (const form of [entry.name, ...entry.aliases]) if (form.length >= 3) lines.push(`${form} 3000 n`);
      continue;
    }
    const tag = entry.type === 'Region' ? 'ns' : 'nt';
    if (entry.name.length >= 3) lines.push(`${entry.name} 50000 ${tag}`);
    // Region short forms (开州, 万州) stay one word, so a name is never cut inside one.
    if (entry.type === 'Region') for (const alias of entry.aliases) if (alias.length >= 2) lines.push(`${alias} 20000 ns`);
  }
  for (const word of lexicon.boundaryWords) lines.push(`${word} 100000 v`);
  // 军民整合: a compound that holds a boundary word is one noun inside names (data/lexicon/name-compounds.txt).
  for (const word of readList('name-compounds.txt')) lines.push(`${word} 1000000 n`);
  const extra = lines.join('\n') + '\n';
  instance.loadDict(Buffer.from(extra, 'utf8'));
  readTags(extra, tagOf);
  tags = tagOf;
  jieba = instance;
  return instance;
}

/** jieba's tag for a word outside its dictionary: digits m, other Latin letters or digits eng, else x. */
function tagOutside(word: string): string {
  let eng = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128 && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
      eng++;
      if (c <= 57) digits++;
    }
  }
  return eng === 0 ? 'x' : eng === digits ? 'm' : 'eng';
}

/**
 * A token whose tag is looked up when first read: recognisers read the tags of few tokens, and the
 * lookup hashes a fresh string from the native side for every word (a third of tokenise's time).
 */
class LazyTagToken implements Token {
  private cachedTag: string | undefined;

  constructor(
    readonly word: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get tag(): string {
    return (this.cachedTag ??= tags!.get(this.word) ?? tagOutside(this.word));
  }
}

/** Tokens of `text` (one sentence), offsets shifted by `base`. */
export function tokenise(text: string, base = 0): Token[] {
  const words = segmenter().cut(text, false);
  const tokens: Token[] = [];
  let pos = 0;
  for (const word of words) {
    // jieba returns the words in order and covers the whole input, so positions are cumulative.
    const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    if (at < 0) continue;
    tokens.push(new LazyTagToken(word, base + at, base + at + word.length));
    pos = at + word.length;
  }
  return tokens;
}

/** jieba's own tagging of `text` (word and tag per token): the reference `tokenise` must agree with. */
export function jiebaTags(text: string): { word: string; tag: string }[] {
  return segmenter().tag(text, false).map(({ word, tag }) => ({ word, tag }));
}
