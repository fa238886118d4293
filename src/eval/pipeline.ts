/** The extraction pipeline as the evaluation sees it: `extractDocuments` of src/extract/index.ts. */
import { extractDocuments } from '../extract/index.ts';
import type { GraphDocument } from '../graph/model.ts';

export interface PipelineResult {
  graph: GraphDocument;
  failures: { path: string; reason: string }[];
}

export type ExtractDocuments = (inputs: string[], options?: { manifest?: string }) => Promise<PipelineResult>;

export async function loadPipeline(): Promise<ExtractDocuments> {
  return extractDocuments;
}
