/**
 * Reading a document and recognising its entities. The main thread reads every document; the recognising is what a
 * recognition worker does (recognise-pool.ts), or the main thread itself when there is none.
 */
import { readDocument } from '../ingest/index.ts';
import type { PlainReadDocument, ReadDocument } from '../ingest/types.ts';
import { detectIssuer, recogniseEntities } from './entities.ts';
import { failureReason } from './failure.ts';
import type { EntityMention } from './types.ts';

/** A document's issuer and entities. */
export interface Recognition {
  issuer: string | null;
  found: EntityMention[];
}

/** Why a document could not be read or recognised. */
export interface Failed {
  ok: false;
  reason: string;
}

/** One document read and recognised, or why it could not be. */
export type Recognised = ({ ok: true; doc: ReadDocument } & Recognition) | Failed;

/**
 * The issuer and entities of a document read already; `issuer`: the manifest's, detected from the text when null.
 * Recognition does not map offsets back to the original, so `doc` needs no toOriginal: a worker gets the document
 * without it (a function does not cross threads).
 */
export function recogniseRead(doc: PlainReadDocument, issuer: string | null): Recognition {
  const own = issuer ?? detectIssuer(doc);
  return { issuer: own, found: recogniseEntities(doc, { issuer: own }) };
}

/** Reads `file`, or says why it cannot be read. */
export async function readOrFail(file: string): Promise<{ ok: true; doc: ReadDocument } | Failed> {
  try {
    return { ok: true, doc: await readDocument(file) };
  } catch (err) {
    return { ok: false, reason: failureReason(err) };
  }
}

/** Recognises a document read already, here, on this thread. */
export function recogniseHere(doc: ReadDocument, issuer: string | null): Recognised {
  try {
    return { ok: true, doc, ...recogniseRead(doc, issuer) };
  } catch (err) {
    return { ok: false, reason: failureReason(err) };
  }
}

/** Reads `file` and recognises it here, on this thread. */
export async function recogniseFile(file: string, issuer: string | null): Promise<Recognised> {
  const read = await readOrFail(file);
  return read.ok ? recogniseHere(read.doc, issuer) : read;
}
