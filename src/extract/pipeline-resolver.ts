/**
 * Cross-document entity accumulation used by the pipeline: one node per (type, canonical name),
 * aliases unioned, and which surface forms from which documents became each node (for the
 * report). The entities stage's resolver (src/extract/resolve.ts, createResolver) can replace the
 * name choice; this keeps the pipeline's contract: add(mention) → the canonical EntityRef.
 */
import type { GraphNode } from '../graph/model.ts';
import { refId } from './ids.ts';
import type { MergeItem, NearDuplicate } from './report.ts';
import type { EntityMention, EntityRef } from './types.ts';

interface Accumulated {
  ref: EntityRef;
  aliases: Set<string>;
  region: string | null;
  source: string;
  /** surface form → documents */
  forms: Map<string, Set<string>>;
}

export interface CorpusResolver {
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

export function createCorpusResolver(): CorpusResolver {
  const byId = new Map<string, Accumulated>();
  const get = (ref: EntityRef, source: string): Accumulated => {
    const id = refId(ref);
    let a = byId.get(id);
    if (!a) byId.set(id, (a = { ref: { type: ref.type, name: ref.name }, aliases: new Set(), region: null, source, forms: new Map() }));
    return a;
  };
  return {
    add(m, document) {
      const a = get(m, m.source);
      for (const alias of m.aliases ?? []) if (alias !== m.name) a.aliases.add(alias);
      if (m.surface !== m.name) {
        a.aliases.add(m.surface);
        let docs = a.forms.get(m.surface);
        if (!docs) a.forms.set(m.surface, (docs = new Set()));
        docs.add(document);
      }
      if (!a.region && m.parentRegion && m.type !== 'Region') a.region = refId({ type: 'Region', name: m.parentRegion });
      return a.ref;
    },
    addNode(ref, aliases, source, region = null) {
      const a = get(ref, source);
      a.source = source;
      for (const alias of aliases) if (alias !== ref.name) a.aliases.add(alias);
      if (region) a.region = region;
    },
    mergeInto(from, into) {
      const f = byId.get(from);
      const t = byId.get(into);
      if (!f || !t || f === t) return;
      t.aliases.add(f.ref.name);
      for (const alias of f.aliases) if (alias !== t.ref.name) t.aliases.add(alias);
      for (const [surface, docs] of f.forms) {
        const mine = t.forms.get(surface) ?? new Set<string>();
        for (const d of docs) mine.add(d);
        t.forms.set(surface, mine);
      }
      byId.delete(from);
    },
    has: (id) => byId.has(id),
    nodes() {
      return [...byId.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([id, a]) => {
          a.aliases.delete(a.ref.name);
          const node: GraphNode = { id, type: a.ref.type, name: a.ref.name, aliases: [...a.aliases].sort(), region: a.region, source: a.source };
          return node;
        });
    },
    merges() {
      return [...byId.entries()]
        .filter(([, a]) => a.forms.size > 0)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([id, a]) => ({
          node: id,
          forms: [...a.forms.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([surface, docs]) => ({ surface, documents: [...docs].sort() })),
        }));
    },
    nearDuplicates() {
      // names of one type where one is the other plus a short affix (三峡学院 / 重庆三峡学院)
      const out: NearDuplicate[] = [];
      const byType = new Map<string, Accumulated[]>();
      for (const a of byId.values()) {
        const list = byType.get(a.ref.type) ?? [];
        list.push(a);
        byType.set(a.ref.type, list);
      }
      for (const list of byType.values()) {
        const names = list.map((a) => a.ref.name).sort();
        const set = new Set(names);
        for (const n of names) {
          for (const m of names) {
            if (m.length <= n.length || m.length - n.length > 3 || !(m.startsWith(n) || m.endsWith(n)) || n.length < 3) continue;
            if (set.has(m)) out.push({ a: `${list[0]!.ref.type}:${n}`, b: `${list[0]!.ref.type}:${m}`, why: `"${m}" is "${n}" with "${m.replace(n, '')}"` });
          }
        }
      }
      return out.sort((x, y) => (x.a + x.b < y.a + y.b ? -1 : 1));
    },
  };
}
