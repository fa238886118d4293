/** plangraph export --format graphml|gexf|cytoscape|d3|csv [--region …] [--type …] [--seeds …]: the graph for visualization tools. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { EXPORT_FORMATS, ExportQueryError, parseExportFormat, parseExportQuery, renderExport, selectExportGraph } from '../export/index.ts';
import { openStore } from '../store/index.ts';

export const summary = 'write the graph (or part of it) as GraphML, GEXF, Cytoscape.js JSON, D3 JSON or neo4j-admin CSV';

const USAGE = `Usage: plangraph export --format ${EXPORT_FORMATS.join('|')} [options]

  --region NAME    regions (names or ids; repeat or separate with commas): the regions, their members and partners
  --type TYPE      entity types to keep (Plan, Region, University, ResearchInstitute, Enterprise, Platform, Industry, Project)
  --seeds NAME     seed entities (names or ids): the seeds and everything within --depth hops
  --depth N        hops from the seeds (0-3, default 1)
  --relation TYPE  relation types (default: all but MENTIONS)
  --limit N        most nodes (default 2000)
  --out PATH       file to write (default: standard output); for csv a folder (default: .) that gets
                   nodes.csv and relationships.csv for neo4j-admin database import full
Uses NEO4J_URI when set, else the embedded Neo4j (data in PLANGRAPH_DATA_DIR, default .plangraph/).
Exit code: 0 written, 1 the database failed, 2 usage error (unknown format, type or name).`;

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        format: { type: 'string', short: 'f' },
        region: { type: 'string', multiple: true },
        type: { type: 'string', multiple: true },
        seeds: { type: 'string', multiple: true },
        relation: { type: 'string', multiple: true },
        depth: { type: 'string' },
        limit: { type: 'string' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    console.error(`plangraph export: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const v = parsed.values;
  if (v.help) {
    console.log(USAGE);
    return 0;
  }
  let format, query;
  try {
    format = parseExportFormat(v.format);
    query = parseExportQuery({ region: v.region, type: v.type, seeds: v.seeds, relation: v.relation, depth: v.depth, limit: v.limit });
  } catch (err) {
    console.error(`plangraph export: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const log = (msg: string) => console.error(`[export] ${msg}`);
  const opened = await openStore(loadConfig(), log);
  try {
    const graph = await selectExportGraph(opened.store, query);
    const files = renderExport(format, graph);
    if (files.length === 1 && !v.out) {
      process.stdout.write(files[0]!.content);
    } else if (files.length === 1) {
      await mkdir(path.dirname(path.resolve(v.out!)), { recursive: true });
      await writeFile(v.out!, files[0]!.content);
      log(`wrote ${v.out}`);
    } else {
      const dir = path.resolve(v.out ?? '.');
      await mkdir(dir, { recursive: true });
      for (const f of files) await writeFile(path.join(dir, f.name), f.content);
      log(`wrote ${files.map((f) => path.join(dir, f.name)).join(', ')}`);
    }
    log(`${graph.nodes.length} nodes, ${graph.edges.length} edges${graph.truncated ? ` (cut at --limit ${query.limit}; raise it for more)` : ''}`);
    return 0;
  } catch (err) {
    if (err instanceof ExportQueryError) {
      console.error(`plangraph export: ${err.message}`);
      return 2;
    }
    throw err;
  } finally {
    await opened.close();
  }
}
