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

function segmenter(): Jieba {
  if (jieba) return jieba;
  const instance = Jieba.withDict(dict);
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
  instance.loadDict(Buffer.from(lines.join('\n') + '\n', 'utf8'));
  jieba = instance;
  return instance;
}

/** Tokens of `text` (one sentence), offsets shifted by `base`. */
export function tokenise(text: string, base = 0): Token[] {
  const tagged = segmenter().tag(text, false);
  const tokens: Token[] = [];
  let pos = 0;
  for (const { word, tag } of tagged) {
    // jieba returns the words in order and covers the whole input, so positions are cumulative.
    const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    if (at < 0) continue;
    tokens.push({ word, tag, start: base + at, end: base + at + word.length });
    pos = at + word.length;
  }
  return tokens;
}
