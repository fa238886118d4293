/**
 * neo4j-driver for JavaScript (5.x) leaves Nagle's algorithm on for its Bolt sockets, where Neo4j's Java, Python and
 * Rust drivers turn it off (TCP_NODELAY). A transaction's small messages then wait at random for the server's delayed
 * ACK, 40 ms on Linux. Measured on the x10 graph: EXPLAIN of one statement, 30 times in a row, took 5-10 ms or 46-64 ms
 * by turns; with TCP_NODELAY, 3-8 ms every time. The driver opens its sockets with `net.connect` (or `tls.connect`)
 * and offers no option, so both are wrapped, once per process, to set TCP_NODELAY on the sockets they open.
 */
import net from 'node:net';
import tls from 'node:tls';

let installed = false;

export function installTcpNoDelay(): void {
  if (installed) return;
  installed = true;
  for (const mod of [net, tls] as { connect: (...args: unknown[]) => net.Socket }[]) {
    const connect = mod.connect;
    mod.connect = function connectWithNoDelay(this: unknown, ...args: unknown[]) {
      return connect.apply(this, args).setNoDelay(true);
    };
  }
}
