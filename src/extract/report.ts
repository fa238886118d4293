/**
 * The extraction report: counts per document, schema drops by reason, every merge (which surface
 * forms became which canonical entity, across documents) and near-duplicates left apart. One line
 * per item, so that a curator can act on each (add an alias to data/lexicon, fix a cue word).
 */
import type { Drop, DropReason } from './enforce.ts';

export interface DocumentCounts {
  id: string;
  path: string;
  entities: number;
  relations: number;
  indicators: number;
}

export interface MergeItem {
  /** The canonical node id. */
  node: string;
  /** The other forms that were merged into it, and the documents they came from. */
  forms: { surface: string; documents: string[] }[];
}

export interface NearDuplicate {
  a: string;
  b: string;
  why: string;
}

export interface ExtractionReport {
  documents: DocumentCounts[];
  drops: Drop[];
  dropCounts: Partial<Record<DropReason, number>>;
  merges: MergeItem[];
  nearDuplicates: NearDuplicate[];
  failures: { path: string; reason: string }[];
  totals: { documents: number; nodes: number; relations: number; indicators: number };
}

export function countDrops(drops: readonly Drop[]): Partial<Record<DropReason, number>> {
  const out: Partial<Record<DropReason, number>> = {};
  for (const d of drops) out[d.reason] = (out[d.reason] ?? 0) + 1;
  return out;
}

/** The report as text, one line per item. */
export function formatReport(report: ExtractionReport): string {
  const lines: string[] = [];
  const t = report.totals;
  lines.push(`# extraction: ${t.documents} documents, ${t.nodes} nodes, ${t.relations} relations, ${t.indicators} indicators, ${report.failures.length} failures`);
  lines.push('', '## documents');
  for (const d of report.documents) lines.push(`document ${d.id}\t${d.path}\tentities=${d.entities}\trelations=${d.relations}\tindicators=${d.indicators}`);
  if (report.failures.length) {
    lines.push('', '## failures (fix the file or leave it out)');
    for (const f of report.failures) lines.push(`failed\t${f.path}\t${f.reason}`);
  }
  lines.push('', `## dropped by the schema (${report.drops.length}): ${Object.entries(report.dropCounts).map(([k, v]) => `${k}=${v}`).join(', ') || 'none'}`);
  for (const d of report.drops) lines.push(`dropped\t${d.reason}\t${d.detail}`);
  lines.push('', `## merges (${report.merges.length}): forms that became one canonical entity`);
  for (const m of report.merges) {
    lines.push(`merged\t${m.node}\t<=\t${m.forms.map((f) => `${f.surface} [${f.documents.join(',')}]`).join('; ')}`);
  }
  lines.push('', `## near-duplicates left apart (${report.nearDuplicates.length}): merge them with an alias in data/lexicon if they are one`);
  for (const n of report.nearDuplicates) lines.push(`near-duplicate\t${n.a}\t${n.b}\t${n.why}`);
  return lines.join('\n') + '\n';
}
