/** plangraph load <documents, folders or graph.json…>: extract (if needed) and write into Neo4j. */
import { loadConfig } from '../config.ts';
import { openStore } from '../store/index.ts';
import { parseArgs } from 'node:util';
import { tuneForBatchExtraction } from '../extract/index.ts';
import { loadCorpus } from './load-corpus.ts';
import { wholeOption } from './options.ts';

export const summary = 'extract documents (or take a graph.json) and load them into Neo4j';

const USAGE = `Usage: plangraph load <files, folders or graph.json…> [--manifest manifest.json]
                      [--per-transaction RECORDS] [--concurrency N] [--workers W]

Documents (.txt .docx .pdf .html) are extracted first; a graph.json from \`plangraph extract\` is
loaded as it is. Re-loading a document replaces what it contributed, in one transaction.
Transactions hold whole documents, up to RECORDS records each (default 50000; 1 gives one document per
transaction), N at a time (default 2). W worker threads recognise documents while the main
thread reads and resolves them (default: none under 8 documents, else the cores less one, at most 3;
0 = the main thread only). The graph is the same whatever W.
Uses NEO4J_URI when set, else starts the embedded Neo4j (data in PLANGRAPH_DATA_DIR, default .plangraph/).
Exit code: 0 all loaded, 1 some documents could not be read (the others are loaded), 2 usage error.`;

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: {
        manifest: { type: 'string' },
        'per-transaction': { type: 'string' },
        concurrency: { type: 'string' },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    console.error(`plangraph load: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    console.error(`plangraph load: name at least one document, folder or graph.json.\n${USAGE}`);
    return 2;
  }
  const whole = (name: 'per-transaction' | 'concurrency' | 'workers', least = 1) => wholeOption(name, parsed.values[name], least);
  let loadOptions;
  let workers;
  try {
    loadOptions = { recordsPerTransaction: whole('per-transaction'), concurrency: whole('concurrency') };
    workers = whole('workers', 0);
  } catch (err) {
    console.error(`plangraph load: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  // a batch: V8 settings that make the first compilation of the extraction code cheaper (compiler-tuning.ts)
  tuneForBatchExtraction();
  const config = loadConfig();
  const log = (msg: string) => console.error(`[load] ${msg}`);
  const opened = await openStore(config, log);
  try {
    const result = await loadCorpus(opened.store, parsed.positionals, { manifest: parsed.values.manifest, log, loadOptions, workers });
    if (result.load) {
      const r = result.load;
      log(`done: ${r.documents} documents, ${r.records} records in ${r.ms} ms (${Math.round((r.records / Math.max(r.ms, 1)) * 1000)} records/s)`);
    }
    if (result.failures.length > 0) {
      log(`${result.failures.length} document(s) could not be read; everything else was loaded.`);
      return 1;
    }
    return 0;
  } finally {
    await opened.close();
  }
}
