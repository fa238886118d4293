/**
 * Writes a GraphDocument into Neo4j. Each document's contribution is replaced in ONE transaction
 * (delete what the document stated before, write it anew), so a failure in the middle leaves the
 * previous graph whole and loading twice gives the same graph.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import {
  isNodeType,
  isRelationType,
  type GraphDocument,
  type GraphDocumentMeta,
  type GraphNode,
  type GraphRelation,
} from '../graph/model.ts';
import { cypher, cypherStatements } from './cypher.ts';
import { translateNeo4jError } from './errors.ts';
import { nameForms } from '../graph/name-forms.ts';
import type { Store } from './store.ts';

const BATCH = 20_000;

export interface LoadProgress {
  document: string;
  index: number;
  total: number;
  records: number;
}

export interface LoadResult {
  documents: number;
  nodes: number;
  relationships: number;
  records: number;
  orphansDeleted: number;
  ms: number;
  /** Milliseconds spent in each load statement (cypher/load-*), commits under "commit": where loading time goes. */
  statementMs: Record<string, number>;
}

/**
 * Meta key of the state of the data: "stale" while a load is writing, "fresh" once it is done and the partner summary
 * is rebuilt. Each mark sets a new version, which keys the API's answer cache (src/api/answer-cache.ts).
 */
export const DATA_STATE_KEY = 'partner-summary';

/**
 * Rebuilds the partner summary (cypher/load-partner-summary) from the relations in the graph, in one transaction,
 * and marks it fresh. Loading does it at the end; `serve` does it at start when a load stopped half-way.
 */
export async function refreshPartnerSummary(store: Store): Promise<void> {
  await writeTransaction(
    store,
    async (tx) => {
      for (const statement of cypherStatements('load-partner-summary')) await tx.run(statement);
    },
    {},
    () => 'rebuilding the partner summary (cypher/load-partner-summary.cypher)',
  );
  await store.write('meta-set', { key: DATA_STATE_KEY, fingerprint: 'fresh' });
}

/** True when the partner summary was never built or a load stopped before rebuilding it. */
export async function partnerSummaryIsStale(store: Store): Promise<boolean> {
  const [row] = await store.read<{ fingerprint: string | null }>('meta-get', { key: DATA_STATE_KEY });
  return row?.fingerprint !== 'fresh';
}

export async function applySchema(store: Store): Promise<void> {
  for (const statement of cypherStatements('schema')) {
    try {
      await store.driver.executeQuery(statement, {}, { database: store.database });
    } catch (err) {
      throw translateNeo4jError(err, 'applying the schema (cypher/schema.cypher)');
    }
  }
}

interface RelationRow {
  type: string;
  source: string;
  target: string;
  sentences: string[];
  sections: string[];
  sentenceIds: (string | null)[];
  starts: number[];
  ends: number[];
  count: number | null;
}

/** Split relations by the document of their evidence: one relationship per (type, source, target, document). */
function relationRowsByDocument(relations: GraphRelation[], sentenceIdAt: Map<string, Map<number, string>>): Map<string, RelationRow[]> {
  const byDoc = new Map<string, RelationRow[]>();
  for (const rel of relations) {
    if (!isRelationType(rel.type)) throw new Error(`relation type ${String(rel.type)} is not one of the model's types`);
    const perDoc = new Map<string, RelationRow>();
    for (const ev of rel.evidence) {
      let row = perDoc.get(ev.document);
      if (!row) {
        row = { type: rel.type, source: rel.source, target: rel.target, sentences: [], sections: [], sentenceIds: [], starts: [], ends: [], count: rel.count ?? null };
        perDoc.set(ev.document, row);
      }
      // MENTIONS carries a count; its sentences are in the lexical graph, not repeated on the relationship.
      if (rel.type === 'MENTIONS') continue;
      row.sentences.push(ev.sentence);
      row.sections.push(ev.section);
      row.sentenceIds.push(sentenceIdAt.get(ev.document)?.get(ev.start) ?? null);
      row.starts.push(ev.start);
      row.ends.push(ev.end);
    }
    for (const [doc, row] of perDoc) {
      const list = byDoc.get(doc) ?? [];
      list.push(row);
      byDoc.set(doc, list);
    }
  }
  return byDoc;
}

function nodeRow(node: GraphNode) {
  if (!isNodeType(node.type)) throw new Error(`node ${node.id} has type ${String(node.type)}, not one of the model's types`);
  const forms = nameForms(node.name, node.aliases);
  return {
    id: node.id,
    type: node.type,
    name: node.name,
    aliases: node.aliases.filter((a) => a !== node.name),
    region: node.region ?? null,
    pinyin: node.pinyin ?? forms.pinyin,
    pinyinKey: forms.pinyinKey,
    pinyinInitials: forms.pinyinInitials,
    traditional: forms.traditional,
  };
}

