/**
 * Picks the entities an ExportQuery asks for and reads them and the relations among them from Neo4j
 * (statements cypher/export-*.cypher). Seeds: a breadth-first walk, one statement per level. Regions: the
 * regions, their members and the partners of both. Neither: every entity. Types filter all but the named ones.
 */
import type { Store } from '../store/store.ts';
import type { ExportEdge, ExportGraph, ExportNode, ExportQuery } from './types.ts';
import { ExportQueryError } from './query.ts';

async function resolve(store: Store, refs: string[], type: string | null, what: string): Promise<string[]> {
  if (refs.length === 0) return [];
  const rows = await store.read<{ ref: string; id: string }>('export-resolve', { refs, type });
  const found = new Map(rows.map((r) => [r.ref, r.id]));
  const missing = refs.filter((r) => !found.has(r));
  if (missing.length > 0) {
    throw new ExportQueryError(`${what} ${missing.map((m) => `"${m}"`).join(', ')} matched no entity in the graph; use a name, alias or id (search for it first).`);
  }
  return [...new Set(refs.map((r) => found.get(r)!))];
}

async function walkFrom(store: Store, seeds: string[], query: ExportQuery): Promise<{ ids: string[]; truncated: boolean }> {
  const seen = new Set(seeds.slice(0, query.limit));
  let truncated = seeds.length > query.limit;
  let frontier = [...seen];
  for (let level = 1; level <= query.depth && frontier.length > 0 && !truncated; level++) {
    const rows = await store.read<{ id: string }>('export-expand', { frontier, relations: query.relations, cap: query.limit + seen.size + 1 });
    const next: string[] = [];
    for (const { id } of rows) {
      if (seen.has(id)) continue;
      if (seen.size >= query.limit) {
        truncated = true;
        break;
      }
      seen.add(id);
      next.push(id);
    }
    frontier = next;
  }
  return { ids: [...seen], truncated };
}

async function pickIds(store: Store, query: ExportQuery): Promise<{ ids: string[]; kept: Set<string>; truncated: boolean }> {
  const seeds = await resolve(store, query.seeds, null, 'seeds');
  const regions = await resolve(store, query.regions, 'Region', 'regions');
  const kept = new Set([...seeds, ...regions]);
  if (seeds.length > 0) {
    const walked = await walkFrom(store, seeds, query);
    return { ids: [...new Set([...walked.ids, ...regions])], kept, truncated: walked.truncated };
  }
  if (regions.length > 0) {
    const cap = Math.max(query.limit - regions.length, 0);
    const rows = await store.read<{ id: string }>('export-region-scope', { regions, relations: query.relations, types: query.types, cap: cap + 1 });
    return { ids: [...regions, ...rows.slice(0, cap).map((r) => r.id)], kept, truncated: rows.length > cap };
  }
  const rows = await store.read<{ id: string }>('export-all', { types: query.types, cap: query.limit + 1 });
  return { ids: rows.slice(0, query.limit).map((r) => r.id), kept, truncated: rows.length > query.limit };
}

export async function selectExportGraph(store: Store, query: ExportQuery): Promise<ExportGraph> {
  const picked = await pickIds(store, query);
  const nodes = await store.read<ExportNode>('export-nodes', { ids: picked.ids });
  const wanted = query.types.length === 0 ? nodes : nodes.filter((n) => picked.kept.has(n.id) || query.types.includes(n.type));
  const ids = wanted.map((n) => n.id);
  const rows = ids.length > 1 ? await store.read<Omit<ExportEdge, 'id'>>('export-edges', { ids, relations: query.relations }) : [];
  const edges = rows.map((e) => ({ ...e, id: `${e.source}|${e.type}|${e.target}` }));
  return { nodes: wanted, edges, truncated: picked.truncated };
}
