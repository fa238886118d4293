/** Run the pipeline on every gold case and score it. */
import type { GoldCase, GoldSet } from './cases.ts';
import type { ExtractDocuments } from './pipeline.ts';
import { predictionFromGraph } from './prediction.ts';
import { scoreDocument, scoreNothing, type DocumentScore } from './score.ts';
import { summarise, type Summary } from './summary.ts';

export type SummaryScope = GoldSet | 'overall';
export const SCOPES: readonly SummaryScope[] = ['dev-gold', 'fixtures', 'overall'];

export interface CaseResult {
  set: GoldSet;
  goldPath: string;
  textPath: string;
  score: DocumentScore;
  /** Why extraction produced nothing for this case, when it failed. */
  failure?: string;
  ms: number;
}

export interface EvalResult {
  cases: CaseResult[];
  /** Scopes without any case are left out. */
  summaries: Partial<Record<SummaryScope, Summary>>;
}

/** Each case is extracted on its own (one input, its manifest), so the figures are per document. */
export async function evaluate(cases: readonly GoldCase[], extract: ExtractDocuments): Promise<EvalResult> {
  const results: CaseResult[] = [];
  for (const c of cases) {
    const t0 = performance.now();
    let score: DocumentScore;
    let failure: string | undefined;
    try {
      const { graph, failures } = await extract([c.textPath], c.manifest ? { manifest: c.manifest } : {});
      if (graph.documents.length === 0) {
        failure = failures.map((f) => `${f.path}: ${f.reason}`).join('; ') || 'the pipeline returned no document';
        score = scoreNothing(c.gold);
      } else {
        score = scoreDocument(c.gold, predictionFromGraph(graph, graph.documents[0]!.id));
      }
    } catch (err) {
      failure = err instanceof Error ? err.message : String(err);
      score = scoreNothing(c.gold);
    }
    results.push({ set: c.set, goldPath: c.goldPath, textPath: c.textPath, score, ms: performance.now() - t0, ...(failure ? { failure } : {}) });
  }
  const summaries: EvalResult['summaries'] = {};
  for (const scope of SCOPES) {
    const inScope = results.filter((r) => scope === 'overall' || r.set === scope);
    if (inScope.length > 0) summaries[scope] = summarise(inScope.map((r) => r.score));
  }
  return { cases: results, summaries };
}
