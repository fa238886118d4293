export { Store, type StoreOptions, type Params } from './store.ts';
export { openStore, type OpenedStore } from './connection.ts';
export { applySchema, DATA_STATE_KEY, loadGraph, partnerSummaryIsStale, refreshPartnerSummary, LOAD_CONCURRENCY, type LoadOptions, type LoadResult, type LoadProgress } from './loader.ts';
export { StoreError, translateNeo4jError, type StoreErrorCode } from './errors.ts';
export { cypher, cypherNames } from './cypher.ts';
export { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded.ts';
