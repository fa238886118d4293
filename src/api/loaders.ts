/**
 * Per-request DataLoaders: every nested field is fetched for all parents at once (one Cypher per field and
 * argument set), so the number of round trips does not grow with the number of entities.
 */
import DataLoader from 'dataloader';
import type { Store } from '../store/store.ts';
import { entityRowOf, relationRowsOf, type RelationRow, type RelationsRowList } from './relation-rows.ts';
import type { EvidenceDetail } from './selection.ts';
import { entityOut, nameRef, type EntityOut, type EntityRow } from './values.ts';

export type RelationOut = RelationRow<EntityOut>;

export interface MentionOut {
  document: string;
  count: number;
}

export interface PlanRow extends EntityRow {
  documentId: string;
  title: string | null;
  path: string | null;
  issuer: string | null;
  period: string | null;
  issued: string | null;
}

export interface PlanOut {
  id: string;
  title: string;
  path: string | null;
  period: string | null;
  issued: string | null;
  entity: EntityOut;
  issuer: EntityOut | null;
}

export interface SectionOut {
  id: string;
  index: number;
  level: number;
  title: string;
  path: string;
}

export type IndicatorOut = Record<string, unknown> & { id: string; region: string | null; name: string };

export interface RelationsKey {
  id: string;
  types: string[];
  direction: string;
  first: number;
  /** What the query reads of the evidence (selection.ts): the long sentence lists are only fetched when asked. */
  evidence: EvidenceDetail;
  /** The most evidence items read per relation (the largest `evidence(first)` asked); 0 with no evidence. */
  items: number;
}

export interface ResolveKey {
  ref: string;
  types: string[] | null;
}

/** A loader whose keys carry arguments: keys with the same arguments go to the store together. */
function groupedLoader<K, V>(
  signature: (key: K) => string,
  batch: (keys: K[]) => Promise<Map<K, V>>,
  fallback: (key: K) => V,
  cacheKey: (key: K) => string,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) {
        const sig = signature(key);
        const list = groups.get(sig) ?? [];
        list.push(key);
        groups.set(sig, list);
      }
      const results = new Map<K, V>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          for (const [k, v] of await batch(group)) results.set(k, v);
        }),
      );
      return keys.map((k) => results.get(k) ?? fallback(k));
    },
    { cacheKeyFn: cacheKey },
  );
}

function byIdLoader<V>(store: Store, query: string, param: string, collect: (row: Record<string, unknown>, into: Map<string, V>) => void, empty: () => V, signal?: AbortSignal) {
  return new DataLoader<string, V>(async (ids) => {
    const rows = await store.read(query, { [param]: [...new Set(ids)] }, { signal });
    const map = new Map<string, V>();
    for (const row of rows) collect(row, map);
    return ids.map((id) => map.get(id) ?? empty());
  });
}

export function createLoaders(store: Store, signal?: AbortSignal) {
  const entity = byIdLoader<EntityOut | null>(
    store,
    'api-entities-by-id',
    'ids',
    (row, map) => {
      const e = row.entity as EntityRow;
      map.set(e.id, entityOut(e));
    },
    () => null,
    signal,
  );

  const resolve = groupedLoader<ResolveKey, EntityOut | null>(
    (k) => JSON.stringify(k.types),
    async (keys) => {
      const refs = [...new Map(keys.map((k) => [k.ref, nameRef(k.ref)])).values()];
      const rows = await store.read<{ ref: string; entity: EntityRow | null }>('api-resolve', { refs, types: keys[0]!.types }, { signal });
      const byRef = new Map(rows.map((r) => [r.ref, r.entity ? entityOut(r.entity) : null]));
      const found = new Map<ResolveKey, EntityOut | null>();
      for (const k of keys) found.set(k, byRef.get(k.ref.trim()) ?? null);
      return found;
    },
    () => null,
    (k) => JSON.stringify([k.ref, k.types]),
  );

  const relations = groupedLoader<RelationsKey, RelationOut[]>(
    (k) => JSON.stringify([k.types, k.direction, k.first, k.evidence, k.items]),
    async (keys) => {
      const { types, direction, first, evidence, items } = keys[0]!;
      const rows = await store.read<RelationsRowList>(
        'api-relations',
        { ids: [...new Set(keys.map((k) => k.id))], types, direction, first, evidence, items },
        { signal },
      );
      const byId = new Map<string, RelationOut[]>();
      for (const r of rows) {
        // The statement returns the entity too: `entity(id) { relations }` then needs no second statement.
        entity.prime(r.id, entityOut(entityRowOf(r.entity)));
        byId.set(r.id, relationRowsOf(r.relations, (l) => entityOut(entityRowOf(l))));
      }
      return new Map(keys.map((k) => [k, byId.get(k.id) ?? []]));
    },
    () => [],
    (k) => JSON.stringify([k.id, k.types, k.direction, k.first, k.evidence, k.items]),
  );

  const mentions = byIdLoader<MentionOut[]>(
    store,
    'api-mentions',
    'ids',
    (row, map) => {
      const counts = new Map<string, number>();
      for (const list of [row.planMentions, row.sentenceMentions] as { document: string | null; count: number | null }[][]) {
        for (const m of list) {
          if (!m.document || m.count === null) continue;
          counts.set(m.document, Math.max(counts.get(m.document) ?? 0, m.count));
        }
      }
      map.set(
        row.id as string,
        [...counts].map(([document, count]) => ({ document, count })).sort((a, b) => b.count - a.count || a.document.localeCompare(b.document)),
      );
    },
    () => [],
    signal,
  );

  const regionsOf = byIdLoader<EntityOut[]>(
    store,
    'api-regions-of',
    'ids',
    (row, map) => map.set(row.id as string, (row.regions as EntityRow[]).map(entityOut)),
    () => [],
    signal,
  );

  const sections = byIdLoader<SectionOut[]>(
    store,
    'api-sections',
    'documents',
    (row, map) => {
      const doc = row.document as string;
      const list = map.get(doc) ?? [];
      list.push(row.section as SectionOut);
      map.set(doc, list);
    },
    () => [],
    signal,
  );

  const indicators = byIdLoader<IndicatorOut[]>(
    store,
    'api-indicators',
    'documents',
    (row, map) => {
      const doc = row.document as string;
      const list = map.get(doc) ?? [];
      list.push(row.indicator as IndicatorOut);
      map.set(doc, list);
    },
    () => [],
    signal,
  );

  /** All loaded documents, read once per request (a handful to a few hundred). */
  let plansPromise: Promise<PlanOut[]> | null = null;
  const allPlans = (): Promise<PlanOut[]> => {
    plansPromise ??= store.read<{ plan: PlanRow; issuer: EntityRow | null }>('api-plans', {}, { signal }).then((rows) =>
      rows.map(({ plan, issuer }) => ({
        id: plan.documentId,
        title: plan.title ?? plan.name,
        path: plan.path,
        period: plan.period,
        issued: plan.issued,
        entity: entityOut(plan),
        issuer: issuer ? entityOut(issuer) : null,
      })),
    );
    return plansPromise;
  };
  /** A document by its document id or its Plan node id. */
  const planByDocument = async (id: string): Promise<PlanOut | null> => (await allPlans()).find((p) => p.id === id || p.entity.id === id) ?? null;

  return { entity, resolve, relations, mentions, regionsOf, sections, indicators, allPlans, planByDocument };
}

export type Loaders = ReturnType<typeof createLoaders>;
