/**
 * The answer cache: whole answers to the graph-wide questions (CACHED_FIELDS: shared partners, a group's
 * collaboration report, indicators compared across regions), kept in memory by @apollo/server-plugin-response-cache
 * and keyed by the query, its variables and the version of the data.
 *
 * These questions read every region's partners, industries and paths, cost tens of milliseconds of database work
 * on a large graph, and are asked again and again with the same arguments (a dashboard, the explorer page). Their
 * answer depends on nothing but the graph, and the graph changes only when a load writes it.
 *
 * - The data version is PlanGraph's own bookkeeping (cypher/api-data-version): every load marks the data "stale"
 *   before it writes anything and "fresh" when it is done, and each mark sets a new random version. A load made by
 *   another process (`plangraph load` against the same Neo4j) changes it as well as one made by `serve`.
 * - Each cacheable request reads the version (one small statement, shared by concurrent requests: VersionReader) before
 *   anything else: an answer is only served for the version it was computed at. While a load is writing (stale),
 *   nothing is read from or written to the cache. An answer whose computation overlapped the start of a load is kept
 *   under the version read before it, which no request made after that load asks for.
 * - A request that asks anything else (an entity, neighbours, paths, health) is not cached, even alongside a cached
 *   field. Errors are never cached.
 * - The response header `x-plangraph-answer-cache` says `hit`, `miss` or `bypass` (data being loaded) for cacheable
 *   requests. No HTTP caching header is sent: a browser or proxy cannot know when the data changes.
 *
 * - A hit is sent by the HTTP handler as the bytes sent the first time (SentAnswers), without Apollo: parsing and
 *   serialising a large answer again was most of the cost of a hit.
 *
 * PLANGRAPH_ANSWER_CACHE_MB sets its size (0 turns it off), half for the plugin's entries and half for the answers as sent.
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { DATA_STATE_KEY } from '../store/loader.ts';
import type { Store } from '../store/store.ts';
import type { ApiContext } from './context.ts';

/** Root fields whose answers are cached: graph-wide aggregates, read-only, depending on nothing but the data. */
export const CACHED_FIELDS: ReadonlySet<string> = new Set(['sharedPartners', 'collaboration', 'compareIndicators']);

/** Seconds an answer stays at most; the version in its key is what keeps it right. */
const TTL_SECONDS = 3600;

export const ANSWER_CACHE_HEADER = 'x-plangraph-answer-cache';

/** True when every root field of the operation (through fragments) is one of CACHED_FIELDS. */
export function isCacheableOperation(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  if (operation.operation !== 'query') return false;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  let fields = 0;
  const allCached = (set: SelectionSetNode, seen: Set<string>): boolean =>
    set.selections.every((s) => {
      if (s.kind === Kind.FIELD) {
        if (s.name.value === '__typename') return true;
        fields++;
        return CACHED_FIELDS.has(s.name.value);
      }
      if (s.kind === Kind.INLINE_FRAGMENT) return allCached(s.selectionSet, seen);
      const fragment = fragments.get(s.name.value);
      if (!fragment || seen.has(s.name.value)) return false;
      return allCached(fragment.selectionSet, new Set([...seen, s.name.value]));
    });
  return allCached(operation.selectionSet, new Set()) && fields > 0;
}

/** isCacheableOperation for the text of a query: its first operation. */
export function isCacheableQuery(query: string): boolean {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return !!operation && isCacheableOperation(operation, document);
}

/** The data version, or null while a load is writing (or before the first load finished). */
export async function dataVersion(store: Store): Promise<string | null> {
  const [row] = await store.read<{ state: string | null; version: string | null }>('api-data-version', { key: DATA_STATE_KEY });
  return row?.state === 'fresh' && row.version ? row.version : null;
}

/**
 * Reads the data version for many concurrent requests with few statements, and never an old one: a request shares a
 * read only if that read starts after the request asked. While one read runs, every request that asks waits for the
 * next one, which starts when the running one ends. At most two reads run back to back, however many requests ask.
 */
export class VersionReader {
  private running: Promise<string | null> | null = null;
  private queued: Promise<string | null> | null = null;

  constructor(private readonly read: () => Promise<string | null>) {}

  version(): Promise<string | null> {
    if (this.queued) return this.queued;
    if (!this.running) return this.start();
    const settled = this.running.then(
      () => undefined,
      () => undefined,
    );
    this.queued = settled.then(() => {
      this.queued = null;
      return this.start();
    });
    return this.queued;
  }

  private start(): Promise<string | null> {
    const run: Promise<string | null> = this.read().finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }
}

interface Cacheable {
  /** The version read before the answer was computed; null: a load is writing, bypass the cache. */
  version: string | null;
  /** Set when the answer is sent: it has no error (what SentAnswers may keep). */
  clean?: boolean;
}

export interface AnswerCacheOptions {
  /** Size of the cache in megabytes (of JSON text, approximately); 0: no cache. */
  megabytes: number;
}

/** A finished answer as it was sent: status 200, its headers and the exact text of its body. */
interface SentAnswer {
  headers: [string, string][];
  body: string;
}

