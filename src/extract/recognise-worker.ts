/**
 * A recognition worker thread: recognises the entities of one document that the main thread read (recogniseRead),
 * the part of extraction that does not depend on the other documents. The corpus resolver, relations, indicators and
 * lexical records stay on the main thread, in document order (extractDocuments), so the graph is the same with or
 * without workers.
 */
import { parentPort } from 'node:worker_threads';
import { failureReason } from './failure.ts';
import { recogniseRead } from './recognise-file.ts';
import type { RecogniseReply, RecogniseRequest } from './recognise-pool.ts';

if (!parentPort) throw new Error('recognise-worker.ts runs as a worker thread of recognise-pool.ts');
const port = parentPort;

port.on('message', (req: RecogniseRequest) => {
  let reply: RecogniseReply;
  try {
    const { issuer, found } = recogniseRead(req.doc, req.issuer);
    reply = { seq: req.seq, ok: true, issuer, found };
  } catch (err) {
    reply = { seq: req.seq, ok: false, reason: failureReason(err) };
  }
  port.postMessage(reply);
});
