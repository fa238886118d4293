/**
 * The cue lexicon (data/lexicon/cues.json), read once and frozen. Relation and indicator
 * extractors take their words from here, so adding a cue word needs no code change.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface FrameCue {
  open: string;
  close: string;
}

export interface Cues {
  issuerSubjects: string[];
  clauseSeparators: string;
  collaborate: {
    partnerMarkers: string[];
    verbs: string[];
    leadVerbs: string[];
    hostVerbs: string[];
    hostTypes: string[];
    coBuildVerbs: string[];
    leadBuildVerbs: string[];
    regionPartnerFollowers: string[];
  };
  reliesOn: {
    prefixes: string[];
    frames: FrameCue[];
    siteVerbs: string[];
    siteModals: string[];
    supportVerbs: string[];
    supportBuildVerbs: string[];
    branchSuffixes: string[];
    hostNameBlockers: string[];
  };
  belongsTo: { locative: string[]; groupMarkers: string[] };
  cites: { verbs: string[] };
  focusesOn: { verbs: string[] };
  indicators: {
    targetVerbs: string[];
    countVerbs: string[];
    units: string[];
    qualifiers: string[];
    pastSectionWords: string[];
    futureSectionWords: string[];
    countUnitsAlike: string[];
    ratioWords: string[];
    sectorSuffixes: string[];
    synonyms: string[][];
    pastSentenceWords: string[];
    futureSentenceWords: string[];
    futureWords: string[];
    tableHeaderWords: string[];
    tableAttributeWords: string[];
    tableAverageWords: string[];
    tableTargetWords: string[];
    tableActualWords: string[];
  };
}

export const CUES_PATH = fileURLToPath(new URL('../../data/lexicon/cues.json', import.meta.url));

let cached: Readonly<Cues> | null = null;

function stringList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new Error(`${CUES_PATH}: "${where}" must be a list of strings; fix the file (see its "description" fields).`);
  }
  // Longest first, so that 累计达到 is tried before 达到.
  return [...value].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** A list of lists of strings (groups of words that mean the same). */
function groups(value: unknown, where: string): string[][] {
  if (!Array.isArray(value)) throw new Error(`${CUES_PATH}: "${where}" must be a list of lists of strings; fix the file.`);
  return value.map((g, i) => stringList(g, `${where}[${i}]`));
}

/** Validate a parsed cues.json; throws with the offending key when the shape is wrong. */
export function parseCues(raw: unknown): Cues {
  const r = raw as Record<string, Record<string, unknown>>;
  const get = (group: string, key: string): string[] => stringList(r?.[group]?.[key], `${group}.${key}`);
  const frames = r?.reliesOn?.frames;
  if (!Array.isArray(frames) || !frames.every((f) => typeof f?.open === 'string' && typeof f?.close === 'string')) {
    throw new Error(`${CUES_PATH}: "reliesOn.frames" must be a list of {"open", "close"} strings.`);
  }
  const separators = (raw as Record<string, unknown>)?.clauseSeparators;
  if (typeof separators !== 'string' || separators.length === 0) {
    throw new Error(`${CUES_PATH}: "clauseSeparators" must be a non-empty string of punctuation characters.`);
  }
  return {
    issuerSubjects: stringList((raw as Record<string, unknown>).issuerSubjects, 'issuerSubjects'),
    clauseSeparators: separators,
    collaborate: {
      partnerMarkers: get('collaborate', 'partnerMarkers'),
      verbs: get('collaborate', 'verbs'),
      leadVerbs: get('collaborate', 'leadVerbs'),
      hostVerbs: get('collaborate', 'hostVerbs'),
      hostTypes: get('collaborate', 'hostTypes'),
      coBuildVerbs: get('collaborate', 'coBuildVerbs'),
      leadBuildVerbs: get('collaborate', 'leadBuildVerbs'),
      regionPartnerFollowers: get('collaborate', 'regionPartnerFollowers'),
    },
    reliesOn: {
      prefixes: get('reliesOn', 'prefixes'),
      frames: [...(frames as FrameCue[])].sort((a, b) => b.close.length - a.close.length),
      siteVerbs: get('reliesOn', 'siteVerbs'),
      siteModals: get('reliesOn', 'siteModals'),
      supportVerbs: get('reliesOn', 'supportVerbs'),
      supportBuildVerbs: get('reliesOn', 'supportBuildVerbs'),
      branchSuffixes: get('reliesOn', 'branchSuffixes'),
      hostNameBlockers: get('reliesOn', 'hostNameBlockers'),
    },
    belongsTo: { locative: get('belongsTo', 'locative'), groupMarkers: get('belongsTo', 'groupMarkers') },
    cites: { verbs: get('cites', 'verbs') },
    focusesOn: { verbs: get('focusesOn', 'verbs') },
    indicators: {
      targetVerbs: get('indicators', 'targetVerbs'),
      countVerbs: get('indicators', 'countVerbs'),
      units: get('indicators', 'units'),
      qualifiers: get('indicators', 'qualifiers'),
      pastSectionWords: get('indicators', 'pastSectionWords'),
      futureSectionWords: get('indicators', 'futureSectionWords'),
      countUnitsAlike: get('indicators', 'countUnitsAlike'),
      ratioWords: get('indicators', 'ratioWords'),
      sectorSuffixes: get('indicators', 'sectorSuffixes'),
      synonyms: groups(r?.indicators?.synonyms, 'indicators.synonyms'),
      pastSentenceWords: get('indicators', 'pastSentenceWords'),
      futureSentenceWords: get('indicators', 'futureSentenceWords'),
      futureWords: get('indicators', 'futureWords'),
      tableHeaderWords: get('indicators', 'tableHeaderWords'),
      tableAttributeWords: get('indicators', 'tableAttributeWords'),
      tableAverageWords: get('indicators', 'tableAverageWords'),
      tableTargetWords: get('indicators', 'tableTargetWords'),
      tableActualWords: get('indicators', 'tableActualWords'),
    },
  };
}

/** The cue lexicon, read from disk on first use. */
export function loadCues(): Readonly<Cues> {
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(CUES_PATH, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read the cue lexicon ${CUES_PATH} (${(err as Error).message}); restore it from the repository.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(`${CUES_PATH} is not valid JSON (${(err as Error).message}); fix the syntax.`);
  }
  cached = Object.freeze(parseCues(parsed));
  return cached;
}
