/**
 * Parallel extraction: worker threads read documents and recognise their entities, the main thread
 * takes the results in document order and does the rest (cross-document resolution, relations,
 * indicators, lexical records). Reading and recognising are more than half of extraction's time
 * (about 1.0–1.4 s of 2.0–2.6 s for the ×10 bench corpus) and depend on nothing but the document, so
 * the graph is the same as without workers.
 *
 * A worker costs a start (tsx, jieba's dictionary, the lexicon: about 0.7 s of CPU), so small corpora
 * are extracted on the main thread (defaultWorkers). If a worker dies, its documents are not lost:
 * extractDocuments extracts them on the main thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReadDocument } from '../ingest/types.ts';
import type { Recognised } from './recognise-file.ts';
import type { EntityMention } from './types.ts';

export type { Recognised } from './recognise-file.ts';

export interface RecogniseRequest {
  seq: number;
  file: string;
  /** The manifest's issuer; the worker detects it from the text when null. */
  issuer: string | null;
}

/** A document as read by a worker: everything but toOriginal, which is a function. */
export type PlainReadDocument = Omit<ReadDocument, 'toOriginal'>;

export type RecogniseReply =
  | { seq: number; ok: true; doc: PlainReadDocument; issuer: string | null; found: EntityMention[] }
  | { seq: number; ok: false; reason: string };

/** The worker itself failed (it died or could not start): the document is extracted on the main thread instead. */
export class RecognisePoolError extends Error {
  override name = 'RecognisePoolError';
}

export interface RecognisePool {
  readonly size: number;
  recognise(file: string, issuer: string | null): Promise<Recognised>;
  /** Every worker reads and recognises `file` once, so that starting (dictionaries, compilation) is paid before timed work. */
  warmUp(file: string): Promise<void>;
  close(): Promise<void>;
}

/** Fewer documents than this are extracted on the main thread: a worker's start would cost more than it saves. */
export const MIN_DOCUMENTS_FOR_WORKERS = 8;
/**
 * At most this many workers: the main thread's share (resolution, relations) is nearly half the work, so more could
 * only wait for it. (Measured on 2 cores only, where a second worker was already no faster than one.)
 */
export const MAX_WORKERS = 3;

/** Workers for `documents` documents on this machine: none for a small corpus, else one fewer than the cores (at least 1, at most MAX_WORKERS). */
export function defaultWorkers(documents: number, cores = availableParallelism()): number {
  if (documents < MIN_DOCUMENTS_FOR_WORKERS) return 0;
  return Math.max(1, Math.min(MAX_WORKERS, cores - 1));
}

const notAvailable = (): number => {
  throw new Error('toOriginal is not available for a document read in a recognition worker');
};

/**
 * The ReadDocument of a worker's reply, its fields in readText's order: documents of one shape keep the code that
 * reads them monomorphic (a spread put toOriginal last, a second shape that V8 deoptimised the extraction for).
 */
function withoutOriginal(d: PlainReadDocument): ReadDocument {
  return {
    path: d.path,
    format: d.format,
    encoding: d.encoding,
    sha256: d.sha256,
    title: d.title,
    text: d.text,
    match: d.match,
    toOriginal: notAvailable,
    sections: d.sections,
    paragraphs: d.paragraphs,
    sentences: d.sentences,
    tableOfContents: d.tableOfContents,
  };
}

interface Slot {
  worker: Worker;
  /** Requests sent to this worker and not answered yet. */
  waiting: Map<number, { resolve: (r: Recognised) => void; reject: (e: Error) => void }>;
  dead: Error | null;
}

export function createRecognisePool(size: number): RecognisePool {
  if (!Number.isInteger(size) || size < 1) throw new Error(`a recognition pool needs a whole number of workers of at least 1, got ${size}`);
  const slots: Slot[] = [];
  let seq = 0;
  let next = 0;
  let closed = false;

  const start = (): Slot => {
    const worker = new Worker(new URL('./recognise-worker.mjs', import.meta.url));
    const slot: Slot = { worker, waiting: new Map(), dead: null };
    const die = (err: Error): void => {
      if (slot.dead) return;
      slot.dead = err;
      for (const w of slot.waiting.values()) w.reject(err);
      slot.waiting.clear();
    };
    worker.on('message', (reply: RecogniseReply) => {
      const w = slot.waiting.get(reply.seq);
      if (!w) return;
      slot.waiting.delete(reply.seq);
      w.resolve(reply.ok ? { ok: true, doc: withoutOriginal(reply.doc), issuer: reply.issuer, found: reply.found } : { ok: false, reason: reply.reason });
    });
    worker.on('error', (err) => die(new RecognisePoolError(`a recognition worker failed: ${err.message}`)));
    worker.on('exit', (code) => die(new RecognisePoolError(`a recognition worker stopped (exit code ${code})`)));
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(start());

  const send = (slot: Slot, file: string, issuer: string | null): Promise<Recognised> =>
    new Promise((resolve, reject) => {
      if (closed) return reject(new RecognisePoolError('the recognition pool is closed'));
      if (slot.dead) return reject(slot.dead);
      const id = seq++;
      slot.waiting.set(id, { resolve, reject });
      slot.worker.postMessage({ seq: id, file, issuer } satisfies RecogniseRequest);
    });

  return {
    size,
    recognise(file, issuer) {
      // round robin over the live workers; every request of a dead one is answered with its error
      const live = slots.filter((s) => !s.dead);
      const slot = live.length > 0 ? live[next++ % live.length]! : slots[0]!;
      return send(slot, file, issuer);
    },
    async warmUp(file) {
      await Promise.all(slots.map((s) => send(s, file, null)));
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
