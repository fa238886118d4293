/**
 * Indicator tables (专栏 “十四五”科技创新发展主要指标). Converted tables come in two layouts:
 * one cell per line (序号 / 指标名称 / 2020年 / 2025年 … then 1 / name / 0.98 / 2.6左右 …) or one
 * row per line (“1 全社会研发经费投入增长（%） 12.2 — >10 预期性”). The header says which columns
 * follow the name: years (with 指标值/目标值), 年均, 指标属性.
 */
import type { Cues } from './relations-cues.ts';
import { parseValue, splitUnit } from './indicators-values.ts';

export type ColumnKind =
  | { kind: 'year'; year: number; role: 'target' | 'actual' | null }
  | { kind: 'average' }
  | { kind: 'attribute' };

export interface TableRow {
  name: string;
  unit: string;
  /** Values by column, in header order (null where the cell is empty or —). */
  values: (number | null)[];
  columns: ColumnKind[];
  start: number;
  end: number;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

function lines(match: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = match.indexOf('\n', start);
    const end = nl < 0 ? match.length : nl;
    const raw = match.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), start: start + lead, end: start + lead + raw.trim().length });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** Header columns after the name, in order, read from the joined header text. */
export function headerColumns(header: string, cues: Readonly<Cues>['indicators']): ColumnKind[] {
  const found: { at: number; col: ColumnKind }[] = [];
  const years = /(\d{4})\s*年\s*(指标值|目标值|完成值|实际值)?/g;
  for (let m = years.exec(header); m; m = years.exec(header)) {
    const q = m[2] ?? '';
    const role = cues.tableTargetWords.some((w) => q.includes(w)) ? 'target' : cues.tableActualWords.some((w) => q.includes(w)) ? 'actual' : null;
    found.push({ at: m.index, col: { kind: 'year', year: Number(m[1]), role } });
  }
  const avg = header.search(/年\s*均/);
  if (avg >= 0) found.push({ at: avg, col: { kind: 'average' } });
  const attr = header.search(/指\s*标\s*属\s*性|属\s*性/);
  if (attr >= 0) found.push({ at: header.search(/指\s*标\s*属\s*性/) >= 0 ? header.search(/指\s*标\s*属\s*性/) : attr, col: { kind: 'attribute' } });
  return found.sort((a, b) => a.at - b.at).map((f) => f.col);
}

const ROW_START = /^(\d{1,2})(?:\s+(.*))?$/u;
const CELL_TOKEN = /^(?:[<>≥≤]?[【\[]?-?\d[\d.,]*[】\]]?(?:%|％)?(?:左右|以上|以内)?|—+|-|－|\/|预期性?|约束性?)$/u;

/** Split a one-row-per-line row: the last `k` cells are values, the rest (after the number) the name. */
function splitRowLine(rest: string, k: number): { name: string; cells: string[] } | null {
  const tokens = rest.replace(/([<>≥≤])\s+/g, '$1').split(/\s+/);
  if (tokens.length < k + 1) return null;
  const cells = tokens.slice(tokens.length - k);
  if (!cells.every((c) => CELL_TOKEN.test(c))) return null;
  return { name: tokens.slice(0, tokens.length - k).join(''), cells };
}

/** Every row of every indicator table in the text. */
export function readTables(match: string, cues: Readonly<Cues>['indicators']): TableRow[] {
  const ls = lines(match);
  const rows: TableRow[] = [];
  const isHeaderStart = (t: string): boolean => /^序\s*号/.test(t);
  let i = 0;
  while (i < ls.length) {
    if (!isHeaderStart(ls[i]!.text)) {
      i++;
      continue;
    }
    // header: lines up to the first row number
    let j = i;
    const header: string[] = [];
    while (j < ls.length && !ROW_START.test(ls[j]!.text) && j - i < 20) header.push(ls[j++]!.text);
    const columns = headerColumns(header.join(' '), cues);
    if (columns.length === 0 || !columns.some((c) => c.kind === 'year')) {
      i = j;
      continue;
    }
    const k = columns.length;
    let blanksOrJunk = 0;
    while (j < ls.length) {
      const line = ls[j]!;
      const m = ROW_START.exec(line.text);
      if (isHeaderStart(line.text)) {
        // the header repeated after a page break
        while (j < ls.length && !ROW_START.test(ls[j]!.text)) j++;
        continue;
      }
      if (!m) {
        if (line.text === '' || (line.text.length <= 8 && blanksOrJunk < 3)) {
          blanksOrJunk++;
          j++;
          if (blanksOrJunk > 6) break;
          continue;
        }
        break;
      }
      blanksOrJunk = 0;
      if (m[2]) {
        const split = splitRowLine(m[2], k);
        if (split) {
          const { name, unit } = splitUnit(split.name);
          rows.push({ name, unit, values: split.cells.map(parseValue), columns, start: line.start, end: line.end });
        }
        j++;
        continue;
      }
      // one cell per line: number, name, then k cells
      const nameLine = ls[j + 1];
      if (!nameLine || nameLine.text === '') break;
      const cells: string[] = [];
      let end = nameLine.end;
      let c = j + 2;
      while (cells.length < k && c < ls.length && ls[c]!.text !== '') {
        cells.push(ls[c]!.text);
        end = ls[c]!.end;
        c++;
      }
      const { name, unit } = splitUnit(nameLine.text);
      rows.push({ name, unit, values: cells.map((x) => (CELL_TOKEN.test(x.replace(/\s+/g, '')) ? parseValue(x) : null)), columns, start: line.start, end });
      j = c;
    }
    i = j;
  }
  return rows;
}
