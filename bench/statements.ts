/**
 * Where a question's time goes inside the database: records the Cypher statements PlanGraph runs for Q1–Q5 (as
 * bench/db-hits.ts does), then runs each one alone, serially, and prints its median and slowest time, its rows and its
 * database hits. Use it against a loaded graph while changing a statement; the full bench measures the whole answer.
 *
 *   tsx bench/statements.ts <boltUri> [--runs 20] [--only Q3,Q4] [--params '{"q5From": "…", "q5To": "…"}']
 *
 * --params overrides the entities picked from this graph (the bench picks them at ×1 and reuses them at every size).
 */
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.ts';
import { Store } from '../src/store/store.ts';
import { profileAll, recordPlanGraph } from './db-hits.ts';
import { pickParams } from './expected.ts';
import { Q4_REGIONS, QUESTION_IDS, requestFor, type QuestionId, type QuestionParams } from './questions.ts';


function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '20' }, only: { type: 'string' }, params: { type: 'string' } } });
  const uri = positionals[0];
  if (!uri) throw new Error('usage: tsx bench/statements.ts <boltUri> [--runs 20] [--only Q3,Q4]');
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of at least 1, got "${values.runs}"`);
  const only = values.only ? (values.only.split(',').map((s) => s.trim()) as QuestionId[]) : [...QUESTION_IDS];
  const config = loadConfig({ NEO4J_URI: uri, NODE_ENV: 'production', PLANGRAPH_QUERY_TIMEOUT_MS: '600000' });
  const store = new Store({ uri, queryTimeoutMs: 600_000 });
  const driver = neo4j.driver(uri, undefined, { userAgent: 'plangraph-bench-statements', disableLosslessIntegers: true });
  try {
    let overrides: Partial<QuestionParams> = {};
    try {
      overrides = values.params ? (JSON.parse(values.params) as Partial<QuestionParams>) : {};
    } catch (err) {
      throw new Error(`--params takes a JSON object such as '{"q1Entity": "University:重庆大学"}': ${(err as Error).message}`);
    }
    const params = { ...(await pickParams(store, Q4_REGIONS)), ...overrides };
    for (const q of only) {
      const recorded = await recordPlanGraph(uri, config, requestFor('plangraph', q, params));
      process.stdout.write(`${q}: ${recorded.length} statement(s)\n`);
      for (const r of recorded) {
        const name = /^\/\/ ?([^\n]*)/.exec(r.query)?.[1]?.slice(0, 60) ?? r.query.slice(0, 60);
        const times: number[] = [];
        let rows = 0;
        for (let i = 0; i < runs + 2; i++) {
          const t0 = performance.now();
          const result = await driver.executeQuery(r.query, r.params, { routing: 'READ' });
          if (i >= 2) times.push(performance.now() - t0);
          rows = result.records.length;
        }
        times.sort((a, b) => a - b);
        const { dbHits } = await profileAll(driver, [r]);
        process.stdout.write(`  ${quantile(times, 0.5).toFixed(1).padStart(8)} ms p50 ${quantile(times, 0.99).toFixed(1).padStart(8)} ms max  ${String(rows).padStart(6)} rows ${String(dbHits).padStart(9)} hits  ${name}\n`);
      }
    }
  } finally {
    await driver.close();
    await store.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench statements failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
