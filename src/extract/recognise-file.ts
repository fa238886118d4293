/** Reading a document and recognising its entities: what a recognition worker does (recognise-pool.ts), and what the main thread does without one. */
import { readDocument } from '../ingest/index.ts';
import type { ReadDocument } from '../ingest/types.ts';
import { detectIssuer, recogniseEntities } from './entities.ts';
import { failureReason } from './failure.ts';
import type { EntityMention } from './types.ts';

/** One document read and recognised, or why it could not be read. */
export type Recognised = { ok: true; doc: ReadDocument; issuer: string | null; found: EntityMention[] } | { ok: false; reason: string };

/** `issuer`: the manifest's; detected from the text when null. */
export async function recogniseFile(file: string, issuer: string | null): Promise<Recognised> {
  try {
    const doc = await readDocument(file);
    const own = issuer ?? detectIssuer(doc);
    return { ok: true, doc, issuer: own, found: recogniseEntities(doc, { issuer: own }) };
  } catch (err) {
    return { ok: false, reason: failureReason(err) };
  }
}