/** Runs `work`, adding its time to ms[name]. */
async function timed<T>(ms: Record<string, number>, name: string, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await work();
  } finally {
    ms[name] = (ms[name] ?? 0) + performance.now() - t0;
  }
}

/**
 * Positions of node ids in a list sent beside the rows: a statement looks each node up once (cypher/load-sentences)
 * and the rows name it by position, instead of one index seek per row.
 */
export class NodeRefs {
  readonly ids: string[] = [];
  readonly #at = new Map<string, number>();
  /** The position of `id` in `ids`, added at the end the first time. */
  ref(id: string): number {
    let k = this.#at.get(id);
    if (k === undefined) {
      k = this.ids.length;
      this.ids.push(id);
      this.#at.set(id, k);
    }
    return k;
  }
}

/**
 * Runs the load statement `name` over `rows` in slices of BATCH, adding its time to ms[name]. `params` turns a slice
 * into the statement's parameters (by default { rows }).
 */
async function runBatched<R>(
  tx: Pick<ManagedTransaction, 'run'>,
  name: string,
  rows: R[],
  ms: Record<string, number>,
  params: (slice: R[]) => Record<string, unknown> = (slice) => ({ rows: slice }),
): Promise<void> {
  const query = cypher(name);
  await timed(ms, name, async () => {
    for (let i = 0; i < rows.length; i += BATCH) await tx.run(query, params(rows.slice(i, i + BATCH)));
  });
}

/** Parameters of a statement whose rows name entities by position in $entities (`keys`: the fields that hold ids). */
function withEntityRefs<R extends object>(keys: readonly (keyof R & string)[]) {
  return (slice: R[]) => {
    const entities = new NodeRefs();
    const rows = slice.map((row) => {
      const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
      for (const key of keys) out[key] = entities.ref(String(row[key]));
      return out;
    });
    return { rows, entities: entities.ids };
  };
}

/** load-sentences: the section and each mentioned entity by position in $sections and $entities. */
function sentenceParams(slice: SentenceRow[]) {
  const sections = new NodeRefs();
  const entities = new NodeRefs();
  const rows = slice.map((row) => ({
    ...row,
    section: sections.ref(row.section),
    mentions: row.mentions.map((m) => ({ ...m, node: entities.ref(m.node) })),
  }));
  return { rows, sections: sections.ids, entities: entities.ids };
}

/** The node ids one document touches: its plan, the ends of its relations, what its sentences mention. */
function nodesOfDocument(meta: GraphDocumentMeta, rows: RelationRow[]): Set<string> {
  const ids = new Set<string>([meta.plan]);
  if (meta.issuer) ids.add(meta.issuer);
  for (const r of rows) {
    ids.add(r.source);
    ids.add(r.target);
  }
  for (const m of meta.mentions ?? []) ids.add(m.node);
  return ids;
}

interface SectionRow extends Record<string, unknown> {
  id: string;
  plan: string;
  parent: string | null;
}

interface SentenceRow extends Record<string, unknown> {
  id: string;
  section: string;
  mentions: { node: string; start: number; end: number; surface: string }[];
}

/** One document's rows, ready for the load statements. */
interface DocumentRows {
  meta: GraphDocumentMeta;
  nodeIds: Set<string>;
  sections: SectionRow[];
  sentences: SentenceRow[];
  /** How many Sentence -[:MENTIONS]-> Entity the document has (written with its sentences). */
  mentions: number;
  relations: (RelationRow & { document: string })[];
  indicators: (Record<string, unknown> & { plan: string })[];
  records: number;
}

