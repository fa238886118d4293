/**
 * Extraction: documents → GraphDocument (entities, relations, indicators, evidence).
 * extractDocuments reads files or folders one document at a time; extractReadDocument takes one
 * already-read document. Both are deterministic.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { DocumentReadError, readDocument } from '../ingest/index.ts';
import { slugFromPath } from './ids.ts';
import { manifestEntryFor, readManifest, type Manifest } from './manifest.ts';
import { createCorpusBuilder, type DocumentLexicon, type ExtractionResult } from './pipeline.ts';
import type { DocumentCounts } from './report.ts';

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

export async function extractDocuments(inputs: string[], options: ExtractOptions = {}): Promise<ExtractionResult> {
  const { files, manifests, missing } = await expandInputs(inputs);
  const manifestPath = options.manifest ?? (manifests.length === 1 ? manifests[0] : undefined);
  const manifest: Manifest | null = manifestPath ? await readManifest(manifestPath) : null;
  const builder = createCorpusBuilder({ onLexicon: options.onLexicon });
  for (const m of missing) builder.fail(m.path, m.reason);
  let done = 0;
  for (const file of files) {
    let counts: DocumentCounts | undefined;
    try {
      const doc = await readDocument(file);
      const entry = manifestEntryFor(manifest, file);
      counts = builder.add(doc, {
        id: entry?.id ?? slugFromPath(file),
        title: entry?.title ?? null,
        issuer: entry?.issuer ?? null,
        period: entry?.period ?? null,
        issued: entry?.issued ?? null,
      });
    } catch (err) {
      const reason = err instanceof DocumentReadError ? err.reason : err instanceof TypeError && /encoded data/.test(err.message) ? 'not valid UTF-8 text' : `extraction failed: ${(err as Error).message}`;
      builder.fail(file, reason);
    }
    done++;
    options.onProgress?.(done, files.length, file, counts);
  }
  return builder.finish();
}
