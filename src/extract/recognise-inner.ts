/**
 * Entities named inside a longer name: 达州市达川区军民整合产业园 names the region 达川区,
 * 北京理工大学重庆创新中心 the university 北京理工大学, 新材料研发平台 the industry 新材料. The outer name
 * stays one mention (mentions do not overlap); what it names is listed in `EntityMention.inner`, for
 * the pipeline to make MENTIONS and BELONGS_TO / RELIES_ON of.
 *
 * Only full forms count (a region's short form 万州 inside 万州烤鱼研究院 is part of a brand-like name),
 * and of a region written with its parent (达州市达川区) only the innermost.
 */
import type { NodeType } from '../graph/model.ts';
import type { SurfaceHit } from './lexicon.ts';
import type { DocumentScope } from './recognise-context.ts';
import type { EntityMention, InnerMention } from './types.ts';

/** Mentions whose names can hold other entities' names. */
const OUTER: ReadonlySet<NodeType> = new Set(['Platform', 'ResearchInstitute', 'Enterprise', 'Project', 'University']);
/** What can be named inside them. */
const INNER: ReadonlySet<NodeType> = new Set(['Region', 'University', 'ResearchInstitute', 'Enterprise', 'Platform', 'Industry']);

export function withInnerEntities(scope: DocumentScope, mentions: EntityMention[]): EntityMention[] {
  return mentions.map((m) => {
    if (m.source === 'lexicon' || !OUTER.has(m.type)) return m;
    const inner = innerOf(scope, m);
    return inner.length ? { ...m, inner: [...(m.inner ?? []).filter((q) => !inner.some((i) => i.start === q.start)), ...inner] } : m;
  });
}

function innerOf(scope: DocumentScope, m: EntityMention): InnerMention[] {
  const out: InnerMention[] = [];
  // Without the last character: a name that ends the outer one is a variant of it (三峡云海药业 / 云海药业), not inside it.
  const text = m.surface.slice(0, -1);
  for (let i = 0; i < text.length; ) {
    const found = scope.overlay.longestAt(text, i);
    if (!found) {
      i++;
      continue;
    }
    const hit = pick(found.hits);
    // A two-character region (城区 of 主城区) is an ordinary word inside a name.
    if (!hit || hit.entry.name === m.name || found.surface.length < 2 || (hit.entry.type === 'Region' && found.surface.length < 3)) {
      i++;
      continue;
    }
    const item: InnerMention = { type: hit.entry.type, name: hit.entry.name, surface: found.surface, start: m.start + i, end: m.start + i + found.surface.length };
    // 达州市达川区, 重庆市江津区: the parent written before its child is named too (the text names both).
    out.push(item);
    i += found.surface.length;
  }
  return out;
}

/** A full-form hit of a type that can be named inside a name (the first such, lexicon order). */
function pick(hits: SurfaceHit[]): SurfaceHit | null {
  return hits.find((h) => !h.short && INNER.has(h.entry.type) && (h.entry.type !== 'Region' || h.entry.level !== 'town')) ?? null;
}
