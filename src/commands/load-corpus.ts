/**
 * Extract documents (or read an extracted graph.json) and load them into the graph.
 * Shared by `plangraph load` and `plangraph serve` (npm start).
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { extractDocuments } from '../extract/index.ts';
import type { GraphDocument } from '../graph/model.ts';
import { loadGraph, type LoadOptions, type LoadResult, type Store } from '../store/index.ts';

export interface CorpusLoadResult {
  load: LoadResult | null;
  failures: { path: string; reason: string }[];
  skipped: boolean;
  fingerprint: string;
}

function isGraphJson(file: string): boolean {
  return file.toLowerCase().endsWith('.json') && !path.basename(file).startsWith('manifest');
}

async function readGraphJson(file: string): Promise<GraphDocument> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file} is not a readable JSON file (${(err as Error).message}); give documents or a graph.json written by \`plangraph extract\`.`);
  }
  const g = parsed as Partial<GraphDocument>;
  if (!g || !Array.isArray(g.documents) || !Array.isArray(g.nodes) || !Array.isArray(g.relations)) {
    throw new Error(`${file} is not a PlanGraph graph.json (it needs "documents", "nodes" and "relations" arrays); run \`plangraph extract\` to make one.`);
  }
  return { documents: g.documents, nodes: g.nodes, relations: g.relations, indicators: g.indicators ?? [] };
}

/** Everything that decides what extraction produces: the documents, the lexicon and the extractor's code. */
export async function corpusFingerprint(inputs: string[]): Promise<string> {
  const hash = createHash('sha256');
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
  const trees = [...inputs, path.join(root, 'data/lexicon'), path.join(root, 'src/extract'), path.join(root, 'src/ingest')];
  for (const tree of trees) {
    for (const file of await listFiles(tree)) {
      hash.update(path.relative(root, file));
      hash.update(await readFile(file));
    }
  }
  return hash.digest('hex');
}

async function listFiles(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => null);
  if (!info) return [];
  if (info.isFile()) return [target];
  const out: string[] = [];
  for (const entry of (await readdir(target, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

export async function loadCorpus(
  store: Store,
  inputs: string[],
  options: { manifest?: string; onlyIfChanged?: boolean; log?: (msg: string) => void; loadOptions?: LoadOptions; workers?: number } = {},
): Promise<CorpusLoadResult> {
  const log = options.log ?? (() => {});
  const fingerprint = await corpusFingerprint(inputs);
  if (options.onlyIfChanged) {
    const [row] = await store.read<{ fingerprint: string | null }>('meta-get', { key: 'corpus' });
    if (row?.fingerprint === fingerprint) {
      log('the stored graph is up to date with the documents: not reloading');
      return { load: null, failures: [], skipped: true, fingerprint };
    }
  }
  const graphFiles = inputs.filter(isGraphJson);
  const documents = inputs.filter((f) => !isGraphJson(f));
  const failures: { path: string; reason: string }[] = [];
  const graphs: GraphDocument[] = [];
  for (const file of graphFiles) graphs.push(await readGraphJson(file));
  if (documents.length > 0) {
    const t0 = performance.now();
    const result = await extractDocuments(documents, {
      manifest: options.manifest,
      workers: options.workers,
      onProgress: (done, total, file) => log(`extracted ${done}/${total}: ${file}`),
    });
    failures.push(...result.failures);
    for (const f of result.failures) log(`could not read ${f.path}: ${f.reason}`);
    log(
      `extraction: ${result.graph.documents.length} documents, ${result.graph.nodes.length} entities, ` +
        `${result.graph.relations.length} relations, ${result.graph.indicators.length} indicators in ${Math.round(performance.now() - t0)} ms`,
    );
    graphs.push(result.graph);
  }
  let total: LoadResult | null = null;
  for (const graph of graphs) {
    const r = await loadGraph(store, graph, (p) => log(`loaded ${p.index + 1}/${p.total}: ${p.document} (${p.records} records)`), options.loadOptions);
    total = total
      ? {
          documents: total.documents + r.documents,
          nodes: total.nodes + r.nodes,
          relationships: total.relationships + r.relationships,
          records: total.records + r.records,
          orphansDeleted: total.orphansDeleted + r.orphansDeleted,
          ms: total.ms + r.ms,
          statementMs: Object.fromEntries(
            [...new Set([...Object.keys(total.statementMs), ...Object.keys(r.statementMs)])].map((k) => [k, (total!.statementMs[k] ?? 0) + (r.statementMs[k] ?? 0)]),
          ),
        }
      : r;
  }
  if (failures.length === 0) await store.write('meta-set', { key: 'corpus', fingerprint });
  return { load: total, failures, skipped: false, fingerprint };
}
