/**
 * The quality ratchet: run the evaluation (dev-gold plans + tests/fixtures/gold) and fail when any
 * F1 recorded in tests/fixtures/eval-baseline.json drops by more than 0.005.
 * After an intended change of figures: `npm run eval -- --update-baseline`, and commit the file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BASELINE_TOLERANCE,
  DEFAULT_PATHS,
  regressions,
  runEvaluation,
  type Baseline,
} from '../../src/eval/index.ts';

const baseline = JSON.parse(readFileSync(DEFAULT_PATHS.baseline, 'utf8')) as Baseline;

describe('evaluation guard', () => {
  it('keeps every F1 at or above the recorded baseline', async () => {
    const result = await runEvaluation();
    expect(result.cases.filter((c) => c.failure).map((c) => `${c.score.document}: ${c.failure}`)).toEqual([]);
    const low = regressions(result, baseline).map(
      (r) => `${r.scope} ${r.key}: F1 ${r.now === null ? 'not scored' : r.now.toFixed(4)} < baseline ${r.baseline} − ${BASELINE_TOLERANCE}`,
    );
    expect(low, 'quality fell below tests/fixtures/eval-baseline.json; see `npm run eval -- --show-errors TYPE`').toEqual([]);
  }, 120_000);
});
