/**
 * Parallel extraction: the main thread reads each document and hands it to a worker thread, which recognises its
 * entities; the main thread takes the results in document order and does the rest (cross-document resolution,
 * relations, indicators, lexical records). Recognising depends on nothing but the document, so the graph is the same
 * as without workers.
 *
 * Reading is on the main thread: with one worker on 2 cores the worker was the slower of the two (idle 9% of the
 * time at x10, the main thread 33%), and reading is a fifth of what it did. The document crosses to the worker
 * (without toOriginal, a function) and only the mentions come back.
 *
 * A worker costs a start (tsx, jieba's dictionary, the lexicon: about 0.7 s of CPU), so small corpora
 * are extracted on the main thread (defaultWorkers). If a worker dies, its documents are not lost:
 * extractDocuments recognises them on the main thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readDocument } from '../ingest/index.ts';
import type { PlainReadDocument, ReadDocument } from '../ingest/types.ts';
import type { Failed, Recognition } from './recognise-file.ts';

export type { Recognised, Recognition } from './recognise-file.ts';

export interface RecogniseRequest {
  seq: number;
  doc: PlainReadDocument;
  /** The manifest's issuer; the worker detects it from the text when null. */
  issuer: string | null;
}

/** What a worker made of a document: its issuer and entities, or why recognising it failed. */
export type PoolRecognition = ({ ok: true } & Recognition) | Failed;

export type RecogniseReply = PoolRecognition & { seq: number };

/** The worker itself failed (it died or could not start): the document is recognised on the main thread instead. */
export class RecognisePoolError extends Error {
  override name = 'RecognisePoolError';
}

export interface RecognisePool {
  readonly size: number;
  recognise(doc: ReadDocument, issuer: string | null): Promise<PoolRecognition>;
  /** Reads `file` here and every worker recognises it once, so that starting (dictionaries, compilation) is paid before timed work. */
  warmUp(file: string): Promise<void>;
  close(): Promise<void>;
}

/** Fewer documents than this are extracted on the main thread: a worker's start would cost more than it saves. */
export const MIN_DOCUMENTS_FOR_WORKERS = 8;
/**
 * At most this many workers: the main thread's share (reading, resolution, relations) is about half the work, so
 * more could only wait for it. (Measured on 2 cores only, where a second worker was already no faster than one.)
 */
export const MAX_WORKERS = 3;

/** Workers for `documents` documents on this machine: none for a small corpus, else one fewer than the cores (at least 1, at most MAX_WORKERS). */
export function defaultWorkers(documents: number, cores = availableParallelism()): number {
  if (documents < MIN_DOCUMENTS_FOR_WORKERS) return 0;
  return Math.max(1, Math.min(MAX_WORKERS, cores - 1));
}

interface Slot {
  worker: Worker;
  /** Requests sent to this worker and not answered yet. */
  waiting: Map<number, { resolve: (r: PoolRecognition) => void; reject: (e: Error) => void }>;
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
      const { seq: _seq, ...recognition } = reply;
      w.resolve(recognition);
    });
    worker.on('error', (err) => die(new RecognisePoolError(`a recognition worker failed: ${err.message}`)));
    worker.on('exit', (code) => die(new RecognisePoolError(`a recognition worker stopped (exit code ${code})`)));
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(start());

  const send = (slot: Slot, doc: ReadDocument, issuer: string | null): Promise<PoolRecognition> =>
    new Promise((resolve, reject) => {
      if (closed) return reject(new RecognisePoolError('the recognition pool is closed'));
      if (slot.dead) return reject(slot.dead);
      const id = seq++;
      slot.waiting.set(id, { resolve, reject });
      // a function does not cross threads, and recognising does not map offsets back to the original
      const { toOriginal: _here, ...plain } = doc;
      slot.worker.postMessage({ seq: id, doc: plain, issuer } satisfies RecogniseRequest);
    });

  return {
    size,
    recognise(doc, issuer) {
      // round robin over the live workers; every request of a dead one is answered with its error
      const live = slots.filter((s) => !s.dead);
      const slot = live.length > 0 ? live[next++ % live.length]! : slots[0]!;
      return send(slot, doc, issuer);
    },
    async warmUp(file) {
      const doc = await readDocument(file);
      await Promise.all(slots.map((s) => send(s, doc, null)));
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
