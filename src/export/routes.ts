/**
 * HTTP: GET /export/<format>?region=…&type=…&seeds=…&relation=…&depth=…&limit=… answers the file as an attachment.
 * CSV answers a zip of nodes.csv and relationships.csv, or one of them with ?part=nodes|relationships.
 */
import JSZip from 'jszip';
import type { Router } from '../api/index.ts';
import { sendJson } from '../api/http-server.ts';
import type { Store } from '../store/store.ts';
import { renderExport } from './formats.ts';
import { exportQueryFromSearchParams, ExportQueryError, parseExportFormat, parseExportQuery } from './query.ts';
import { selectExportGraph } from './select.ts';
import type { ExportFile } from './types.ts';

function sendFile(res: import('node:http').ServerResponse, name: string, mediaType: string, body: string | Buffer, truncated: boolean): void {
  res.statusCode = 200;
  res.setHeader('content-type', mediaType);
  res.setHeader('content-disposition', `attachment; filename="${name}"`);
  res.setHeader('x-plangraph-truncated', String(truncated));
  res.end(body);
}

async function zip(files: ExportFile[]): Promise<Buffer> {
  const archive = new JSZip();
  for (const f of files) archive.file(f.name, f.content);
  return archive.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export function exportRoutes(router: Router, store: Store): Router {
  return router.add('/export/*', async (req, res, url) => {
    if (req.method !== 'GET') {
      res.setHeader('allow', 'GET');
      return sendJson(res, 405, { errors: [{ message: `${req.method} is not supported on /export; use GET.`, extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
    }
    try {
      const format = parseExportFormat(url.pathname.slice('/export/'.length));
      const query = parseExportQuery(exportQueryFromSearchParams(url.searchParams));
      const part = url.searchParams.get('part');
      const graph = await selectExportGraph(store, query);
      const files = renderExport(format, graph);
      if (part !== null) {
        const file = files.find((f) => f.name === `${part}.csv`);
        if (format !== 'csv' || !file) throw new ExportQueryError(`part "${part}" is only for csv: use part=nodes or part=relationships.`);
        return sendFile(res, file.name, file.mediaType, file.content, graph.truncated);
      }
      if (files.length === 1) return sendFile(res, files[0]!.name, files[0]!.mediaType, files[0]!.content, graph.truncated);
      return sendFile(res, `plangraph-${format}.zip`, 'application/zip', await zip(files), graph.truncated);
    } catch (err) {
      if (err instanceof ExportQueryError) {
        return sendJson(res, 400, { errors: [{ message: `Export: ${err.message}`, extensions: { code: 'BAD_USER_INPUT' } }] });
      }
      throw err;
    }
  });
}