function documentRows(meta: GraphDocumentMeta, graph: GraphDocument, relations: RelationRow[]): DocumentRows {
  const document = meta.id;
  const rootSection = `${meta.id}#s-1`;
  const sectionPath = new Map((meta.sections ?? []).map((s) => [s.id, s.path]));
  const sections = [
    { id: rootSection, index: -1, level: 0, title: '', path: '', parent: null as string | null },
    ...(meta.sections ?? []).map((s) => ({ ...s, parent: s.parent ?? rootSection })),
  ].map((s) => ({ ...s, document, plan: meta.plan }));
  const mentionsBySentence = new Map<string, { node: string; start: number; end: number; surface: string }[]>();
  for (const m of meta.mentions ?? []) {
    const list = mentionsBySentence.get(m.sentence) ?? [];
    list.push({ node: m.node, start: m.start, end: m.end, surface: m.surface });
    mentionsBySentence.set(m.sentence, list);
  }
  const sentences = (meta.sentences ?? []).map((s) => ({
    ...s,
    document,
    section: s.section ?? rootSection,
    sectionPath: s.section ? (sectionPath.get(s.section) ?? '') : '',
    mentions: mentionsBySentence.get(s.id) ?? [],
  }));
  const indicators = graph.indicators
    .filter((i) => i.document === meta.id)
    .map((i, k) => ({
      id: `${meta.id}#i${k}`,
      document,
      plan: meta.plan,
      region: i.region,
      name: i.name,
      unit: i.unit,
      baselineYear: i.baseline?.year ?? null,
      baselineValue: i.baseline?.value ?? null,
      targetYear: i.target?.year ?? null,
      targetValue: i.target?.value ?? null,
      sentence: i.evidence.sentence,
      section: i.evidence.section,
      start: i.evidence.start,
      end: i.evidence.end,
    }));
  const mentions = meta.mentions?.length ?? 0;
  const rows = relations.map((r) => ({ ...r, document }));
  const nodeIds = nodesOfDocument(meta, relations);
  const records = nodeIds.size + rows.length + sections.length + sentences.length + mentions + indicators.length;
  return { meta, nodeIds, sections, sentences, mentions, relations: rows, indicators, records };
}

/** Documents per transaction: one transaction holds whole documents only, up to about this many records. */
const RECORDS_PER_TRANSACTION = 50_000;
const ENTITIES_PER_TRANSACTION = 20_000;
/** Document transactions at once: Neo4j runs a transaction on one thread, so two keep two cores busy. */
export const LOAD_CONCURRENCY = 2;
/** Attempts of a transaction that Neo4j ends with a transient error (a deadlock between concurrent loads). */
const ATTEMPTS = 5;

export interface LoadOptions {
  /** Document transactions at once (default LOAD_CONCURRENCY). */
  concurrency?: number;
  /** Records one transaction may hold (whole documents; default RECORDS_PER_TRANSACTION). */
  recordsPerTransaction?: number;
}

function planDocumentRow(meta: GraphDocumentMeta) {
  return {
    plan: meta.plan,
    document: meta.id,
    title: meta.title,
    path: meta.path,
    issuer: meta.issuer,
    period: meta.period ?? null,
    issued: meta.issued ?? null,
    sha256: meta.sha256 ?? null,
    format: meta.format ?? null,
  };
}

function isTransient(err: unknown): boolean {
  const e = err as { code?: string; retriable?: boolean };
  return e?.retriable === true || (typeof e?.code === 'string' && e.code.startsWith('Neo.TransientError.'));
}

/**
 * One write transaction, retried on transient errors (two concurrent loads that lock the same entities in a
 * different order: Neo4j ends one with DeadlockDetected). Time outside the statements is added to ms.commit.
 */
async function writeTransaction(
  store: Store,
  work: (tx: Pick<ManagedTransaction, 'run'>, ms: Record<string, number>) => Promise<void>,
  ms: Record<string, number>,
  what: () => string,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const session = store.session();
    const t0 = performance.now();
    const own: Record<string, number> = {};
    try {
      const tx = session.beginTransaction({ timeout: 600_000 });
      try {
        await work(tx, own);
        await tx.commit();
      } catch (err) {
        if (tx.isOpen()) await tx.rollback().catch(() => {});
        throw err;
      }
      let inStatements = 0;
      for (const [name, t] of Object.entries(own)) {
        ms[name] = (ms[name] ?? 0) + t;
        inStatements += t;
      }
      ms.commit = (ms.commit ?? 0) + performance.now() - t0 - inStatements;
      return;
    } catch (err) {
      if (attempt < ATTEMPTS && isTransient(err)) {
        await new Promise((r) => setTimeout(r, 50 * attempt + Math.random() * 100));
        continue;
      }
      throw translateNeo4jError(err, what());
    } finally {
      await session.close();
    }
  }
}

/**
 * Documents are written in transactions that each hold several whole documents (fewer round trips and
 * commits than one per document): a failure rolls back the whole transaction, so every document is
 * either replaced entirely or left as it was.
 */
