/**
 * The synthetic corpus: the five plans plus copies attributed to other real districts, at ×N the size of
 * the originals. Deterministic: the same sources, multiple and seed give the same files byte for byte.
 *
 * A copy of plan P (issuer I) for region R is P's text with I's full and short names replaced by R's
 * (万州区 → 巫山县, 万州 → 巫山), so the copy has its own issuer, its own local entities (巫山经开区…)
 * and shares the regional and national ones (重庆大学…) with the originals: hubs grow with the corpus.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { seededRandom, shuffled } from './prng.ts';
import { loadRegionPools, shortRegionName, type RegionPools } from './region-pool.ts';

export interface SourcePlan {
  id: string;
  file: string;
  text: string;
  title: string | null;
  issuer: string;
  period: string | null;
  issued: string | null;
}

export interface CorpusDocument extends SourcePlan {
  /** The id of the plan it was copied from (itself for an original). */
  copyOf: string;
}

export interface CorpusPlan {
  multiple: number;
  seed: number;
  documents: CorpusDocument[];
}

function replaceAll(text: string, pairs: [string, string][]): string {
  let out = text;
  for (const [from, to] of pairs) out = out.split(from).join(to);
  return out;
}

/**
 * The corpus at `multiple` × the sources: the originals, then copies until there are sources × multiple
 * documents, the sources taken in turn, each copy attributed to the next unused region of the right level.
 */
export function planCorpus(sources: readonly SourcePlan[], multiple: number, seed: number, pools: RegionPools = loadRegionPools()): CorpusPlan {
  if (!Number.isInteger(multiple) || multiple < 1) throw new Error(`the corpus multiple must be a whole number ≥ 1, got ${multiple}.`);
  if (sources.length === 0) throw new Error('no source plans to copy; check the plans folder and its manifest.json.');
  const random = seededRandom(seed);
  const used = new Set(sources.map((s) => s.issuer));
  const countyNames = new Set(pools.counties.map((c) => c.name));
  // Names repeated across provinces (朝阳区…) would merge two places into one Region node: leave them out.
  const unique = <T extends { name: string }>(list: T[]) => {
    const count = new Map<string, number>();
    for (const d of list) count.set(d.name, (count.get(d.name) ?? 0) + 1);
    return list.filter((d) => count.get(d.name) === 1);
  };
  const counties = unique(pools.counties);
  const cities = unique(pools.cities).filter((c) => !countyNames.has(c.name));
  const provinceOf = new Map(pools.counties.map((c) => [c.name, c.provinceCode]));
  const queues = new Map<string, string[]>();
  const queueFor = (source: SourcePlan): string[] => {
    const county = countyNames.has(source.issuer);
    const key = county ? `county:${provinceOf.get(source.issuer)}` : 'city';
    let queue = queues.get(key);
    if (!queue) {
      const home = provinceOf.get(source.issuer);
      const pool = county
        ? [...shuffled(counties.filter((c) => c.provinceCode === home), random), ...shuffled(counties.filter((c) => c.provinceCode !== home), random)]
        : shuffled(cities, random);
      queue = pool.map((d) => d.name);
      queues.set(key, queue);
    }
    return queue;
  };

  const documents: CorpusDocument[] = sources.map((s) => ({ ...s, copyOf: s.id }));
  const total = sources.length * multiple;
  for (let n = sources.length; n < total; n++) {
    const source = sources[n % sources.length]!;
    const queue = queueFor(source);
    let region: string | undefined;
    while ((region = queue.shift()) !== undefined && used.has(region));
    if (region === undefined) throw new Error(`ran out of regions to attribute copies of ${source.id} to; ask for a smaller multiple.`);
    used.add(region);
    const pairs: [string, string][] = [[source.issuer, region]];
    const short = shortRegionName(source.issuer);
    if (short !== source.issuer) pairs.push([short, shortRegionName(region)]);
    const serial = String(n).padStart(4, '0');
    documents.push({
      id: `copy${serial}-${source.id}`,
      file: `copy${serial}-${source.id}.txt`,
      text: replaceAll(source.text, pairs),
      title: source.title ? replaceAll(source.title, pairs) : null,
      issuer: region,
      period: source.period,
      issued: source.issued,
      copyOf: source.id,
    });
  }
  return { multiple, seed, documents };
}

/** The plans of a folder with a manifest.json (issuer required: a copy needs to know whose names to replace). */
export async function readSourcePlans(dir: string): Promise<SourcePlan[]> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { documents: Record<string, string | null>[] };
  const files = new Set(await readdir(dir));
  return Promise.all(
    manifest.documents
      .filter((d) => d.file && files.has(d.file))
      .map(async (d) => {
        if (!d.issuer) throw new Error(`${dir}/manifest.json: ${d.id} has no issuer; the bench needs one to attribute copies to other regions.`);
        return {
          id: d.id!,
          file: d.file!,
          text: await readFile(path.join(dir, d.file!), 'utf8'),
          title: d.title ?? null,
          issuer: d.issuer,
          period: d.period ?? null,
          issued: d.issued ?? null,
        };
      }),
  );
}

export function corpusDigest(plan: CorpusPlan): string {
  const hash = createHash('sha256');
  for (const d of plan.documents) hash.update(`${d.id}\u0000${d.issuer}\u0000${d.title}\u0000${d.text}\u0000`);
  return hash.digest('hex');
}

/** Writes the corpus (documents and manifest.json) into `dir`, replacing what was there. Returns its UTF-8 size. */
export async function writeCorpus(plan: CorpusPlan, dir: string): Promise<{ bytes: number; digest: string }> {
  const digest = corpusDigest(plan);
  const stamp = path.join(dir, '.digest');
  const previous = await readFile(stamp, 'utf8').catch(() => null);
  const bytes = plan.documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  if (previous === digest) return { bytes, digest };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const d of plan.documents) await writeFile(path.join(dir, d.file), d.text);
  const documents = plan.documents.map(({ id, file, title, issuer, period, issued, copyOf }) => ({ id, file, title, issuer, period, issued, copyOf }));
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify({ description: `PlanGraph bench corpus ×${plan.multiple}, seed ${plan.seed}`, documents }, null, 1));
  await writeFile(stamp, digest);
  return { bytes, digest };
}
