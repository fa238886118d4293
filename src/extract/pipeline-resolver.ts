/**
 * The pipeline's view of cross-document resolution. Name choice, aliases and near-duplicates are
 * the entities stage's resolver (createResolver in resolve.ts); this adds only what the pipeline
 * needs on top of it:
 *  - which surface forms came from which documents (for the merge lines of the report);
 *  - nodes that no mention names (each document's Plan, the issuer, a parent region that only a
 *    relation names);
 *  - folding a cited plan into the loaded document that is that plan.
 */
import type { GraphNode } from '../graph/model.ts';
import { refId } from './ids.ts';
import type { MergeItem, NearDuplicate } from './report.ts';
import { createResolver } from './resolve.ts';
import type { EntityMention, EntityRef } from './types.ts';

export interface CorpusResolver {
  /** The canonical EntityRef of a mention of `document`. */
  add(m: EntityMention, document: string): EntityRef;
  /** Add a node that no mention names (the Plan of a document). */
  addNode(ref: EntityRef, aliases: readonly string[], source: string, region?: string | null): void;
  /** Fold node `from` into node `into` (a cited plan that is a loaded document). */
  mergeInto(from: string, into: string): void;
  has(id: string): boolean;
  nodes(): GraphNode[];
  merges(): MergeItem[];
  nearDuplicates(): NearDuplicate[];
}

interface Extra {
  ref: EntityRef;
  aliases: Set<string>;
  region: string | null;
  source: string;
}

export function createCorpusResolver(): CorpusResolver {
  const entities = createResolver();
  const seen = new Set<string>(); // node ids the entities resolver holds
  const extras = new Map<string, Extra>(); // node id → what the pipeline adds (or the whole node)
  const forms = new Map<string, Map<string, Set<string>>>(); // node id → surface → documents
  const folded = new Map<string, string>(); // merged-away id → the id it became

  const extra = (ref: EntityRef, source: string): Extra => {
    const id = refId(ref);
    let e = extras.get(id);
    if (!e) extras.set(id, (e = { ref: { type: ref.type, name: ref.name }, aliases: new Set(), region: null, source }));
    return e;
  };

  return {
    add(m, document) {
      const r = entities.add(m);
      const id = refId(r);
      seen.add(id);
      if (m.surface !== r.name) {
        let byForm = forms.get(id);
        if (!byForm) forms.set(id, (byForm = new Map()));
        let docs = byForm.get(m.surface);
        if (!docs) byForm.set(m.surface, (docs = new Set()));
        docs.add(document);
      }
      return r;
    },
    addNode(ref, aliases, source, region = null) {
      const e = extra(ref, source);
      e.source = source;
      for (const a of aliases) if (a !== ref.name) e.aliases.add(a);
      if (region) e.region = region;
    },
    mergeInto(from, into) {
      if (from === into || folded.has(from)) return;
      folded.set(from, into);
    },
    has: (id) => !folded.has(id) && (seen.has(id) || extras.has(id)),
    nodes() {
      const byId = new Map<string, GraphNode>();
      for (const n of entities.nodes()) byId.set(n.id, { ...n, aliases: [...n.aliases] });
      for (const [id, e] of extras) {
        const have = byId.get(id);
        if (!have) {
          byId.set(id, { id, type: e.ref.type, name: e.ref.name, aliases: [...e.aliases], region: e.region, source: e.source });
          continue;
        }
        have.aliases = [...new Set([...have.aliases, ...e.aliases])];
        if (e.region) have.region = e.region;
        have.source = e.source;
      }
      for (const [from, into] of folded) {
        const f = byId.get(from);
        const t = byId.get(into);
        if (!f || !t) continue;
        t.aliases = [...new Set([...t.aliases, f.name, ...f.aliases])];
        byId.delete(from);
      }
      return [...byId.values()]
        .map((n) => ({ ...n, aliases: n.aliases.filter((a) => a !== n.name).sort() }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
    merges() {
      const out = new Map<string, Map<string, Set<string>>>();
      for (const [id, byForm] of forms) {
        const target = folded.get(id) ?? id;
        const mine = out.get(target) ?? new Map<string, Set<string>>();
        for (const [surface, docs] of byForm) mine.set(surface, new Set([...(mine.get(surface) ?? []), ...docs]));
        out.set(target, mine);
      }
      return [...out.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([node, byForm]) => ({
          node,
          forms: [...byForm.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([surface, docs]) => ({ surface, documents: [...docs].sort() })),
        }));
    },
    nearDuplicates() {
      return entities
        .report()
        .nearDuplicates.filter((d) => !folded.has(d.a) && !folded.has(d.b))
        .sort((x, y) => (x.a + x.b < y.a + y.b ? -1 : 1));
    },
  };
}
