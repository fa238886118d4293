/**
 * Builds the explorer page's script with esbuild, in memory (about a second), so that `npm start` on a fresh
 * clone serves the page with no build step and the browser loads no CDN: Cytoscape.js, fcose and graphology
 * are bundled in.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const PAGE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'page');

export interface ExplorerAssets {
  html: string;
  css: string;
  js: string;
  /** Build time in milliseconds. */
  ms: number;
}

export async function buildExplorerAssets(): Promise<ExplorerAssets> {
  const started = Date.now();
  const [result, html, css] = await Promise.all([
    build({
      entryPoints: [path.join(PAGE_DIR, 'main.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      write: false,
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    }),
    readFile(path.join(PAGE_DIR, 'index.html'), 'utf8'),
    readFile(path.join(PAGE_DIR, 'styles.css'), 'utf8'),
  ]);
  const js = result.outputFiles[0]?.text;
  if (js === undefined) throw new Error('esbuild produced no output for the explorer page; check src/explorer/page/main.ts.');
  return { html, css, js, ms: Date.now() - started };
}
