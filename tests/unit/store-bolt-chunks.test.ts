/**
 * src/store/bolt-chunks.ts, with the driver's own classes: a Bolt message that arrives in several chunks (and several
 * socket reads) reaches the driver as one buffer, whose strings decode whole, even those split across chunks inside a
 * character; and a message the driver sends goes out in chunks of up to 64 KB, one socket write each.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CHUNK_BUFFER_BYTES, installLargeChunks, installWholeMessages } from '../../src/store/bolt-chunks.ts';

const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
const { Dechunker } = fromDriver('neo4j-driver-bolt-connection/lib/channel/chunking.js');
const ChannelBuffer = fromDriver('neo4j-driver-bolt-connection/lib/channel/channel-buf.js').default;
const CombinedBuffer = fromDriver('neo4j-driver-bolt-connection/lib/channel/combined-buf.js').default;
const utf8 = fromDriver('neo4j-driver-bolt-connection/lib/channel/utf8.js').default;
// What the driver's connection-channel.js reads when it opens a connection: `new channel.Chunker(channel)`.
const channel = fromDriver('neo4j-driver-bolt-connection/lib/channel/index.js');

/** The bytes of `messages` as Neo4j sends them: chunks of at most `chunk` bytes, each with its 2-byte size, then 00 00. */
function wire(messages: Buffer[], chunk: number): Buffer {
  const parts: Buffer[] = [];
  for (const m of messages) {
    for (let i = 0; i < m.length; i += chunk) {
      const body = m.subarray(i, i + chunk);
      const size = Buffer.alloc(2);
      size.writeUInt16BE(body.length);
      parts.push(size, body);
    }
    parts.push(Buffer.from([0, 0]));
  }
  return Buffer.concat(parts);
}

/** Feeds the bytes to a Dechunker in socket reads of `read` bytes; returns the messages it gave. */
function dechunk(bytes: Buffer, read: number): unknown[] {
  const dechunker = new Dechunker();
  const messages: unknown[] = [];
  dechunker.onmessage = (m: unknown) => messages.push(m);
  for (let i = 0; i < bytes.length; i += read) dechunker.write(new ChannelBuffer(Buffer.from(bytes.subarray(i, i + read))));
  return messages;
}

describe('Bolt messages in several chunks', () => {
  it('reach the driver as one buffer, and a string cut inside a character by chunks and reads decodes whole', () => {
    expect(installWholeMessages()).toBe(true);
    const text = '重庆大学与开州区共建研究院，推动“万开云”协同发展。'.repeat(40) + 'end';
    const long = Buffer.from(text, 'utf8');
    const short = Buffer.from('黔江区', 'utf8');
    // Chunks of 1,000 bytes and reads of 700: both cut 3-byte characters, and the short message shares a read.
    const messages = dechunk(wire([long, short], 1000), 700);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toBeInstanceOf(ChannelBuffer);
    expect(messages[0]).not.toBeInstanceOf(CombinedBuffer);
    expect(utf8.decode(messages[0], long.length)).toBe(text);
    expect(utf8.decode(messages[1], short.length)).toBe('黔江区');
  });

  it('leave a one-chunk message and keep-alive chunks as the driver has them', () => {
    installWholeMessages();
    const one = Buffer.from('开州区', 'utf8');
    // A keep-alive (00 00 alone) before the message gives no message.
    const messages = dechunk(Buffer.concat([Buffer.from([0, 0]), wire([one], 1000)]), 4);
    expect(messages).toHaveLength(1);
    expect(utf8.decode(messages[0], one.length)).toBe('开州区');
  });
});

describe('Bolt messages the driver sends', () => {
  it('go out in chunks of up to 64 KB, one socket write each, and come back the same bytes', () => {
    expect(installLargeChunks()).toBe(true);
    const writes: Buffer[] = [];
    const chunker = new channel.Chunker({ write: (b: { _buffer: Buffer; position: number; length: number }) => writes.push(Buffer.from(b._buffer.subarray(b.position, b.length))) });
    // A statement's rows as a load sends them: 300 KB of text in one message.
    const payload = Buffer.from('推动重庆大学与开州区共建研究院。'.repeat(6500), 'utf8');
    expect(payload.length).toBeGreaterThan(300_000);
    chunker.putBytes(0, new ChannelBuffer(payload));
    chunker.messageBoundary();
    chunker.flush();
    // The driver's own 1,400 bytes per write would make over 200 writes.
    expect(writes.length).toBe(Math.ceil(payload.length / (CHUNK_BUFFER_BYTES - 2)));
    for (const w of writes) expect(w.length).toBeLessThanOrEqual(CHUNK_BUFFER_BYTES);
    const messages = dechunk(Buffer.concat(writes), 8192);
    expect(messages).toHaveLength(1);
    expect(utf8.decode(messages[0], payload.length)).toBe(payload.toString('utf8'));
  });
});
