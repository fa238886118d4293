/**
 * The quality ratchet: tests/fixtures/eval-baseline.json records F1 per scope and row; a run whose
 * F1 falls more than the tolerance below a recorded figure is a regression.
 */
import type { EvalResult, SummaryScope } from './evaluate.ts';
import { SUMMARY_KEYS, type SummaryKey } from './summary.ts';

export interface Baseline {
  /** How the file was made, for the reader. */
  note: string;
  /** scope → row → F1 (null rows have nothing to score). */
  f1: Partial<Record<SummaryScope, Partial<Record<SummaryKey, number | null>>>>;
}

export const BASELINE_TOLERANCE = 0.005;

const round = (x: number): number => Math.round(x * 10000) / 10000;

export function baselineFrom(result: EvalResult, note: string): Baseline {
  const f1: Baseline['f1'] = {};
  for (const [scope, summary] of Object.entries(result.summaries) as [SummaryScope, NonNullable<EvalResult['summaries'][SummaryScope]>][]) {
    const rows: Partial<Record<SummaryKey, number | null>> = {};
    for (const key of SUMMARY_KEYS) {
      const v = summary[key].f1;
      rows[key] = v === null ? null : round(v);
    }
    f1[scope] = rows;
  }
  return { note, f1 };
}

export interface Regression {
  scope: SummaryScope;
  key: SummaryKey;
  baseline: number;
  /** null: the scope or row is no longer scored. */
  now: number | null;
}

/** Every recorded figure the result falls short of by more than `tolerance`. */
export function regressions(result: EvalResult, baseline: Baseline, tolerance = BASELINE_TOLERANCE): Regression[] {
  const out: Regression[] = [];
  for (const [scope, rows] of Object.entries(baseline.f1) as [SummaryScope, Partial<Record<SummaryKey, number | null>>][]) {
    for (const [key, recorded] of Object.entries(rows) as [SummaryKey, number | null][]) {
      if (recorded === null || recorded === undefined) continue;
      const now = result.summaries[scope]?.[key]?.f1 ?? null;
      if (now === null || now < recorded - tolerance) out.push({ scope, key, baseline: recorded, now });
    }
  }
  return out;
}
