/**
 * Cross-document resolution: one node per entity over all documents.
 *  - the same type and canonical name → the same node;
 *  - a name that is a known alias (from the lexicon or from another document's mentions) of a
 *    node of the same type → that node;
 *  - near-duplicates (one name is the other with a region prefix, or an abbreviation of it) are
 *    NOT merged but reported, so that a curator can add one alias line to data/lexicon.
 * The merge report lists which surface forms became which canonical entity.
 */
import { nodeId, type GraphNode, type NodeType } from '../graph/model.ts';
import type { EntityMention, EntityRef } from './types.ts';
import { loadLexicon } from './lexicon.ts';
import { isAbbreviationOf } from './recognise-abbreviations.ts';

export interface MergeReport {
  /** Canonical node id → every surface form and alias seen for it. */
  merged: { id: string; surfaces: string[] }[];
  /** Pairs of nodes that look like one entity but were left apart. */
  nearDuplicates: { a: string; b: string; why: string }[];
}

export interface Resolver {
  add(mention: EntityMention): EntityRef;
  nodes(): GraphNode[];
  report(): MergeReport;
}

interface NodeState { type: NodeType; name: string; aliases: Set<string>; surfaces: Set<string>; region: string | null; source: string }

export function createResolver(): Resolver {
  const lexicon = loadLexicon();
  const byId = new Map<string, NodeState>();
  const aliasIndex = new Map<string, string>(); // `${type}\0${alias}` → node id

  const canonicalFor = (type: NodeType, name: string): string => {
    const known = aliasIndex.get(`${type}\u0000${name}`);
    if (known) return byId.get(known)!.name;
    const hit = lexicon.surfaces.get(name)?.find((h) => h.entry.type === type);
    return hit ? hit.entry.name : name;
  };

  return {
    add(m) {
      const name = canonicalFor(m.type, m.name);
      const id = nodeId(m.type, name);
      let node = byId.get(id);
      if (!node) {
        node = { type: m.type, name, aliases: new Set(), surfaces: new Set(), region: null, source: m.source };
        const entry = lexicon.surfaces.get(name)?.find((h) => h.entry.type === m.type && h.entry.name === name)?.entry;
        if (entry) for (const a of entry.aliases) node.aliases.add(a);
        byId.set(id, node);
        aliasIndex.set(`${m.type}\u0000${name}`, id);
      }
      node.surfaces.add(m.surface);
      for (const form of [m.name, m.surface, ...(m.aliases ?? [])]) {
        if (form === name) continue;
        node.aliases.add(form);
        if (!aliasIndex.has(`${m.type}\u0000${form}`)) aliasIndex.set(`${m.type}\u0000${form}`, id);
      }
      if (!node.region && m.parentRegion && m.parentRegion !== name) node.region = nodeId('Region', m.parentRegion);
      return { type: m.type, name };
    },
    nodes() {
      return [...byId.entries()]
        .map(([id, n]) => ({ id, type: n.type, name: n.name, aliases: [...n.aliases].filter((a) => a !== n.name).sort(), region: n.region, source: n.source }))
        .sort((a, b) => a.id.localeCompare(b.id));
    },
    report() {
      const merged = [...byId.entries()]
        .filter(([, n]) => n.surfaces.size > 1 || [...n.surfaces].some((s) => s !== n.name))
        .map(([id, n]) => ({ id, surfaces: [...new Set([...n.surfaces, ...n.aliases])].sort() }));
      return { merged, nearDuplicates: nearDuplicates(byId) };
    },
  };
}

/** Same type, one name contained in the other (with at most a region-like prefix), or an abbreviation of it. */
function nearDuplicates(byId: Map<string, NodeState>): MergeReport['nearDuplicates'] {
  const out: MergeReport['nearDuplicates'] = [];
  const byType = new Map<NodeType, [string, NodeState][]>();
  // (push, not a spread copy per entry: that made the grouping quadratic in the number of nodes)
  for (const e of byId) {
    const list = byType.get(e[1].type);
    if (list) list.push(e);
    else byType.set(e[1].type, [e]);
  }
  for (const [type, list] of byType) {
    if (type === 'Plan' || type === 'Industry') continue;
    // Bucket by the last two characters (the suffix) so the scan is not quadratic over all names.
    const buckets = new Map<string, [string, NodeState][]>();
    for (const e of list) {
      const key = e[1].name.slice(-2);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(e);
      else buckets.set(key, [e]);
    }
    for (const bucket of buckets.values()) {
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          // this runs for every pair of a bucket: no allocation on the way to a (rare) hit
          const a = bucket[i]![1].name;
          const b = bucket[j]![1].name;
          const short = a.length <= b.length ? a : b;
          const long = a.length <= b.length ? b : a;
          if (long.endsWith(short) && long.length - short.length <= 5) out.push({ a: bucket[i]![0], b: bucket[j]![0], why: `"${long}" is "${short}" with a prefix` });
          else if (short.charCodeAt(0) === long.charCodeAt(0) && isAbbreviationOf(short, long)) out.push({ a: bucket[i]![0], b: bucket[j]![0], why: `"${short}" may abbreviate "${long}"` });
        }
      }
    }
  }
  return out;
}
