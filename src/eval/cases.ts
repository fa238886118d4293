/**
 * The gold cases: which annotation file is scored against which text.
 * - dev-gold: `document` is a seed name; the text is the data/plans file whose manifest entry's
 *   `source` ends with that name (data/plans/manifest.json).
 * - fixtures: `document` is a passages file beside the annotation (tests/fixtures/gold/); a
 *   manifest.json there, when present, is handed to the pipeline.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readGold, type GoldDocument } from './gold.ts';

export type GoldSet = 'dev-gold' | 'fixtures';

export interface GoldCase {
  set: GoldSet;
  goldPath: string;
  gold: GoldDocument;
  /** The text the pipeline reads. */
  textPath: string;
  /** The manifest handed to the pipeline, or undefined. */
  manifest?: string;
}

interface ManifestEntry {
  id?: string;
  file?: string;
  source?: string;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
    .sort()
    .map((f) => path.join(dir, f));
}

/** Dev-gold cases: each annotation mapped to its plan in `plansDir` through the manifest's `source`. */
export function devGoldCases(devGoldDir: string, plansDir: string): GoldCase[] {
  const manifest = path.join(plansDir, 'manifest.json');
  if (!existsSync(devGoldDir)) throw new Error(`The dev-gold folder ${devGoldDir} does not exist; pass --dev-gold <dir> or leave it out with --no-dev-gold.`);
  if (!existsSync(manifest)) throw new Error(`${manifest} does not exist: the dev-gold seeds are mapped to data/plans through its "source" fields.`);
  const entries = (JSON.parse(readFileSync(manifest, 'utf8')) as { documents?: ManifestEntry[] }).documents ?? [];
  return jsonFiles(devGoldDir).map((goldPath) => {
    const gold = readGold(goldPath);
    const entry = entries.find((e) => e.source !== undefined && path.basename(e.source) === path.basename(gold.document));
    if (!entry?.file) {
      throw new Error(`${goldPath}: no entry of ${manifest} has "source" ending in ${gold.document}; add one so the seed maps to a plan file.`);
    }
    return { set: 'dev-gold', goldPath, gold, textPath: path.join(plansDir, entry.file), manifest };
  });
}

/** Fixture cases: each annotation in `fixturesDir` scored on the passages file it names. */
export function fixtureCases(fixturesDir: string): GoldCase[] {
  if (!existsSync(fixturesDir)) return [];
  const manifest = path.join(fixturesDir, 'manifest.json');
  return jsonFiles(fixturesDir).map((goldPath) => {
    const gold = readGold(goldPath);
    const textPath = path.join(fixturesDir, gold.document);
    if (!existsSync(textPath)) throw new Error(`${goldPath}: its document ${gold.document} is not in ${fixturesDir}.`);
    return { set: 'fixtures', goldPath, gold, textPath, ...(existsSync(manifest) ? { manifest } : {}) };
  });
}
