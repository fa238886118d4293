/**
 * The fast paths of the entity stage give the same answers as the slow ones, on real plan text:
 * clause-by-clause lazy segmentation equals segmenting the whole sentence (tokens, tags, edges), and
 * the lexicon trie finds the same longest surface as trying every length.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/read-text.ts';
import { jiebaTags, tokenise } from '../../src/extract/lexicon-segmenter.ts';
import { sentenceView } from '../../src/extract/recognise-view.ts';
import { loadLexicon, SurfaceOverlay } from '../../src/extract/lexicon.ts';
import { SurfaceTrie } from '../../src/extract/lexicon-trie.ts';

const plan = (id: string) => readText(readFileSync(new URL(`../../data/plans/${id}-2021-2025.txt`, import.meta.url), 'utf8'));
/** Tokens that can stand inside a name (punctuation runs may be cut differently, and are boundaries either way). */
const nameChars = (word: string) => /[\u4e00-\u9fffA-Za-z0-9（）·“”‘’]/.test(word);

describe('tagging', () => {
  it("cut plus the dictionary's tags gives jieba's own words and tags, on every clause of a plan", () => {
    const text = readFileSync(new URL('../../data/plans/qianjiang-2021-2025.txt', import.meta.url), 'utf8');
    let compared = 0;
    for (const clause of text.split(/[，。、；：\n]/).filter(Boolean)) {
      expect(tokenise(clause).map((t) => `${t.word}/${t.tag}`)).toEqual(jiebaTags(clause).map((t) => `${t.word}/${t.tag}`));
      compared++;
    }
    expect(compared).toBeGreaterThan(1000);
  });
});

describe('lazy clause segmentation', () => {
  it('gives the tokens, tags and token edges of whole-sentence segmentation for every sentence of a plan', () => {
    const doc = plan('kaizhou');
    let compared = 0;
    for (const s of doc.sentences.slice(0, 400)) {
      const whole = tokenise(doc.match.slice(s.start, s.end), s.start);
      const view = sentenceView(doc.match, s.index, s.start, s.end);
      const lazy = view.tokensIn(s.start, s.end);
      const key = (ts: typeof whole) => ts.filter((t) => nameChars(t.word)).map((t) => `${t.start}:${t.word}/${t.tag}`);
      expect(key(lazy)).toEqual(key(whole));
      for (const t of whole.filter((t) => nameChars(t.word))) {
        expect(view.isTokenStart(t.start)).toBe(true);
        expect(view.isTokenEnd(t.end)).toBe(true);
        expect(view.tokenEndingAt(t.end)?.word).toBe(t.word);
      }
      // Inside a multi-character word there is no edge.
      for (const t of whole.filter((t) => t.word.length > 1 && nameChars(t.word))) expect(view.isTokenEnd(t.start + 1)).toBe(false);
      compared += whole.length;
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('keeps a name inside one clause: a clause runs through brackets and quotes, and stops at ，、。', () => {
    const text = '共建“长江流域生态环境研究院”、中国地质大学（武汉）研究中心，推进建设';
    const view = sentenceView(text, 0, 0, text.length);
    const words = view.clauseTokens(text.indexOf('研究中心')).map((t) => t.word).join('');
    expect(words).toBe('中国地质大学（武汉）研究中心');
    expect(view.clauseTokens(2).map((t) => t.word).join('')).toBe('共建“长江流域生态环境研究院”');
  });
});

describe('lexicon trie', () => {
  it('finds the longest surface at every position of a plan, as trying each length does', () => {
    const lexicon = loadLexicon();
    const overlay = new SurfaceOverlay(lexicon);
    overlay.add('万州区科技', { entry: lexicon.regions.get('万州区')![0]!, short: false });
    const maxLength = Math.max(...[...lexicon.surfaces.keys()].map((s) => s.length), 5);
    const text = plan('wanzhou').match.slice(0, 20000);
    let found = 0;
    for (let pos = 0; pos < text.length; pos++) {
      let expected: string | null = null;
      for (let len = Math.min(maxLength, text.length - pos); len >= 1 && !expected; len--) {
        const s = text.slice(pos, pos + len);
        if (overlay.extra.has(s) || lexicon.surfaces.has(s)) expected = s;
      }
      const got = overlay.longestAt(text, pos);
      expect(got?.surface ?? null).toBe(expected);
      if (expected) {
        expect(got!.hits).toBe(overlay.extra.get(expected) ?? lexicon.surfaces.get(expected));
        found++;
      }
    }
    expect(found).toBeGreaterThan(300);
  });

  it('prefers the overlay on a tie and the longer surface otherwise', () => {
    const trie = new SurfaceTrie<string>();
    trie.set('重庆', 'a');
    trie.set('重庆大学', 'b');
    expect(trie.longestAt('在重庆大学城', 1)).toEqual({ length: 4, value: 'b' });
    expect(trie.longestAt('在重庆市', 1)).toEqual({ length: 2, value: 'a' });
    expect(trie.longestAt('在重', 1)).toBeNull();
  });
});

describe('suffix rules', () => {
  it('all have the same fields in the same order (one shape, so recognisePatterns reads them monomorphically), flags as booleans', () => {
    const rules = loadLexicon().suffixes;
    expect(rules.length).toBeGreaterThan(50);
    const keys = new Set(rules.map((r) => Object.keys(r).join(',')));
    expect([...keys]).toEqual(['suffix,type,kind,anyPrefix,homePrefix,ownPrefix']);
    // each flag is set on some rules and not on others (data/lexicon/suffixes.tsv)
    for (const flag of ['anyPrefix', 'homePrefix', 'ownPrefix'] as const) {
      expect(rules.some((r) => r[flag] === true)).toBe(true);
      expect(rules.some((r) => r[flag] === false)).toBe(true);
    }
  });
});
