import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, redactedConfig } from '../../src/config.ts';

const CWD = path.resolve('/srv/plangraph');

describe('loadConfig', () => {
  it('has working defaults with an empty environment', () => {
    const c = loadConfig({}, CWD);
    expect(c).toMatchObject({
      neo4jUri: null,
      neo4jUser: 'neo4j',
      neo4jPassword: '',
      neo4jDatabase: null,
      dataDir: path.join(CWD, '.plangraph'),
      embeddedStartTimeoutSec: 120,
      connectTimeoutSec: 10,
      host: '127.0.0.1',
      port: 4000,
      plansDir: path.join(CWD, 'data', 'plans'),
      corsOrigins: [],
      queryTimeoutMs: 10_000,
      env: 'development',
      logLevel: 'info',
    });
  });

  it('reads and normalises what is set', () => {
    const c = loadConfig(
      {
        NEO4J_URI: ' neo4j+s://abc.databases.neo4j.io ',
        PORT: '0',
        PLANGRAPH_DATA_DIR: 'var/db',
        CORS_ORIGINS: 'http://a.test, ,http://b.test',
        LOG_LEVEL: 'DEBUG',
        PLANGRAPH_NEO4J_START_TIMEOUT: '300',
      },
      CWD,
    );
    expect(c.neo4jUri).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(c.port).toBe(0);
    expect(c.dataDir).toBe(path.join(CWD, 'var', 'db'));
    expect(c.corsOrigins).toEqual(['http://a.test', 'http://b.test']);
    expect(c.logLevel).toBe('debug');
    expect(c.embeddedStartTimeoutSec).toBe(300);
  });

  it('treats an empty NEO4J_URI as unset (embedded Neo4j)', () => {
    expect(loadConfig({ NEO4J_URI: '  ' }, CWD).neo4jUri).toBeNull();
  });

  it.each(['abc', '-1', '65536', '80.5', '4e3x'])('rejects PORT=%s with a message that says what to do', (port) => {
    expect(() => loadConfig({ PORT: port }, CWD)).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: port }, CWD)).toThrow(
      `PORT=${port} is not a whole number from 0 to 65535; unset it to use 4000.`,
    );
  });

  it.each(['localhost:7687', 'http://localhost:7474', 'bolt:/x', 'neo4j://'])('rejects NEO4J_URI=%s', (uri) => {
    expect(() => loadConfig({ NEO4J_URI: uri }, CWD)).toThrow(
      new RegExp(`^NEO4J_URI=${uri.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is not a Neo4j address; use bolt://host:7687`),
    );
  });

  it.each(['bolt://localhost:7687', 'neo4j://db:7687', 'bolt+ssc://10.0.0.1:7687'])('accepts NEO4J_URI=%s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri }, CWD).neo4jUri).toBe(uri);
  });

  it('bounds the embedded start timeout', () => {
    expect(() => loadConfig({ PLANGRAPH_NEO4J_START_TIMEOUT: '2' }, CWD)).toThrow(
      'PLANGRAPH_NEO4J_START_TIMEOUT=2 is not a whole number from 5 to 3600; unset it to use 120.',
    );
  });

  it('runs operations with graphql-jit unless PLANGRAPH_GRAPHQL_JIT=0, and says what it takes', () => {
    expect(loadConfig({}, CWD).graphqlJit).toBe(true);
    expect(loadConfig({ PLANGRAPH_GRAPHQL_JIT: '1' }, CWD).graphqlJit).toBe(true);
    expect(loadConfig({ PLANGRAPH_GRAPHQL_JIT: '0' }, CWD).graphqlJit).toBe(false);
    expect(() => loadConfig({ PLANGRAPH_GRAPHQL_JIT: 'off' }, CWD)).toThrow('PLANGRAPH_GRAPHQL_JIT=off is not a whole number from 0 to 1; unset it to use 1.');
  });

  it('rejects an unknown LOG_LEVEL', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud' }, CWD)).toThrow('LOG_LEVEL=loud is not one of debug, info, warn, error.');
  });

  it('is frozen', () => {
    const c = loadConfig({}, CWD);
    expect(Object.isFrozen(c)).toBe(true);
    expect(() => {
      (c as { port: number }).port = 1;
    }).toThrow(TypeError);
  });

  it('never prints the password', () => {
    expect(redactedConfig(loadConfig({ NEO4J_PASSWORD: 's3cret' }, CWD)).neo4jPassword).toBe('***');
    expect(redactedConfig(loadConfig({}, CWD)).neo4jPassword).toBe('');
  });
});

describe('credentials written into NEO4J_URI', () => {
  it('never reach a printable form', async () => {
    const { redactUri, redactedConfig } = await import('../../src/config.ts');
    expect(redactUri('bolt://neo4j:s3cret@db.example:7687')).toBe('bolt://***:***@db.example:7687');
    expect(redactUri('neo4j+s://abc.databases.neo4j.io')).toBe('neo4j+s://abc.databases.neo4j.io');
    const config = loadConfig({ NEO4J_URI: 'bolt://neo4j:s3cret@db.example:7687', NEO4J_PASSWORD: 'other-secret' });
    const printed = JSON.stringify(redactedConfig(config));
    expect(printed).not.toContain('s3cret');
    expect(printed).not.toContain('other-secret');
    const { Store } = await import('../../src/store/store.ts');
    const store = new Store({ uri: 'bolt://neo4j:s3cret@127.0.0.1:1' });
    expect(store.uri).not.toContain('s3cret');
    await store.close();
  });
});
