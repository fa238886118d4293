/**
 * The explorer's HTTP routes: the page at `/` (and `/explorer`), its script and style under /explorer/, and the
 * exports under /export/. The script is built once, when the routes are added, and served from memory.
 */
import type { ServerResponse } from 'node:http';
import type { Router } from '../api/index.ts';
import { sendJson } from '../api/http-server.ts';
import { exportRoutes } from '../export/routes.ts';
import type { Store } from '../store/store.ts';
import { buildExplorerAssets, type ExplorerAssets } from './bundle.ts';

export interface ExplorerRoutesOptions {
  store: Store;
  onLog?: (msg: string) => void;
}

function send(res: ServerResponse, type: string, body: string): void {
  res.statusCode = 200;
  res.setHeader('content-type', `${type}; charset=utf-8`);
  res.setHeader('cache-control', 'no-cache');
  res.setHeader('x-content-type-options', 'nosniff');
  res.end(body);
}

export function explorerRoutes(router: Router, options: ExplorerRoutesOptions): Router {
  const assets: Promise<ExplorerAssets> = buildExplorerAssets().then(
    (a) => {
      options.onLog?.(`explorer page built in ${a.ms} ms (${Math.round(a.js.length / 1024)} KB of script)`);
      return a;
    },
    (err: unknown) => {
      options.onLog?.(`the explorer page could not be built: ${String(err)}`);
      throw err;
    },
  );
  // Unhandled until a request comes: keep the failure for that request, not the process.
  assets.catch(() => {});
  const serve = (pick: (a: ExplorerAssets) => [string, string]) => async (_req: unknown, res: ServerResponse) => {
    let a: ExplorerAssets;
    try {
      a = await assets;
    } catch (err) {
      return sendJson(res, 500, { errors: [{ message: `The explorer page could not be built (${String(err)}); run npm install, then restart.`, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
    const [type, body] = pick(a);
    send(res, type, body);
  };
  router.add('/', serve((a) => ['text/html', a.html]));
  router.add('/explorer', serve((a) => ['text/html', a.html]));
  router.add('/explorer/app.js', serve((a) => ['text/javascript', a.js]));
  router.add('/explorer/app.css', serve((a) => ['text/css', a.css]));
  router.add('/favicon.ico', async (_req, res) => {
    res.statusCode = 204;
    res.end();
  });
  exportRoutes(router, options.store);
  return router;
}
