import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { launcherCommand, LAUNCHER_MAIN_CLASS } from '../../src/store/launcher-command.ts';
import { launcherPaths } from '../../src/store/launcher-paths.ts';
import { parseJavaMajor } from '../../src/store/launcher-prerequisites.ts';
import { parseLauncherLine } from '../../src/store/launcher-protocol.ts';

describe('parseLauncherLine', () => {
  it('reads the ready line', () => {
    expect(parseLauncherLine('PLANGRAPH_NEO4J_READY bolt://127.0.0.1:40123 version=5.26.30 edition=community pid=812\n')).toEqual({
      kind: 'ready',
      uri: 'bolt://127.0.0.1:40123',
      version: '5.26.30',
      edition: 'community',
      pid: 812,
    });
  });
  it('reads progress and failure lines', () => {
    expect(parseLauncherLine('PLANGRAPH_NEO4J_PROGRESS starting Neo4j')).toEqual({ kind: 'progress', message: 'starting Neo4j' });
    expect(parseLauncherLine('PLANGRAPH_NEO4J_FAILED the store is locked (pid 9)')).toEqual({
      kind: 'failed',
      message: 'the store is locked (pid 9)',
    });
  });
  it('does not take a malformed ready line or other output for ready', () => {
    expect(parseLauncherLine('PLANGRAPH_NEO4J_READY http://x version=1').kind).toBe('other');
    expect(parseLauncherLine('WARNING: An illegal reflective access').kind).toBe('other');
  });
});

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['no java here', null],
  ])('%s → %s', (out, major) => {
    expect(parseJavaMajor(out)).toBe(major);
  });
});

describe('launcherCommand', () => {
  it('runs the launcher class on its classes and jars with the given memory and home', () => {
    const paths = launcherPaths();
    const cmd = launcherCommand({ home: 'tmp/db', heap: '512m', pageCache: '64m', port: 7699 });
    expect(cmd.command).toBe('java');
    expect(cmd.cwd).toBe(paths.dir);
    expect(cmd.args).toContain('-Xmx512m');
    const at = (flag: string): string | undefined => cmd.args[cmd.args.indexOf(flag) + 1];
    expect(at('-cp')).toBe(`${paths.classes}${path.delimiter}${path.join(paths.lib, '*')}`);
    expect(cmd.args.indexOf(LAUNCHER_MAIN_CLASS)).toBeGreaterThan(cmd.args.indexOf('-cp'));
    expect(at('--home')).toBe(path.resolve('tmp/db'));
    expect(at('--port')).toBe('7699');
    expect(at('--page-cache')).toBe('64m');
    expect(at('--address')).toBe('127.0.0.1');
  });
  it('defaults to a 1g heap, a 256m page cache and a free port', () => {
    const cmd = launcherCommand({ home: '/tmp/x' });
    expect(cmd.args).toContain('-Xmx1g');
    expect(cmd.args[cmd.args.indexOf('--page-cache') + 1]).toBe('256m');
    expect(cmd.args[cmd.args.indexOf('--port') + 1]).toBe('0');
  });
  it('rejects a memory size the JVM would not understand', () => {
    expect(() => launcherCommand({ home: '/tmp/x', heap: 'lots' })).toThrow('heap=lots is not a memory size like 512m or 1g.');
  });
});
