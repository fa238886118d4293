/**
 * The corpus builder: documents go in one at a time, the GraphDocument comes out at the end.
 * Only the output graph grows with the corpus: each ReadDocument is dropped after extractOne.
 * The lexical records (sections, sentences, mentions) are most of that graph — about as many records
 * as the text has sentences. With `onLexicon` they are handed out document by document and not kept,
 * so what stays in memory is the entity graph and its evidence only.
 * Output is deterministic: nodes, relations, indicators and documents sorted; evidence sorted.
 */
import type { GraphDocument, GraphDocumentMeta, GraphRelation, Indicator, MentionRecord, SectionRecord, SentenceRecord } from '../graph/model.ts';
import type { ReadDocument } from '../ingest/types.ts';
import { enforceSchema } from './enforce.ts';
import { uniqueId } from './ids.ts';
import { extractOne, type DocumentInput, type Prerecognised } from './pipeline-document.ts';
import { createCorpusResolver } from './pipeline-resolver.ts';
import { countDrops, type DocumentCounts, type ExtractionReport } from './report.ts';

export interface ExtractionResult {
  graph: GraphDocument;
  report: ExtractionReport;
  failures: { path: string; reason: string }[];
  /**
   * Node ids merged at the end (a plan cited by name that is a loaded document → that document's
   * Plan node). Already applied to the graph, including the mentions it keeps; a consumer of
   * `onLexicon` applies it to the mentions it was handed (see renameMentions).
   */
  renames: ReadonlyMap<string, string>;
}

/** One document's lexical records, as the GraphDocumentMeta would hold them. */
export interface DocumentLexicon {
  document: string;
  sections: SectionRecord[];
  sentences: SentenceRecord[];
  /** Mentions name nodes as extracted: apply ExtractionResult.renames once extraction is finished. */
  mentions: MentionRecord[];
}

export interface CorpusBuilderOptions {
  /**
   * Streaming mode: receives each document's lexical records as soon as it is extracted; the
   * GraphDocument then holds none (its documents have no sections, sentences or mentions), so memory
   * does not grow with them.
   */
  onLexicon?: (lexicon: DocumentLexicon) => void;
}

