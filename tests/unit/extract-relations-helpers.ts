/** Helpers for the relation tests: mentions built by hand on a real sentence, and relation pairs. */
import type { NodeType } from '../../src/graph/model.ts';
import type { EntityMention, FoundRelation } from '../../src/extract/types.ts';
import type { ReadDocument } from '../../src/ingest/types.ts';

/** [type, canonical name, surface?, parentRegion?] found in the text in order. */
export type MentionSpec = [NodeType, string, string?, string?];

export function mentionsOf(doc: ReadDocument, items: MentionSpec[]): EntityMention[] {
  const out: EntityMention[] = [];
  let from = 0;
  for (const [type, name, surface = name, parentRegion] of items) {
    const start = doc.match.indexOf(surface, from);
    if (start < 0) throw new Error(`"${surface}" is not in the text`);
    const sentence = doc.sentences.find((s) => s.start <= start && start < s.end)!.index;
    out.push({ type, name, surface, start, end: start + surface.length, sentence, source: 'test', ...(parentRegion ? { parentRegion } : {}) });
    from = start + surface.length;
  }
  return out;
}

export const pairs = (rs: FoundRelation[], type: string): string[] =>
  rs.filter((r) => r.type === type).map((r) => `${r.source.name}->${r.target.name}`).sort();
