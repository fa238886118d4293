/** The expected rows of Q1–Q5, from independent Cypher (cypher/bench-expect-*.cypher), and the questions' parameters (cypher/bench-pick-*.cypher). */
import { ORGANISATION_TYPES } from '../src/graph/model.ts';
import type { Store } from '../src/store/store.ts';
import { edgeKey, pairLengthKey, type Expected } from './check.ts';
import { Q2_PICK_MAX, SEMANTIC_TYPES, type QuestionParams } from './questions.ts';

const ORGS = [...ORGANISATION_TYPES];

/** Entities for Q1, Q2 and Q5 chosen from the graph (the same rules on any corpus); Q4's group is given by name. */
export async function pickParams(store: Store, q4Regions: string[]): Promise<QuestionParams> {
  const [q1] = await store.read<{ id: string }>('bench-pick-q1', { orgs: ORGS, types: SEMANTIC_TYPES }, { timeoutMs: 600_000 });
  // Small at ×1 (the same entity is asked at every size: its neighbourhood grows about six times by ×100).
  const [q2] = await store.read<{ id: string }>('bench-pick-q2', { orgs: ORGS, types: SEMANTIC_TYPES, max: Q2_PICK_MAX }, { timeoutMs: 600_000 });
  if (!q1 || !q2) throw new Error('the graph has no related organisations to ask about; is the corpus loaded?');
  const [q5] = await store.read<{ id: string }>('bench-pick-q5', { from: q2.id, orgs: ORGS, hops: 3 }, { timeoutMs: 600_000 });
  if (!q5) throw new Error(`no organisation is within 4 hops of ${q2.id}; Q5 needs a connected pair.`);
  const regions = await store.read<{ id: string }>('bench-expect-regions', { names: q4Regions });
  return { q1Entity: q1.id, q2Entity: q2.id, q4Regions, q4RegionIds: regions.map((r) => r.id).sort(), q5From: q2.id, q5To: q5.id };
}

async function partnerCounts(store: Store, regions: string[] | null): Promise<Map<string, number>> {
  const rows = await store.read<{ partner: string; region: string }>('bench-expect-partners', { regions, partnerTypes: ORGS }, { timeoutMs: 600_000 });
  const byPartner = new Map<string, Set<string>>();
  for (const r of rows) byPartner.set(r.partner, (byPartner.get(r.partner) ?? new Set()).add(r.region));
  return new Map([...byPartner].filter(([, set]) => set.size >= 2).map(([id, set]) => [id, set.size]));
}

export async function expectedAnswers(store: Store, p: QuestionParams): Promise<Expected> {
  const opts = { timeoutMs: 600_000 };
  const q1 = await store.read<{ type: string; direction: string; other: string; evidenceCount: number }>('bench-expect-q1', { id: p.q1Entity, types: SEMANTIC_TYPES }, opts);
  const [q2] = await store.read<{ ids: string[] }>('bench-expect-q2', { id: p.q2Entity, types: SEMANTIC_TYPES }, opts);
  const q2Ids = [...new Set(q2?.ids ?? [])].sort();
  const q2Edges = await store.read<{ source: string; type: string; target: string; evidenceCount: number }>('bench-expect-q2-edges', { ids: [p.q2Entity, ...q2Ids], types: SEMANTIC_TYPES }, opts);
  const ids = p.q4RegionIds;
  const pairs = ids.flatMap((from, i) => ids.slice(i + 1).map((to) => ({ from, to })));
  const direct = await store.read<{ source: string; target: string; type: string }>('bench-expect-direct', { ids, types: SEMANTIC_TYPES }, opts);
  const lengths = await store.read<{ from: string; to: string; length: number }>('bench-expect-shortest', { pairs, types: SEMANTIC_TYPES }, opts);
  const q5 = await store.read<{ ids: string[] }>('bench-expect-q5', { from: p.q5From, to: p.q5To }, opts);
  const groupPartners = await partnerCounts(store, ids);
  return {
    Q1: { relations: q1.map((r) => `${r.type}|${r.direction}|${r.other}|${r.evidenceCount}`).sort() },
    Q2: { ids: q2Ids },
    Q2e: { centre: p.q2Entity, edges: q2Edges.map((e) => ({ key: edgeKey(e.source, e.type, e.target, e.evidenceCount), ends: [e.source, e.target] as [string, string] })) },
    Q3: { counts: await partnerCounts(store, null) },
    Q4: {
      regions: [...ids].sort(),
      direct: [...new Set(direct.map((r) => `${r.source}|${r.target}|${r.type}`))].sort(),
      partners: [...groupPartners].map(([id, n]) => `${id}|${n}`).sort(),
      paths: lengths.filter((l) => l.length >= 0).map((l) => pairLengthKey(l.from, l.to, l.length)).sort(),
    },
    Q5: { length: q5.length ? Math.min(...q5.map((r) => r.ids.length - 1)) : -1, paths: [...new Set(q5.map((r) => r.ids.join('>')))].sort() },
  };
}
