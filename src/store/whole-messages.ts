/**
 * neo4j-driver for JavaScript (5.28) decodes a Bolt message that arrived in more than one chunk (Neo4j sends chunks of
 * at most 64 KB, and a TCP read can split one) from a CombinedBuffer of the parts. Every string of such a message is
 * then read through a StringDecoder walking all the parts (neo4j-driver-bolt-connection/lib/channel/utf8.js,
 * streamDecodeCombinedBuffer), not with one Buffer.toString: on the x10 graph an entity with its relations and
 * evidence (one record of about 60 KB, 3 parts) spent most of its decoding time there.
 *
 * This joins the parts of such a message into one buffer, once, before the driver reads it: the driver then decodes it
 * as it does a one-chunk message. The bytes are the same, so every value is the same; a string split across two parts
 * is whole again. The driver offers no option for it, so its Dechunker is wrapped, once per process (which covers
 * every driver in the process), the way tcp-nodelay.ts wraps net.connect. If the driver's internals are not where this
 * expects them (another driver version), nothing is wrapped and the driver works as it does without this.
 */
import { createRequire } from 'node:module';

interface Part {
  _buffer: Buffer;
  position: number;
  length: number;
}
interface DechunkerShape {
  _currentMessage: Part[];
  _onHeader(header: number): unknown;
}

let installed: boolean | undefined;

/** Wraps the driver's Dechunker; true when it is wrapped (now or before), false when its internals were not found. */
export function installWholeMessages(): boolean {
  if (installed !== undefined) return installed;
  installed = false;
  try {
    const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
    const chunking = fromDriver('neo4j-driver-bolt-connection/lib/channel/chunking.js') as { Dechunker?: { prototype: DechunkerShape } };
    const channelBuf = fromDriver('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as { default?: new (buffer: Buffer) => Part };
    const proto = chunking.Dechunker?.prototype;
    const ChannelBuffer = channelBuf.default;
    if (!proto || typeof proto._onHeader !== 'function' || typeof ChannelBuffer !== 'function') return installed;
    const onHeader = proto._onHeader;
    proto._onHeader = function onHeaderWholeMessage(this: DechunkerShape, header: number) {
      const parts = this._currentMessage;
      // Header 0 ends a message; its parts are ChannelBuffers over Node Buffers (else leave them to the driver).
      if (header === 0 && parts.length > 1 && parts.every((p) => Buffer.isBuffer(p._buffer))) {
        this._currentMessage = [new ChannelBuffer(Buffer.concat(parts.map((p) => p._buffer.subarray(p.position, p.length))))];
      }
      return onHeader.call(this, header);
    };
    installed = true;
  } catch {
    // Another layout of the driver: decode as it does.
  }
  return installed;
}
