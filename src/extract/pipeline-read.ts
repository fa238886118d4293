/**
 * Reading one input file into a ReadDocument through src/ingest. Uses ingest's readDocument
 * (any format) when the ingest stage exports it, else reads UTF-8 text files with readText.
 */
import { readFile } from 'node:fs/promises';
import { DocumentReadError, type ReadDocument } from '../ingest/types.ts';
import { readText } from '../ingest/read-text.ts';

type ReadDocumentFn = (path: string) => Promise<ReadDocument>;

let reader: Promise<ReadDocumentFn | null> | null = null;

async function ingestReader(): Promise<ReadDocumentFn | null> {
  const spec = '../ingest/index.ts';
  try {
    const mod = (await import(spec)) as { readDocument?: ReadDocumentFn };
    return typeof mod.readDocument === 'function' ? mod.readDocument : null;
  } catch {
    return null;
  }
}

export async function readInput(path: string): Promise<ReadDocument> {
  reader ??= ingestReader();
  const read = await reader;
  if (read) return read(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new DocumentReadError(path, code === 'ENOENT' ? 'no such file; check the path' : `cannot read the file (${code ?? (err as Error).message})`);
  }
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: false });
  return readText(text, path);
}
