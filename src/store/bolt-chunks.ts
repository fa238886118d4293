/**
 * How neo4j-driver for JavaScript (5.28) cuts Bolt messages into chunks, both ways, and two fixes to it. The driver
 * offers no option for either, so its classes are wrapped, once per process (which covers every driver in the
 * process), the way tcp-nodelay.ts wraps net.connect. If the driver's internals are not where this expects them
 * (another driver version), nothing is wrapped and the driver works as it does without this.
 *
 * - Messages received (installWholeMessages): a message that arrived in more than one chunk (Neo4j sends chunks of at
 *   most 64 KB, and a socket read can split one) is decoded from a CombinedBuffer of the parts, and every string of
 *   it is then read through a StringDecoder walking all the parts (neo4j-driver-bolt-connection/lib/channel/utf8.js,
 *   streamDecodeCombinedBuffer), not with one Buffer.toString. On the x10 graph an entity with its relations and
 *   evidence (one record of about 60 KB, 3 parts) spent most of its decoding time there. The parts are joined into
 *   one buffer, once, before the driver reads the message: the same bytes, so the same values; a string split across
 *   two parts is whole again.
 * - Messages sent (installLargeChunks): the driver's Chunker writes to the socket every 1,400 bytes, one chunk per
 *   write. A load's statement carries megabytes of rows: thousands of writes and as many chunks for Neo4j to take
 *   apart (a Java Flight Recording of Neo4j during the x100 load had a quarter of its CPU in Bolt's network threads).
 *   A statement of the API (about 2 KB with its parameters) took two writes. Chunks of up to 64 KB (Bolt's largest)
 *   make that one write per 64 KB, and one for the API's statements.
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
type ChunkerClass = new (channel: unknown, bufferSize?: number) => object;

/** The driver's bytes per write (and per chunk, less the 2-byte header): Bolt's chunk size is 16 bits. */
export const CHUNK_BUFFER_BYTES = 64 * 1024;

const fromDriver = (): NodeJS.Require => createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));

let wholeMessages: boolean | undefined;
let largeChunks: boolean | undefined;

/** Wraps the driver's Dechunker; true when it is wrapped (now or before), false when its internals were not found. */
export function installWholeMessages(): boolean {
  if (wholeMessages !== undefined) return wholeMessages;
  wholeMessages = false;
  try {
    const require = fromDriver();
    const chunking = require('neo4j-driver-bolt-connection/lib/channel/chunking.js') as { Dechunker?: { prototype: DechunkerShape } };
    const channelBuf = require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as { default?: new (buffer: Buffer) => Part };
    const proto = chunking.Dechunker?.prototype;
    const ChannelBuffer = channelBuf.default;
    if (!proto || typeof proto._onHeader !== 'function' || typeof ChannelBuffer !== 'function') return wholeMessages;
    const onHeader = proto._onHeader;
    proto._onHeader = function onHeaderWholeMessage(this: DechunkerShape, header: number) {
      const parts = this._currentMessage;
      // Header 0 ends a message; its parts are ChannelBuffers over Node Buffers (else leave them to the driver).
      if (header === 0 && parts.length > 1 && parts.every((p) => Buffer.isBuffer(p._buffer))) {
        this._currentMessage = [new ChannelBuffer(Buffer.concat(parts.map((p) => p._buffer.subarray(p.position, p.length))))];
      }
      return onHeader.call(this, header);
    };
    wholeMessages = true;
  } catch {
    // Another layout of the driver: decode as it does.
  }
  return wholeMessages;
}

/**
 * Makes the Chunker the driver creates for each new connection (`new Chunker(channel)`, read from the module's
 * exports when the connection is made) write chunks of up to CHUNK_BUFFER_BYTES. True when installed (now or before).
 */
export function installLargeChunks(): boolean {
  if (largeChunks !== undefined) return largeChunks;
  largeChunks = false;
  try {
    const chunking = fromDriver()('neo4j-driver-bolt-connection/lib/channel/chunking.js') as { Chunker?: ChunkerClass };
    const Chunker = chunking.Chunker;
    const exported = Object.getOwnPropertyDescriptor(chunking, 'Chunker');
    if (typeof Chunker !== 'function' || !exported?.writable) return largeChunks;
    chunking.Chunker = class LargeChunker extends Chunker {
      constructor(channel: unknown, bufferSize?: number) {
        super(channel, bufferSize ?? CHUNK_BUFFER_BYTES);
      }
    };
    largeChunks = true;
  } catch {
    // Another layout of the driver: chunk as it does.
  }
  return largeChunks;
}
