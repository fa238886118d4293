/**
 * The documents manifest (data/plans/manifest.json): per file, its id, title, issuer, period and
 * date. A document without an entry is still extracted (id from the file name, issuer detected).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface ManifestEntry {
  id: string;
  file: string;
  title?: string | null;
  issuer?: string | null;
  period?: string | null;
  issued?: string | null;
}

export interface Manifest {
  /** The manifest's own path (files are relative to its folder). */
  path: string;
  entries: ManifestEntry[];
}

export class ManifestError extends Error {
  override name = 'ManifestError';
}

function optionalString(value: unknown, where: string, file: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new ManifestError(`${file}: ${where} must be a string or null.`);
  return value;
}

export function parseManifest(raw: unknown, file: string): Manifest {
  const docs = (raw as { documents?: unknown })?.documents;
  if (!Array.isArray(docs)) {
    throw new ManifestError(`${file}: a manifest needs a "documents" array of {"id", "file", "title", "issuer", "period"}; see data/plans/manifest.json.`);
  }
  const seen = new Set<string>();
  const entries = docs.map((d: Record<string, unknown>, i: number): ManifestEntry => {
    if (typeof d?.id !== 'string' || d.id === '' || typeof d?.file !== 'string' || d.file === '') {
      throw new ManifestError(`${file}: documents[${i}] needs a non-empty "id" and "file".`);
    }
    if (seen.has(d.id)) throw new ManifestError(`${file}: documents[${i}] repeats the id "${d.id}"; ids must be unique.`);
    seen.add(d.id);
    return {
      id: d.id,
      file: d.file,
      title: optionalString(d.title, `documents[${i}].title`, file),
      issuer: optionalString(d.issuer, `documents[${i}].issuer`, file),
      period: optionalString(d.period, `documents[${i}].period`, file),
      issued: optionalString(d.issued, `documents[${i}].issued`, file),
    };
  });
  return { path: file, entries };
}

export async function readManifest(file: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ManifestError(`Cannot read the manifest ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); check the path given to --manifest.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ManifestError(`${file} is not valid JSON (${(err as Error).message}).`);
  }
  return parseManifest(raw, file);
}

/** The entry for a document path: by resolved path relative to the manifest's folder, else by base name. */
export function manifestEntryFor(manifest: Manifest | null, file: string): ManifestEntry | null {
  if (!manifest) return null;
  const dir = path.dirname(path.resolve(manifest.path));
  const abs = path.resolve(file);
  return (
    manifest.entries.find((e) => path.resolve(dir, e.file) === abs) ??
    manifest.entries.find((e) => path.basename(e.file) === path.basename(file)) ??
    null
  );
}

/** Years of a period "2021-2025" / "2021—2025"; null when it is not one. */
export function periodYears(period: string | null | undefined): { start: number; end: number } | null {
  const m = /(\d{4})\s*[-—–~至]\s*(\d{4})/.exec(period ?? '');
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}
