/** What every resolver receives: the store, this request's loaders, the configuration. */
import type { Config } from '../config.ts';
import type { Store } from '../store/store.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface ApiContext {
  store: Store;
  config: Config;
  loaders: Loaders;
  /** How Neo4j runs, for health: embedded | external | unknown. */
  mode: string;
  /**
   * Stands for the request, as a key of per-request state kept outside Apollo (the answer cache's): Apollo runs the
   * operation on a shallow copy of the context value, which holds this same object.
   */
  request: object;
}

export function createContext(store: Store, config: Config, mode: string): ApiContext {
  return { store, config, mode, loaders: createLoaders(store), request: {} };
}
