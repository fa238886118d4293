/**
 * Where the lexicon lives and how its plain-text files are read: TSV with a header comment,
 * `#` comments, blank lines ignored; list cells separated by "," or "，".
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const LEXICON_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/lexicon');

export function lexiconPath(file: string): string {
  return resolve(LEXICON_DIR, file);
}

/** Rows of a TSV lexicon file, comments and blank lines skipped, cells trimmed. */
export function readTsv(file: string): string[][] {
  let text: string;
  try {
    text = readFileSync(lexiconPath(file), 'utf8');
  } catch (error) {
    throw new Error(
      `Cannot read the lexicon file ${lexiconPath(file)} (${(error as Error).message}). ` +
        'Restore it from the repository, or regenerate regions.tsv with `npx tsx src/extract/lexicon-regions-build.ts`.',
    );
  }
  const rows: string[][] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    rows.push(line.split('\t').map((cell) => cell.trim()));
  }
  return rows;
}

/** One-column lists (a word per line). */
export function readList(file: string): string[] {
  return readTsv(file).map((row) => row[0]!).filter(Boolean);
}

/** Split a list cell ("a,b，c") into its items. */
export function splitCell(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell.split(/[,，]/).map((s) => s.trim()).filter(Boolean);
}
