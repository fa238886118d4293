/**
 * A recognition worker thread: reads one document and recognises its entities (recogniseFile), the
 * part of extraction that does not depend on the other documents. The corpus resolver, relations,
 * indicators and lexical records stay on the main thread, in document order (extractDocuments), so
 * the graph is the same with or without workers.
 */
import { parentPort } from 'node:worker_threads';
import { recogniseFile } from './recognise-file.ts';
import type { RecogniseReply, RecogniseRequest } from './recognise-pool.ts';

if (!parentPort) throw new Error('recognise-worker.ts runs as a worker thread of recognise-pool.ts');
const port = parentPort;

port.on('message', (req: RecogniseRequest) => {
  void recogniseFile(req.file, req.issuer).then((r) => {
    if (!r.ok) return port.postMessage({ seq: req.seq, ok: false, reason: r.reason } satisfies RecogniseReply);
    // a function does not cross threads: the main thread does not map offsets back to the original
    const { toOriginal: _local, ...doc } = r.doc;
    port.postMessage({ seq: req.seq, ok: true, doc, issuer: r.issuer, found: r.found } satisfies RecogniseReply);
  });
});
