/** Where the evaluation finds its material by default, and the one call that runs it all. */
import { fileURLToPath } from 'node:url';
import { devGoldCases, fixtureCases, type GoldCase } from './cases.ts';
import { evaluate, type EvalResult } from './evaluate.ts';
import { loadPipeline } from './pipeline.ts';

const root = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));

export const DEFAULT_PATHS = {
  devGold: root('tests/fixtures/dev-gold'),
  plans: root('data/plans'),
  fixtures: root('tests/fixtures/gold'),
  baseline: root('tests/fixtures/eval-baseline.json'),
};

export interface RunOptions {
  devGold?: string | null;
  plans?: string;
  fixtures?: string | null;
}

/** Collect the cases (dev-gold unless null, fixtures unless null), load the pipeline and score. */
export async function runEvaluation(options: RunOptions = {}): Promise<EvalResult> {
  const cases: GoldCase[] = [];
  // The dev-gold plans (a copy of shared/dev-gold) are part of the repository: always scored.
  const devGold = options.devGold === undefined ? DEFAULT_PATHS.devGold : options.devGold;
  const fixtures = options.fixtures === undefined ? DEFAULT_PATHS.fixtures : options.fixtures;
  if (devGold !== null) cases.push(...devGoldCases(devGold, options.plans ?? DEFAULT_PATHS.plans));
  if (fixtures !== null) cases.push(...fixtureCases(fixtures));
  if (cases.length === 0) throw new Error('No gold cases found: check --dev-gold and --fixtures.');
  return evaluate(cases, await loadPipeline());
}
