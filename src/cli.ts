#!/usr/bin/env node
/**
 * plangraph <command> [args…]
 * Each command lives in src/commands/<name>.ts and exports `run(args: string[]): Promise<number>`
 * (the exit code) and `summary` (one line for the help).
 */
import { pathToFileURL } from 'node:url';

const COMMANDS = ['serve', 'load', 'extract', 'export', 'launcher'] as const;
type CommandName = (typeof COMMANDS)[number];

interface CommandModule {
  summary: string;
  run(args: string[]): Promise<number>;
}

async function importCommand(name: CommandName): Promise<CommandModule> {
  return (await import(`./commands/${name}.ts`)) as CommandModule;
}

async function help(): Promise<void> {
  const lines = ['Usage: plangraph <command> [options]', '', 'Commands:'];
  for (const name of COMMANDS) {
    try {
      const mod = await importCommand(name);
      lines.push(`  ${name.padEnd(10)} ${mod.summary}`);
    } catch {
      lines.push(`  ${name.padEnd(10)} (not available in this build)`);
    }
  }
  lines.push('', 'Run `plangraph <command> --help` for the options of one command.');
  console.log(lines.join('\n'));
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await help();
    return name ? 0 : 2;
  }
  if (!(COMMANDS as readonly string[]).includes(name)) {
    console.error(`plangraph: unknown command "${name}". Commands: ${COMMANDS.join(', ')}.`);
    return 2;
  }
  const mod = await importCommand(name as CommandName);
  return mod.run(rest);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err instanceof Error ? `plangraph: ${err.message}` : err);
      process.exitCode = 1;
    },
  );
}
