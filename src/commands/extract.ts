/**
 * plangraph extract <files or folders…> --out graph.json [--report report.txt] [--manifest m.json]
 * Writes the GraphDocument JSON; progress on stderr. Exit 0 when every document was read, 1 when
 * some failed (each printed with its reason), 2 on a usage error.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { extractDocuments, formatReport, ManifestError, tuneForBatchExtraction } from '../extract/index.ts';
import { wholeOption } from './options.ts';

export const summary = 'extract documents (files or folders) into a graph.json';

const USAGE = 'Usage: plangraph extract <files or folders…> --out graph.json [--report report.txt] [--manifest manifest.json] [--workers W]';

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        report: { type: 'string' },
        manifest: { type: 'string' },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    console.error(`plangraph extract: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(`${USAGE}\n\n${summary}.\n  --out FILE       where to write the graph JSON (required)\n  --report FILE    also write the extraction report (drops, merges, near-duplicates)\n  --manifest FILE  document ids, titles and issuers (default: manifest.json in a given folder)\n  --workers W      worker threads that recognise documents while the main thread reads and resolves them\n                   (default: none under 8 documents, else the cores less one, at most 3; 0 = main thread only;\n                   the graph is the same whatever W)`);
    return 0;
  }
  if (!values.out || positionals.length === 0) {
    console.error(`plangraph extract: ${!values.out ? 'give --out FILE' : 'give at least one file or folder'}.\n${USAGE}`);
    return 2;
  }
  let workers: number | undefined;
  try {
    workers = wholeOption('workers', values.workers, 0);
  } catch (err) {
    console.error(`plangraph extract: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  // a batch: V8 settings that make the first compilation of the extraction code cheaper (compiler-tuning.ts)
  tuneForBatchExtraction();
  const started = performance.now();
  let result;
  try {
    result = await extractDocuments(positionals, {
      manifest: values.manifest,
      workers,
      onProgress: (done, total, file, c) => {
        const what = c ? `${c.id}: ${c.entities} entities, ${c.relations} relations, ${c.indicators} indicators` : 'FAILED';
        process.stderr.write(`[${done}/${total}] ${file} — ${what}\n`);
      },
    });
  } catch (err) {
    if (err instanceof ManifestError) {
      console.error(`plangraph extract: ${err.message}`);
      return 2;
    }
    throw err;
  }
  await writeFile(values.out, JSON.stringify(result.graph, null, 2) + '\n');
  if (values.report) await writeFile(values.report, formatReport(result.report));
  const t = result.report.totals;
  for (const f of result.failures) console.error(`plangraph extract: could not read ${f.path}: ${f.reason}`);
  const dropped = result.report.drops.length;
  process.stderr.write(
    `extracted ${t.documents} documents: ${t.nodes} nodes, ${t.relations} relations, ${t.indicators} indicators` +
      `${dropped ? `, ${dropped} relations dropped by the schema` : ''}, ${result.failures.length} failed, in ${Math.round(performance.now() - started)} ms → ${values.out}\n`,
  );
  return result.failures.length > 0 ? 1 : 0;
}

