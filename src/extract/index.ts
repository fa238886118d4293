/**
 * Extraction: documents → GraphDocument (entities, relations, indicators, evidence).
 * extractDocuments reads files or folders one document at a time; extractReadDocument takes one
 * already-read document. Both are deterministic.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { failureReason } from './failure.ts';
import { slugFromPath } from './ids.ts';
import { manifestEntryFor, readManifest, type Manifest } from './manifest.ts';
import { createCorpusBuilder, type DocumentLexicon, type ExtractionResult } from './pipeline.ts';
import type { DocumentCounts } from './report.ts';
import { readOrFail, recogniseFile, recogniseHere, type Recognised } from './recognise-file.ts';
import { createRecognisePool, defaultWorkers, RecognisePoolError, type RecognisePool } from './recognise-pool.ts';

export {
  extractReadDocument,
  createCorpusBuilder,
  renameMentions,
  type ExtractionResult,
  type CorpusBuilder,
  type CorpusBuilderOptions,
  type DocumentLexicon,
} from './pipeline.ts';
export { extractRelations, type RelationInput } from './relations.ts';
export { extractIndicators, type IndicatorInput } from './indicators.ts';
export { enforceSchema, type Drop, type DropReason, type Enforced } from './enforce.ts';
export { formatReport, type ExtractionReport, type DocumentCounts, type MergeItem, type NearDuplicate } from './report.ts';
export { readManifest, parseManifest, manifestEntryFor, ManifestError, type Manifest, type ManifestEntry } from './manifest.ts';
export { slugFromPath } from './ids.ts';
export { BATCH_EXTRACTION_V8_FLAGS, batchExtractionTuned, tuneForBatchExtraction } from './compiler-tuning.ts';
export { createRecognisePool, defaultWorkers, MAX_WORKERS, MIN_DOCUMENTS_FOR_WORKERS, type RecognisePool } from './recognise-pool.ts';

/** File extensions read as documents when a folder is given. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.docx', '.pdf', '.html', '.htm'] as const;

export interface ExtractOptions {
  /** A manifest.json; when absent, a manifest.json inside a given folder is used. */
  manifest?: string;
  /** Called after each document; `counts` is absent when the document failed. */
  onProgress?: (done: number, total: number, path: string, counts?: DocumentCounts) => void;
  /**
   * Streaming mode: each document's lexical records (sections, sentences, mentions) go here as soon
   * as it is extracted, and the returned graph keeps none of them, so memory does not grow with them.
   * Apply the result's `renames` to the mentions (renameMentions) before storing them.
   */
  onLexicon?: (lexicon: DocumentLexicon) => void;
  /**
   * Worker threads that read documents and recognise their entities while the main thread resolves
   * and extracts relations (recognise-pool.ts); 0 extracts on the main thread only. The graph is the
   * same either way. Default: defaultWorkers (none under 8 documents, else the cores less one, at most 3).
   */
  workers?: number;
  /** A pool to use instead of starting one (the caller closes it), e.g. one already warmed up. */
  pool?: RecognisePool;
}

/** Files named directly are kept whatever their extension; folders give their documents, sorted. */
async function expandInputs(inputs: string[]): Promise<{ files: string[]; manifests: string[]; missing: { path: string; reason: string }[] }> {
  const files: string[] = [];
  const manifests: string[] = [];
  const missing: { path: string; reason: string }[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      missing.push({ path: input, reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder; check the path' : `cannot read it (${(err as Error).message})` });
      continue;
    }
    if (!info.isDirectory()) {
      files.push(input);
      continue;
    }
    const names = (await readdir(input)).sort();
    if (names.includes('manifest.json')) manifests.push(path.join(input, 'manifest.json'));
    for (const name of names) {
      if ((DOCUMENT_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase())) files.push(path.join(input, name));
    }
  }
  return { files, manifests, missing };
}

/** Reads `file` on this thread and has the pool recognise it; recognises it here if the pool's worker died. */
async function readThenRecognise(pool: RecognisePool, file: string, issuer: string | null): Promise<Recognised> {
  const read = await readOrFail(file);
  if (!read.ok) return read;
  try {
    const r = await pool.recognise(read.doc, issuer);
    return r.ok ? { ok: true, doc: read.doc, issuer: r.issuer, found: r.found } : r;
  } catch (err) {
    if (!(err instanceof RecognisePoolError)) throw err;
  }
  return recogniseHere(read.doc, issuer);
}

export async function extractDocuments(inputs: string[], options: ExtractOptions = {}): Promise<ExtractionResult> {
  const { files, manifests, missing } = await expandInputs(inputs);
  const manifestPath = options.manifest ?? (manifests.length === 1 ? manifests[0] : undefined);
  const manifest: Manifest | null = manifestPath ? await readManifest(manifestPath) : null;
  const workers = options.workers ?? defaultWorkers(files.length);
  if (!Number.isInteger(workers) || workers < 0) throw new Error(`workers must be a whole number of at least 0, got ${workers}`);
  const pool = options.pool ?? (workers > 0 && files.length > 0 ? createRecognisePool(workers) : null);
  try {
    const builder = createCorpusBuilder({ onLexicon: options.onLexicon });
    for (const m of missing) builder.fail(m.path, m.reason);
    // The main thread reads documents ahead and the pool's workers recognise them; the main thread takes them in order
    // and does the rest. (The main thread recognising a later document itself while it waits was tried: slower at
    // ×10 and ×100 of the five plans on 2 cores, where V8's compiler threads already use the second core.)
    const ahead = pool ? pool.size * 4 : 0;
    const pending: Promise<Recognised>[] = [];
    const issuerOf = (file: string): string | null => manifestEntryFor(manifest, file)?.issuer ?? null;
    const request = (k: number): void => {
      const file = files[k];
      if (!pool || file === undefined) return;
      pending[k] = readThenRecognise(pool, file, issuerOf(file));
    };
    for (let k = 0; k < ahead; k++) request(k);
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      // read here and recognised by a worker (or here, if its worker died), or, without a pool, both here
      const recognised = await (pending[i] ?? recogniseFile(file, issuerOf(file)));
      delete pending[i];
      request(i + ahead);
      let counts: DocumentCounts | undefined;
      try {
        const entry = manifestEntryFor(manifest, file);
        const input = { id: entry?.id ?? slugFromPath(file), title: entry?.title ?? null, issuer: entry?.issuer ?? null, period: entry?.period ?? null, issued: entry?.issued ?? null };
        if (recognised.ok) counts = builder.add(recognised.doc, input, { issuer: recognised.issuer, found: recognised.found });
        else builder.fail(file, recognised.reason);
      } catch (err) {
        builder.fail(file, failureReason(err));
      }
      options.onProgress?.(i + 1, files.length, file, counts);
    }
    return builder.finish();
  } finally {
    if (pool && pool !== options.pool) await pool.close();
  }
}