export interface CorpusBuilder {
  /** `pre`: the document's issuer and entities when a worker recognised them (recognise-pool.ts). */
  add(doc: ReadDocument, input: DocumentInput, pre?: Prerecognised): DocumentCounts;
  fail(path: string, reason: string): void;
  finish(): ExtractionResult;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function relationKey(r: GraphRelation): string {
  // COLLABORATES_WITH is undirected: one relation per pair
  const [s, t] = r.type === 'COLLABORATES_WITH' && r.target < r.source ? [r.target, r.source] : [r.source, r.target];
  return `${r.type}|${s}|${t}`;
}

/** The mentions with renamed nodes (ExtractionResult.renames); the same array when nothing changes. */
export function renameMentions(mentions: MentionRecord[], renames: ReadonlyMap<string, string>): MentionRecord[] {
  if (renames.size === 0 || !mentions.some((m) => renames.has(m.node))) return mentions;
  return mentions.map((m) => ({ ...m, node: renames.get(m.node) ?? m.node }));
}

export function createCorpusBuilder(options: CorpusBuilderOptions = {}): CorpusBuilder {
  const resolver = createCorpusResolver();
  const documents: GraphDocumentMeta[] = [];
  const relations = new Map<string, GraphRelation>();
  const indicators: Indicator[] = [];
  const counts: DocumentCounts[] = [];
  const failures: { path: string; reason: string }[] = [];
  const planOf = new Map<string, string>(); // plan name or alias → the document's Plan node id
  const ids = new Set<string>();

  return {
    add(doc, input, pre) {
      const id = uniqueId(input.id, ids);
      ids.add(id);
      const out = extractOne(doc, { ...input, id }, resolver, pre);
      const c: DocumentCounts = {
        id,
        path: doc.path,
        entities: new Set(out.meta.mentions?.map((m) => m.node)).size,
        relations: out.relations.filter((r) => r.type !== 'MENTIONS').length,
        indicators: out.indicators.length,
      };
      if (options.onLexicon) {
        // handed out before anything of the document is kept: if the consumer fails, the document is not in the graph
        const { sections = [], sentences = [], mentions = [], ...meta } = out.meta;
        options.onLexicon({ document: id, sections, sentences, mentions });
        documents.push(meta);
      } else documents.push(out.meta);
      for (const name of out.planNames) if (!planOf.has(name)) planOf.set(name, out.meta.plan);
      for (const r of out.relations) {
        const key = relationKey(r);
        const have = relations.get(key);
        if (!have) relations.set(key, { ...r, evidence: [...r.evidence] });
        else {
          have.evidence.push(...r.evidence);
          if (r.count !== undefined) have.count = (have.count ?? 0) + r.count;
        }
      }
      indicators.push(...out.indicators);
      counts.push(c);
      return c;
    },
    fail(path, reason) {
      failures.push({ path, reason });
    },
    finish() {
      // a plan cited by name that is a loaded document becomes that document's Plan node
      const rename = new Map<string, string>();
      for (const [name, planId] of planOf) {
        const cited = `Plan:${name}`;
        if (cited !== planId && resolver.has(cited)) {
          resolver.mergeInto(cited, planId);
          rename.set(cited, planId);
        }
      }
      const merged = new Map<string, GraphRelation>();
      for (const r of relations.values()) {
        const source = rename.get(r.source) ?? r.source;
        const target = rename.get(r.target) ?? r.target;
        const next = { ...r, source, target };
        const key = relationKey(next);
        const have = merged.get(key);
        if (!have) merged.set(key, next);
        else have.evidence.push(...next.evidence);
      }
      const all = [...merged.values()].map((r) => ({
        ...r,
        evidence: dedupeEvidence(r.evidence).sort((a, b) => cmp(a.document, b.document) || a.start - b.start || a.end - b.end),
      }));
      const enforced = enforceSchema(resolver.nodes(), all);
      const sortedRelations = enforced.relations.sort((a, b) => cmp(a.type, b.type) || cmp(a.source, b.source) || cmp(a.target, b.target));
      const sortedIndicators = [...indicators].sort((a, b) => cmp(a.document, b.document) || a.evidence.start - b.evidence.start || cmp(a.name, b.name));
      // the lexical mentions follow the same renames, so every mention names a node of the graph
      const sortedDocs = [...documents]
        .map((d) => (d.mentions ? { ...d, mentions: d.mentions.map((m) => ({ ...m, node: rename.get(m.node) ?? m.node })) } : d))
        .sort((a, b) => cmp(a.id, b.id));
      const graph: GraphDocument = { documents: sortedDocs, nodes: enforced.nodes, relations: sortedRelations, indicators: sortedIndicators };
      const report: ExtractionReport = {
        documents: [...counts].sort((a, b) => cmp(a.id, b.id)),
        drops: enforced.drops,
        dropCounts: countDrops(enforced.drops),
        merges: resolver.merges(),
        nearDuplicates: resolver.nearDuplicates(),
        failures: [...failures],
        totals: { documents: sortedDocs.length, nodes: enforced.nodes.length, relations: sortedRelations.length, indicators: sortedIndicators.length },
      };
      return { graph, report, failures: [...failures], renames: rename };
    },
  };
}

function dedupeEvidence<T extends { document: string; start: number; end: number }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.document}|${e.start}|${e.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** One already-read document, on its own (no other documents to resolve against). */
export function extractReadDocument(doc: ReadDocument, meta: { id: string; title?: string | null; issuer?: string | null; period?: string | null }): ExtractionResult {
  const builder = createCorpusBuilder();
  builder.add(doc, meta);
  return builder.finish();
}
