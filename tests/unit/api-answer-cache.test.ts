/**
 * The answer cache's two decisions that need no database: which operations are cacheable (every root field a
 * graph-wide question, through fragments), and which version read a request may share (never one that started before
 * it asked). The cache against the real Neo4j: tests/integration/api-answer-cache.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { CACHED_FIELDS, isCacheableQuery, VersionReader } from '../../src/api/answer-cache.ts';
import { typeDefs } from '../../src/api/index.ts';

const cacheable = isCacheableQuery;

describe('isCacheableOperation', () => {
  it('caches the graph-wide questions, alone or together', () => {
    expect(cacheable('{ sharedPartners { partner { id } } }')).toBe(true);
    expect(cacheable('query Q($r: [String!]!) { collaboration(regions: $r) { regions { id } } __typename }')).toBe(true);
    expect(cacheable('{ a: sharedPartners(limit: 5) { regionCount } b: compareIndicators(name: "x") { region { id } } }')).toBe(true);
  });

  it('does not cache an operation that asks anything else, even beside a cached field', () => {
    expect(cacheable('{ entity(id: "University:重庆大学") { id } }')).toBe(false);
    expect(cacheable('{ sharedPartners { regionCount } entity(id: "x") { id } }')).toBe(false);
    expect(cacheable('{ sharedPartners { regionCount } health { ok } }')).toBe(false);
    expect(cacheable('{ __typename }')).toBe(false);
    expect(cacheable('{ __schema { types { name } } }')).toBe(false);
  });

  it('looks through fragments, named and inline', () => {
    expect(cacheable('query { ...F } fragment F on Query { sharedPartners { regionCount } }')).toBe(true);
    expect(cacheable('query { ...F } fragment F on Query { sharedPartners { regionCount } neighbors(id: "x") { truncated } }')).toBe(false);
    expect(cacheable('query { ... on Query { collaboration(regions: ["a", "b"]) { unresolved } } }')).toBe(true);
    expect(cacheable('query { ... on Query { stats { documents } } }')).toBe(false);
    expect(cacheable('query { ...Missing }')).toBe(false);
  });

  it('names only fields the schema has', () => {
    const source = typeDefs.loc!.source.body;
    const query = /type Query \{([\s\S]*?)\n\}/.exec(source)![1]!;
    for (const field of CACHED_FIELDS) expect(query).toMatch(new RegExp(`\\n\\s+${field}[(:]`));
  });
});

/** A read whose end the test decides: each call starts one, in order. */
function controlledReads() {
  const reads: { resolve: (v: string | null) => void; reject: (e: Error) => void }[] = [];
  const reader = new VersionReader(
    () =>
      new Promise<string | null>((resolve, reject) => {
        reads.push({ resolve, reject });
      }),
  );
  return { reader, reads };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('VersionReader', () => {
  it('starts a read for the first caller, and queues one next read for everyone who asks while it runs', async () => {
    const { reader, reads } = controlledReads();
    const first = reader.version();
    expect(reads).toHaveLength(1);
    const later = [reader.version(), reader.version(), reader.version()];
    expect(reads).toHaveLength(1);
    reads[0]!.resolve('v1');
    expect(await first).toBe('v1');
    await tick();
    // The callers who came during the first read get the second read, which started after they asked.
    expect(reads).toHaveLength(2);
    reads[1]!.resolve('v2');
    expect(await Promise.all(later)).toEqual(['v2', 'v2', 'v2']);
  });

  it('never hands a caller a read that started before it asked', async () => {
    const { reader, reads } = controlledReads();
    const a = reader.version();
    const b = reader.version(); // queued behind a
    reads[0]!.resolve('old');
    await a;
    await tick();
    // b's read is running now; c asks during it, so c waits for a third read.
    const c = reader.version();
    expect(reads).toHaveLength(2);
    reads[1]!.resolve('mid');
    expect(await b).toBe('mid');
    await tick();
    expect(reads).toHaveLength(3);
    reads[2]!.resolve('new');
    expect(await c).toBe('new');
  });

  it('passes a failed read to its callers and reads again for the next one', async () => {
    const { reader, reads } = controlledReads();
    const a = reader.version();
    const b = reader.version();
    reads[0]!.reject(new Error('Neo4j is down'));
    await expect(a).rejects.toThrow('Neo4j is down');
    await tick();
    reads[1]!.resolve('v');
    expect(await b).toBe('v');
    const c = reader.version();
    expect(reads).toHaveLength(3);
    reads[2]!.resolve('v');
    expect(await c).toBe('v');
  });
});
