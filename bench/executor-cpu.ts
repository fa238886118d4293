/**
 * What graphql-jit (src/api/jit-executor.ts) saves: one bench question answered in process by PlanGraph's API with
 * graphql-jit and with graphql-js (PLANGRAPH_GRAPHQL_JIT=0), in alternating rounds, CPU time of this process per
 * answer (the driver's decoding included, no HTTP); then the time graphql-jit takes to compile the question's query,
 * beside the time graphql-js takes to validate it (both paid once per query text).
 *
 *   tsx bench/executor-cpu.ts <boltUri> [--question Q1] [--rounds 10] [--answers 100] [--params '{"q1Entity": "…"}']
 */
import { parseArgs } from 'node:util';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse, validate } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { createApi, typeDefs, type Api } from '../src/api/index.ts';
import { resolvers } from '../src/api/resolvers/index.ts';
import { loadConfig } from '../src/config.ts';
import { Store } from '../src/store/store.ts';
import { pickParams } from './expected.ts';
import { Q4_REGIONS, QUESTION_IDS, requestFor, type QuestionId, type QuestionParams } from './questions.ts';

async function cpuPerAnswer(api: Api, query: string, variables: Record<string, unknown>, answers: number): Promise<{ ms: number; body: string }> {
  let body = '';
  const c0 = process.cpuUsage();
  for (let i = 0; i < answers; i++) {
    const response = await api.server.executeOperation({ query, variables }, { contextValue: api.context() });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    if (response.body.singleResult.errors) throw new Error(`the API answered with errors: ${JSON.stringify(response.body.singleResult.errors)}`);
    if (i === 0) body = JSON.stringify(response.body.singleResult.data);
  }
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000 / answers, body };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { question: { type: 'string', default: 'Q1' }, rounds: { type: 'string', default: '10' }, answers: { type: 'string', default: '100' }, params: { type: 'string' } },
  });
  const uri = positionals[0];
  if (!uri) throw new Error('usage: tsx bench/executor-cpu.ts <boltUri> [--question Q1] [--rounds 10] [--answers 100] [--params JSON]');
  const q = values.question as QuestionId;
  if (!QUESTION_IDS.includes(q)) throw new Error(`--question takes one of ${QUESTION_IDS.join(', ')}, got "${values.question}"`);
  const rounds = Number(values.rounds);
  const answers = Number(values.answers);
  if (!(rounds >= 1 && answers >= 1)) throw new Error('--rounds and --answers take whole numbers of at least 1');
  const store = new Store({ uri, queryTimeoutMs: 600_000 });
  try {
    const params: QuestionParams = { ...(await pickParams(store, Q4_REGIONS)), ...(values.params ? (JSON.parse(values.params) as Partial<QuestionParams>) : {}) };
    const { query, variables } = JSON.parse(requestFor('plangraph', q, params).body) as { query: string; variables: Record<string, unknown> };
    const jit = createApi(store, loadConfig({ NEO4J_URI: uri, NODE_ENV: 'production' }));
    const js = createApi(store, loadConfig({ NEO4J_URI: uri, NODE_ENV: 'production', PLANGRAPH_GRAPHQL_JIT: '0' }));
    await jit.server.start();
    await js.server.start();
    try {
      for (let round = 1; round <= rounds; round++) {
        const a = await cpuPerAnswer(js, query, variables, answers);
        const b = await cpuPerAnswer(jit, query, variables, answers);
        if (a.body !== b.body) throw new Error(`graphql-jit and graphql-js answered ${q} differently`);
        process.stdout.write(`${q} round ${round}: graphql-js ${a.ms.toFixed(2)} ms, graphql-jit ${b.ms.toFixed(2)} ms of CPU per answer (same answer, ${b.body.length} characters)\n`);
      }
    } finally {
      await jit.server.stop();
      await js.server.stop();
    }
    const schema = makeExecutableSchema({ typeDefs, resolvers: resolvers as never });
    for (let i = 0; i < 30; i++) compileQuery(schema, parse(query));
    let compile = 0;
    let validation = 0;
    const n = 200;
    for (let i = 0; i < n; i++) {
      const document = parse(query);
      let t0 = performance.now();
      validate(schema, document);
      validation += performance.now() - t0;
      t0 = performance.now();
      compileQuery(schema, document);
      compile += performance.now() - t0;
    }
    process.stdout.write(`${q} once per query text: graphql-jit compiles it in ${(compile / n).toFixed(2)} ms, graphql-js validates it in ${(validation / n).toFixed(2)} ms\n`);
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`executor-cpu failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
