/**
 * Integration helper: extract the five plans in data/plans (with their manifest) and load them into the test
 * Neo4j, once per test file. Uses extractDocuments from src/extract when it is there; until it lands, the
 * same pipeline through the corpus builder (readDocument + createCorpusBuilder).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GraphDocument } from '../../../src/graph/model.ts';
import { loadGraph } from '../../../src/store/loader.ts';
import type { Store } from '../../../src/store/store.ts';

export const PLANS_DIR = path.resolve('data/plans');
export const MANIFEST = path.join(PLANS_DIR, 'manifest.json');

export function planPaths(): string[] {
  return readdirSync(PLANS_DIR)
    .filter((f) => !f.endsWith('.json'))
    .sort()
    .map((f) => path.join(PLANS_DIR, f));
}

type ExtractDocuments = (paths: string[], options: { manifest: unknown }) => Promise<GraphDocument | { graph: GraphDocument }>;

async function extractWithIndex(): Promise<GraphDocument | null> {
  // A computed specifier: the module may not exist yet while extraction is being written.
  const specifier = pathToFileURL(path.resolve('src/extract/index.ts')).href;
  let mod: { extractDocuments?: ExtractDocuments };
  try {
    mod = (await import(specifier)) as typeof mod;
  } catch {
    return null;
  }
  if (!mod.extractDocuments) return null;
  const result = await mod.extractDocuments(planPaths(), { manifest: MANIFEST });
  return 'graph' in result ? result.graph : result;
}

async function extractWithBuilder(): Promise<GraphDocument> {
  const { readDocument } = await import('../../../src/ingest/index.ts');
  const { createCorpusBuilder } = await import('../../../src/extract/pipeline.ts');
  const { readManifest, manifestEntryFor } = await import('../../../src/extract/manifest.ts');
  const manifest = await readManifest(MANIFEST);
  const builder = createCorpusBuilder();
  for (const file of planPaths()) {
    const entry = manifestEntryFor(manifest, file);
    const doc = await readDocument(file);
    builder.add(doc, {
      id: entry?.id ?? path.basename(file, path.extname(file)),
      title: entry?.title ?? null,
      issuer: entry?.issuer ?? null,
      period: entry?.period ?? null,
      issued: entry?.issued ?? null,
    });
  }
  return builder.finish().graph;
}

let cached: Promise<GraphDocument> | null = null;

/** The GraphDocument of the five plans (extracted once per process). */
export function extractPlans(): Promise<GraphDocument> {
  cached ??= extractWithIndex().then((g) => g ?? extractWithBuilder());
  return cached;
}

/** Extract and load the five plans into `store` (which should start empty). */
export async function loadPlans(store: Store): Promise<GraphDocument> {
  const graph = await extractPlans();
  await loadGraph(store, graph);
  return graph;
}
