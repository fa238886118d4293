/**
 * A stand-in for a PlanGraph process that uses the embedded Neo4j, for tests of what happens when such
 * a process dies: it starts the launcher on argv[2], writes a node {marker: argv[3]}, prints one JSON
 * line {uri, pid} and then idles until it is killed.
 * Run as: node --import tsx tests/setup/embedded-child.ts DATA_DIR MARKER
 */
import neo4j from 'neo4j-driver';
import { startEmbeddedNeo4j } from '../../src/store/embedded.ts';

const [dataDir, marker] = process.argv.slice(2);
if (!dataDir || !marker) {
  console.error('usage: embedded-child.ts DATA_DIR MARKER');
  process.exit(2);
}
const db = await startEmbeddedNeo4j({ dataDir, timeoutSec: 180 });
const driver = neo4j.driver(db.uri);
try {
  await driver.executeQuery('CREATE (:LauncherProbe {marker: $marker})', { marker });
} finally {
  await driver.close();
}
console.log(JSON.stringify({ uri: db.uri, pid: db.pid }));
setInterval(() => {}, 60_000); // stay alive until killed
