/**
 * plangraph launcher build   — build tools/neo4j-launcher (Maven) if needed; --force to rebuild.
 * plangraph launcher start   — run the embedded Neo4j in the foreground, print its uri, stop on Ctrl-C.
 * plangraph launcher command — print the java command line (to run it by hand).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { buildLauncher } from '../store/launcher-build.ts';
import { launcherCommand } from '../store/launcher-command.ts';
import { startEmbeddedNeo4j } from '../store/embedded.ts';

export const summary = 'build or run the embedded Neo4j (launcher build | start | command)';

const HELP = `Usage:
  plangraph launcher build [--force]
  plangraph launcher start [--data-dir DIR] [--port N] [--heap 1g] [--page-cache 256m]
  plangraph launcher command [--data-dir DIR] [--port N] [--heap 1g] [--page-cache 256m]

The store goes to DIR/neo4j and the log to DIR/logs/launcher.log (default DIR: PLANGRAPH_DATA_DIR or .plangraph).
Needs Java 17+ and, to build, Maven. Without them set NEO4J_URI to your own Neo4j instead.`;

const log = (msg: string): void => console.error(`[neo4j] ${msg}`);

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      force: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '0' },
      heap: { type: 'string' },
      'page-cache': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [sub] = positionals;
  if (values.help || !sub) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const dataDir = path.resolve(values['data-dir'] ?? config.dataDir);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`plangraph launcher: --port ${values.port} is not a port number from 0 (any free port) to 65535.`);
    return 2;
  }

  switch (sub) {
    case 'build': {
      const result = await buildLauncher({ force: values.force, onProgress: log });
      log(result.built ? `built in ${(result.ms / 1000).toFixed(1)} s` : 'already up to date');
      return 0;
    }
    case 'command': {
      const cmd = launcherCommand({ home: path.join(dataDir, 'neo4j'), port, heap: values.heap, pageCache: values['page-cache'] });
      console.log(`cd ${cmd.cwd} && ${cmd.command} ${cmd.args.map((a) => (/[\s*]/.test(a) ? `'${a}'` : a)).join(' ')}`);
      return 0;
    }
    case 'start':
      return startForeground(dataDir, port, values.heap, values['page-cache'], config.embeddedStartTimeoutSec);
    default:
      console.error(`plangraph launcher: unknown subcommand "${sub}".\n${HELP}`);
      return 2;
  }
}

async function startForeground(
  dataDir: string,
  port: number,
  heap: string | undefined,
  pageCache: string | undefined,
  timeoutSec: number,
): Promise<number> {
  const neo4j = await startEmbeddedNeo4j({ dataDir, timeoutSec, port, heap, pageCache, onProgress: log });
  console.log(neo4j.uri);
  log(`set NEO4J_URI=${neo4j.uri} in another shell to use it; Ctrl-C stops it.`);
  return new Promise<number>((resolve) => {
    let stopping = false;
    const onSignal = (): void => {
      if (stopping) return;
      stopping = true;
      log('stopping…');
      const t = Date.now();
      void neo4j.stop().then(() => {
        log(`stopped in ${((Date.now() - t) / 1000).toFixed(1)} s`);
        resolve(0);
      });
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    void neo4j.exited.then(({ code, signal }) => {
      if (stopping) return;
      log(`Neo4j exited on its own (${signal ?? `code ${code}`}); see ${neo4j.logFile}`);
      resolve(1);
    });
  });
}
