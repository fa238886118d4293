/**
 * npm run eval [-- options]
 *   Runs extraction on every gold document (dev-gold plans and tests/fixtures/gold passages) and
 *   prints P/R/F1 per type, per document set and overall.
 * Options:
 *   --json                  machine output (the whole result, errors included)
 *   --show-errors TYPE      list false positives and false negatives of TYPE (an entity type,
 *                           a relation type or Indicator) with their evidence
 *   --update-baseline       rewrite tests/fixtures/eval-baseline.json from the current figures
 *   --check-baseline        exit 1 when a figure is below the baseline (minus 0.005)
 *   --dev-gold DIR | --no-dev-gold     --fixtures DIR | --no-fixtures     --plans DIR
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  baselineFrom,
  DEFAULT_PATHS,
  formatErrors,
  formatResult,
  regressions,
  runEvaluation,
  SCORE_KEYS,
  type Baseline,
  type ScoreKey,
} from '../src/eval/index.ts';

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      'show-errors': { type: 'string', multiple: true },
      'update-baseline': { type: 'boolean', default: false },
      'check-baseline': { type: 'boolean', default: false },
      'dev-gold': { type: 'string' },
      'no-dev-gold': { type: 'boolean', default: false },
      fixtures: { type: 'string' },
      'no-fixtures': { type: 'boolean', default: false },
      plans: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]!.replace(/^\/\*\*?|^ \* ?/gm, ''));
    return 0;
  }
  const show = (values['show-errors'] ?? []).map((t) => {
    const key = SCORE_KEYS.find((k) => k.toLowerCase() === t.toLowerCase());
    if (!key) throw new Error(`--show-errors ${t}: not a scored type; use one of ${SCORE_KEYS.join(', ')}.`);
    return key;
  }) as ScoreKey[];
  const result = await runEvaluation({
    ...(values['no-dev-gold'] ? { devGold: null } : values['dev-gold'] ? { devGold: values['dev-gold'] } : {}),
    ...(values['no-fixtures'] ? { fixtures: null } : values.fixtures ? { fixtures: values.fixtures } : {}),
    ...(values.plans ? { plans: values.plans } : {}),
  });
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else console.log(formatResult(result));
  for (const key of show) console.log(`\n== errors: ${key} ==\n${formatErrors(result, key)}`);
  let code = 0;
  if (values['update-baseline']) {
    const baseline = baselineFrom(result, `Written by \`npm run eval -- --update-baseline\` on ${new Date().toISOString().slice(0, 10)}; F1 per scope and row.`);
    writeFileSync(DEFAULT_PATHS.baseline, `${JSON.stringify(baseline, null, 2)}\n`);
    console.error(`Baseline written to ${DEFAULT_PATHS.baseline}.`);
  } else if (values['check-baseline']) {
    const baseline = JSON.parse(readFileSync(DEFAULT_PATHS.baseline, 'utf8')) as Baseline;
    const low = regressions(result, baseline);
    for (const r of low) console.error(`REGRESSION ${r.scope} ${r.key}: F1 ${r.now === null ? 'not scored' : r.now.toFixed(4)} < baseline ${r.baseline}`);
    if (low.length > 0) code = 1;
  }
  if (result.cases.some((c) => c.failure)) code = 1;
  return code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  },
);
