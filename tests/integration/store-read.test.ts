/**
 * How the Store reads from the real Neo4j: each read is one auto-commit transaction, retried when the driver says the
 * error is transient (a dead pooled connection after a restart), not otherwise; and a record larger than a Bolt
 * chunk (src/store/whole-messages.ts) comes back byte for byte.
 */
import neo4j, { Neo4jError, type Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { Store } from '../../src/store/store.ts';

let store: Store;

beforeAll(() => {
  store = new Store({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await store?.close();
});

/** Makes the next `failures` sessions the store opens fail their run with `error`, as a dead connection would. */
function failNextRuns(failures: number, error: Error): { opened: () => number } {
  const session = store.driver.session.bind(store.driver);
  let opened = 0;
  vi.spyOn(store.driver, 'session').mockImplementation((config) => {
    const s: Session = session(config);
    if (opened++ < failures) vi.spyOn(s, 'run').mockImplementation(() => Promise.reject(error) as never);
    return s;
  });
  return { opened: () => opened };
}

describe('Store.read', () => {
  it('answers through a transient error (a connection lost), retrying in a new session', async () => {
    const plain = await store.read<{ version: string; edition: string }>('dbms-components');
    expect(plain[0]?.version).toMatch(/^5\./);
    const spy = failNextRuns(2, new Neo4jError('Connection was closed by server', neo4j.error.SERVICE_UNAVAILABLE, '08000', 'connection exception'));
    try {
      expect(await store.read('dbms-components')).toEqual(plain);
      expect(spy.opened()).toBe(3);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('does not retry an error that is not transient, and says what failed', async () => {
    const spy = failNextRuns(1, new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax error'));
    try {
      await expect(store.read('dbms-components')).rejects.toThrow(/query dbms-components|Invalid input/);
      expect(spy.opened()).toBe(1);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('gives a record of several Bolt chunks back whole: long Chinese text and lists of it', async () => {
    const text = Array.from({ length: 6000 }, (_, i) => `第${i}句：重庆大学与开州区共建“万开云”研究院。`).join('');
    expect(Buffer.byteLength(text)).toBeGreaterThan(200_000);
    const list = Array.from({ length: 2000 }, (_, i) => `黔江区${i}`);
    const { records } = await store.driver.executeQuery('RETURN $text AS text, $list AS list, size($text) AS length', { text, list });
    expect(records[0]!.get('text')).toBe(text);
    expect(records[0]!.get('list')).toEqual(list);
    expect(records[0]!.get('length')).toBe(text.length);
  });
});
