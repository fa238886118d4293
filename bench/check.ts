/**
 * Correctness of every answer: each system's JSON is reduced to a canonical form (ids, counts, lengths) and
 * compared with the expected rows (bench/expected.ts, from independent Cypher). A fast error is not a result.
 */
import { PEER_RELATION_FIELDS } from './peer.ts';
import { Q1_FIRST, Q2_LIMIT, Q3_LIMIT, type Dialect, type QuestionId } from './questions.ts';

/** The comparable content of an answer; list fields are sorted unless order matters (Q3). */
export interface Canonical {
  rows: string[];
  /** Q2: the answer says it was cut at its limit. */
  truncated?: boolean;
  /** Q4: sections by name; Q5: the path length. */
  sections?: Record<string, string[]>;
  length?: number;
}

export interface Expected {
  Q1: { relations: string[] };
  Q2: { ids: string[] };
  /**
   * Q2e: the centre, and every edge among it and its neighbours as `source|type|target|evidenceCount`, with the ids
   * of its two ends (ids may hold any character, so they are not read back from the key).
   */
  Q2e: { centre: string; edges: { key: string; ends: [string, string] }[] };
  /** partner id → number of regions (≥ 2). */
  Q3: { counts: Map<string, number> };
  Q4: { regions: string[]; direct: string[]; partners: string[]; paths: string[] };
  Q5: { length: number; paths: string[] };
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

/** Q1 row key: type|direction|other|evidence (COLLABORATES_WITH undirected). */
function relationKeys(rows: { type: string; direction: string; other: string; count: number }[]): string[] {
  const sums = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.type}|${r.type === 'COLLABORATES_WITH' ? 'BOTH' : r.direction}|${r.other}`;
    sums.set(key, (sums.get(key) ?? 0) + r.count);
  }
  return [...sums].map(([k, n]) => `${k}|${n}`).sort();
}

/** A pair's shortest-path length, the pair in either order. */
export function pairLengthKey(a: string, b: string, length: number): string {
  return `${[a, b].sort().join('|')}|${length}`;
}

/** Q2e edge key: `source|type|target|evidenceCount`. */
export function edgeKey(source: string, type: string, target: string, evidenceCount: number): string {
  return `${source}|${type}|${target}|${evidenceCount}`;
}

const edgeCount = (key: string) => Number(key.slice(key.lastIndexOf('|') + 1));

function pathKey(ids: string[]): string {
  return ids.join('>');
}

export function canonical(q: QuestionId, system: Dialect, body: Json): Canonical {
  if (!body || typeof body !== 'object') throw new Error('the answer is not a JSON object');
  if (body.errors?.length) throw new Error(`the answer has errors: ${body.errors.map((e: Json) => e.message).join('; ')}`);
  const d = body.data;
  if (!d) throw new Error('the answer has no data');
  switch (q) {
    case 'Q1': {
      if (system === 'peer') {
        const e = d.entities?.[0];
        if (!e) throw new Error('the entity was not found');
        const rows = PEER_RELATION_FIELDS.flatMap((f) =>
          (e[`${f.field}Connection`]?.edges ?? []).map((edge: Json) => ({ type: f.type, direction: f.direction, other: edge.node.id, count: edge.properties?.evidenceCount ?? 0 })),
        );
        return { rows: relationKeys(rows) };
      }
      const list = system === 'plangraph' ? d.entity?.relations : d.relations;
      if (!list) throw new Error('the entity was not found');
      return { rows: relationKeys(list.map((r: Json) => ({ type: r.type, direction: r.direction, other: r.other.id, count: r.evidenceCount }))) };
    }
    case 'Q2': {
      if (system === 'peer') {
        const e = d.entities?.[0];
        if (!e) throw new Error('the entity was not found');
        const ids = new Set<string>();
        for (const f of PEER_RELATION_FIELDS) {
          for (const n of e[f.field] ?? []) {
            ids.add(n.id);
            for (const g of PEER_RELATION_FIELDS) for (const m of n[g.field] ?? []) ids.add(m.id);
          }
        }
        ids.delete(e.id);
        return { rows: sorted(ids), truncated: false };
      }
      const hood = system === 'plangraph' ? d.neighbors : d;
      return { rows: sorted(hood.nodes.map((n: Json) => n.id)), truncated: hood.truncated };
    }
    case 'Q2e': {
      const hood = system === 'plangraph' ? d.neighbors : d;
      if (!Array.isArray(hood?.edges)) throw new Error('the answer has no edges');
      return {
        rows: sorted(hood.nodes.map((n: Json) => n.id)),
        truncated: hood.truncated,
        sections: { edges: hood.edges.map((e: Json) => edgeKey(e.source, e.type, e.target, e.evidenceCount)) },
      };
    }
    case 'Q3': {
      const list = system === 'plangraph' ? d.sharedPartners : system === 'floor' ? d : d.sharedPartners;
      return { rows: list.map((r: Json) => `${r.partnerId ?? r.partner.id}|${r.regionCount}`) };
    }
    case 'Q4': {
      if (system === 'peer') {
        return {
          rows: [],
          sections: {
            regions: sorted(d.regions.map((r: Json) => r.id)),
            direct: sorted(d.groupDirect.map((r: Json) => `${r.source}|${r.target}|${r.type}`)),
            partners: sorted(d.sharedPartners.map((r: Json) => `${r.partnerId}|${r.regionCount}`)),
            industries: sorted(d.groupIndustries.map((r: Json) => r.key)),
            projects: sorted(d.groupProjects.map((r: Json) => r.key)),
            groupings: sorted(d.groupGroupings.map((r: Json) => r.key)),
            paths: sorted(d.paths.map((r: Json) => pairLengthKey(r.from, r.to, r.nodeIds.length - 1))),
          },
        };
      }
      if (system === 'floor') {
        return {
          rows: [],
          sections: {
            regions: sorted(d.regions.map((r: Json) => r.id)),
            direct: sorted(d.direct.map((r: Json) => `${r.source.id}|${r.target.id}|${r.type}`)),
            partners: sorted(d.partners.map((r: Json) => `${r.partner.id}|${r.regionCount}`)),
            industries: sorted(d.industries.map((r: Json) => r.industry.id)),
            projects: sorted(d.projects.map((r: Json) => r.project.id)),
            groupings: sorted(d.groupings.map((r: Json) => r.group.id)),
            paths: sorted(d.paths.flat().map((p: Json) => pairLengthKey(p.nodes[0].id, p.nodes.at(-1).id, p.length))),
          },
        };
      }
      const c = d.collaboration;
      return {
        rows: [],
        sections: {
          regions: sorted(c.regions.map((r: Json) => r.id)),
          direct: sorted(c.directRelations.map((r: Json) => `${r.source.id}|${r.target.id}|${r.type}`)),
          partners: sorted(c.sharedPartners.map((r: Json) => `${r.partner.id}|${r.regionCount}`)),
          industries: sorted(c.sharedIndustries.map((r: Json) => r.industry.id)),
          projects: sorted(c.jointProjects.map((r: Json) => r.project.id)),
          groupings: sorted(c.groupings.map((r: Json) => r.group.id)),
          paths: sorted(c.shortestPaths.flatMap((s: Json) => s.paths.map((p: Json) => pairLengthKey(s.from.id, s.to.id, p.length)))),
        },
      };
    }
    case 'Q5': {
      const paths: string[][] =
        (system === 'floor' ? d : d.paths).map((p: Json) => p.nodes.map((n: Json) => n.id));
      if (paths.length === 0) return { rows: [], length: -1 };
      return { rows: sorted(paths.map(pathKey)), length: Math.min(...paths.map((p) => p.length - 1)) };
    }
  }
}

/** Problems with an answer (empty: correct). `reference`: the floor's canonical answer, for what has no independent expectation. */
export function judge(q: QuestionId, answer: Canonical, expected: Expected, reference?: Canonical): string[] {
  const problems: string[] = [];
  const missing = (want: string[], got: string[], what: string) => {
    const have = new Set(got);
    const absent = want.filter((x) => !have.has(x));
    if (absent.length) problems.push(`${what}: ${absent.length} expected row(s) missing, e.g. ${absent.slice(0, 3).join(', ')}`);
  };
  const extra = (want: string[], got: string[], what: string) => {
    const allowed = new Set(want);
    const wrong = got.filter((x) => !allowed.has(x));
    if (wrong.length) problems.push(`${what}: ${wrong.length} unexpected row(s), e.g. ${wrong.slice(0, 3).join(', ')}`);
  };
  switch (q) {
    case 'Q1': {
      const want = expected.Q1.relations;
      extra(want, answer.rows, 'relations');
      if (want.length <= Q1_FIRST) missing(want, answer.rows, 'relations');
      else if (answer.rows.length < Q1_FIRST) problems.push(`relations: ${answer.rows.length} rows, expected the first ${Q1_FIRST} of ${want.length}`);
      break;
    }
    case 'Q2':
    case 'Q2e': {
      const want = expected.Q2.ids;
      extra(want, answer.rows, 'neighbours');
      // `truncated` may also mean that edges were cut (PlanGraph's walk caps edges per node): the nodes must then be whole.
      // A system without a limit (the peer) may return all of a larger neighbourhood.
      const whole = answer.rows.length >= want.length;
      if (want.length <= Q2_LIMIT || whole) missing(want, answer.rows, 'neighbours');
      else if (!answer.truncated || answer.rows.length < Q2_LIMIT) problems.push(`neighbours: ${answer.rows.length} of ${want.length}, expected all or the first ${Q2_LIMIT} marked truncated`);
      if (q === 'Q2e') {
        // Every edge among the nodes, with its evidence count: all of them, or (marked truncated) the best attested.
        const edges = answer.sections?.edges ?? [];
        // The edges among the nodes the answer gives (a neighbourhood cut at its limit has fewer nodes).
        const nodes = new Set([...answer.rows, expected.Q2e.centre]);
        const all = expected.Q2e.edges.filter((e) => nodes.has(e.ends[0]) && nodes.has(e.ends[1])).map((e) => e.key);
        if (new Set(edges).size !== edges.length) problems.push('edges: the same edge twice');
        extra(all, edges, 'edges');
        if (!answer.truncated) missing(all, edges, 'edges');
        else if (edges.length > 0) {
          const lowest = Math.min(...edges.map(edgeCount));
          const given = new Set(edges);
          const better = all.filter((e) => !given.has(e) && edgeCount(e) > lowest);
          if (better.length) problems.push(`edges: ${better.length} better attested edge(s) left out of a truncated answer, e.g. ${better[0]}`);
        } else if (all.length > 0) problems.push('edges: none, expected at least the best attested');
      }
      break;
    }
    case 'Q3': {
      const counts = expected.Q3.counts;
      const rows = answer.rows.map((r) => {
        const i = r.lastIndexOf('|');
        return { id: r.slice(0, i), n: Number(r.slice(i + 1)) };
      });
      for (const r of rows) if (counts.get(r.id) !== r.n) problems.push(`partner ${r.id}: ${r.n} regions, expected ${counts.get(r.id) ?? 'not a shared partner'}`);
      const want = Math.min(Q3_LIMIT, counts.size);
      if (rows.length !== want) problems.push(`partners: ${rows.length} rows, expected ${want}`);
      for (let i = 1; i < rows.length; i++) if (rows[i]!.n > rows[i - 1]!.n) problems.push('partners: not ordered by region count');
      const returned = new Set(rows.map((r) => r.id));
      const lowest = Math.min(...rows.map((r) => r.n));
      const better = [...counts].filter(([id, n]) => !returned.has(id) && n > lowest);
      if (better.length) problems.push(`partners: ${better.length} partner(s) with more regions left out, e.g. ${better[0]![0]}`);
      break;
    }
    case 'Q4': {
      const s = answer.sections ?? {};
      const e = expected.Q4;
      for (const key of ['regions', 'direct', 'partners', 'paths'] as const) {
        missing(e[key], s[key] ?? [], key);
        extra(e[key], s[key] ?? [], key);
      }
      for (const key of ['industries', 'projects', 'groupings']) {
        const ref = reference?.sections?.[key];
        if (!ref) continue;
        missing(ref, s[key] ?? [], `${key} (as the floor)`);
        extra(ref, s[key] ?? [], `${key} (as the floor)`);
      }
      break;
    }
    case 'Q5': {
      if (answer.length !== expected.Q5.length) problems.push(`path length ${answer.length}, expected ${expected.Q5.length}`);
      if (expected.Q5.length >= 0 && answer.rows.length === 0) problems.push('no path, expected at least one');
      extra(expected.Q5.paths, answer.rows, 'paths');
      break;
    }
  }
  return problems;
}
