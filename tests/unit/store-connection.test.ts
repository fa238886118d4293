import { readdirSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openStore } from '../../src/store/index.ts';
import { cypherNames, cypher } from '../../src/store/cypher.ts';

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? listTs(full) : full.endsWith('.ts') ? [full] : [];
  });
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('opening the store with NEO4J_URI', () => {
  it('fails within seconds, naming the address and what to check, when nothing listens there', async () => {
    const port = await closedPort();
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_CONNECT_TIMEOUT: '3' });
    const t0 = Date.now();
    const error = await openStore(config).then(
      () => null,
      (err: unknown) => err as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toContain(`bolt://127.0.0.1:${port}`);
    expect(error!.message).toMatch(/Check that the server is running/);
    expect(error!.message).toMatch(/unset NEO4J_URI/);
    expect(Date.now() - t0).toBeLessThan(8_000);
  });

  it('fails within the connect timeout when the address accepts TCP but never speaks Bolt', async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_CONNECT_TIMEOUT: '2' });
      const t0 = Date.now();
      const error = await openStore(config).then(
        () => null,
        (err: unknown) => err as Error,
      );
      expect(error?.message).toContain(`bolt://127.0.0.1:${port}`);
      expect(Date.now() - t0).toBeLessThan(8_000);
    } finally {
      silent.close();
    }
  });
});

describe('the Cypher statements', () => {
  it('are all named files with no interpolation, and no source file builds Cypher from a template', () => {
    const names = cypherNames();
    expect(names).toContain('schema');
    expect(names).toContain('load-entities');
    for (const name of names) {
      const text = cypher(name);
      expect(text.length, name).toBeGreaterThan(0);
      expect(text, name).not.toMatch(/\$\{/);
    }
    // Every query the program runs goes through cypher('<name>'): no run/executeQuery with a template literal.
    const offenders: string[] = [];
    for (const file of listTs('src')) {
      const source = readFileSync(file, 'utf8');
      if (/\.(run|executeQuery)\(\s*`/.test(source)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });

  it('throws for a statement that does not exist', () => {
    expect(() => cypher('no-such-statement')).toThrow(/no Cypher statement named "no-such-statement"/);
  });
});
