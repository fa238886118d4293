/**
 * Stable ids: document ids from file names, node ids (`${type}:${name}`, see nodeId in the model),
 * and the ids of the lexical records (sections, sentences).
 */
import path from 'node:path';
import { nodeId, type NodeType } from '../graph/model.ts';
import type { EntityRef } from './types.ts';

/** A document id from a file name: lower-case ASCII letters, digits and CJK kept, the rest folded to "-". */
export function slugFromPath(file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const slug = base
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9\u3400-\u9fff]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'document';
}

export function refId(ref: EntityRef): string {
  return nodeId(ref.type, ref.name);
}

export function typedId(type: NodeType, name: string): string {
  return nodeId(type, name);
}

export function sectionId(documentId: string, index: number): string {
  return `${documentId}#s${index}`;
}

export function sentenceId(documentId: string, index: number): string {
  return `${documentId}#t${index}`;
}

/** Make `id` unique among `taken` by appending -2, -3 … (two files with the same name in different folders). */
export function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}
