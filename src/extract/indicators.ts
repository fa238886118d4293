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
import { nameSimilarity, sameIndicator, sameUnit } from './indicators-values.ts';

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
/** A sentence with a table row's value and year restates it when the names are this close. */
const RESTATED_TABLE = 0.5;

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

/**
 * Whether the sentence stands in a review section (发展基础, 十三五…): the innermost heading that says
 * either decides, so 一、发展形势 / （三）发展目标 is a section of goals.
 */
function inPastSection(evidence: Evidence, cues: { pastSectionWords: readonly string[]; futureSectionWords: readonly string[] }): boolean {
  const headings = evidence.section.split(' / ').reverse();
  for (const h of headings) {
    if (cues.futureSectionWords.some((w) => h.includes(w))) return false;
    if (cues.pastSectionWords.some((w) => h.includes(w))) return true;
  }
  return false;
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

/** A short numbered headline that names a sector: 1．农业。 / 3．现代服务业。 (a sentence that opens a paragraph). */
const SECTOR_HEADLINE = /^\s*(?:[0-9０-９]+[．.、]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)])\s*([^，。；：:,\d]{2,8})。\s*$/u;
/** The same as a heading of its own: only a list item's numbering (2．工业), not a chapter's (（一）集聚创新主体). */
const SECTOR_HEADING = /^\s*[0-9０-９]+[．.]\s*([^，。；：:,\d]{2,8})。?\s*$/u;

/**
 * Sector headlines of 专栏 items (“1．农业。围绕…培育科技型企业150家”), as the first sentence of a
 * paragraph or as the heading of the innermost section: the sector names the indicators written under
 * it (农业科技型企业), so that the items of each sector stay apart.
 */
interface Sector {
  words: string;
  /** The headline's own sentence (-1 for a heading). */
  sentence: number;
}

function sectorHeadlines(doc: ReadDocument, suffixes: readonly string[]): { paragraphs: Map<number, Sector>; sections: Map<number, Sector> } {
  // a sector is written as one (农业, 现代服务业, 教育领域), not as a task (技术应用示范)
  const isSector = (m: RegExpExecArray | null): m is RegExpExecArray => m !== null && suffixes.some((x) => m[1]!.endsWith(x));
  const paragraphs = new Map<number, Sector>();
  const seen = new Set<number>();
  for (const s of doc.sentences) {
    if (seen.has(s.paragraph)) continue;
    seen.add(s.paragraph);
    const m = SECTOR_HEADLINE.exec(doc.match.slice(s.start, s.end));
    if (isSector(m)) paragraphs.set(s.paragraph, { words: m[1]!, sentence: s.index });
  }
  const sections = new Map<number, Sector>();
  for (const sec of doc.sections) {
    const m = SECTOR_HEADING.exec(sec.title);
    if (isSector(m)) sections.set(sec.index, { words: m[1]!, sentence: -1 });
  }
  return { paragraphs, sections };
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
  const sectors = sectorHeadlines(doc, cues.sectorSuffixes);
  const sectorItems = new Set<Indicator>();
  for (const s of doc.sentences) {
    if (toc && s.start >= toc.start && s.end <= toc.end) continue;
    if (tableSpans.some(([a, b]) => s.start < b && a < s.end)) continue;
    const text = doc.match.slice(s.start, s.end);
    if (!/\d/.test(text)) continue;
    const found = sentenceIndicators(text, cues);
    if (found.length === 0) continue;
    const evidence = input.evidence(s.start, s.end);
    const past = inPastSection(evidence, cues) || pastSentence(text, cues);
    for (const f of found) {
      if (past || (f.year !== null && f.year < input.period.start)) {
        baselines.push({ name: f.name, unit: f.unit, value: { year: f.year !== null && f.year < input.period.start ? f.year : input.period.start - 1, value: f.value } });
        continue;
      }
      const year = f.year !== null && f.year <= input.period.end ? f.year : input.period.end;
      const sector = sectors.paragraphs.get(s.paragraph) ?? (s.section === null ? undefined : sectors.sections.get(s.section));
      const ofSector = sector !== undefined && sector.sentence !== s.index && !f.name.includes(sector.words);
      const ind: Indicator = { document: input.document, region: input.region, name: ofSector ? `${sector.words}${f.name}` : f.name, unit: f.unit, baseline: null, target: { year, value: f.value }, evidence };
      // a sector's share of a goal has no baseline of the whole region's
      if (ofSector) sectorItems.add(ind);
      fromSentences.push(ind);
    }
  }
  // a sentence that restates a table row, or an earlier sentence (a plan may repeat a passage), is not
  // counted twice; the items of two sectors (农业科技型企业 / 现代服务业科技型企业) only when named alike
  const out = [...fromTables];
  for (const s of fromSentences) {
    const restated = out.some(
      (t) =>
        t.target?.value === s.target?.value &&
        t.target?.year === s.target?.year &&
        (!t.unit || sameUnit(t.unit, s.unit, cues.countUnitsAlike)) &&
        sameIndicator(t.name, s.name, cues.synonyms) >= (fromTables.includes(t) ? RESTATED_TABLE : sectorItems.has(t) || sectorItems.has(s) ? 1 : SAME_NAME),
    );
    if (!restated) out.push(s);
  }
  for (const ind of out) if (!ind.baseline && !sectorItems.has(ind)) ind.baseline = findBaseline(ind, baselines);
  return out.sort((a, b) => a.evidence.start - b.evidence.start || a.name.localeCompare(b.name));
}
