/** The graph explorer page (served at `/`) and, with it, the /export/ routes. */
export { explorerRoutes, type ExplorerRoutesOptions } from './routes.ts';
export { buildExplorerAssets, type ExplorerAssets } from './bundle.ts';
