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
 * PLANGRAPH_ANSWER_CACHE_MB sets its size (0 turns it off).
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
}

export interface AnswerCacheOptions {
  /** Size of the cache in megabytes (of JSON text, approximately); 0: no cache. */
  megabytes: number;
}

export function answerCachePlugins(store: Store, options: AnswerCacheOptions): ApolloServerPlugin<ApiContext>[] {
  if (options.megabytes <= 0) return [];
  const versions = new VersionReader(() => dataVersion(store));
  // Per request, by its context object (one per request): whether it is cacheable, and at which version.
  const requests = new WeakMap<ApiContext, Cacheable>();
  const of = (rc: GraphQLRequestContext<ApiContext>) => requests.get(rc.contextValue);

  const policy: ApolloServerPlugin<ApiContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          if (!rc.operation || !isCacheableOperation(rc.operation, rc.document)) return;
          const version = await versions.version();
          requests.set(rc.contextValue, { version });
          // The response cache stores what has a cache policy; nothing else in this server sets one (the cache
          // control plugin is off), so no Cache-Control header goes out.
          if (version) rc.overallCachePolicy.replace({ maxAge: TTL_SECONDS, scope: 'PUBLIC' });
        },
        async willSendResponse(rc) {
          const state = of(rc);
          if (!state || !rc.response.http) return;
          rc.response.http.headers.set(ANSWER_CACHE_HEADER, state.version === null ? 'bypass' : rc.metrics.responseCacheHit ? 'hit' : 'miss');
          // The response cache's Age header (set just before, in its own willSendResponse) would invite HTTP caches to
          // reason about freshness; only the data version says whether an answer is current.
          rc.response.http.headers.delete('age');
        },
      };
    },
  };

  const responses = responseCachePlugin<ApiContext>({
    cache: new InMemoryLRUCache({ maxSize: options.megabytes * 2 ** 20 }),
    async extraCacheKeyData(rc) {
      return of(rc)?.version ?? null;
    },
    // Written only with a cache policy, which didResolveOperation sets only for a cacheable request at a version.
    async shouldReadFromCache(rc) {
      return !!of(rc)?.version;
    },
  });
  // The response cache first: its willSendResponse sets Age, which the policy's then removes.
  return [responses, policy];
}
