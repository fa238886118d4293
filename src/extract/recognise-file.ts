/**
 * Reading a document and recognising its entities. The main thread reads every document; the recognising is what a
 * recognition worker does (recognise-pool.ts), or the main thread itself when there is none.
 */
import { readDocument } from '../ingest/index.ts';
import type { ReadDocument } from '../ingest/types.ts';
import { detectIssuer, recogniseEntities } from './entities.ts';
import { failureReason } from './failure.ts';
import type { EntityMention } from './types.ts';

/** A document's issuer and entities. */
export interface Recognition {
  issuer: string | null;
  found: EntityMention[];
}

/** One document read and recognised, or why it could not be. */
export type Recognised = ({ ok: true; doc: ReadDocument } & Recognition) | { ok: false; reason: string };

/**
 * The issuer and entities of a document read already; `issuer`: the manifest's, detected from the text when null.
 * Recognition does not map offsets back to the original, so `doc` needs no toOriginal: a worker gets the document
 * without it (a function does not cross threads).
 */
export function recogniseRead(doc: Omit<ReadDocument, 'toOriginal'>, issuer: string | null): Recognition {
  const own = issuer ?? detectIssuer(doc);
  return { issuer: own, found: recogniseEntities(doc, { issuer: own }) };
}

/** Reads `file` and recognises it here, on this thread. */
export async function recogniseFile(file: string, issuer: string | null): Promise<Recognised> {
  try {
    const doc = await readDocument(file);
    return { ok: true, doc, ...recogniseRead(doc, issuer) };
  } catch (err) {
    return { ok: false, reason: failureReason(err) };
  }
}
