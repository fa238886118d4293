/** Plain-text rendering of evaluation results: the figures table and the error listing. */
import type { EvalResult, SummaryScope } from './evaluate.ts';
import type { Figures } from './metrics.ts';
import type { ErrorItem, ScoreKey } from './score.ts';
import { SUMMARY_KEYS, type Summary } from './summary.ts';

const pct = (x: number | null): string => (x === null ? '   —  ' : x.toFixed(3).padStart(6));

function row(label: string, f: Figures): string {
  return `${label.padEnd(20)} ${String(f.tp).padStart(5)} ${String(f.fp).padStart(5)} ${String(f.fn).padStart(5)}  ${pct(f.p)} ${pct(f.r)} ${pct(f.f1)}`;
}

export function formatSummary(title: string, summary: Summary): string {
  const lines = [title, `${'type'.padEnd(20)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)}  ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`];
  for (const key of SUMMARY_KEYS) {
    const total = key === 'entities' || key === 'relations' || key === 'all';
    lines.push(row(total ? `(${key}, micro)` : key, summary[key]));
  }
  return lines.join('\n');
}

export function formatResult(result: EvalResult): string {
  const parts: string[] = [];
  for (const c of result.cases) {
    parts.push(`${c.set.padEnd(9)} ${c.score.document.padEnd(36)} ${c.ms.toFixed(0).padStart(6)} ms${c.failure ? `  FAILED: ${c.failure}` : ''}`);
  }
  for (const scope of Object.keys(result.summaries) as SummaryScope[]) {
    parts.push('', formatSummary(`== ${scope} ==`, result.summaries[scope]!));
  }
  return parts.join('\n');
}

/** All errors of one score key (entity type, relation type or "Indicator"), FNs then FPs, by document. */
export function errorsOf(result: EvalResult, key: ScoreKey): ErrorItem[] {
  const all = result.cases.flatMap((c) => c.score.errors.filter((e) => e.key === key));
  return [...all.filter((e) => e.kind === 'FN'), ...all.filter((e) => e.kind === 'FP')];
}

export function formatErrors(result: EvalResult, key: ScoreKey): string {
  const errors = errorsOf(result, key);
  if (errors.length === 0) return `No errors for ${key}.`;
  return errors
    .map((e) => `${e.kind} ${e.document}  ${e.item}${e.note ? `  [${e.note}]` : ''}\n     ${e.evidence ? e.evidence.slice(0, 160) : '(no evidence)'}`)
    .join('\n');
}
