/**
 * The trie's table filters (first character, first two characters, one-character surfaces) answer
 * exactly as walking the trie does: on every position of a plan, longestAt and startsAt agree with
 * trying every surface, for surfaces of one, two and more characters.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/read-text.ts';
import { SurfaceTrie } from '../../src/extract/lexicon-trie.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';

const match = readText(readFileSync(new URL('../../data/plans/yunyang-2021-2025.txt', import.meta.url), 'utf8')).match.slice(0, 30000);

describe('SurfaceTrie filters', () => {
  // lexicon names, plus one-character and two-character surfaces that share first characters with longer ones
  const surfaces = [...new Set([...[...loadLexicon().surfaces.keys()].slice(0, 3000), '区', '县', '科技', '科技创新', '创新', '创', '云阳', '重'])];
  const trie = new SurfaceTrie<string>();
  for (const s of surfaces) trie.set(s, s);

  it('finds the longest surface at every position, as trying each surface does', () => {
    let found = 0;
    for (let pos = 0; pos < match.length; pos++) {
      let longest: string | null = null;
      for (const s of surfaces) if (match.startsWith(s, pos) && (!longest || s.length > longest.length)) longest = s;
      expect(trie.longestAt(match, pos)?.value ?? null).toBe(longest);
      if (longest) found++;
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('tells where some surface starts, as indexOf over every surface does', () => {
    const expected = new Set<number>();
    for (const s of surfaces) for (let at = match.indexOf(s); at >= 0; at = match.indexOf(s, at + 1)) expected.add(at);
    const got = new Set<number>();
    for (let pos = 0; pos < match.length; pos++) if (trie.startsAt(match, pos)) got.add(pos);
    expect([...got].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
  });

  it('matches a surface that ends the text, and nothing past the end', () => {
    const t = new SurfaceTrie<number>();
    t.set('云阳县', 1);
    t.set('县', 2);
    expect(t.longestAt('在云阳县', 1)).toEqual({ length: 3, value: 1 });
    expect(t.longestAt('在云阳县', 3)).toEqual({ length: 1, value: 2 });
    expect(t.longestAt('在云阳', 1)).toBeNull();
    expect(t.startsAt('在云阳县', 4)).toBe(false);
  });
});
