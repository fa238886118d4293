/**
 * The Bolt sockets neo4j-driver opens for a Store have TCP_NODELAY set (src/store/tcp-nodelay.ts): the driver connects
 * to a plain TCP server that accepts and hangs up, and every socket the driver opened had setNoDelay(true) called.
 */
import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Store } from '../../src/store/store.ts';

let server: net.Server | null = null;

afterEach(async () => {
  vi.restoreAllMocks();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

describe('Bolt sockets', () => {
  it('are opened with TCP_NODELAY (Nagle off), so small messages are not held for a delayed ACK', async () => {
    const accepted: net.Socket[] = [];
    server = net.createServer((socket) => {
      accepted.push(socket);
      socket.destroy();
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const setNoDelay = vi.spyOn(net.Socket.prototype, 'setNoDelay');
    const store = new Store({ uri: `bolt://127.0.0.1:${port}`, connectTimeoutMs: 2_000 });
    try {
      await expect(store.driver.verifyConnectivity()).rejects.toThrow();
    } finally {
      await store.close();
    }
    expect(accepted.length).toBeGreaterThan(0);
    expect(setNoDelay).toHaveBeenCalledWith(true);
    expect(setNoDelay.mock.calls.length).toBeGreaterThanOrEqual(accepted.length);
  });
});
