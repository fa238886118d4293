import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/read-text.ts';
import { recogniseEntities } from '../../src/extract/entities.ts';
import { createResolver } from '../../src/extract/resolve.ts';
import type { EntityMention } from '../../src/extract/types.ts';

const mention = (type: EntityMention['type'], name: string, surface = name): EntityMention => ({
  type, name, surface, start: 0, end: surface.length, sentence: 0, source: 'pattern',
});

describe('createResolver', () => {
  it('merges the same name across documents and an alias into its node', () => {
    const r = createResolver();
    r.add(mention('ResearchInstitute', '重庆市科学技术研究院', '重科院'));
    expect(r.add(mention('ResearchInstitute', '重科院'))).toEqual({ type: 'ResearchInstitute', name: '重庆市科学技术研究院' });
    expect(r.add(mention('ResearchInstitute', '中科院'))).toEqual({ type: 'ResearchInstitute', name: '中国科学院' });
    const nodes = r.nodes();
    expect(nodes.map((n) => n.id)).toEqual(['ResearchInstitute:中国科学院', 'ResearchInstitute:重庆市科学技术研究院']);
    expect(nodes[1]!.aliases).toContain('重科院');
    expect(r.report().merged.find((m) => m.id === 'ResearchInstitute:重庆市科学技术研究院')?.surfaces).toContain('重科院');
  });

  it('reports near-duplicates without merging them', () => {
    const r = createResolver();
    r.add(mention('Platform', '黔江科技企业孵化基地'));
    r.add(mention('Platform', '科技企业孵化基地'));
    expect(r.nodes()).toHaveLength(2);
    expect(r.report().nearDuplicates).toHaveLength(1);
  });

  it('gives one Region node for 万州 and 万州区 across two plans', () => {
    const r = createResolver();
    for (const id of ['wanzhou', 'kaizhou']) {
      const doc = readText(readFileSync(new URL(`../../data/plans/${id}-2021-2025.txt`, import.meta.url), 'utf8'));
      for (const m of recogniseEntities(doc, { issuer: null })) r.add(m);
    }
    const wanzhou = r.nodes().filter((n) => n.type === 'Region' && n.name.startsWith('万州'));
    expect(wanzhou.map((n) => n.name)).toEqual(['万州区']);
    expect(wanzhou[0]!.aliases).toContain('万州');
  });
});