export async function loadGraph(store: Store, graph: GraphDocument, onProgress?: (p: LoadProgress) => void, options: LoadOptions = {}): Promise<LoadResult> {
  const concurrency = options.concurrency ?? LOAD_CONCURRENCY;
  const perTransaction = options.recordsPerTransaction ?? RECORDS_PER_TRANSACTION;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`load concurrency must be a whole number of at least 1, got ${concurrency}`);
  const t0 = performance.now();
  await applySchema(store);
  const nodesById = new Map(graph.nodes.map((n) => [n.id, n]));
  const sentenceIdAt = new Map<string, Map<number, string>>();
  for (const doc of graph.documents) {
    sentenceIdAt.set(doc.id, new Map((doc.sentences ?? []).map((s) => [s.start, s.id])));
  }
  const relationRows = relationRowsByDocument(graph.relations, sentenceIdAt);
  const result: LoadResult = { documents: 0, nodes: 0, relationships: 0, records: 0, orphansDeleted: 0, ms: 0, statementMs: {} };
  const ms = result.statementMs;

  // Check every document before writing anything: a document that names a node the graph lacks, or a
  // node of a type the model does not have, is refused before the first transaction. Each node's row
  // (pinyin, traditional forms) is computed once, however many documents name it.
  const nodeRows = new Map<string, ReturnType<typeof nodeRow>>();
  const all = graph.documents.map((meta) => {
    const rows = documentRows(meta, graph, relationRows.get(meta.id) ?? []);
    for (const id of rows.nodeIds) {
      if (nodeRows.has(id)) continue;
      const node = nodesById.get(id);
      if (!node) throw new Error(`document ${meta.id} refers to node ${id}, which the graph does not define`);
      nodeRows.set(id, nodeRow(node));
    }
    return rows;
  });

  // The partner summary is derived from the relations: marked stale before the first write, rebuilt at the end.
  await store.write('meta-set', { key: DATA_STATE_KEY, fingerprint: 'stale' });
  // Entities first, each once, in their own transactions: MERGE is idempotent, and an entity no document
  // names any more is removed at the end (or at once, if the load fails).
  const entityRows = [...nodeRows.values()];
  for (let i = 0; i < entityRows.length; i += ENTITIES_PER_TRANSACTION) {
    const slice = entityRows.slice(i, i + ENTITIES_PER_TRANSACTION);
    await writeTransaction(store, (tx, own) => runBatched(tx, 'load-entities', slice, own), ms, () => `writing entities ${slice[0]!.id} … ${slice.at(-1)!.id}`);
  }

  const batches: DocumentRows[][] = [];
  for (let index = 0; index < all.length; ) {
    const batch: DocumentRows[] = [];
    let records = 0;
    while (index < all.length && (batch.length === 0 || records + all[index]!.records <= perTransaction)) {
      records += all[index]!.records;
      batch.push(all[index++]!);
    }
    batches.push(batch);
  }
  const writeBatch = async (batch: DocumentRows[]) => {
    await writeTransaction(
      store,
      async (tx, own) => {
        await timed(own, 'load-delete-document', () => tx.run(cypher('load-delete-document'), { documents: batch.map((d) => d.meta.id) }));
        await runBatched(tx, 'load-plan-document', batch.map(({ meta }) => planDocumentRow(meta)), own);
        await runBatched(tx, 'load-sections', batch.flatMap((d) => d.sections), own, withEntityRefs(['plan']));
        await runBatched(tx, 'load-sentences', batch.flatMap((d) => d.sentences), own, sentenceParams);
        await runBatched(tx, 'load-relations', batch.flatMap((d) => d.relations), own, withEntityRefs(['source', 'target']));
        await runBatched(tx, 'load-indicators', batch.flatMap((d) => d.indicators), own, withEntityRefs(['plan']));
      },
      ms,
      () => {
        const ids = batch.map((d) => `${d.meta.id} (${d.meta.path})`).join(', ');
        return `loading document ${ids}; the graph keeps its previous version of ${batch.length > 1 ? 'these documents' : 'this document'}`;
      },
    );
    for (const d of batch) {
      result.documents++;
      result.nodes += d.nodeIds.size;
      result.relationships += d.relations.length;
      result.records += d.records;
      onProgress?.({ document: d.meta.id, index: result.documents - 1, total: all.length, records: d.records });
    }
  };
  // Transactions of different documents run side by side (Neo4j runs each on one thread); the first failure
  // stops new ones from starting, and entities written for documents that did not load are removed.
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < batches.length) {
      const batch = batches[next++]!;
      try {
        await writeBatch(batch);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  const outcomes = await Promise.allSettled(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
  const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failure) {
    // What did commit (other documents) is in the graph: remove unused entities, rebuild the summary.
    await store.write('load-delete-orphans').catch(() => {});
    await refreshPartnerSummary(store).catch(() => {});
    throw failure.reason;
  }
  const [orphans] = await timed(ms, 'load-delete-orphans', () => store.write<{ deleted: number }>('load-delete-orphans'));
  await timed(ms, 'load-partner-summary', () => refreshPartnerSummary(store));
  result.orphansDeleted = orphans?.deleted ?? 0;
  result.ms = Math.round(performance.now() - t0);
  return result;
}
