/** Word lists from data/lexicon/ingest (see its README), read once. */
import { readFileSync } from 'node:fs';

const LEXICON_DIR = new URL('../../data/lexicon/ingest/', import.meta.url);

function readList(file: string): string[] {
  let raw: string;
  try {
    raw = readFileSync(new URL(file, LEXICON_DIR), 'utf8');
  } catch (err) {
    throw new Error(`Cannot read the reader's lexicon file data/lexicon/ingest/${file} (${(err as Error).message}); restore it from the repository.`);
  }
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

export interface IngestLexicon {
  titleCues: string[];
  coverLetterCues: string[];
  tocHeaders: string[];
  boxPrefixes: string[];
  captionPrefixes: string[];
}

let cached: IngestLexicon | null = null;

export function ingestLexicon(): IngestLexicon {
  cached ??= {
    titleCues: readList('title-cues.txt'),
    coverLetterCues: readList('cover-letter-cues.txt'),
    tocHeaders: readList('toc-headers.txt'),
    boxPrefixes: readList('box-prefixes.txt'),
    captionPrefixes: readList('caption-prefixes.txt'),
  };
  return cached;
}

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