/**
 * The answers of the cache as they were sent, served by the HTTP handler without Apollo (graphqlHandler): a hit on the
 * response cache plugin parses the stored JSON and Apollo serialises it again, which for a large answer (shared
 * partners at ×100: 195 KB) is most of the cost of a hit. Keyed like the plugin's entries, by the data version the
 * plugin computed or found the answer at, and further by the request's exact body and Accept header: the same request
 * at the same version gets the same bytes. It only keeps answers the plugin marked `hit` or `miss` (cacheable, read at
 * a version, status 200); a request is looked up only after reading the current version, so a load invalidates it as
 * it does the plugin's.
 */
export class SentAnswers {
  private readonly answers: InMemoryLRUCache<SentAnswer>;
  private readonly cacheable = new Map<string, boolean>();

  constructor(
    private readonly versions: VersionReader,
    /** The version the plugin answered the request at, if its answer is cacheable and has no error. */
    private readonly versionOf: (context: ApiContext) => string | null | undefined,
    bytes: number,
  ) {
    this.answers = new InMemoryLRUCache<SentAnswer>({ maxSize: bytes, sizeCalculation: (a) => a.body.length + 256 });
  }

  /** Whether the query's operation is one the cache keeps (memoised by the query text; a query that does not parse: no). */
  private isCacheable(query: string): boolean {
    let known = this.cacheable.get(query);
    if (known === undefined) {
      try {
        known = isCacheableQuery(query);
      } catch {
        known = false;
      }
      if (this.cacheable.size >= 1000) this.cacheable.clear();
      this.cacheable.set(query, known);
    }
    return known;
  }

  /**
   * The request's key and, when an answer to it was sent at the current data version, that answer. Null for a request
   * the cache does not keep (not a POST body with a cacheable query) or while a load is writing.
   */
  async find(body: unknown, raw: string, accept: string): Promise<{ key: string; answer: SentAnswer | undefined } | null> {
    const query = typeof body === 'object' && body !== null ? (body as { query?: unknown }).query : undefined;
    if (typeof query !== 'string' || !this.isCacheable(query)) return null;
    const version = await this.versions.version();
    if (!version) return null;
    const key = `${version}\n${accept}\n${raw}`;
    return { key, answer: await this.answers.get(key) };
  }

  /**
   * Keeps the answer Apollo sent for the request found under `key`, when the plugin answered it at the version in the
   * key (a load in between gives another version: not kept) and marked it cacheable.
   */
  async keep(key: string, context: ApiContext, status: number, headers: Iterable<[string, string]>, body: string): Promise<void> {
    const version = this.versionOf(context);
    if (status !== 200 || !version || !key.startsWith(`${version}\n`)) return;
    const list = [...headers];
    const state = list.find(([k]) => k === ANSWER_CACHE_HEADER)?.[1];
    if (state !== 'hit' && state !== 'miss') return;
    await this.answers.set(key, { headers: list.filter(([k]) => k !== ANSWER_CACHE_HEADER), body });
  }
}

export interface AnswerCache {
  plugins: ApolloServerPlugin<ApiContext>[];
  /** Null when the cache is off. */
  sent: SentAnswers | null;
}

/**
 * The answer cache: the response cache plugin and the policy that keys it by data version (half of the megabytes),
 * and the answers as sent (SentAnswers, the other half).
 */
export function answerCache(store: Store, options: AnswerCacheOptions): AnswerCache {
  if (options.megabytes <= 0) return { plugins: [], sent: null };
  const versions = new VersionReader(() => dataVersion(store));
  // Per request, by its context's request object (one per request): whether it is cacheable, and at which version.
  const requests = new WeakMap<object, Cacheable>();
  const of = (rc: GraphQLRequestContext<ApiContext>) => requests.get(rc.contextValue.request);

  const policy: ApolloServerPlugin<ApiContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          if (!rc.operation || !isCacheableOperation(rc.operation, rc.document)) return;
          const version = await versions.version();
          requests.set(rc.contextValue.request, { version });
          // The response cache stores what has a cache policy; nothing else in this server sets one (the cache
          // control plugin is off), so no Cache-Control header goes out.
          if (version) rc.overallCachePolicy.replace({ maxAge: TTL_SECONDS, scope: 'PUBLIC' });
        },
        async willSendResponse(rc) {
          const state = of(rc);
          if (!state || !rc.response.http) return;
          state.clean = rc.response.body.kind === 'single' && !rc.response.body.singleResult.errors?.length;
          rc.response.http.headers.set(ANSWER_CACHE_HEADER, state.version === null ? 'bypass' : rc.metrics.responseCacheHit ? 'hit' : 'miss');
          // The response cache's Age header (set just before, in its own willSendResponse) would invite HTTP caches to
          // reason about freshness; only the data version says whether an answer is current.
          rc.response.http.headers.delete('age');
        },
      };
    },
  };

  const bytes = (options.megabytes * 2 ** 20) / 2;
  const responses = responseCachePlugin<ApiContext>({
    cache: new InMemoryLRUCache({ maxSize: bytes }),
    async extraCacheKeyData(rc) {
      return of(rc)?.version ?? null;
    },
    // Written only with a cache policy, which didResolveOperation sets only for a cacheable request at a version.
    async shouldReadFromCache(rc) {
      return !!of(rc)?.version;
    },
  });
  // The response cache first: its willSendResponse sets Age, which the policy's then removes.
  return {
    plugins: [responses, policy],
    sent: new SentAnswers(
      versions,
      (context) => {
        const state = requests.get(context.request);
        return state?.clean ? state.version : null;
      },
      bytes,
    ),
  };
}
