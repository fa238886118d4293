/**
 * A plan's quantified goals: from its indicator tables (indicators-table.ts) and from sentences
 * (indicators-sentence.ts). Tables whose latest year is before the plan period give baselines;
 * sentences in review sections (回顾, 十三五, 发展基础 …) or dated before the period give baselines
 * too. A sentence that restates a table row is not counted twice.
 */
import type { Evidence, Indicator, IndicatorValue } from '../graph/model.ts';
import type { ReadDocument } from '../ingest/types.ts';
import { loadCues } from './relations-cues.ts';
import { readTables, type TableRow } from './indicators-table.ts';
import { sentenceIndicators } from './indicators-sentence.ts';
import { nameSimilarity } from './indicators-values.ts';

export interface IndicatorInput {
  document: string;
  /** Region node id, or null. */
  region: string | null;
  /** First and last year of the plan period (2021, 2025 for a 十四五 plan). */
  period: { start: number; end: number };
  /** Evidence for an offset: section path and sentence (the pipeline owns the lookup). */
  evidence(start: number, end: number): Evidence;
}

interface Baseline {
  name: string;
  unit: string;
  value: IndicatorValue;
}

const SAME_NAME = 0.6;

function tableIndicators(rows: TableRow[], input: IndicatorInput, baselines: Baseline[]): Indicator[] {
  const out: Indicator[] = [];
  for (const row of rows) {
    const years = row.columns.map((c, i) => ({ c, v: row.values[i] ?? null })).filter((x) => x.c.kind === 'year');
    if (years.length === 0) continue;
    const maxYear = Math.max(...years.map((y) => (y.c.kind === 'year' ? y.c.year : 0)));
    if (maxYear < input.period.start) {
      // a review table: its latest actual value is a baseline
      const actual = [...years].reverse().find((y) => y.c.kind === 'year' && y.c.role !== 'target' && y.v !== null) ?? [...years].reverse().find((y) => y.v !== null);
      if (actual && actual.c.kind === 'year' && actual.v !== null) baselines.push({ name: row.name, unit: row.unit, value: { year: actual.c.year, value: actual.v } });
      continue;
    }
    let target: IndicatorValue | null = null;
    let baseline: IndicatorValue | null = null;
    for (const y of years) {
      if (y.c.kind !== 'year' || y.v === null) continue;
      if (y.c.year === maxYear) target = { year: y.c.year, value: y.v };
      else if (!baseline || y.c.year > baseline.year) baseline = { year: y.c.year, value: y.v };
    }
    if (!target) {
      const avg = row.columns.findIndex((c) => c.kind === 'average');
      const v = avg >= 0 ? (row.values[avg] ?? null) : null;
      if (v !== null) target = { year: maxYear, value: v };
    }
    if (!target || !row.name) continue;
    out.push({ document: input.document, region: input.region, name: row.name, unit: row.unit, baseline, target, evidence: input.evidence(row.start, row.end) });
  }
  return out;
}

function inPastSection(evidence: Evidence, words: readonly string[]): boolean {
  return words.some((w) => evidence.section.includes(w));
}

/**
 * A sentence that reports what was done (近年来…，全区高新技术企业达到186家; 创新主体明显增加，创建…5家)
 * and says nothing of the plan period: its figures are baselines, not targets.
 */
function pastSentence(text: string, cues: { pastSentenceWords: readonly string[]; futureSentenceWords: readonly string[] }): boolean {
  return cues.pastSentenceWords.some((w) => text.includes(w)) && !cues.futureSentenceWords.some((w) => text.includes(w));
}

function findBaseline(ind: Indicator, baselines: Baseline[]): IndicatorValue | null {
  let best: { b: Baseline; s: number } | null = null;
  for (const b of baselines) {
    if (b.unit && ind.unit && b.unit !== ind.unit) continue;
    const s = nameSimilarity(ind.name, b.name);
    if (s >= SAME_NAME && (!best || s > best.s)) best = { b, s };
  }
  return best ? best.b.value : null;
}

/** Every indicator of the document, in text order. */
export function extractIndicators(doc: ReadDocument, input: IndicatorInput): Indicator[] {
  const cues = loadCues().indicators;
  const baselines: Baseline[] = [];
  const rows = readTables(doc.match, cues);
  const fromTables = tableIndicators(rows, input, baselines);
  const tableSpans = rows.map((r) => [r.start, r.end] as const);
  const toc = doc.tableOfContents;
  const fromSentences: Indicator[] = [];
  for (const s of doc.sentences) {
    if (toc && s.start >= toc.start && s.end <= toc.end) continue;
    if (tableSpans.some(([a, b]) => s.start < b && a < s.end)) continue;
    const text = doc.match.slice(s.start, s.end);
    if (!/\d/.test(text)) continue;
    const found = sentenceIndicators(text, cues);
    if (found.length === 0) continue;
    const evidence = input.evidence(s.start, s.end);
    const past = inPastSection(evidence, cues.pastSectionWords) || pastSentence(text, cues);
    for (const f of found) {
      if (past || (f.year !== null && f.year < input.period.start)) {
        baselines.push({ name: f.name, unit: f.unit, value: { year: f.year !== null && f.year < input.period.start ? f.year : input.period.start - 1, value: f.value } });
        continue;
      }
      const year = f.year !== null && f.year <= input.period.end ? f.year : input.period.end;
      fromSentences.push({ document: input.document, region: input.region, name: f.name, unit: f.unit, baseline: null, target: { year, value: f.value }, evidence });
    }
  }
  const out = [...fromTables];
  for (const s of fromSentences) {
    const restated = out.some(
      (t) => t.target?.value === s.target?.value && t.target?.year === s.target?.year && (t.unit === s.unit || !t.unit) && nameSimilarity(t.name, s.name) >= 0.3,
    );
    if (!restated) out.push(s);
  }
  for (const ind of out) if (!ind.baseline) ind.baseline = findBaseline(ind, baselines);
  return out.sort((a, b) => a.evidence.start - b.evidence.start || a.name.localeCompare(b.name));
}
